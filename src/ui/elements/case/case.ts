import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  buildJourney,
  caseTrialSpec,
  findCase,
  followUpScenario,
  judgeAnswer,
  judgeImplantDecision,
  journeyKindOf,
  PATIENT_CASES,
  refillQuestion,
  type CaseQuestion,
  type FollowUpRun,
  type ImplantChoice,
  type PatientCase,
} from '../../../model/cases/index.js';
import type { TrialService } from '../../../model/trials/service.js';
import type { TrialTimelineData } from '../../../model/trials/timeline.js';
import { baseStyles } from '../../base/styles.js';
import { enqueueRun } from '../../base/run-queue.js';
import type { CaseAnswerDetail } from '../../base/events.js';
import { formatNumber } from '../../format/format.js';
import { eventText } from '../../format/event-text.js';
import { caseTitleText } from '../../i18n/strings-cases.js';
import { C } from './case-strings.js';
import { CASE_STORIES, localCase } from './case-texts.js';
import { externalCare, externalRiskText, trialSummary, verdictTemplate } from './case-parts.js';
import styles from './case.styles.js';
import { timelineChartStyles } from '../trial/trial.styles.js';
import '../journey/journey.define.js';

/** The learner's progress: 0 selection, 1 trial, 2 implant, 3 follow-up. */
type Stage = 0 | 1 | 2 | 3;

const HOURS_PER_DAY = 24;
/** The continuous trials run 3 days (three 24 h steps, src/model/trials/protocols.ts). */
const CONTINUOUS_TRIAL_DAYS = 3;

/**
 * <itp-case> — one patient case (src/model/cases): the history, then the learner's decisions step by step —
 * selection, the trial (run on the trial engine), the implant and its complication, the years after (run on the
 * pump engine) — each with feedback that explains, and the whole journey on a time line (<itp-journey>).
 * Loaded on first use (src/elements-lazy.ts). The patients are fictional; it is not a dosing aid.
 *
 * @event itp-case-answer - detail: { caseId, question, answer, best } for each answer checked
 *
 * @tag itp-case
 */
export class ItpCase extends LitElement {
  static override styles = [baseStyles, timelineChartStyles, styles];

  /** Case id: cancer-pain, chronic-pain, spinal-spasticity or cp-child. */
  @property({ reflect: true }) case: string = PATIENT_CASES[0].id;
  /** Where the trial runs; defaults to the page's trial worker pool (set before the trial to override). */
  @property({ attribute: false }) service: TrialService | null = null;

