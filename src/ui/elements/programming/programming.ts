import type { ScenarioInput } from '../../../model/scenario/schema.js';
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { ScenarioIssue } from '../../../model/scenario/errors.js';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { S } from '../../i18n/strings.js';
import { notice } from '../../base/templates.js';
import { plainMessage, ruleMessage } from '../../format/field-words.js';
import * as edit from '../../scenario/scenario-edit.js';
import {
  draftFrom,
  issuesAt,
  type Bolus,
  otherIssues,
  programFrom,
  type ProgramDraft,
} from './program-model.js';
import '../chart/chart.define.js';
import { FROM_ZERO } from '../chart/chart-data.js';
import '../segmented/segmented.define.js';
import '../slider-field/slider-field.define.js';
import type { ItpSliderField } from '../slider-field/slider-field.js';
import { unitText } from '../../format/format.js';
import type { ItpSegmented } from '../segmented/segmented.js';
import { DRUGS, type DrugName } from '../../../model/data/drugs.js';
import { drugDoseLimits } from '../../../model/scenario/drug-limits.js';

/** The basal modes, in the order the choice shows them. */
const MODES = ['continuous', 'flex', 'stopped'] as const;
/** The bolus kinds of the scenario format, in the order the choice shows them. */
const BOLUS_KINDS = ['single', 'priming', 'bridge'] as const;
/** The rate sliders' span, mL/day: an estimate (a teaching span; the model accepts up to 2400 continuous, 100 flex). */
const RATE_SPAN_ML_PER_DAY = 24;
/** The bolus volume slider's span, µL: an estimate (a teaching span; the model accepts up to 100 000). */
const BOLUS_SPAN_UL = 1000;

/** The smallest 1, 2 or 5 × 10^k at or above `v` (a slider's end that reads well). */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((c) => c >= v - 1e-9 * p)!;
}

let uid = 0;

/**
 * <itp-programming> — a schedule editor: continuous rate, flex steps (daily or weekly), boluses (single,
 * priming, bridge) and patient-bolus rules. "Run" sends the scenario to the worker; the API's validation
 * issues come back with field paths and are shown inline next to the field that caused them.
 *
 * @event itp-run-finished - detail: { result, run: 'programming' }
 * @event itp-alarm - detail: { event, run }
 * @event itp-run-failed - detail: { message, issues, run }
 *
 * @tag itp-programming
 */
export class ItpProgramming extends ItpView {
  static override styles = [
    ...ItpView.styles,
    css`
      /* A step or a bolus: its controls side by side on a wide screen, one under the other on a phone. */
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: var(--itp-space-s) var(--itp-space-l);
        width: 100%;
      }
      .row + .row {
        border-top: 1px solid var(--_itp-rule);
        padding-top: var(--itp-space-m);
      }
      .row .field {
        flex: 1 1 14rem;
        min-width: 0;
      }
      .row .field itp-slider-field {
        display: block;
      }
      .bolus itp-segmented {
        flex: 1 1 100%;
      }
      .bolus .hint,
      .bolus .stop-live {
        flex: 1 1 100%;
        margin: 0;
      }
      .field-error {
        margin: var(--itp-space-2xs) 0 0;
      }
    `,
  ];
  @state() private draft: ProgramDraft = draftFrom({});
  private base: ScenarioInput | null = null;
  private runner = new RunController(this, 'programming');
  private readonly idp = `prog${++uid}`;
  /** Paths shown next to a field in the current render; every other issue goes to the list below. */
  private shown = new Set<string>();

  protected override defaultPreset(): string {
    return 'baclofen-programmable';
  }

  protected async load(): Promise<void> {
    const r = await this.resolve();
    this.sourceNotice = r.notice;
    this.base = r.scenario;
    this.draft = draftFrom(edit.programOf(r.scenario));
    await this.runProgram(false);
  }

  /** The scenario with the edited program. */
  scenarioWithProgram(): ScenarioInput {
    return edit.withProgram(this.base, programFrom(this.draft));
  }

  /** Runs the edited program; `byLearner` when the learner pressed Run (the scenario is then reported). */
  private async runProgram(byLearner = true): Promise<void> {
    const scenario = this.scenarioWithProgram();
    if ((await this.runner.run(scenario)) && byLearner) this.reportScenario(scenario);
  }

