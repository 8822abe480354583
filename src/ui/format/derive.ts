/** Pure derivations from result series for the views (no DOM): daily sums, running totals, windows. */
import { HOURS_PER_DAY } from '../../model/units.js';

/** Sums a per-interval quantity over whole days: returns day-end times (h) and the daily totals. */
export function perDay(
  tHours: Float64Array,
  values: Float64Array,
): { tHours: Float64Array; values: Float64Array } {
  const n = Math.min(tHours.length, values.length);
  if (!n) return { tHours: new Float64Array(0), values: new Float64Array(0) };
  const days = Math.max(1, Math.ceil(tHours[n - 1] / HOURS_PER_DAY - 1e-9));
  const out = new Float64Array(days);
  for (let i = 0; i < n; i++) {
    const d = Math.min(days - 1, Math.max(0, Math.ceil(tHours[i] / HOURS_PER_DAY - 1e-9) - 1));
    out[d] += values[i];
  }
  return { tHours: Float64Array.from({ length: days }, (_, d) => (d + 1) * HOURS_PER_DAY), values: out };
}

const dailyCache = new WeakMap<object, { tHours: Float64Array; values: Float64Array }>();

/** Tip dose per day of a result (µg/day), computed once per result. */
export function dailyDose(r: { series: { tHours: Float64Array; tipDoseUg: Float64Array } }): {
  tHours: Float64Array;
  values: Float64Array;
} {
  let d = dailyCache.get(r);
  if (!d) {
    d = perDay(r.series.tHours, r.series.tipDoseUg);
    dailyCache.set(r, d);
  }
  return d;
}

/** Running total (cumulative sum). */
export function cumulative(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    s += Number.isFinite(values[i]) ? values[i] : 0;
    out[i] = s;
  }
  return out;
}

/** Linear interpolation of a series sampled at interval ends, at time t (clamped). */
export function valueAt(tHours: Float64Array, values: Float64Array, t: number): number {
  const n = Math.min(tHours.length, values.length);
  if (!n) return NaN;
  if (t <= tHours[0]) return values[0];
  if (t >= tHours[n - 1]) return values[n - 1];
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (tHours[mid] <= t) lo = mid;
    else hi = mid;
  }
  const f = (t - tHours[lo]) / (tHours[hi] - tHours[lo] || 1);
  return values[lo] + (values[hi] - values[lo]) * f;
}

/** Cumulative value at t, the interval ending at tHours[i] adding (cum[i] - cum[i-1]) uniformly from tHours[i-1]. */
export function cumulativeAt(tHours: Float64Array, cum: Float64Array, t: number): number {
  const n = Math.min(tHours.length, cum.length);
  if (!n || !(t > 0)) return 0;
  if (t >= tHours[n - 1]) return cum[n - 1];
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tHours[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  const t0 = lo ? tHours[lo - 1] : 0;
  const c0 = lo ? cum[lo - 1] : 0;
  return c0 + ((cum[lo] - c0) * (t - t0)) / (tHours[lo] - t0 || 1);
}

/** Indices [from, to) of the samples with from-time < t ≤ to-time inside (t - windowHours, t]. */
export function windowIndices(tHours: Float64Array, t: number, windowHours: number): [number, number] {
  // Binary searches: playback calls this every frame, on series of thousands of intervals.
  const from = firstAbove(tHours, t - windowHours, 0);
  return [from, firstAbove(tHours, t + 1e-9, from)];
}

/** First index ≥ `from` of an ascending series whose value is above x (the length when none is). */
export function firstAbove(a: ArrayLike<number>, x: number, from = 0): number {
  let lo = from;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
