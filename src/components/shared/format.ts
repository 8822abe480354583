/** Number formatting for display: always with a unit, a sensible number of significant digits. */
import { HOURS_PER_DAY, HOURS_PER_YEAR } from '../../core/units.js';

// Intl.NumberFormat objects are expensive to create (toLocaleString makes one per call): keep one per precision.
const formats = new Map<number, Intl.NumberFormat>();
const fmt = (digits: number): Intl.NumberFormat => {
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat(
      'en',
      digits ? { maximumSignificantDigits: digits } : { maximumFractionDigits: 0 },
    );
    formats.set(digits, f);
  }
  return f;
};

export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return fmt(0).format(Math.round(value));
  if (abs < 1e-3) return value.toExponential(Math.max(0, digits - 1));
  return fmt(digits).format(Number(value.toPrecision(digits)));
}

export const withUnit = (value: number, unit: string, digits = 3): string =>
  `${formatNumber(value, digits)} ${unit}`;

/** Simulated time for read-outs: "day 12, 06:00" (or years past a year). */
export function formatTime(tHours: number): string {
  if (!Number.isFinite(tHours)) return '—';
  if (tHours >= 2 * HOURS_PER_YEAR) return `year ${formatNumber(tHours / HOURS_PER_YEAR, 3)}`;
  const day = Math.floor(tHours / HOURS_PER_DAY);
  const h = tHours - day * HOURS_PER_DAY;
  const hh = String(Math.floor(h)).padStart(2, '0');
  const mm = String(Math.floor((h % 1) * 60)).padStart(2, '0');
  return `day ${day}, ${hh}:${mm}`;
}

/** The unit a time axis should use for a run of this length, with its divisor from hours. */
export function timeAxisUnit(durationHours: number): { unit: 'h' | 'days' | 'years'; hoursPer: number } {
  if (durationHours <= 72) return { unit: 'h', hoursPer: 1 };
  if (durationHours <= 3 * HOURS_PER_YEAR) return { unit: 'days', hoursPer: HOURS_PER_DAY };
  return { unit: 'years', hoursPer: HOURS_PER_YEAR };
}
