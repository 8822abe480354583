/** Number formatting for display: always with a unit, a sensible number of significant digits. */
import { HOURS_PER_DAY, HOURS_PER_YEAR, UG_PER_MG, UL_PER_ML } from '../../model/units.js';
import { runTimeParts } from '../../model/time-text.js';
import { TIME_TEXT } from '../i18n/strings-events.js';
import { numberLocale } from '../i18n/locale.js';
import { DRUG_TEXT, UNIT_TEXT } from '../i18n/strings.js';

// Intl.NumberFormat objects are expensive to create (toLocaleString makes one per call): keep one per language
// and precision. The language is the one on screen (decimal comma and digit grouping in Spanish).
const formats = new Map<string, Intl.NumberFormat>();
const fmt = (digits: number): Intl.NumberFormat => {
  const locale = numberLocale();
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale,
      digits ? { maximumSignificantDigits: digits } : { maximumFractionDigits: 0 },
    );
    formats.set(key, f);
  }
  return f;
};

/**
 * The smallest magnitude worth showing next to numbers of size `scale` at `digits` significant digits: half a unit
 * in the last shown digit of the scale (scale 20, 3 digits: "20.0", so 0.05). Anything smaller rounds to 0 there.
 */
export function displayResolution(scale: number, digits = 3): number {
  const s = Math.abs(scale);
  if (!Number.isFinite(s) || s === 0) return 0;
  return 0.5 * 10 ** (Math.floor(Math.log10(s)) - Math.max(1, digits) + 1);
}

/** The smallest magnitude printed as digits; anything smaller reads "< 0.000000001". */
export const SMALLEST_SHOWN = 1e-9;
const SMALLEST_SHOWN_TEXT = '0.000000001';

/**
 * A number for display with `digits` significant digits. `scale` (optional) is the size of the numbers shown with
 * it — a series' largest |value|, an axis' range: a value below the display resolution at that scale prints as
 * "0", because next to 20 mL a reservoir reading of 4.71e-5 mL is float residue, not information. Without a scale,
 * tiny values keep their digits, as decimals (a plasma level of 0.00003 ng/mL is real), never in e-notation.
 */
export function formatNumber(value: number, digits = 3, scale?: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs === 0 || (scale !== undefined && abs < displayResolution(scale, digits))) return '0';
  if (abs >= 10 ** digits) return fmt(0).format(Math.round(value));
  // Learners read decimals, never e-notation ("0.000032", not "3.2e-5"); below a billionth the digits stop
  // meaning anything to a reader, so it says so.
  if (abs < SMALLEST_SHOWN) return `< ${SMALLEST_SHOWN_TEXT}`;
  return fmt(digits).format(Number(value.toPrecision(digits)));
}

/** A number with exactly `decimals` decimals in the page's language ("2.3" / "2,3"), for figures quoted as such. */
export const formatFixed = (value: number, decimals: number): string =>
  new Intl.NumberFormat(numberLocale(), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);

/** A unit as the learner reads it: units with words ("µg/day") in the current language, symbols as they are. */
export const unitText = (unit: string): string => UNIT_TEXT[unit] ?? unit;

/** A drug's name in the current language, from its scenario id ("baclofen"), lower case. */
export const drugText = (id: string): string => DRUG_TEXT[id] ?? id;

/** `formatNumber` with its unit ("20 mL"); see there for `scale`. */
export const withUnit = (value: number, unit: string, digits = 3, scale?: number): string =>
  `${formatNumber(value, digits, scale)} ${unitText(unit)}`;

/** A volume given in µL as the learner reads it: mL from 1 mL up, µL below ("2 mL", "850 µL"). */
export const volumeText = (ul: number, digits = 3): string =>
  Math.abs(ul) >= UL_PER_ML ? withUnit(ul / UL_PER_ML, 'mL', digits) : withUnit(ul, 'µL', digits);

/** A drug amount given in µg as the learner reads it: mg from 1 mg up, µg below. */
export const massText = (ug: number, digits = 3): string =>
  Math.abs(ug) >= UG_PER_MG ? withUnit(ug / UG_PER_MG, 'mg', digits) : withUnit(ug, 'µg', digits);

/** The largest finite |value| of a set of numbers (the `scale` for formatNumber); 0 if none. */
export function magnitude(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > m && Number.isFinite(a)) m = a;
  }
  return m;
}

/**
 * Simulated time for read-outs in the current language: "day 12, 06:00", "day 841 (year 3), 00:00" (parts from
 * src/model/time-text.ts, words from the catalogue).
 */
export function formatTime(tHours: number): string {
  const p = runTimeParts(tHours);
  return p ? TIME_TEXT.at(p.day, p.year, p.clock) : '—';
}

/** The unit a time axis should use for a run of this length, with its divisor from hours. */
export function timeAxisUnit(durationHours: number): { unit: 'h' | 'days' | 'years'; hoursPer: number } {
  if (durationHours <= 72) return { unit: 'h', hoursPer: 1 };
  if (durationHours <= 3 * HOURS_PER_YEAR) return { unit: 'days', hoursPer: HOURS_PER_DAY };
  return { unit: 'years', hoursPer: HOURS_PER_YEAR };
}

/**
 * `v` within [min, max] at the precision of `step` (its decimals: 0.1 + 0.2 is 0.3, not 0.30000000000000004);
 * `grid` also rounds it to a whole number of steps from `min` (a dragged handle; a typed value keeps its digits).
 */
export function clampToStep(v: number, min: number, max: number, step: number, grid = false): number {
  const decimals = Math.min(10, (String(step).split('.')[1] ?? '').length);
  const on = grid && step > 0 ? Math.round((v - min) / step) * step + min : v;
  return Number(Math.max(min, Math.min(max, on)).toFixed(decimals));
}
