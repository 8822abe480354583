import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ItpView } from '../../base/view-base.js';
import { LESSON_PAGE_TEXT, S } from '../../i18n/strings.js';
import { LESSON_TEXTS } from '../../i18n/strings-lessons.js';
import { findPreset } from '../../../model/scenario/presets.js';
import { LESSON_PLANS } from './lesson-plan.js';
import '../pump-compare/pump-compare.define.js';
import '../lifecycle/lifecycle.define.js';
import '../charts/charts.define.js';
import '../route-compare/route-compare.define.js';

/**
 * <itp-lesson> — one guided story: a short text, what to look at, and the view it runs on with the story's
 * preset(s). `lesson` picks the story (ids in LESSON_PLANS). The trial story loads and hosts <itp-trial>.
 *
 * @event itp-run-finished - bubbles up from the hosted view
 * @event itp-alarm - bubbles up from the hosted view
 *
 * @tag itp-lesson
 */
export class ItpLesson extends ItpView {
  /** Lesson id, e.g. "fever-and-flight". */
  @property({ reflect: true }) lesson = LESSON_PLANS[0].id;
  @state() private chosen: string | null = null;

  protected async load(): Promise<void> {}

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('lesson')) this.chosen = null;
  }

  private view(plan: (typeof LESSON_PLANS)[number], preset: string) {
    const available = findPreset(preset) !== undefined || plan.view === 'trial';
    if (!available) return html`<p class="notice" role="status">${S.run.presetMissing(preset)}</p>`;
    const paused = this.paused;
    switch (plan.view) {
      case 'compare':
        return plan.presetAttr === 'constant-preset'
          ? html`<itp-pump-compare
              constant-preset=${preset}
              controls=${plan.controls ?? nothing}
              ?paused=${paused}
            ></itp-pump-compare>`
          : html`<itp-pump-compare preset=${preset} ?paused=${paused}></itp-pump-compare>`;
      case 'routes':
        return html`<itp-route-compare preset=${preset}></itp-route-compare>`;
      case 'lifecycle':
        return html`<itp-lifecycle preset=${preset} controls=""></itp-lifecycle>`;
      case 'charts':
        return html`<itp-charts preset=${preset}></itp-charts>`;
      case 'trial':
        // The trial view is its own chunk (zod spec, protocols): fetched only when this story is shown.
        void import('../trial/trial.define.js');
        return html`<itp-trial preset=${preset} auto-run></itp-trial>`;
    }
  }

  override render() {
    const plan = LESSON_PLANS.find((p) => p.id === this.lesson);
    const text = LESSON_TEXTS.find((t) => t.id === this.lesson);
    if (!plan || !text)
      // Nothing is shown in its place, so say which lessons exist (the text is text, never HTML).
      return html`<p role="alert">${LESSON_PAGE_TEXT.unknown(this.lesson)}</p>
        <p>${LESSON_PAGE_TEXT.choose} ${LESSON_PLANS.map((p) => p.id).join(', ')}</p>`;
    const preset = this.chosen ?? plan.presets[0];
    // The view is keyed by lesson and story: a new lesson or story gets new elements, so each loads its own
    // story whatever the previous one had set (an element reused across lessons may keep the old one).
    return html`
      <article>
        <h2>${text.title}</h2>
        ${text.body.map((p) => html`<p>${p}</p>`)}
        <h3>${S.lessons.lookAt}</h3>
        <ul>
          ${text.lookAt.map((l) => html`<li>${l}</li>`)}
        </ul>
        ${
          plan.presets.length > 1
            ? html`<div role="group" aria-label="Scenario">
                ${plan.presets.map(
                  (p) =>
                    html`<button
                      type="button"
                      aria-pressed=${p === preset ? 'true' : 'false'}
                      @click=${() => (this.chosen = p)}
                    >
                      ${findPreset(p)?.title ?? p}
                    </button> `,
                )}
              </div>`
            : nothing
        }
        ${keyed(`${plan.id}|${preset}`, this.view(plan, preset))}
      </article>
    `;
  }
}