  private set(patch: Partial<ProgramDraft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  /** The model's message about a field, in a paragraph under it (null when there is none). */
  private fieldIssues(path: string) {
    this.shown.add(path);
    const issues: ScenarioIssue[] = issuesAt(this.runner.issues, path);
    const id = `${this.idp}-${path.replace(/\W/g, '-')}-err`;
    return issues.length
      ? html`<p id=${id} class="error field-error" role="alert">${issues.map(ruleMessage).join('; ')}</p>`
      : nothing;
  }

  /**
   * A quantity of the program as a slider with its number box and unit, bound to a program path; the model's
   * message about a value the slider allows but the model refuses (a step starting at the period's end) shows
   * under it.
   */
  private field(
    label: string,
    path: string,
    value: number,
    onChange: (v: number) => void,
    span: { min: number; max: number; step: number; unit: string; unitOne?: string },
  ) {
    return html`<div class="field" data-path=${path}>
      <itp-slider-field
        label=${label}
        unit=${span.unit}
        unit-one=${span.unitOne ?? ''}
        min=${span.min}
        max=${span.max}
        step=${span.step}
        .value=${value}
        @change=${(e: Event) => onChange((e.target as ItpSliderField).value)}
      ></itp-slider-field>
      ${this.fieldIssues(path)}
    </div>`;
  }

  /**
   * The patient bolus dose's span, µg: twice the drug's single-dose warning limit (src/model/scenario/drug-limits.ts),
   * so a learner can go past it and see the warning; 0–1000 µg (an estimate: a teaching span) for a drug without
   * one. Never below the value already set.
   */
  private patientDoseMax(dose: number): number {
    const name = edit.drugOf(this.base).name;
    const lim = name && name in DRUGS ? drugDoseLimits(name as DrugName).singleUg?.valueUg : undefined;
    const span = lim ? niceCeil(2 * lim) : 1000;
    return Math.max(span, niceCeil(dose));
  }

  /**
   * The continuous rate: a slider with its number box, on the comparison's span (0–24 mL/day, an estimate: a
   * teaching span, the model accepts up to 2400); a message from the model about it shows under it.
   */
  private rateField(rate: number) {
    const path = 'program.rateMlPerDay';
    this.shown.add(path);
    const issues = issuesAt(this.runner.issues, path);
    return html`<itp-slider-field
        label=${S.programming.rate}
        unit=${unitText('mL/day')}
        min="0"
        max=${RATE_SPAN_ML_PER_DAY}
        step="0.01"
        .value=${rate}
        @change=${(e: Event) => this.set({ rateMlPerDay: (e.target as ItpSliderField).value })}
      ></itp-slider-field>
      ${issues.length ? html`<p class="error" role="alert">${issues.map(ruleMessage).join('; ')}</p>` : nothing}`;
  }

  private flexEditor() {
    const f = this.draft.flex;
    const setSteps = (steps: typeof f.steps) => this.set({ flex: { ...f, steps } });
    const P = S.programming;
    return html`<fieldset>
      <legend>${P.steps}</legend>
      <itp-segmented
        label=${P.period}
        .options=${[
          { value: '24', label: P.periodDay },
          { value: '168', label: P.periodWeek },
        ]}
        .value=${String(f.periodHours)}
        @change=${(e: Event) =>
          this.set({ flex: { ...f, periodHours: (e.target as ItpSegmented).value === '168' ? 168 : 24 } })}
      ></itp-segmented>
      ${f.steps.map(
        (s, i) =>
          html`<div class="row">
            ${
              // The model's span: 0 up to the period, and a start must be below it (src/model/scenario/checks.ts);
              // the slider reaches the period, where the model's message says why.
              this.field(
                P.stepStart,
                `program.flex.steps.${i}.startHours`,
                s.startHours,
                (v) => setSteps(f.steps.map((x, j) => (j === i ? { ...x, startHours: v } : x))),
                { min: 0, max: f.periodHours, step: 0.5, unit: unitText('h') },
              )
            }
            ${
              // 0–24 mL/day: the continuous rate's teaching span (an estimate; the model accepts up to 100).
              this.field(
                P.rate,
                `program.flex.steps.${i}.rateMlPerDay`,
                s.rateMlPerDay,
                (v) => setSteps(f.steps.map((x, j) => (j === i ? { ...x, rateMlPerDay: v } : x))),
                {
                  min: 0,
                  max: Math.max(RATE_SPAN_ML_PER_DAY, s.rateMlPerDay),
                  step: 0.01,
                  unit: unitText('mL/day'),
                },
              )
            }
            <button type="button" @click=${() => setSteps(f.steps.filter((_, j) => j !== i))}>
              ${P.removeStep(i + 1)}
            </button>
          </div>`,
      )}
      <button
        type="button"
        @click=${() => setSteps([...f.steps, { startHours: 12, rateMlPerDay: this.draft.rateMlPerDay }])}
      >
        ${P.addStep}
      </button>
    </fieldset>`;
  }

  private bolusEditor() {
    const b = this.draft.boluses;
    const P = S.programming;
    const setB = (boluses: typeof b) => this.set({ boluses });
    const put = (i: number, patch: Partial<Bolus>) =>
      setB(b.map((y, j) => (j === i ? { ...y, ...patch } : y)));
    // A bolus at any time of the run: 0 to its end (the model warns about a later one).
    const end = Math.max(1, edit.durationHours(this.base));
    return html`<fieldset>
      <legend>${P.boluses}</legend>
      ${b.map(
        (x, i) =>
          html`<div class="row bolus">
            <itp-segmented
              class="bolus-kind"
              label=${P.bolusKind}
              .options=${BOLUS_KINDS.map((k) => ({ value: k, label: P.bolusKinds[k] }))}
              .value=${x.kind}
              @change=${(e: Event) => put(i, { kind: (e.target as ItpSegmented).value as Bolus['kind'] })}
            ></itp-segmented>
            <p class="muted hint">${P.bolusKindHints[x.kind]}</p>
            ${this.field(
              P.bolusAt,
              `program.boluses.${i}.atHours`,
              x.atHours,
              (v) => put(i, { atHours: v }),
              {
                min: 0,
                max: Math.max(end, Math.ceil(x.atHours)),
                step: 1,
                unit: unitText('h'),
              },
            )}
            ${this.bolusVolume(x, i, (v) => put(i, { volumeUl: v }))}
            ${this.bolusThen(x, (then) => put(i, { then }), i)}
            <button type="button" @click=${() => setB(b.filter((_, j) => j !== i))}>
              ${P.removeBolus(i + 1)}
            </button>
          </div>`,
      )}
      <button type="button" @click=${() => setB([...b, { kind: 'single', atHours: 24, volumeUl: 25 }])}>
        ${P.addBolus}
      </button>
    </fieldset>`;
  }

  /**
   * The bolus volume, 0–1000 µL (an estimate: a teaching span; the model accepts up to 100 mL and warns when the
   * dose passes the drug's single-dose limit). A priming or bridge bolus without a volume gives what the catheter
   * holds: said in words, with a button to choose a volume instead.
   */
  private bolusVolume(x: Bolus, i: number, set: (v: number) => void) {
    const path = `program.boluses.${i}.volumeUl`;
    if (x.volumeUl === undefined)
      return html`<div class="field">
        <p>${S.programming.bolusVolumeDefault}</p>
        <button type="button" @click=${() => set(25)}>${S.programming.bolusVolumeSet}</button>
        ${this.fieldIssues(path)}
      </div>`;
    return this.field(S.programming.bolusVolume, path, x.volumeUl, set, {
      min: 0,
      max: Math.max(BOLUS_SPAN_UL, Math.ceil(x.volumeUl)),
      step: 1,
      unit: unitText('µL'),
    });
  }

  /**
   * What the pump does when the bolus ends, as a two-way choice; the single-bolus mode (stop) is said plainly
   * under it, in a live region so a screen reader hears it when the choice is made.
   */
  private bolusThen(x: Bolus, set: (then: NonNullable<Bolus['then']>) => void, i: number) {
    const stop = x.then === 'stop';
    return html`<itp-segmented
        class="bolus-then"
        label=${S.programming.bolusThen}
        .options=${[
          { value: 'resume', label: S.programming.bolusThenResume },
          { value: 'stop', label: S.programming.bolusThenStop },
        ]}
        .value=${stop ? 'stop' : 'resume'}
        @change=${(e: Event) => set((e.target as ItpSegmented).value === 'stop' ? 'stop' : 'resume')}
      ></itp-segmented>
      <div class="stop-live" aria-live="polite">
        ${stop ? html`<p class="notice bolus-stop" id=${`${this.idp}-bolus-${i}-stop`}>${S.programming.bolusStopWarning}</p>` : nothing}
      </div>`;
  }

  private patientBolusEditor() {
    const p = this.draft.patientBolus;
    const P = S.programming;
    const setP = (patch: Partial<NonNullable<typeof p>>) => this.set({ patientBolus: { ...p!, ...patch } });
    const doseMax = p ? this.patientDoseMax(p.doseUg) : 0;
    return html`<fieldset>
      <legend>${P.patientBolus}</legend>
      <label
        ><input
          type="checkbox"
          .checked=${p !== null}
          @change=${(e: Event) =>
            this.set({
              patientBolus: (e.target as HTMLInputElement).checked
                ? { doseUg: 50, lockoutHours: 4, maxPerDay: 4 }
                : null,
            })}
        />
        ${P.patientBolusOn}</label
      >
      ${
        p
          ? html`${this.field(P.pbDose, 'program.patientBolus.doseUg', p.doseUg, (v) => setP({ doseUg: v }), {
              min: 0,
              max: doseMax,
              step: doseMax <= 50 ? 0.1 : 1,
              unit: unitText('µg'),
            })}
            ${
              // The model's limits: lockout 0–48 h, 0–48 boluses a day (src/model/scenario/schema-program.ts).
              this.field(
                P.pbLockout,
                'program.patientBolus.lockoutHours',
                p.lockoutHours,
                (v) => setP({ lockoutHours: v }),
                {
                  min: 0,
                  max: 48,
                  step: 0.25,
                  unit: unitText('h'),
                },
              )
            }
            ${this.field(
              P.pbMax,
              'program.patientBolus.maxPerDay',
              p.maxPerDay,
              (v) => setP({ maxPerDay: v }),
              {
                min: 0,
                max: 48,
                step: 1,
                unit: P.bolusesN,
                unitOne: P.boluses1,
              },
            )}`
          : nothing
      }
    </fieldset>`;
  }

  override render() {
    const d = this.draft;
    const r = this.runner.result;
    this.shown = new Set();
    const other = () => otherIssues(this.runner.issues, this.shown);
    const generic = this.runner.error && !this.runner.issues.length;
    return html`
      <h2>${S.programming.heading}</h2>
      ${notice(this.sourceNotice)}
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.runProgram();
        }}
      >
        <fieldset>
          <legend>${S.programming.mode}</legend>
          <itp-segmented
            label=${S.programming.modeChoice}
            .options=${MODES.map((m) => ({ value: m, label: S.programming.modes[m] }))}
            .value=${d.mode}
            @change=${(e: Event) => this.set({ mode: (e.target as ItpSegmented).value as (typeof MODES)[number] })}
          ></itp-segmented>
          ${d.mode === 'continuous' ? this.rateField(d.rateMlPerDay) : nothing}
        </fieldset>
        ${d.mode === 'flex' ? this.flexEditor() : nothing} ${this.bolusEditor()} ${this.patientBolusEditor()}
        <button class="primary" type="submit">${S.programming.apply}</button>
      </form>
      <div aria-live="polite">
        ${this.runner.running ? html`<p>${S.run.simulating}</p>` : nothing}
        ${!this.runner.running && !this.runner.error && r ? html`<p>${S.programming.valid}</p>` : nothing}
        ${this.runner.issues.length ? html`<p role="alert">${S.run.invalidScenario} ${S.programming.problems(this.runner.issues.length)}</p>` : nothing}
        ${
          other().length
            ? html`<ul class="error">
                ${other().map((i) => html`<li>${plainMessage(i)}</li>`)}
              </ul>`
            : nothing
        }
        ${generic ? html`<p role="alert">${S.run.failed(this.runner.error!)}</p>` : nothing}
      </div>
      ${
        r
          ? html`<itp-chart
              heading=${S.charts.tipDelivery}
              unit=${S.charts.tipDeliveryUnit}
              steps
              .yRange=${FROM_ZERO}
              .tHours=${r.series.tHours}
              .series=${[{ label: S.charts.tipDelivery, values: r.series.tipVolumeUl }]}
            ></itp-chart>`
          : nothing
      }
    `;
  }
}