  @state() private answers: Record<string, string> = {};
  /** Questions whose feedback is shown (their answers count on the journey). */
  @state() private checked: ReadonlySet<string> = new Set();
  /** The first answer checked for each question (the journey keeps a corrected one). */
  @state() private firstTries: Readonly<Record<string, string>> = {};
  @state() private stage: Stage = 0;
  /** The first question of the group whose check found unanswered questions (the message shows there). */
  @state() private missing: string | null = null;
  @state() private trial: TrialTimelineData | null = null;
  @state() private triedTrials: readonly string[] = [];
  @state() private implantChoice: ImplantChoice | null = null;
  @state() private years: FollowUpRun | null = null;
  @state() private busy: 'trial' | 'years' | null = null;
  @state() private error: string | null = null;
  /** Days with an external catheter or port, for the infection-risk read-out. */
  @state() private externalDays = CONTINUOUS_TRIAL_DAYS;
  /** Bumped on every reset: a run that finishes for an older state is dropped. */
  private generation = 0;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('case')) this.reset();
  }

  private reset(): void {
    this.generation++;
    this.answers = {};
    this.checked = new Set();
    this.firstTries = {};
    this.stage = 0;
    this.missing = null;
    this.trial = null;
    this.triedTrials = [];
    this.implantChoice = null;
    this.years = null;
    this.busy = null;
    this.error = null;
  }

  private answer(id: string, option: string): void {
    this.answers = { ...this.answers, [id]: option };
    if (this.checked.has(id)) this.checked = new Set([...this.checked].filter((x) => x !== id));
    // A new reservoir changes the best refill date: its feedback is stale.
    if (id === 'reservoir' && this.checked.has('refill'))
      this.checked = new Set([...this.checked].filter((x) => x !== 'refill'));
    // The years ran with the old reservoir or refill day: run them again (the follow-up answer goes too).
    if ((id === 'reservoir' || id === 'refill') && this.years) {
      this.years = null;
      this.checked = new Set([...this.checked].filter((x) => x !== 'follow-up'));
    }
    this.missing = null;
  }

  /** Shows the feedback of every question (all answered), or says that some are not. */
  private check(questions: CaseQuestion[]): boolean {
    const open = questions.filter((q) => this.answers[q.id] === undefined);
    if (open.length) {
      this.missing = questions[0]?.id ?? null;
      return false;
    }
    this.missing = null;
    for (const q of questions)
      if (!this.checked.has(q.id))
        this.announce(q.id, this.answers[q.id], judgeAnswer(q, this.answers[q.id]).best);
    this.firstTries = {
      ...Object.fromEntries(questions.map((q) => [q.id, this.answers[q.id]])),
      ...this.firstTries,
    };
    this.checked = new Set([...this.checked, ...questions.map((q) => q.id)]);
    return true;
  }

  private announce(question: string, answer: string, best: boolean): void {
    const detail: CaseAnswerDetail = { caseId: this.case, question, answer, best };
    this.dispatchEvent(new CustomEvent('itp-case-answer', { detail, bubbles: true, composed: true }));
  }

  private decideImplant(choice: ImplantChoice, result: TrialTimelineData['result']): void {
    this.implantChoice = choice;
    this.announce(
      'implant-decision',
      choice,
      judgeImplantDecision(result, choice, CASE_STORIES.implant).best,
    );
  }

  private checkedAnswers(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.answers).filter(([k]) => this.checked.has(k)));
  }

  private allChecked(questions: CaseQuestion[]): boolean {
    return questions.every((q) => this.checked.has(q.id));
  }

  private async getService(): Promise<TrialService> {
    this.service ??= (await import('../../../runtime/browser/trial-service.js')).getDefaultTrialService();
    return this.service;
  }

  private async runTrial(c: PatientCase): Promise<void> {
    if (!this.check([c.trial.question])) return;
    const option = this.answers.trial;
    const { spec, patientId } = caseTrialSpec(c, option);
    const generation = this.generation;
    this.busy = 'trial';
    this.error = null;
    this.trial = null;
    this.implantChoice = null;
    try {
      const t = await (await this.getService()).runTimeline(spec, patientId);
      if (generation !== this.generation) return;
      this.trial = t;
      this.triedTrials = [...new Set([...this.triedTrials, option])];
    } catch (e) {
      if (generation === this.generation)
        this.error = C.trialFailed(e instanceof Error ? e.message : String(e));
    } finally {
      if (generation === this.generation) this.busy = null;
    }
  }

  private tryOtherTrial(c: PatientCase): void {
    const other = c.trial.question.options.find((o) => !this.triedTrials.includes(o.id));
    if (!other) return;
    this.answer('trial', other.id);
    this.trial = null;
    this.implantChoice = null;
  }

  private async runYears(c: PatientCase): Promise<void> {
    const generation = this.generation;
    const answers = this.checkedAnswers();
    const wanted = () => generation === this.generation;
    this.busy = 'years';
    this.error = null;
    try {
      let result = await enqueueRun({ scenario: followUpScenario(c, answers), wanted });
      // The battery's ERI comes from the engine: a second run replaces the pump at the first refill after it.
      const eri = result.summary.eriAtHours;
      if (c.followUp.complication.kind === 'eri-replacement' && eri != null)
        result = await enqueueRun({
          scenario: followUpScenario(c, answers, { eriDay: eri / HOURS_PER_DAY }),
          wanted,
        });
      if (wanted()) this.years = { events: result.events };
    } catch (e) {
      if (wanted()) this.error = C.yearsFailed(e instanceof Error ? e.message : String(e));
    } finally {
      if (wanted()) this.busy = null;
    }
  }

  private question(q: CaseQuestion, extra?: (optionId: string) => unknown): TemplateResult {
    const chosen = this.answers[q.id];
    return html`<fieldset class="q" data-question=${q.id}>
      <legend>${q.prompt}</legend>
      ${q.options.map(
        (o) =>
          html`<label class="opt"
              ><input
                type="radio"
                name=${q.id}
                value=${o.id}
                .checked=${chosen === o.id}
                ?disabled=${this.busy !== null || (q.id === 'trial' && this.trial !== null)}
                @change=${() => this.answer(q.id, o.id)}
              />
              <span>${o.label}</span></label
            >${extra?.(o.id) ?? nothing}`,
      )}
      ${this.checked.has(q.id) && chosen !== undefined ? verdictTemplate(judgeAnswer(q, chosen)) : nothing}
    </fieldset>`;
  }

  private checkButton(questions: CaseQuestion[]): TemplateResult {
    return html`<button type="button" class="primary" @click=${() => this.check(questions)}>
        ${C.check}
      </button>
      ${
        this.missing !== null && this.missing === questions[0]?.id
          ? html`<p role="alert">${C.answerAll}</p>`
          : nothing
      }`;
  }

  private selectionStep(c: PatientCase): TemplateResult {
    return html`<section aria-labelledby="s-sel">
      <h3 id="s-sel">${C.steps.selection}</h3>
      ${c.selection.map((q) => this.question(q))} ${this.checkButton(c.selection)}
      ${
        this.allChecked(c.selection) && this.stage === 0
          ? html`<button type="button" @click=${() => (this.stage = 1)}>${C.toTrial}</button>`
          : nothing
      }
    </section>`;
  }

  private infectionNote(optionId: string): unknown {
    if (optionId !== 'continuous') return nothing;
    return html`<p class="note">${C.cite(externalRiskText(CONTINUOUS_TRIAL_DAYS))}</p>`;
  }

  private trialResult(c: PatientCase, t: TrialTimelineData): TemplateResult {
    const r = t.result;
    const implanted = this.implantChoice !== null && r.decision.implant;
    const untried = c.trial.question.options.some((o) => !this.triedTrials.includes(o.id));
    return html`${trialSummary(c, t)}
      <div role="group" aria-label=${C.implantQuestion} class="decide">
        <p>${C.implantQuestion}</p>
        ${(['implant', 'no-implant'] as const).map(
          (choice) =>
            html`<button
              type="button"
              aria-pressed=${this.implantChoice === choice ? 'true' : 'false'}
              @click=${() => this.decideImplant(choice, r)}
            >
              ${choice === 'implant' ? C.implant : C.noImplant}
            </button> `,
        )}
      </div>
      ${
        this.implantChoice
          ? verdictTemplate(judgeImplantDecision(r, this.implantChoice, CASE_STORIES.implant))
          : nothing
      }
      ${
        this.implantChoice && !r.decision.implant
          ? html`<p>${C.endsNoImplant}</p>
              ${
                untried
                  ? html`<button type="button" @click=${() => this.tryOtherTrial(c)}>${C.otherTrial}</button>`
                  : nothing
              }`
          : nothing
      }
      ${
        implanted && this.stage === 1
          ? html`<button type="button" @click=${() => (this.stage = 2)}>${C.toImplant}</button>`
          : nothing
      }`;
  }

  private trialStep(c: PatientCase): TemplateResult {
    return html`<section aria-labelledby="s-trial">
      <h3 id="s-trial">${C.steps.trial}</h3>
      ${this.question(c.trial.question, (id) => this.infectionNote(id))}
      ${externalCare(this.externalDays, (d) => (this.externalDays = d))}
      <button
        type="button"
        class="primary"
        ?disabled=${this.busy !== null || this.trial !== null}
        @click=${() => void this.runTrial(c)}
      >
        ${C.runTrial}
      </button>
      ${this.busy === 'trial' ? html`<p role="status">${C.runningTrial}</p>` : nothing}
      ${this.trial ? this.trialResult(c, this.trial) : nothing}
    </section>`;
  }

  private implantStep(c: PatientCase): TemplateResult {
    const questions = [...c.implant.questions, refillQuestion(c, this.answers, CASE_STORIES.refill)];
    const comp = c.implant.complication;
    const done = this.allChecked(questions);
    return html`<section aria-labelledby="s-implant">
      <h3 id="s-implant">${C.steps.implant}</h3>
      ${questions.map((q) => this.question(q))} ${this.checkButton(questions)}
      ${
        done
          ? html`<h4>${C.steps.complication}: ${comp.title}</h4>
              <ul>
                ${comp.signs.map((s) => html`<li>${s}</li>`)}
              </ul>
              ${this.question(comp.question)} ${this.checkButton([comp.question])}
              ${
                this.checked.has(comp.question.id)
                  ? html`<p>${C.cite(comp.management)}</p>
                      ${
                        this.stage === 2
                          ? html`<button type="button" @click=${() => (this.stage = 3)}>
                              ${C.toFollowUp}
                            </button>`
                          : nothing
                      }`
                  : nothing
              }`
          : nothing
      }
    </section>`;
  }

  private followUpStep(c: PatientCase): TemplateResult {
    const q = c.followUp.question;
    const count = (kind: string) =>
      this.years?.events.filter((e) => journeyKindOf(e.code) === kind).length ?? 0;
    const years = c.followUp.durationDays / 365.25;
    return html`<section aria-labelledby="s-years">
      <h3 id="s-years">${C.steps.followUp}</h3>
      <button
        type="button"
        class="primary"
        ?disabled=${this.busy !== null || this.years !== null}
        @click=${() => void this.runYears(c)}
      >
        ${C.runYears}
      </button>
      ${this.busy === 'years' ? html`<p role="status">${C.runningYears}</p>` : nothing}
      ${
        this.years
          ? html`<p role="status">
                ${C.yearsSummary(count('refill'), count('alarm'), years < 1 ? C.months(Math.round(years * 12)) : C.years(formatNumber(years, 2), +years.toFixed(1)))}
              </p>
              ${this.question(q)} ${this.checkButton([q])}
              ${
                this.checked.has(q.id)
                  ? html`<h4>${C.outcome}</h4>
                      <p>${C.cite(c.followUp.outcome)}</p>`
                  : nothing
              }`
          : nothing
      }
    </section>`;
  }

  override render() {
    const found = findCase(this.case);
    if (!found)
      return html`<p role="alert">${C.unknownCase(this.case, PATIENT_CASES.map((x) => x.id).join(', '))}</p>`;
    // The texts in the page's language, laid over the model's case (ids and right answers stay the model's).
    const c = localCase(found, caseTitleText(found));
    const journey = buildJourney(
      c,
      this.checkedAnswers(),
      this.trial && this.implantChoice
        ? {
            implant: this.trial.result.decision.implant,
            bestImprovementPct: this.trial.result.bestImprovementPct,
          }
        : null,
      this.stage === 3 ? this.years : null,
      this.firstTries,
      { journey: { ...CASE_STORIES.journey, event: eventText }, refill: CASE_STORIES.refill },
    );
    return html`<article>
      <h2>${c.title}</h2>
      <p class="fictional">${C.fictional}</p>
      <p><strong>${c.patient}</strong></p>
      ${c.history.map((p) => html`<p>${C.cite(p)}</p>`)} ${this.selectionStep(c)}
      ${this.stage >= 1 ? this.trialStep(c) : nothing} ${this.stage >= 2 ? this.implantStep(c) : nothing}
      ${this.stage >= 3 ? this.followUpStep(c) : nothing}
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <section aria-labelledby="s-journey">
        <h3 id="s-journey">${C.journey}</h3>
        <itp-journey .journey=${journey}></itp-journey>
      </section>
    </article>`;
  }
}
