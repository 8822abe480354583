/**
 * Pure helpers for <itp-chart>: the colour-blind-safe line palette (Okabe–Ito), time-axis conversion,
 * log-safe values, downsampling for the data table and the text summary.
 */
import { formatNumber } from '../shared/format.js';

export interface ChartSeries {
  label: string;
  values: Float64Array;
}

/** Okabe & Ito (2008) palette, distinguishable under the common colour-vision deficiencies. */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

/** Values for a log axis: non-positive and non-finite become gaps. */
export function logSafe(values: Float64Array): (number | null)[] {
  return Array.from(values, (v) => (v > 0 && Number.isFinite(v) ? v : null));
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

export function seriesStats(v: Float64Array): { min: number; max: number; last: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (!Number.isFinite(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max, last: v.length ? v[v.length - 1] : NaN };
}

/** `scale`: the series' magnitude on a linear axis, so float residue next to it prints as 0 (format.ts). */
export const fmtUnit = (v: number, unit: string, scale?: number): string =>
  `${formatNumber(v, 3, scale)} ${unit}`;
