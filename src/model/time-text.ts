/**
 * Simulated time as text, one format everywhere (event messages from the engine, the calendar, the time
 * read-outs): "day 12, 06:00"; from the second year on the year is added, "day 841 (year 3), 00:00", so a
 * date deep in a multi-year run reads as a day (what a refill calendar counts) and as a year (the battery's scale).
 * Day 0 is the run's first day; year 1 is days 0–365.
 */
import { HOURS_PER_DAY, HOURS_PER_YEAR } from './units.js';

/** The parts of a run time: day (from 0), year (from 1) and the clock "hh:mm"; null when not finite. */
export function runTimeParts(tHours: number): { day: number; year: number; clock: string } | null {
  if (!Number.isFinite(tHours)) return null;
  // whole minutes first, so 23:59:59.9 rounds into the next day instead of printing 24:00
  const minutes = Math.round(tHours * 60);
  const day = Math.floor(minutes / (HOURS_PER_DAY * 60));
  const rest = minutes - day * HOURS_PER_DAY * 60;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return { day, year: Math.floor(tHours / HOURS_PER_YEAR) + 1, clock: `${hh}:${mm}` };
}

/** English (the engine's messages, the CLI); the page renders the parts in its own language (src/ui/format). */
export function runTimeText(tHours: number): string {
  const p = runTimeParts(tHours);
  if (!p) return '—';
  return `day ${p.day}${p.year > 1 ? ` (year ${p.year})` : ''}, ${p.clock}`;
}
