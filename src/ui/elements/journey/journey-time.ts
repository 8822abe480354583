/**
 * Times on the journey for learners, and the journey's axis: the weeks before and just after the implant get a
 * quarter of the width, the years after it the rest (one linear scale would squeeze the decisions into a
 * sliver at the left of a seven-year story).
 */
import { plural } from '../../i18n/locale.js';
import { J } from './journey-strings.js';

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** A count with its word, singular or plural by the page's language ("1 year", "3 months"). */
const count = (n: number, forms: { one: string; other: string }) => `${n} ${plural(n, forms)}`;

/** "day 45" before the implant; "day 400: 1 year 1 month after the implant" after it. */
export function journeyTimeText(day: number, implantDay: number): string {
  const d = Math.floor(day);
  const t = J.time;
  if (day < implantDay) return t.day(d);
  const after = day - implantDay;
  if (after < 1) return t.implantDay(d);
  if (after < 60) return t.afterImplant(d, count(Math.floor(after), t.days));
  const years = Math.floor(after / DAYS_PER_YEAR);
  const months = Math.floor((after - years * DAYS_PER_YEAR) / DAYS_PER_MONTH);
  const parts = [years ? count(years, t.years) : '', months ? count(months, t.months) : ''].filter(Boolean);
  return t.afterImplant(d, parts.join(' ') || t.lessThanMonth);
}

export interface JourneyAxis {
  /** Day → fraction of the width, 0–1 (monotone). */
  x(day: number): number;
  /** Where the two scales meet, as a fraction of the width (null: one scale). */
  breakAt: number | null;
  ticks: { day: number; label: string }[];
}

/** The split lies 30 days after the implant; a journey shorter than a year keeps one linear scale. */
export function journeyAxis(endDay: number, implantDay: number): JourneyAxis {
  const end = Math.max(endDay, 1);
  const split = implantDay + 30;
  if (end < DAYS_PER_YEAR || split >= end) {
    const step = end > 120 ? 30 : end > 40 ? 14 : 7;
    const ticks = [];
    for (let d = 0; d <= end; d += step) ticks.push({ day: d, label: J.time.day(d) });
    return { x: (d) => Math.min(1, Math.max(0, d / end)), breakAt: null, ticks };
  }
  const left = 0.25;
  const x = (d: number) =>
    d <= split
      ? (left * Math.max(0, d)) / split
      : left + ((1 - left) * (Math.min(d, end) - split)) / (end - split);
  const ticks = [
    { day: 0, label: J.time.firstVisit },
    { day: implantDay, label: J.time.implant },
  ];
  for (let y = 1; implantDay + y * DAYS_PER_YEAR <= end; y++)
    ticks.push({ day: implantDay + y * DAYS_PER_YEAR, label: J.time.year(y) });
  return { x, breakAt: left, ticks };
}
