import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { CHARTS_TEXT, S } from '../../i18n/strings.js';
import { formatNumber, formatTime } from '../../format/format.js';
import { scenarioLine } from '../../format/scenario-text.js';
import { eventText } from '../../format/event-text.js';
import { est, issuesList, notice } from '../../base/templates.js';
import { dailyDoseChart } from './daily-dose-chart.js';
import { seriesDef } from '../../../model/series.js';
import { getDrug } from '../../../model/data/drugs.js';
import { OPIOID_TOLERANCE_STATES } from '../../../model/data/adaptation.js';
import type { ScenarioInput } from '../../../model/scenario/schema.js';
import * as edit from '../../scenario/scenario-edit.js';
import '../chart/chart.define.js';
import { FROM_ZERO } from '../chart/chart-data.js';
import '../segmented/segmented.define.js';
import type { ItpSegmented } from '../segmented/segmented.js';

/** Unit of an effect series, from the series table (painNrs: NRS 0–10, sedationFraction: 0–1). */
export function effectUnit(name: string): string {
  return seriesDef(name)?.unit ?? '';
}

/** What learners read as the title of an effect series: plain words and the scale ("Pain score (0–10)"). */
export function effectTitle(name: string): string {
  return seriesDef(name)?.label ?? name;
}

/**
 * How an effect series is charted: on its whole fixed scale (a pain score on 0–10, never an axis stretched to
 * the run's own range, on which 0.005 of 1 looks like a full effect), with the unit "out of 10" in words.
 * Series without a scale in their unit keep their unit and an automatic axis.
 */
export function effectScale(name: string): EffectScale {
  let sc = scales.get(name); // one object per series: the chart redraws only when its inputs change
  if (sc) return sc;
  const unit = effectUnit(name);
  const m = /(\d+)–(\d+)/.exec(unit);
  sc = m
    ? {
        heading: effectTitle(name).replace(/\s*\(\d+–\d+\)$/, ''),
        unit: CHARTS_TEXT.outOf(m[2]),
        range: [Number(m[1]), Number(m[2])],
      }
    : { heading: effectTitle(name), unit, range: null };
  scales.set(name, sc);
  return sc;
}

interface EffectScale {
  heading: string;
  unit: string;
  range: [number, number] | null;
}
const scales = new Map<string, EffectScale>();

/** Runs longer than this show the tip delivery of their first TIP_WINDOW_HOURS only (strokes stay visible). */
const TIP_WINDOW_HOURS = 48;

/**
 * The tip delivery series to chart: a long run's first two days (over months, intervals alternating 8 and
 * 9 µL are thousands of bars in a few hundred pixels: a solid block), with its unit in words.
 */
export function tipWindow(tHours: Float64Array, tipVolumeUl: Float64Array) {
  const n = tHours.length;
  const dt = n > 1 ? tHours[1] - tHours[0] : (tHours[0] ?? 1);
  const unit = Math.abs(dt - 1) < 1e-9 ? CHARTS_TEXT.perHour : CHARTS_TEXT.perMinutes(formatNumber(dt * 60));
  const long = n > 0 && tHours[n - 1] > 2 * TIP_WINDOW_HOURS;
  if (!long) return { tHours, values: tipVolumeUl, unit, windowDays: null };
  let k = 0;
  while (k < n && tHours[k] <= TIP_WINDOW_HOURS + 1e-9) k++;
  return {
    tHours: tHours.subarray(0, k),
    values: tipVolumeUl.subarray(0, k),
    unit,
    windowDays: formatNumber(TIP_WINDOW_HOURS / 24),
  };
}

/**
 * <itp-charts> — the run's time series as charts (uPlot): tip delivery, reservoir, CSF at chosen levels
 * (log scale), plasma, and the effect and side-effect scores. Each chart has hover read-outs, a text summary,
 * a data table and PNG export (see <itp-chart>). Series the engine has not produced are named as such.
 *
 * @event itp-run-finished - detail: { result, run: 'charts' }
 * @event itp-alarm - detail: { event, run }
 * @event itp-run-failed - detail: { message, issues, run }
 *
 * @tag itp-charts
 */
export class ItpCharts extends ItpView {
  static override styles = [
    ...ItpView.styles,
    css`
      .events {
        columns: 22rem auto;
        column-gap: var(--itp-space-2xl);
        padding-left: var(--itp-space-2xl);
        font-size: var(--itp-font-size-s);
      }
      .events li {
        break-inside: avoid;
      }
      .sev-alarm {
        color: var(--_itp-error);
        font-weight: 600;
      }
      .sev-warning {
        color: var(--_itp-warn);
      }
    `,
  ];

  @state() private chosen: string[] | null = null;
  @state() private logCsf = true;
  /** The scenario as loaded (the tolerance control edits a copy of it). */
  private base: ScenarioInput | null = null;
  private runner = new RunController(this, 'charts');

  protected override defaultPreset(): string {
    return 'baclofen-programmable';
  }

  protected async load(): Promise<void> {
    const r = await this.resolve();
    this.sourceNotice = r.notice;
    this.base = r.scenario;
    await this.runner.run(r.scenario);
  }

  private onTolerance(e: Event): void {
    if (!this.base) return;
    void this.runner.run(edit.withOpioidTolerance(this.base, (e.target as ItpSegmented).value));
  }

  /** Opioid-naive or tolerant patient: shown for opioids only (the same dose sedates a naive patient). */
  private toleranceControl() {
    const name = this.base ? edit.drugOf(this.base).name : null;
    if (!this.base || !name || !getDrug(name)?.pd.tolerance) return nothing;
    const cur = edit.opioidToleranceOf(this.runner.scenario ?? this.base);
    return html`<p>
      <itp-segmented
        label=${CHARTS_TEXT.tolerance}
        .options=${OPIOID_TOLERANCE_STATES.map((t) => ({ value: t, label: CHARTS_TEXT.tolerances[t] }))}
        .value=${cur}
        @change=${this.onTolerance}
      ></itp-segmented>
      ${est(CHARTS_TEXT.toleranceSource)}
    </p>`;
  }

