/**
 * Times on the journey for learners, and the journey's axis: the weeks before and just after the implant get a
 * quarter of the width, the years after it the rest (one linear scale would squeeze the decisions into a
 * sliver at the left of a seven-year story).
 */

const DAYS_PER_YEAR = 365.25;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** "day 45" before the implant; "day 400: 1 year 1 month after the implant" after it. */
export function journeyTimeText(day: number, implantDay: number): string {
  const d = Math.floor(day);
  if (day < implantDay) return `day ${d}`;
  const after = day - implantDay;
  if (after < 1) return `day ${d}: the day of the implant`;
  if (after < 60)
    return `day ${d}: ${Math.floor(after)} ${Math.floor(after) === 1 ? 'day' : 'days'} after the implant`;
  const years = Math.floor(after / DAYS_PER_YEAR);
  const months = Math.floor((after - years * DAYS_PER_YEAR) / DAYS_PER_MONTH);
  const parts = [
    years ? `${years} ${years === 1 ? 'year' : 'years'}` : '',
    months ? `${months} ${months === 1 ? 'month' : 'months'}` : '',
  ].filter(Boolean);
  return `day ${d}: ${parts.join(' ') || 'less than a month'} after the implant`;
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
    for (let d = 0; d <= end; d += step) ticks.push({ day: d, label: `day ${d}` });
    return { x: (d) => Math.min(1, Math.max(0, d / end)), breakAt: null, ticks };
  }
  const left = 0.25;
  const x = (d: number) =>
    d <= split
      ? (left * Math.max(0, d)) / split
      : left + ((1 - left) * (Math.min(d, end) - split)) / (end - split);
  const ticks = [
    { day: 0, label: 'first visit' },
    { day: implantDay, label: 'implant' },
  ];
  for (let y = 1; implantDay + y * DAYS_PER_YEAR <= end; y++)
    ticks.push({ day: implantDay + y * DAYS_PER_YEAR, label: `year ${y}` });
  return { x, breakAt: left, ticks };
}
