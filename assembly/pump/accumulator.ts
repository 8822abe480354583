/**
 * Exact fractional stroke accumulator.
 *
 *   P-units: nL·s/day. A rate R (whole nL/day) held for Δs whole seconds programs R·Δs P-units.
 *   One stroke = D = strokeNl · 86400 P-units.  acc ∈ [0, D) carries the fraction of a stroke.
 *   Strokes in a segment: n = ⌊(acc + P) / D⌋, acc ← acc + P − n·D.
 *
 * Every quantity is an integer below 2^53, so the arithmetic is exact in f64: programmed − delivered stays in
 * [0, 1) stroke over any horizon (no drift), unless strokes were blocked (stall, occlusion, empty), which are
 * counted separately as missed strokes.
 */

/** ⌊x / d⌋ for non-negative integers held in f64, exact even when x/d rounds up to an integer. */
export function floorDiv(x: f64, d: f64): f64 {
  let n = Math.floor(x / d);
  if (n * d > x) n -= 1;
  else if ((n + 1) * d <= x) n += 1;
  return n;
}

/**
 * Time (s) of the k-th stroke (k ≥ 1) of a segment that started at t0 with accumulator acc0 and programmed
 * p P-units over dt seconds (the rate is constant inside a segment).
 */
export function strokeTime(t0: f64, dt: f64, acc0: f64, p: f64, d: f64, k: f64): f64 {
  return t0 + ((k * d - acc0) * dt) / p;
}
