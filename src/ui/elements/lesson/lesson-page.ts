/**
 * The standalone one-lesson page (web/lesson.html?lesson=<id>&paused), for course sites that can only embed
 * an iframe: exactly one <itp-lesson> and a one-line note, nothing else. The id is checked against the lesson
 * list; an unknown or missing id gives a message and links to every lesson — never a blank page, and text
 * from the address is only ever written as text (textContent), never as HTML.
 */
import { LESSON_PLANS } from './lesson-plan.js';
import { LESSON_TEXTS } from '../../i18n/strings-lessons.js';
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
}

/** Reads and validates the page's options from a query string (`location.search`). */
export function lessonPageOptions(search: string): LessonPageOptions {
  const q = new URLSearchParams(search);
  const asked = q.get('lesson');
  const lesson = asked !== null && LESSON_PLANS.some((p) => p.id === asked) ? asked : null;
  const p = q.get('paused');
  const paused = p !== null && ['', '1', 'true', 'yes'].includes(p.toLowerCase());
  return { lesson, asked, paused };
}

const titleOf = (id: string) => LESSON_TEXTS.find((t) => t.id === id)?.title ?? id;

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
    document.title = T.title(titleOf(o.lesson));
    const h1 = el('h1', titleOf(o.lesson));
    h1.className = 'visually-hidden'; // <itp-lesson> shows the title as its own heading
    const lesson = document.createElement('itp-lesson');
    lesson.setAttribute('lesson', o.lesson);
    if (o.paused) lesson.setAttribute('paused', '');
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
    for (const p of LESSON_PLANS) {
      const a = el('a', titleOf(p.id));
      a.href = `?lesson=${encodeURIComponent(p.id)}`;
      const li = el('li');
      li.append(a);
      list.append(li);
    }
    main.append(el('h1', T.fallbackTitle), msg, el('h2', T.choose), list);
  }
  main.append(Object.assign(el('p', T.note), { className: 'note' }));
  return o;
}
