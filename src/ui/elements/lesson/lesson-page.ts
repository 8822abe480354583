/**
 * The standalone one-lesson page, for course sites that can only embed an iframe:
 * web/lesson.html?lesson=<id>[&step=<n>][&story=<preset>][&locked][&paused][&instructor][&worksheet] —
 * exactly one <itp-lesson> and a one-line note, nothing else. The id is checked against the lesson list; an
 * unknown or missing id gives a message and links to every lesson — never a blank page, and text from the
 * address is only ever written as text (textContent), never as HTML. The other options pass to the element as
 * attributes (it checks them: an unknown story or step falls back to the lesson's own).
 */
import { findLesson, lessonList } from './lesson-registry.js';
import { LESSON_PAGE_TEXT as T } from '../../i18n/strings.js';
import './lesson.define.js';

/** Longest piece of a bad id echoed back (the rest is cut: the address is not ours to print at length). */
const ECHO_MAX = 60;

export interface LessonPageOptions {
  /** A lesson id from LESSON_PLANS, or null when the address names none or an unknown one. */
  lesson: string | null;
  /** The id as given, for the message (null when absent). */
  asked: string | null;
  /** Start paused (`paused`, `paused=1` or `paused=true`). */
  paused: boolean;
  /** Step to open, from 1 (null: where the learner left). */
  step: number | null;
  /** Preset id of the story to show where a step offers it. */
  story: string | null;
  locked: boolean;
  instructor: boolean;
  worksheet: boolean;
}

/** Reads and validates the page's options from a query string (`location.search`). */
export function lessonPageOptions(search: string): LessonPageOptions {
  const q = new URLSearchParams(search);
  const asked = q.get('lesson');
  const lesson = asked !== null && findLesson(asked) ? asked : null;
  const flag = (name: string) => {
    const v = q.get(name);
    return v !== null && ['', '1', 'true', 'yes'].includes(v.toLowerCase());
  };
  const n = Number(q.get('step'));
  const step = q.get('step') !== null && Number.isInteger(n) && n >= 1 && n <= 100 ? n : null;
  const story = q.get('story') || null;
  return {
    lesson,
    asked,
    paused: flag('paused'),
    step,
    story: story !== null && /^[a-z0-9-]{1,80}$/.test(story) ? story : null,
    locked: flag('locked'),
    instructor: flag('instructor'),
    worksheet: flag('worksheet'),
  };
}

/** The title of a lesson, or its id when no lesson has it (the page then says the id is unknown). */
export const lessonTitle = (id: string): string => findLesson(id)?.title ?? id;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Fills `main` with the lesson, or with the message and the list of lessons. Sets the document title. */
export function mountLessonPage(main: HTMLElement, search: string): LessonPageOptions {
  const o = lessonPageOptions(search);
  main.replaceChildren();
  if (o.lesson) {
    document.title = T.title(lessonTitle(o.lesson));
    const h1 = el('h1', lessonTitle(o.lesson));
    h1.className = 'visually-hidden'; // <itp-lesson> shows the title as its own heading
    const lesson = document.createElement('itp-lesson');
    lesson.setAttribute('lesson', o.lesson);
    if (o.paused) lesson.setAttribute('paused', '');
    if (o.step !== null) lesson.setAttribute('start-step', String(o.step));
    if (o.story !== null) lesson.setAttribute('story', o.story);
    for (const f of ['locked', 'instructor', 'worksheet'] as const) if (o[f]) lesson.setAttribute(f, '');
    // "Next lesson" in the summary opens another lesson in place: the title and the address follow it, so that
    // a reload or a copied address shows that lesson (its step comes back from the saved progress).
    lesson.addEventListener('itp-lesson-step', (e) => {
      const title = lessonTitle(e.detail.lesson);
      document.title = T.title(title);
      h1.textContent = title;
      const u = new URL(location.href);
      if (u.searchParams.get('lesson') === e.detail.lesson) return;
      u.searchParams.set('lesson', e.detail.lesson);
      u.searchParams.delete('step');
      u.searchParams.delete('story');
      history.replaceState(history.state, '', u.href.replace(/=(&|$)/g, '$1'));
    });
    main.append(h1, lesson);
  } else {
    document.title = T.fallbackTitle;
    const msg = el('p');
    msg.setAttribute('role', 'alert');
    msg.textContent =
      o.asked === null || o.asked === ''
        ? T.noLesson
        : T.unknown(o.asked.length > ECHO_MAX ? `${o.asked.slice(0, ECHO_MAX)}…` : o.asked);
    const list = el('ul');
    for (const p of lessonList()) {
      const a = el('a', lessonTitle(p.id));
      a.href = `?lesson=${encodeURIComponent(p.id)}`;
      const li = el('li');
      li.append(a);
      list.append(li);
    }
    main.append(el('h1', T.fallbackTitle), msg, el('h2', T.choose), list);
  }
  // The worksheet carries the same sentence at its foot.
  if (!(o.lesson && o.worksheet)) main.append(Object.assign(el('p', T.note), { className: 'note' }));
  return o;
}
