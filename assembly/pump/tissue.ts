/**
 * Drug that leaves the system outside the CSF — a pocket fill, a leak or disconnection, a catheter tip in a mass or
 * outside the intrathecal space — lands in tissue first and reaches the blood by first-order absorption:
 *
 *   dD/dt = r − k·D,   k = ln 2 / t½                D depot µg, r deposit rate µg/s over a segment
 *   D(t+Δ) = D·e^(−kΔ) + (rΔ)·(1 − e^(−kΔ)) / (kΔ)   exact for a constant r over the segment
 *   absorbed over Δ = D + rΔ − D(t+Δ)               (to the blood: OUT_SYSTEMIC_MASS_UG, the CSF model's plasma input)
 *
 * The fluid volume in the depot follows the same law, so that an aspiration of v µL from the pocket removes the
 * fraction v / volume of what is still there. t½ ≤ 0 puts everything into the blood at once (the old behaviour).
 */
import { PumpState } from './state';
import { par, P_TISSUE_HALF_TIME_HOURS } from './params';

const LN2: f64 = 0.6931471805599453;

/** Continuous deposit (leak, tip loss) during the current segment: spread evenly over it by tissueAdvance. */
export function tissueDeposit(massUg: f64, volumeUl: f64): void {
  if (!(massUg > 0) && !(volumeUl > 0)) return;
  PumpState.tisPendUg += massUg;
  PumpState.tisPendUl += volumeUl;
  PumpState.iTissue += massUg;
}

/** Impulse deposit at the current time (a pocket fill). */
export function tissueImpulse(massUg: f64, volumeUl: f64): void {
  PumpState.tisUg += massUg;
  PumpState.tisUl += volumeUl;
  PumpState.iTissue += massUg;
  if (!(par(P_TISSUE_HALF_TIME_HOURS) > 0)) tissueAdvance(0);
}

/** Absorbs over dtSec seconds (the pending deposits entering evenly); adds what reaches the blood to the interval. */
export function tissueAdvance(dtSec: f64): void {
  const d0 = PumpState.tisUg;
  const p = PumpState.tisPendUg;
  const v0 = PumpState.tisUl;
  const pv = PumpState.tisPendUl;
  PumpState.tisPendUg = 0;
  PumpState.tisPendUl = 0;
  if (d0 == 0 && p == 0 && v0 == 0 && pv == 0) return;
  const half = par(P_TISSUE_HALF_TIME_HOURS) * 3600;
  if (!(half > 0)) {
    PumpState.iSystemic += d0 + p;
    PumpState.tisUg = 0;
    PumpState.tisUl = 0;
    return;
  }
  const x = (LN2 * dtSec) / half;
  const e = Math.exp(-x);
  // (1 − e^−x)/x, with its series near 0 (an impulse at the end of an interval is followed by dt = 0)
  const g = x > 1e-8 ? (1 - e) / x : 1 - x / 2;
  const d1 = d0 * e + p * g;
  PumpState.iSystemic += d0 + p - d1;
  PumpState.tisUg = d1;
  PumpState.tisUl = v0 * e + pv * g;
}

/** Draws v µL of fluid back from the pocket; returns the drug removed with it, µg. */
export function tissueAspirate(volumeUl: f64): f64 {
  const vol = PumpState.tisUl;
  if (!(volumeUl > 0) || !(vol > 0)) return 0;
  const f = volumeUl >= vol ? 1 : volumeUl / vol;
  const m = PumpState.tisUg * f;
  PumpState.tisUg -= m;
  PumpState.tisUl -= vol * f;
  return m;
}

/** Drug in tissue not yet absorbed (including this segment's pending deposits), µg. */
export function tissueDepotUg(): f64 {
  return PumpState.tisUg + PumpState.tisPendUg;
}
