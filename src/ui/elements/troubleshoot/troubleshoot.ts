import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { issuesList, notice, storyPicker } from '../../base/templates.js';
import { S } from '../../i18n/strings.js';
import { findPreset } from '../../../model/scenario/presets.js';
import { COMPLICATION_PRESETS } from '../../../model/scenario/presets-complications.js';
import { CHECKS, doseFirstLastDay, findings } from './troubleshoot-model.js';
import { TS, type CheckId } from './troubleshoot-strings.js';
import { presetDescription } from '../../i18n/strings-presets.js';

/** Complication presets with nothing to find by these checks (the fault is in the prescription or the procedure). */
const NOT_TROUBLESHOT: readonly string[] = [
  'wrong-concentration',
  'priming-bolus-mixing',
  'ziconotide-first-fill',
];

/** The stories to troubleshoot: the catheter complications, the refill errors, and a pump that works. */
export const TROUBLESHOOT_STORIES: readonly string[] = [
  ...COMPLICATION_PRESETS.map((p) => p.id).filter((id) => !NOT_TROUBLESHOT.includes(id)),
  'pocket-fill',
  'baclofen-programmable',
];

/**
 * <itp-troubleshoot> — when an intrathecal therapy stops working: the learner picks a complication story, sees the
 * symptom, and chooses what to check (the reservoir volume at the refill, aspiration through the catheter access
 * port, a rotor study, a contrast study, imaging of the tip); each check shows what it would find in the simulated
 * patient and what that means. Loaded on first use (src/elements-lazy.ts).
 *
 * @event itp-run-finished - detail: { result, run: 'troubleshoot' }
 * @event itp-alarm - detail: { event, run }
 * @event itp-run-failed - detail: { message, issues, run }
 * @csspart checks - the group of check buttons
 * @csspart findings - the list of findings
 *
 * @tag itp-troubleshoot
 */
export class ItpTroubleshoot extends ItpView {
  static override styles = [
    ...ItpView.styles,
    css`
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: var(--itp-space-s);
      }
      .findings > li {
        margin-bottom: var(--itp-space-m);
      }
      .findings dl {
        margin: var(--itp-space-xs) 0 0;
      }
      .findings dt {
        font-weight: 600;
      }
      .findings dd {
        margin: 0 0 var(--itp-space-xs) var(--itp-space-xl);
      }
    `,
  ];

  private runner = new RunController(this, 'troubleshoot');
  /** Checks chosen, in the order the learner chose them. */
  @state() private chosen: CheckId[] = [];

  protected override defaultPreset(): string {
    return TROUBLESHOOT_STORIES[0];
  }

  protected async load(): Promise<void> {
    this.chosen = [];
    const r = await this.resolve();
    this.sourceNotice = r.notice;
    await this.runner.run(r.scenario);
  }

  private pick(id: string): void {
    this.scenario = undefined;
    this.preset = id;
  }

  private choose(c: CheckId): void {
    if (!this.chosen.includes(c)) this.chosen = [...this.chosen, c];
  }

  override render() {
    const r = this.runner.result;
    const current = this.preset ?? this.defaultPreset();
    const story = findPreset(current);
    const all = r ? findings(r, this.runner.scenario) : null;
    const dose = r ? doseFirstLastDay(r) : null;
    return html`
      <h2>${TS.heading}</h2>
      <p>${TS.intro}</p>
      ${notice(this.sourceNotice)} ${issuesList(this.runner.issues)}
      ${this.runner.error && !this.runner.issues.length ? html`<p role="alert">${S.run.failed(this.runner.error)}</p>` : nothing}
      ${
        this.shows('story')
          ? storyPicker(TS.story, TROUBLESHOOT_STORIES, current, (id) => this.pick(id))
          : nothing
      }
      ${story ? html`<p>${presetDescription(story)}</p>` : nothing}
      <p aria-live="polite" class="muted">${this.runner.running ? S.run.simulating : ''}</p>
      ${dose ? html`<p>${TS.symptom(TS.dose(dose.firstUg), TS.dose(dose.lastUg))}</p>` : nothing}
      ${
        all
          ? html`<h3 id="checks-heading">${TS.checksHeading}</h3>
              <div class="checks" part="checks" role="group" aria-labelledby="checks-heading">
                ${CHECKS.map(
                  (c) =>
                    html`<button
                      type="button"
                      aria-pressed=${this.chosen.includes(c) ? 'true' : 'false'}
                      @click=${() => this.choose(c)}
                    >
                      ${TS.checks[c]}
                    </button>`,
                )}
              </div>
              <h3>${TS.findingsHeading}</h3>
              <ol class="findings" part="findings" aria-live="polite">
                ${this.chosen.map(
                  (c) =>
                    html`<li>
                      <strong>${TS.checks[c]}</strong>
                      <dl>
                        <dt>${TS.shows}</dt>
                        <dd>${all[c].shows}</dd>
                        <dt>${TS.meaning}</dt>
                        <dd>${all[c].meaning}</dd>
                      </dl>
                    </li>`,
                )}
              </ol>
              ${this.chosen.length ? nothing : html`<p class="muted">${TS.noneYet}</p>`}`
          : nothing
      }
    `;
  }
}
