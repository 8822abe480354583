/**
 * The teacher's panel of <itp-lesson> (instructor mode): notes and answers per lesson, locking the controls, a
 * link to the standalone lesson page with chosen settings, and the printable worksheet. The lesson holds the
 * link's options and supplies the actions.
 */
import { html, type TemplateResult } from 'lit';
import { LESSON_UI as T } from '../../i18n/strings-lessons-ui.js';
import { storyId, storyInfo, type LessonDefinition } from './lesson-types.js';

export interface LinkOptions {
  /** From 1; steps + 1 is the summary. */
  startStep: number;
  story: string | null;
  locked: boolean;
  paused: boolean;
}

export interface InstructorActions {
  locked: boolean;
  options: LinkOptions;
  setOptions: (o: LinkOptions) => void;
  setLocked: (locked: boolean) => void;
  link: (o: LinkOptions) => string;
  copy: (link: string) => void;
  copyNote: string;
  /** Prints the worksheet: the learners' copy, or the teacher's with the answers and explanations. */
  print: (copy: 'learner' | 'answers') => void;
}

/** The link options as the panel's form holds them now. */
function formOptions(form: HTMLFormElement): LinkOptions {
  const f = new FormData(form);
  return {
    startStep: Number(f.get('start')) || 1,
    story: (f.get('story') as string | null) || null,
    locked: f.get('locked') !== null,
    paused: f.get('paused') !== null,
  };
}

export function instructorPanel(def: LessonDefinition, a: InstructorActions): TemplateResult {
  const ids = [...new Set(def.steps.flatMap((s) => s.observe.stories.map(storyId)))];
  const stories = ids.map((id) => {
    const s = def.steps.flatMap((st) => st.observe.stories).find((x) => storyId(x) === id)!;
    return { id, title: storyInfo(s)?.title ?? id };
  });
  const o = a.options;
  const link = a.link(o);
  const update = (e: Event) => a.setOptions(formOptions(e.currentTarget as HTMLFormElement));
  return html`<section class="instructor" aria-labelledby="teacher-h">
    <h3 id="teacher-h">${T.teacher}</h3>
    <h4>${T.teacherNotes}</h4>
    <ul>
      ${def.teacherNotes.map((n) => html`<li>${n}</li>`)}
    </ul>
    <h4>${T.answers}</h4>
    <ol>
      ${def.steps.map(
        (s) =>
          html`<li>
            ${s.question}
            <strong
              >${s.choices
                .filter((c) => c.correct)
                .map((c) => c.text)
                .join('; ')}</strong
            >
          </li>`,
      )}
    </ol>
    <label
      ><input
        type="checkbox"
        .checked=${a.locked}
        @change=${(e: Event) => a.setLocked((e.target as HTMLInputElement).checked)}
      />${T.lock}</label
    >
    <form class="link-form" @change=${update} @submit=${(e: Event) => e.preventDefault()}>
      <h4>${T.linkHeading}</h4>
      <label
        >${T.linkStart}
        <select name="start">
          ${[
            ...def.steps.map((s, i) => `${T.stepOf(i + 1, def.steps.length)}: ${s.title}`),
            T.summaryStep,
          ].map((t, i) => html`<option value=${i + 1} ?selected=${o.startStep === i + 1}>${t}</option>`)}
        </select></label
      >
      ${
        stories.length > 1
          ? html`<label
              >${T.linkStory}
              <select name="story">
                <option value="" ?selected=${o.story === null}>${T.linkStoryDefault}</option>
                ${stories.map(
                  (p) => html`<option value=${p.id} ?selected=${o.story === p.id}>${p.title}</option>`,
                )}
              </select></label
            >`
          : html``
      }
      <label><input type="checkbox" name="locked" .checked=${o.locked} />${T.linkLocked}</label>
      <label><input type="checkbox" name="paused" .checked=${o.paused} />${T.linkPaused}</label>
      <p class="link">${T.link}: <a href=${link} target="_blank" rel="noopener">${link}</a></p>
      <button type="button" @click=${() => a.copy(link)}>${T.copy}</button>
      <span role="status">${a.copyNote}</span>
    </form>
    <div class="pager">
      <button type="button" @click=${() => a.print('learner')}>${T.print}</button>
      <button type="button" @click=${() => a.print('answers')}>${T.printAnswers}</button>
    </div>
  </section>`;
}
