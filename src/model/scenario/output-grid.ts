/** The output grid of a run: one definition for the engine (scenario-mapping), the checks and the cost estimate. */

/** A rest shorter than this (the pump engine's smallest step, 1 s) joins the interval before it, h. */
const MIN_INTERVAL_HOURS = 1 / 3600;

/**
 * Whole intervals of `dtHours` and a shorter last one for the rest (a rest under 1 s is added to the last whole
 * interval), so that the intervals add up to the run's exact length: never rounded to whole intervals.
 */
export function outputGrid(durationHours: number, dtHours: number): { nOut: number; lastDtHours: number } {
  const whole = Math.floor(durationHours / dtHours + 1e-9);
  const rest = durationHours - whole * dtHours;
  if (whole === 0) return { nOut: 1, lastDtHours: durationHours };
  if (rest < MIN_INTERVAL_HOURS) return { nOut: whole, lastDtHours: dtHours + Math.max(0, rest) };
  return { nOut: whole + 1, lastDtHours: rest };
}
