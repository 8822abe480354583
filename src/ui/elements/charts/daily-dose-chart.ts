/**
 * The "Dose at the tip per day" chart block, shared by <itp-charts>, <itp-lifecycle> and the comparison in
 * <itp-pump-compare>: one or more runs' tip dose summed per day (µg/day), drawn as steps on one time axis.
 * Runs of different lengths or output intervals are aligned on their day-end times; a run that has ended
 * shows a gap, never a zero it did not compute.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { S } from '../../i18n/strings.js';
import { dailyDose } from '../../format/derive.js';
import { alignSeries, FROM_ZERO, type ChartSeries } from '../chart/chart-data.js';
import '../chart/chart.define.js';

export interface DoseRun {
  label: string;
  result: { series: { tHours: Float64Array; tipDoseUg: Float64Array } };
}

const aligned = new WeakMap<
  object,
  { key: unknown[]; out: { tHours: Float64Array; series: ChartSeries[] } }
>();

/**
 * Daily tip dose of each run on a shared day axis (NaN where a run has no day). Cached on the first run's
 * result so re-renders hand <itp-chart> the same arrays (it then skips rebuilding the plot).
 */
export function dailyDoseSeries(runs: DoseRun[]): { tHours: Float64Array; series: ChartSeries[] } {
  if (!runs.length) return { tHours: new Float64Array(0), series: [] };
  const key = runs.flatMap((r) => [r.label, r.result]);
  const hit = aligned.get(runs[0].result);
  if (hit && hit.key.length === key.length && hit.key.every((k, i) => k === key[i])) return hit.out;
  const days = runs.map((r) => dailyDose(r.result));
  const a =
    days.length === 1
      ? { tHours: days[0].tHours, values: [days[0].values] }
      : alignSeries(days.map((d) => ({ tHours: d.tHours, values: d.values })));
  const out = {
    tHours: a.tHours,
    series: runs.map((r, i) => ({ label: r.label, values: a.values[i] })),
  };
  aligned.set(runs[0].result, { key, out });
  return out;
}

/** The chart block, its axis from zero (doses compared by height); `cursorHours`: the playback marker (NaN: none). */
export function dailyDoseChart(runs: DoseRun[], cursorHours = NaN): TemplateResult | typeof nothing {
  if (!runs.length) return nothing;
  const d = dailyDoseSeries(runs);
  return html`<itp-chart
    heading=${S.charts.dailyDose}
    unit="µg/day"
    steps
    .yRange=${FROM_ZERO}
    .tHours=${d.tHours}
    .series=${d.series}
    .cursorHours=${cursorHours}
  ></itp-chart>`;
}
