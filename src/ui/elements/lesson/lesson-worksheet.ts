/**
 * A lesson as a printable worksheet: the story, each step's question with boxes to tick, and lines to write
 * the reasoning, what the simulation showed and the explanation. The teacher's copy (`answers`) ticks the right
 * boxes and gives each step's feedback and explanation instead of the blank lines.
 */
import { html, type TemplateResult } from 'lit';
import { LESSON_UI as T } from '../../i18n/strings-lessons-ui.js';
import type { LessonDefinition } from './lesson-types.js';

const lines = (n: number) =>
  html`<div class="lines" aria-hidden="true">${Array.from({ length: n }, () => html`<span></span>`)}</div>`;

export function worksheet(def: LessonDefinition, answers = false): TemplateResult {
  const title = answers ? T.answerSheet(def.title) : T.worksheet(def.title);
  return html`<section class="worksheet" aria-label=${title}>
    <h2>${title}</h2>
    ${answers ? '' : html`<p class="fields"><span>${T.worksheetName}: ____________________</span> <span>${T.worksheetDate}: ____________</span></p>`}
    ${def.intro.map((p) => html`<p>${p}</p>`)}
    <ol class="ws-steps">
      ${def.steps.map(
        (s) =>
          html`<li>
            <h3>${s.title}</h3>
            <p>${s.question}</p>
            <p class="muted">${T.worksheetPredict}</p>
            <ul class="boxes">
              ${s.choices.map(
                (c) =>
                  html`<li>
                    <span class="box" aria-hidden="true">${answers && c.correct ? '☑' : '☐'}</span> ${c.text}
                  </li>`,
              )}
            </ul>
            ${
              answers
                ? html`<p>
                      <strong>${T.worksheetAnswer}</strong> ${s.choices
                        .filter((c) => c.correct)
                        .map((c) => `${c.text}: ${c.feedback}`)
                        .join(' ')}
                    </p>
                    ${s.explain.map((p) => html`<p>${p}</p>`)}`
                : html`<p>${T.worksheetWhy}</p>
                    ${lines(2)}
                    <p>${T.worksheetObserved}</p>
                    ${lines(2)}
                    <p>${T.worksheetExplain}</p>
                    ${lines(3)}`
            }
          </li>`,
      )}
    </ol>
    <p class="muted">${T.worksheetFooter}</p>
  </section>`;
}
