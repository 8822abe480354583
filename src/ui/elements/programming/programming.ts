import type { ScenarioInput } from '../../../model/scenario/schema.js';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { ScenarioIssue } from '../../../model/scenario/errors.js';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { S } from '../../i18n/strings.js';
import { notice } from '../../base/templates.js';
import { plainMessage } from '../../format/field-words.js';
import * as edit from '../../scenario/scenario-edit.js';
import {
  draftFrom,
  issuesAt,
  type Bolus,
  otherIssues,
  programFrom,
  shortMessage,
  type ProgramDraft,
} from './program-model.js';
import '../chart/chart.define.js';
import { FROM_ZERO } from '../chart/chart-data.js';
import '../segmented/segmented.define.js';
import '../slider-field/slider-field.define.js';
import type { ItpSliderField } from '../slider-field/slider-field.js';
import { unitText } from '../../format/format.js';
import type { ItpSegmented } from '../segmented/segmented.js';

/** The basal modes, in the order the choice shows them. */
const MODES = ['continuous', 'flex', 'stopped'] as const;

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

  /** A number input bound to a program path, with its inline error. */
  private field(
    label: string,
    path: string,
    value: number | undefined,
    onChange: (v: number) => void,
    opts: { step?: string; min?: string } = {},
  ) {
    this.shown.add(path);
    const issues: ScenarioIssue[] = issuesAt(this.runner.issues, path);
    const id = `${this.idp}-${path.replace(/\W/g, '-')}`;
    return html`<label
      >${label}
      <input
        id=${id}
        type="number"
        step=${opts.step ?? 'any'}
        min=${opts.min ?? ''}
        .value=${value === undefined ? '' : String(value)}
        aria-invalid=${issues.length ? 'true' : 'false'}
        aria-describedby=${issues.length ? `${id}-err` : (nothing as never)}
        @change=${(e: Event) => onChange(Number((e.target as HTMLInputElement).value))}
      />
      ${issues.length ? html`<span id="${id}-err" class="error">${issues.map(shortMessage).join('; ')}</span>` : nothing}
    </label>`;
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
        max="24"
        step="0.01"
        .value=${rate}
        @change=${(e: Event) => this.set({ rateMlPerDay: (e.target as ItpSliderField).value })}
      ></itp-slider-field>
      ${issues.length ? html`<p class="error" role="alert">${issues.map(shortMessage).join('; ')}</p>` : nothing}`;
  }

  private flexEditor() {
    const f = this.draft.flex;
    const setSteps = (steps: typeof f.steps) => this.set({ flex: { ...f, steps } });
    return html`<fieldset>
      <legend>${S.programming.steps}</legend>
      <itp-segmented
        label=${S.programming.period}
        .options=${[
          { value: '24', label: S.programming.periodDay },
          { value: '168', label: S.programming.periodWeek },
        ]}
        .value=${String(f.periodHours)}
        @change=${(e: Event) =>
          this.set({ flex: { ...f, periodHours: (e.target as ItpSegmented).value === '168' ? 168 : 24 } })}
      ></itp-segmented>
      ${f.steps.map(
        (s, i) =>
          html`<div class="row">
            ${this.field(S.programming.stepStart, `program.flex.steps.${i}.startHours`, s.startHours, (v) =>
              setSteps(f.steps.map((x, j) => (j === i ? { ...x, startHours: v } : x))),
            )}
            ${this.field(
              `${S.programming.rate} (mL/day)`,
              `program.flex.steps.${i}.rateMlPerDay`,
              s.rateMlPerDay,
              (v) => setSteps(f.steps.map((x, j) => (j === i ? { ...x, rateMlPerDay: v } : x))),
            )}
            <button
              type="button"
              @click=${() => setSteps(f.steps.filter((_, j) => j !== i))}
              aria-label=${`${S.programming.remove} step ${i + 1}`}
            >
              ${S.programming.remove}
            </button>
          </div>`,
      )}
      <button
        type="button"
        @click=${() => setSteps([...f.steps, { startHours: 12, rateMlPerDay: this.draft.rateMlPerDay }])}
      >
        ${S.programming.addStep}
      </button>
    </fieldset>`;
  }

  private bolusEditor() {
    const b = this.draft.boluses;
    const setB = (boluses: typeof b) => this.set({ boluses });
    return html`<fieldset>
      <legend>${S.programming.boluses}</legend>
      ${b.map(
        (x, i) =>
          html`<div class="row">
            <label
              >${S.programming.bolusKind}
              <select
                @change=${(e: Event) => setB(b.map((y, j) => (j === i ? { ...y, kind: (e.target as HTMLSelectElement).value as typeof y.kind } : y)))}
              >
                ${(['single', 'priming', 'bridge'] as const).map((k) => html`<option value=${k} ?selected=${x.kind === k}>${k}</option>`)}
              </select></label
            >
            ${this.field(S.programming.bolusAt, `program.boluses.${i}.atHours`, x.atHours, (v) => setB(b.map((y, j) => (j === i ? { ...y, atHours: v } : y))))}
            ${this.field(`${S.programming.bolusVolume} (µL)`, `program.boluses.${i}.volumeUl`, x.volumeUl, (v) => setB(b.map((y, j) => (j === i ? { ...y, volumeUl: v } : y))))}
            ${this.bolusThen(x, (then) => setB(b.map((y, j) => (j === i ? { ...y, then } : y))), i)}
            <button
              type="button"
              @click=${() => setB(b.filter((_, j) => j !== i))}
              aria-label=${`${S.programming.remove} bolus ${i + 1}`}
            >
              ${S.programming.remove}
            </button>
          </div>`,
      )}
      <button type="button" @click=${() => setB([...b, { kind: 'single', atHours: 24, volumeUl: 25 }])}>
        ${S.programming.addBolus}
      </button>
    </fieldset>`;
  }

  /** What the pump does when the bolus ends; the single-bolus mode (stop) is said plainly next to it. */
  private bolusThen(x: Bolus, set: (then: NonNullable<Bolus['then']>) => void, i: number) {
    const stop = x.then === 'stop';
    const warnId = `${this.idp}-bolus-${i}-stop`;
    return html`<label
        >${S.programming.bolusThen}
        <select
          aria-describedby=${stop ? warnId : (nothing as never)}
          @change=${(e: Event) => set((e.target as HTMLSelectElement).value === 'stop' ? 'stop' : 'resume')}
        >
          <option value="resume" ?selected=${!stop}>${S.programming.bolusThenResume}</option>
          <option value="stop" ?selected=${stop}>${S.programming.bolusThenStop}</option>
        </select></label
      >${stop ? html`<p class="notice bolus-stop" id=${warnId}>${S.programming.bolusStopWarning}</p>` : nothing}`;
  }

  private patientBolusEditor() {
    const p = this.draft.patientBolus;
    const setP = (patch: Partial<NonNullable<typeof p>>) => this.set({ patientBolus: { ...p!, ...patch } });
    return html`<fieldset>
      <legend>${S.programming.patientBolus}</legend>
      <label
        ><input
          type="checkbox"
          .checked=${p !== null}
          @change=${(e: Event) => this.set({ patientBolus: (e.target as HTMLInputElement).checked ? { doseUg: 50, lockoutHours: 4, maxPerDay: 4 } : null })}
        />
        enabled</label
      >
      ${
        p
          ? html`${this.field('Dose (µg)', 'program.patientBolus.doseUg', p.doseUg, (v) => setP({ doseUg: v }))}
            ${this.field('Lockout (h)', 'program.patientBolus.lockoutHours', p.lockoutHours, (v) => setP({ lockoutHours: v }))}
            ${this.field('Max per day', 'program.patientBolus.maxPerDay', p.maxPerDay, (v) => setP({ maxPerDay: v }), { step: '1' })}`
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
        ${this.runner.issues.length ? html`<p role="alert">${S.run.invalidScenario} ${this.runner.issues.length} problem(s), listed here or next to their fields.</p>` : nothing}
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
              unit="µL per interval"
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