  /** Levels shown by default: cranial-most, the middle and caudal-most of the model's levels. */
  private levels(): string[] {
    const d = this.runner.result?.distribution;
    if (!d || !d.levels.length) return [];
    if (this.chosen) return this.chosen.filter((n) => d.levels.some((l) => l.name === n));
    const names = d.levels.map((l) => l.name);
    return [...new Set([names[0], names[Math.floor(names.length / 2)], names[names.length - 1]])];
  }

  private toggleLevel(name: string, on: boolean): void {
    const cur = this.levels();
    this.chosen = on ? [...cur, name] : cur.filter((n) => n !== name);
  }

  private csfCharts() {
    const r = this.runner.result!;
    const d = r.distribution;
    if (!d) return html`<p class="notice" role="status">${S.run.notProduced(S.charts.csfAtLevels)}</p>`;
    const chosen = this.levels();
    const series = chosen.map((name) => {
      const j = d.levels.findIndex((l) => l.name === name);
      const n = r.series.tHours.length;
      const v = new Float64Array(n);
      for (let k = 0; k < n; k++) v[k] = d.csfNgPerMl[k * d.levels.length + j];
      return { label: `CSF at ${name}`, values: v };
    });
    const effects = Object.entries(d.effects);
    return html` <fieldset>
        <legend>${S.charts.levels}</legend>
        ${d.levels.map(
          (l) =>
            html`<label
              ><input
                type="checkbox"
                .checked=${chosen.includes(l.name)}
                @change=${(e: Event) => this.toggleLevel(l.name, (e.target as HTMLInputElement).checked)}
              />${l.name}</label
            >`,
        )}
        <label
          ><input
            type="checkbox"
            .checked=${this.logCsf}
            @change=${(e: Event) => (this.logCsf = (e.target as HTMLInputElement).checked)}
          />${S.charts.logScale}</label
        >
      </fieldset>
      <itp-chart
        heading=${S.charts.csfAtLevels}
        unit="ng/mL"
        ?log=${this.logCsf}
        .tHours=${r.series.tHours}
        .series=${series}
      ></itp-chart>
      <itp-chart
        heading=${S.charts.plasma}
        unit="ng/mL"
        .tHours=${r.series.tHours}
        .series=${[
          { label: S.spine.plasma, values: d.plasmaNgPerMl },
          { label: S.spine.cranial, values: d.cranialNgPerMl },
        ]}
        ?log=${this.logCsf}
      ></itp-chart>
      ${
        effects.length
          ? effects.map(([name, v]) => {
              const sc = effectScale(name);
              return html`<itp-chart
                heading=${sc.heading}
                unit=${sc.unit}
                .yRange=${sc.range}
                .tHours=${r.series.tHours}
                .series=${[{ label: sc.heading, values: v }]}
              ></itp-chart>`;
            })
          : html`<p class="notice" role="status">${S.run.notProduced(S.charts.effects)}</p>`
      }`;
  }

  private tipChart(tHours: Float64Array, tipVolumeUl: Float64Array) {
    const w = tipWindow(tHours, tipVolumeUl);
    const heading = w.windowDays
      ? CHARTS_TEXT.firstDays(S.charts.tipDelivery, w.windowDays)
      : S.charts.tipDelivery;
    return html`<itp-chart
        heading=${heading}
        unit=${w.unit}
        steps
        .yRange=${FROM_ZERO}
        .tHours=${w.tHours}
        .series=${[{ label: S.charts.tipDelivery, values: w.values }]}
      ></itp-chart>
      ${w.windowDays ? html`<p class="muted">${CHARTS_TEXT.firstDaysNote}</p>` : nothing}`;
  }

  /** The run's events in time order (what an MRI, a refill or an alarm did, in the engine's words). */
  private eventList() {
    const ev = this.runner.result?.events ?? [];
    const max = 40;
    return html`<h3>${CHARTS_TEXT.events}</h3>
      ${
        ev.length
          ? html`<ol class="events">
              ${ev.slice(0, max).map((e) => html`<li class="sev-${e.severity}">${formatTime(e.tHours)}: ${eventText(e)}</li>`)}
            </ol>`
          : html`<p>${CHARTS_TEXT.none}</p>`
      }
      ${ev.length > max ? html`<p class="muted">${CHARTS_TEXT.more(ev.length - max)}</p>` : nothing}`;
  }

  override render() {
    const r = this.runner.result;
    return html`
      <h2>${S.charts.heading}</h2>
      ${notice(this.sourceNotice)} ${issuesList(this.runner.issues)}
      ${this.runner.error && !this.runner.issues.length ? html`<p role="alert">${S.run.failed(this.runner.error)}</p>` : nothing}
      ${this.toleranceControl()}
      <p aria-live="polite" class="muted">${this.runner.running ? S.run.simulating : ''}</p>
      ${r ? html`<p data-key="what-runs">${scenarioLine(this.runner.scenario)}</p>` : nothing}
      ${
        r
          ? html`${this.tipChart(r.series.tHours, r.series.tipVolumeUl)}
              ${dailyDoseChart([{ label: S.charts.dose, result: r }])} ${this.eventList()}
              <itp-chart
                heading=${S.charts.reservoir}
                unit="mL"
                .tHours=${r.series.tHours}
                .series=${[{ label: S.charts.reservoir, values: r.series.reservoirMl }]}
              ></itp-chart>
              ${this.csfCharts()}`
          : nothing
      }
    `;
  }
}
