/**
 * Pure helpers for <itp-chart>: the colour-blind-safe line palette (Okabe–Ito), time-axis conversion,
 * log-safe values, downsampling for the data table and the text summary.
 */
import { formatNumber, unitText } from '../../format/format.js';

export interface ChartSeries {
  label: string;
  values: Float64Array;
}

/** Okabe & Ito (2008) palette, distinguishable under the common colour-vision deficiencies. */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

/** Values for a log axis: non-positive and non-finite become gaps. */
export function logSafe(values: Float64Array, floor = 0): (number | null)[] {
  return Array.from(values, (v) => (v > floor && v > 0 && Number.isFinite(v) ? v : null));
}

/** Decades a log axis spans below the largest value of its chart. */
export const LOG_AXIS_DECADES = 6;

/**
 * The smallest value a log axis draws: LOG_AXIS_DECADES below the chart's largest value. Far from a drug's
 * source the model's concentrations fall to 1e-300 ng/mL and below; a log axis down there spans hundreds of
 * decades (a flat, unreadable picture), and at subnormal numbers uPlot's tick loop never ends (10^-320 is 0).
 */
export function logFloor(series: ArrayLike<number>[]): number {
  let max = 0;
  for (const v of series)
    for (let i = 0; i < v.length; i++) if (v[i] > max && Number.isFinite(v[i])) max = v[i];
  return max * 10 ** -LOG_AXIS_DECADES;
}

/** Row indices for a table of at most `maxRows` rows, always including the last. */
export function tableRows(n: number, maxRows = 200): number[] {
  if (n <= 0) return [];
  const stride = Math.max(1, Math.ceil(n / maxRows));
  const rows: number[] = [];
  for (let i = stride - 1; i < n; i += stride) rows.push(i);
  if (rows[rows.length - 1] !== n - 1) rows.push(n - 1);
  return rows;
}

/** Range and last value of a series, over its finite values (gaps of an overlay are skipped). */
export function seriesStats(v: Float64Array): { min: number; max: number; last: number } {
  let min = Infinity;
  let max = -Infinity;
  let last = NaN;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isFinite(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
    last = x;
  }
  return { min, max, last };
}

/** `scale`: the series' magnitude on a linear axis, so float residue next to it prints as 0 (format.ts). */
export const fmtUnit = (v: number, unit: string, scale?: number): string =>
  `${formatNumber(v, 3, scale)} ${unitText(unit)}`;

/**
 * Puts runs sampled at different times on one x axis for an overlay (uPlot wants one shared, sorted x): the
 * union of all sample times (times within `toleranceHours` count as one), each run's values at its own times
 * and NaN where it has no sample (shorter runs, other output intervals). <itp-chart> draws NaN as a gap.
 */
export function alignSeries(
  runs: { tHours: Float64Array; values: Float64Array }[],
  toleranceHours = 1e-6,
): { tHours: Float64Array; values: Float64Array[] } {
  const all: number[] = [];
  for (const r of runs) {
    const n = Math.min(r.tHours.length, r.values.length);
    for (let i = 0; i < n; i++) if (Number.isFinite(r.tHours[i])) all.push(r.tHours[i]);
  }
  all.sort((a, b) => a - b);
  const t: number[] = [];
  for (const x of all) if (!t.length || x - t[t.length - 1] > toleranceHours) t.push(x);
  const tHours = Float64Array.from(t);
  const values = runs.map((r) => {
    const out = new Float64Array(tHours.length).fill(NaN);
    const n = Math.min(r.tHours.length, r.values.length);
    let j = 0;
    for (let i = 0; i < n; i++) {
      const x = r.tHours[i];
      if (!Number.isFinite(x)) continue;
      while (j < tHours.length - 1 && tHours[j] < x - toleranceHours) j++;
      out[j] = r.values[i];
    }
    return out;
  });
  return { tHours, values };
}

/** Values as uPlot takes them: the typed array itself when all are finite, else with null for the gaps. */
export function withGaps(values: Float64Array): Float64Array | (number | null)[] {
  for (let i = 0; i < values.length; i++)
    if (!Number.isFinite(values[i])) return Array.from(values, (v) => (Number.isFinite(v) ? v : null));
  return values;
}

/**
 * The y range of an amount (a dose, a volume per interval): from zero, the top from the data. A bar or step chart
 * whose axis starts near the data (400 µg/day against 304 drawn from 290) makes a small difference look large.
 */
export const FROM_ZERO: [number, null] = [0, null];
