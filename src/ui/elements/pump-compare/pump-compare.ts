import type { ScenarioInput } from '../../../model/scenario/schema.js';
import { html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { property, state } from 'lit/decorators.js';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { TimeController } from '../../base/time-controller.js';
import { defaultScenario, fromPreset } from '../../scenario/scenario-source.js';
import { COMPARE_TEXT, S } from '../../i18n/strings.js';
import { currentLang } from '../../i18n/locale.js';
import { drugText, formatNumber, unitText, withUnit } from '../../format/format.js';
import { est, issuesList, notice, timeControls } from '../../base/templates.js';
import { gasSensitivityEstimate } from '../../format/estimates.js';
import * as edit from '../../scenario/scenario-edit.js';
import { sideData, sidePanel, type SideData } from './pump-side.js';
import '../slider-field/slider-field.define.js';
import '../rate-handle/rate-handle.define.js';
import type { ItpRateHandle } from '../rate-handle/rate-handle.js';
import { CONTROL_TEXT as T } from '../../i18n/strings-controls.js';
import styles from './pump-compare.styles.js';
import { dailyDoseChart, type DoseRun } from '../charts/daily-dose-chart.js';
import { matchGasToProgrammable, type Matched } from './compare-model.js';

type Json = Record<string, unknown>;

/**
 * [min, max, step] of each control: estimates — teaching spans, not device or physiological limits (the model
 * itself accepts 25–44 °C): the ranges the number boxes had before they got sliders, except days, kept within a
 * year and episodes within a month, so that a slider moves by a useful amount.
 */
const RANGES = {
  temperature: [34, 42, 0.5],
  altitude: [0, 12000, 500],
  day: [0, 365, 1],
  episodeDays: [0.5, 30, 0.5],
  rate: [0, 24, 0.01],
  refillPercent: [10, 400, 5],
} as const;

/** The slider-field template the controls are drawn with (controlsTemplate). */
type FieldTemplate = (
  label: string,
  unit: string,
  range: readonly [number, number, number],
  value: number,
  onChange: (v: number) => void,
  onInput?: (v: number) => void,
) => unknown;

/** The episode controls' starting values: a normal temperature at sea level (no episode until changed). */
const DEFAULT_EPISODE: edit.Episode = { startDay: 10, lengthDays: 3, bodyTemperatureC: 37, altitudeFt: 0 };

/**
 * <itp-pump-compare> — a programmable and a constant-rate (gas) pump side by side on the same patient and
 * drug, animated from the simulated series: rotor strokes, reservoir, tip delivery (pulsed vs smooth), battery.
 * Both start at the same daily dose of the same drug (the gas pump's solution is made up for it,
 * compare-model.ts). Controls change both scenarios at once (fever/flight episode, MRI scan, programmed rate, concentration at a
 * refill) and both re-run in the worker.
 *
 * @event itp-run-finished - a run finished; detail: { result, run: 'programmable' | 'constant-rate' }
 * @event itp-alarm - the run raised an alarm; detail: { event, run }
 * @event itp-run-failed - a run failed (invalid scenario or engine error); detail: { message, issues, run }
 * @csspart schematic - the pump cut-away drawings
 * @csspart time-controls - play/pause/step/reset/speed
 * @cssproperty --itp-accent - accent colour
 *
 * @tag itp-pump-compare
 */
export class ItpPumpCompare extends ItpView {
  static override styles = [...ItpView.styles, styles];

  /** Preset of the constant-rate side (the programmable side uses `preset`). */
  @property({ attribute: 'constant-preset' }) constantPreset = 'baclofen-constant-rate';

  @state() private episode: edit.Episode = { ...DEFAULT_EPISODE };
  @state() private mriDay: number | null = null;
  @state() private rateMlPerDay = NaN;
  /** Top of the rate handle's span, mL/day (set from the story's rate when it loads: see rateHandle). */
  private rateSpan = 1;
  @state() private refillDay = 30;
  /** Strength of the refill solution, % of each pump's current concentration (100: no change). */
  @state() private refillPercent = 100;
  /** How the gas pump was matched to the programmable pump's drug and dose (see compare-model.ts). */
  private matched: Matched | null = null;
  /**
   * Controls the learner has changed. An untouched control leaves the stories' presets as they are: the
   * episode fields would otherwise wipe a preset's fever/flight timeline, the MRI box its scans.
   */
  private touched = new Set<'episode' | 'mri' | 'refill'>();
  @state() private gasNotice: string | null = null;

  private base: { prog: ScenarioInput | null; gas: ScenarioInput | null } = { prog: null, gas: null };
  private prog = new RunController(this, 'programmable');
  private gas = new RunController(this, 'constant-rate');
  private time = new TimeController(this);
  protected override clock = this.time;
  /** Reactive: a failed run clears its side after the runs ended, and that must re-render (no stale pump). */
  @state() private progData: SideData | null = null;
  @state() private gasData: SideData | null = null;

  private loads = 0;

  protected override defaultPreset(): string {
    return 'baclofen-programmable';
  }

  /** A lesson that swaps the constant-rate story (lesson 2 → lesson 3) must show the new story. */
  protected override reloadsOn(changed: PropertyValues<this>): boolean {
    return changed.has('constantPreset');
  }

  protected async load(): Promise<void> {
    const mine = ++this.loads;
    const r = await this.resolve();
    if (mine !== this.loads) return; // a newer source (preset, file, property) is loading
    this.sourceNotice = r.notice;
    const g = fromPreset(this.constantPreset);
    this.gasNotice = g.notice ? S.run.presetMissing(this.constantPreset) : null;
    this.matched = g.notice ? null : matchGasToProgrammable(r.scenario, g.scenario);
    this.base = { prog: r.scenario, gas: this.matched?.gas ?? null };
    this.rateMlPerDay = edit.rateOf(r.scenario);
    this.rateSpan = Math.max(1, Math.ceil(4 * (this.rateMlPerDay || 0) * 10) / 10);
    this.refillPercent = 100;
    this.touched.clear();
    // The controls show what the runs use: a new story starts from its own timeline, without an MRI scan.
    this.episode = { ...DEFAULT_EPISODE };
    this.mriDay = null;
    this.time.startHours = this.startHours;
    await this.apply({ byLearner: false });
  }

  /** The two scenarios with the learner's controls applied, as this view runs them. */
  scenarios(): { prog: ScenarioInput; gas: ScenarioInput | null } {
    const { prog, gas } = this.edited();
    // This view shows the pumps only: no CSF distribution (a third of the run's time), strokes kept.
    const forView = (s: ScenarioInput): ScenarioInput => ({
      ...s,
      model: { ...s.model, recordStrokes: true, distribution: false },
    });
    return { prog: forView(prog), gas: gas === null ? null : forView(gas) };
  }

  /** The two scenarios with the learner's controls applied (the programmable one is the page's shared state). */
  private edited(): { prog: ScenarioInput; gas: ScenarioInput | null } {
    const shared = this.storyTimeline();
    const change = (s: ScenarioInput, programmable: boolean): ScenarioInput => {
      let out = s;
      if (this.touched.has('episode')) out = edit.withEpisode(out, this.episode);
      else if (shared)
        // One patient, one story: both pumps live through the story's timeline for the story's length.
        out = {
          ...out,
          environment: structuredClone(shared.environment),
          durationDays: shared.durationDays,
          outputIntervalMinutes: shared.outputIntervalMinutes,
        };
      if (this.touched.has('mri')) out = edit.withMri(out, this.mriDay);
      if (programmable && Number.isFinite(this.rateMlPerDay)) out = edit.withRate(out, this.rateMlPerDay);
      const c = edit.concentrationOf(s);
      if (this.touched.has('refill') && this.refillPercent !== 100 && c > 0 && this.refillPercent > 0)
        out = edit.withRefillConcentration(out, this.refillDay, (c * this.refillPercent) / 100);
      return out;
    };
    return {
      prog: change(this.base.prog ?? defaultScenario(), true),
      gas: this.base.gas === null ? null : change(this.base.gas, false),
    };
  }

  /**
   * The environment timeline of the story (the gas pump's preset first, where the fever and flight stories
   * live), given to both pumps: it is one patient. Null when neither preset has one.
   */
  private storyTimeline(): {
    environment: NonNullable<ScenarioInput['environment']>;
    timeline: Json[];
    durationDays: ScenarioInput['durationDays'];
    outputIntervalMinutes: ScenarioInput['outputIntervalMinutes'];
  } | null {
    for (const s of [this.base.gas, this.base.prog]) {
      const env = s?.environment;
      if (s && env && Array.isArray(env.timeline) && env.timeline.length)
        return {
          environment: env,
          timeline: env.timeline as Json[],
          durationDays: s.durationDays,
          outputIntervalMinutes: s.outputIntervalMinutes,
        };
    }
    return null;
  }

  private timelineNote() {
    const story = this.storyTimeline();
    if (!story || this.touched.has('episode')) return nothing;
    // The values, unless the note already says them ("flight: cabin at 8,000 ft").
    const what = (e: Json) =>
      /\d/.test(String(e.note ?? ''))
        ? ''
        : [
            typeof e.bodyTemperatureC === 'number' ? withUnit(e.bodyTemperatureC, '°C') : '',
            typeof e.altitudeFt === 'number' ? withUnit(e.altitudeFt, 'ft') : '',
          ]
            .filter(Boolean)
            .join(', ');
    return html`<div class="hint" data-key="timeline">
      <p>${COMPARE_TEXT.timeline}</p>
      <ul>
        ${story.timeline.map(
          (e) =>
            html`<li>
              ${COMPARE_TEXT.entry(formatNumber(Number(e.atHours) / 24), String(e.note ?? ''), what(e))}
            </li>`,
        )}
      </ul>
      <p>${COMPARE_TEXT.timelineReplaced}</p>
    </div>`;
  }

  /**
   * Runs both pumps. `live` while a control is being moved (RunController: coalesced, follows the drag);
   * `byLearner` when a control changed (the programmable scenario is then reported), not on first load.
   */
  private async apply({ live = false, byLearner = true } = {}): Promise<void> {
    const shared = this.edited().prog;
    const sc = this.scenarios();
    const runs = [
      this.prog.run(sc.prog, { live }),
      sc.gas === null ? Promise.resolve(null) : this.gas.run(sc.gas, { live }),
    ];
    const [p, g] = await Promise.all(runs);
    this.progData = p ? sideData(p, sc.prog) : this.prog.error ? null : this.progData;
    this.gasData = g ? sideData(g, sc.gas) : this.gas.error || sc.gas === null ? null : this.gasData;
    if (byLearner && p) this.reportScenario(shared);
    const ref = this.progData?.result ?? this.gasData?.result;
    if (ref) {
      const t = ref.series.tHours;
      this.time.setRun(ref.summary.durationHours, t.length > 1 ? t[1] - t[0] : t[0], !this.paused);
    }
  }

  private num(e: Event): number {
    return Number((e.target as HTMLInputElement).value);
  }

  private controlsTemplate() {
    // No control asked for (`controls=""`, e.g. a locked lesson): no empty box either.
    if (!['temperature', 'altitude', 'mri', 'schedule', 'concentration'].some((c) => this.shows(c)))
      return nothing;
    const ep = this.episode;
    const setEp = (patch: Partial<edit.Episode>, live = false) => {
      const next = { ...this.episode, ...patch };
      // The change event after a live drag carries the value the drag already ran.
      if (
        !live &&
        this.touched.has('episode') &&
        (Object.keys(next) as (keyof edit.Episode)[]).every((k) => next[k] === this.episode[k])
      )
        return;
      this.episode = next;
      this.touched.add('episode');
      void this.apply({ live });
    };
    /** One quantity: a slider with its number box; `onInput` re-runs while it moves (live), `onChange` commits. */
    const field = (
      label: string,
      unit: string,
      [min, max, step]: readonly [number, number, number],
      value: number,
      onChange: (v: number) => void,
      onInput?: (v: number) => void,
      hint = '',
      badge: unknown = nothing,
    ) =>
      html`<itp-slider-field
        label=${label}
        unit=${unit}
        min=${min}
        max=${max}
        step=${step}
        hint=${hint}
        .value=${value}
        @input=${onInput ? (e: Event) => onInput(this.num(e)) : nothing}
        @change=${(e: Event) => onChange(this.num(e))}
        >${badge}</itp-slider-field
      >`;
    const episode = this.shows('temperature') || this.shows('altitude');
    return html`<fieldset part="controls">
      <legend>${S.compare.controlsLegend}</legend>
      ${
        this.shows('temperature')
          ? field(
              S.compare.bodyTemp,
              '°C',
              RANGES.temperature,
              ep.bodyTemperatureC,
              (v) => setEp({ bodyTemperatureC: v }),
              (v) => setEp({ bodyTemperatureC: v }, true),
              '',
              est(gasSensitivityEstimate()),
            )
          : nothing
      }
      ${
        this.shows('altitude')
          ? field(
              S.compare.altitude,
              'ft',
              RANGES.altitude,
              ep.altitudeFt,
              (v) => setEp({ altitudeFt: v }),
              (v) => setEp({ altitudeFt: v }, true),
              '',
              est(gasSensitivityEstimate()),
            )
          : nothing
      }
      ${
        episode
          ? html`${field(COMPARE_TEXT.fromDay, S.units.days, RANGES.day, ep.startDay, (v) => setEp({ startDay: v }))}
            ${field(COMPARE_TEXT.forDays, S.units.days, RANGES.episodeDays, ep.lengthDays, (v) => setEp({ lengthDays: v }))} `
          : nothing
      }
      ${
        this.shows('mri')
          ? html`<label
                ><input
                  type="checkbox"
                  .checked=${this.mriDay !== null}
                  @change=${(e: Event) => {
                    this.mriDay = (e.target as HTMLInputElement).checked ? 20 : null;
                    this.touched.add('mri');
                    void this.apply();
                  }}
                />${S.compare.mri}</label
              >
              ${
                this.mriDay !== null
                  ? field(S.compare.mriAtDay, S.units.days, RANGES.day, this.mriDay, (v) => {
                      this.mriDay = v;
                      this.touched.add('mri');
                      void this.apply();
                    })
                  : nothing
              }`
          : nothing
      }
      ${this.shows('schedule') ? this.rateField(field) : nothing}
      ${
        this.shows('concentration')
          ? html`${field(COMPARE_TEXT.refillDay, S.units.days, RANGES.day, this.refillDay, (v) => {
              this.refillDay = v;
              this.touched.add('refill');
              void this.apply();
            })}
            ${field(
              COMPARE_TEXT.refillStrength,
              '%',
              RANGES.refillPercent,
              this.refillPercent,
              (v) => {
                this.refillPercent = v;
                this.touched.add('refill');
                void this.apply();
              },
              undefined,
              COMPARE_TEXT.refillHelp,
            )}`
          : nothing
      }
    </fieldset>`;
  }

  /** The programmable pump's rate: re-runs while it moves, like the rate handle on its drawing. */
  private rateField(field: FieldTemplate) {
    const set = (v: number, live: boolean) => {
      this.rateMlPerDay = v;
      void this.apply({ live });
    };
    return field(
      COMPARE_TEXT.rateLabel,
      unitText('mL/day'),
      RANGES.rate,
      this.rateMlPerDay,
      (v) => set(v, false),
      (v) => set(v, true),
    );
  }

  /**
   * The rate as a handle beside the programmable pump's drawing: dragged (or moved with the arrow keys), it sets the
   * same rate as the slider field and both pumps re-run while it moves. Its span is an estimate — four times the
   * story's own rate, at least 1 mL/day — so that a drag changes the dose by a visible amount; the slider field
   * reaches the whole range.
   */
  private rateHandle() {
    const rate = this.rateMlPerDay;
    if (!Number.isFinite(rate)) return nothing;
    const conc = edit.concentrationOf(this.base.prog);
    const ml = (v: number) => withUnit(v, unitText('mL/day'));
    const dose = Number.isFinite(conc) ? withUnit(rate * conc, unitText('µg/day')) : '';
    const set = (e: Event, live: boolean) => {
      this.rateMlPerDay = (e.target as ItpRateHandle).value;
      void this.apply({ live });
    };
    return html`<itp-rate-handle
      label=${T.rateHandle}
      caption=${T.rateCaption}
      display=${ml(rate)}
      valuetext=${dose ? T.rateValue(ml(rate), dose) : ml(rate)}
      min="0"
      max=${this.rateSpan}
      step="0.01"
      .value=${rate}
      @input=${(e: Event) => set(e, true)}
      @change=${(e: Event) => set(e, false)}
    ></itp-rate-handle>`;
  }

  /** Both pumps' daily tip dose, whatever their durations and output intervals. */
  private dailyChart() {
    const runs: DoseRun[] = [];
    if (this.progData) runs.push({ label: S.compare.programmable, result: this.progData.result });
    if (this.gasData) runs.push({ label: S.compare.constantRate, result: this.gasData.result });
    return dailyDoseChart(runs, this.time.tHours);
  }

  /**
   * Both pumps' validation issues, each once: a control changes both scenarios, so a bad body temperature is
   * the same issue twice; it is shown once, under the controls.
   */
  private issues() {
    const seen = new Set<string>();
    return [...this.prog.issues, ...this.gas.issues].filter((i) => {
      const key = `${i.path}\n${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** What both pumps share (drug, dose) in words, and a run that ends before the other. */
  private truthNotes() {
    const m = this.matched;
    const b = m?.baseline;
    const rate = (x: number) => withUnit(x, 'mL/day');
    const conc = (x: number) => withUnit(x, 'µg/mL');
    const same = b
      ? COMPARE_TEXT.baseline(
          drugText(b.drugName),
          withUnit(b.doseUgPerDay, 'µg/day'),
          rate(b.progRateMlPerDay),
          conc(b.progConcentrationUgPerMl),
          rate(b.gasRateMlPerDay),
          conc(b.gasConcentrationUgPerMl),
        )
      : m
        ? COMPARE_TEXT.noBaseline(withUnit(m.storyDoseUgPerDay, 'µg/day'))
        : null;
    const p = this.progData?.result.summary.durationHours;
    const g = this.gasData?.result.summary.durationHours;
    let ends: string | null = null;
    if (p !== undefined && g !== undefined && Math.abs(p - g) >= 1) {
      const day = (h: number) => formatNumber(h / 24);
      const [shorter, longer] =
        g < p
          ? [S.compare.constantRate, S.compare.programmable]
          : [S.compare.programmable, S.compare.constantRate];
      ends = COMPARE_TEXT.endsEarly(
        shorter.toLowerCase(),
        day(Math.min(p, g)),
        longer.toLowerCase(),
        day(Math.max(p, g)),
      );
    }
    if (!same && !ends) return nothing;
    return html`<div class="truth">
      ${same ? html`<p data-key="baseline">${same}</p>` : nothing}
      ${ends ? html`<p data-key="ends">${ends}</p>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.time.tHours;
    const busy = this.prog.running || this.gas.running;
    return html`
      <h2>${S.compare.heading}</h2>
      ${notice(this.sourceNotice)}
      <p class="visually-hidden" aria-live="polite">${busy ? S.run.simulating : ''}</p>
      ${this.truthNotes()}
      ${
        // Playback re-renders every frame: the controls and the story note only when what they show (or the
        // language) changed.
        guard(
          [
            this.episode,
            this.mriDay,
            this.rateMlPerDay,
            this.refillDay,
            this.refillPercent,
            this.controls,
            currentLang(),
          ],
          () => this.controlsTemplate(),
        )
      }
      ${issuesList(this.issues())}
      ${guard([this.base, this.touched.has('episode'), currentLang()], () => this.timelineNote())}
      ${timeControls(this.time, 'compare-time')}
      <div class="sides">
        <section class="side" aria-label=${S.compare.programmable}>
          ${sidePanel(S.compare.programmable, this.progData, t, this.shows('schedule') ? this.rateHandle() : nothing)}
          ${this.prog.error && !this.prog.issues.length ? html`<p role="alert">${S.run.failed(this.prog.error)}</p>` : nothing}
        </section>
        <section class="side" aria-label=${S.compare.constantRate}>
          ${sidePanel(S.compare.constantRate, this.gasData, t)} ${notice(this.gasNotice)}
          ${this.gas.error && !this.gas.issues.length ? html`<p role="alert">${S.run.failed(this.gas.error)}</p>` : nothing}
        </section>
      </div>
      ${this.dailyChart()}
    `;
  }
}
