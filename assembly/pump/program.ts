/**
 * The programmed rate: basal mode (stopped, continuous, flex = a daily or weekly repeating list of steps anchored
 * at t = 0 = 00:00 of day 0), a clinician bolus that replaces the basal while it runs, and a patient bolus added
 * on top. The total never exceeds the maximum stroke frequency; a clamped bolus simply lasts longer.
 * Also the refill calendar: the time the calculated reservoir reaches the refill threshold under the current
 * program, assuming every allowed patient bolus is taken [D3].
 */
import { f64At, PumpState, SEC_PER_DAY } from './state';
import {
  KIND_CONSTANT_RATE,
  MODE_CONTINUOUS,
  MODE_FLEX,
  par,
  P_GAS_NOMINAL_UL_PER_HOUR,
  P_PB_DOSE_UL,
  P_PB_MAX_PER_DAY,
  P_REFILL_THRESHOLD_UL,
} from './params';
import { reservoirEstimate } from './reservoir';

const NL_DAY_TO_UL_PER_S: f64 = 1 / (1000 * 86400);

/** Basal rate (nL/day) of the program at time t (ignores boluses). */
export function basalAt(t: f64): f64 {
  if (PumpState.mode == MODE_CONTINUOUS) return PumpState.basalRate;
  if (PumpState.mode != MODE_FLEX || PumpState.flexCount <= 0) return 0;
  const phase = t - Math.floor(t / PumpState.periodSec) * PumpState.periodSec;
  let rate = f64At(PumpState.flexPtr, (PumpState.flexFirst + PumpState.flexCount - 1) * 2 + 1); // wraps from the previous period
  for (let i = 0; i < PumpState.flexCount; i++) {
    const k = (PumpState.flexFirst + i) * 2;
    if (f64At(PumpState.flexPtr, k) <= phase) rate = f64At(PumpState.flexPtr, k + 1);
  }
  return rate;
}

/** Next flex step start strictly after t, s (Infinity when not in flex mode). */
export function nextFlexBoundary(t: f64): f64 {
  if (PumpState.mode != MODE_FLEX || PumpState.flexCount <= 0) return Infinity;
  const start = Math.floor(t / PumpState.periodSec) * PumpState.periodSec;
  const phase = t - start;
  for (let i = 0; i < PumpState.flexCount; i++) {
    const off = f64At(PumpState.flexPtr, (PumpState.flexFirst + i) * 2);
    if (off > phase) return start + off;
  }
  return start + PumpState.periodSec + f64At(PumpState.flexPtr, PumpState.flexFirst * 2);
}

/** Sets PumpState.base, PumpState.cbShare, PumpState.pbShare (nL/day) for a segment starting at t. */
export function computeRates(t: f64): void {
  const rmax = PumpState.rmax;
  let base = PumpState.cbActive ? 0 : basalAt(t);
  if (base > rmax) base = rmax;
  PumpState.base = base;
  PumpState.cbShare = PumpState.cbActive ? Math.min(PumpState.cbRate, rmax) : 0;
  let pb = PumpState.pbActive ? Math.min(PumpState.pbRate, rmax - base - PumpState.cbShare) : 0;
  PumpState.pbShare = pb > 0 ? pb : 0;
}

/** When the calculated reservoir reaches the refill threshold, s (−1 if never under this program). */
export function predictRefill(t: f64): f64 {
  let need = reservoirEstimate() - par(P_REFILL_THRESHOLD_UL);
  if (need <= 0) return t;
  const pbMax = par(P_PB_MAX_PER_DAY);
  const extra = pbMax > 0 ? (par(P_PB_DOSE_UL) * pbMax) / SEC_PER_DAY : 0; // µL/s
  if (PumpState.kind == KIND_CONSTANT_RATE) {
    const q = par(P_GAS_NOMINAL_UL_PER_HOUR) / 3600;
    return q > 0 ? Math.ceil(t + need / q) : -1;
  }
  if (PumpState.cbActive) {
    need -= PumpState.cbRemP * NL_DAY_TO_UL_PER_S;
    if (need <= 0) return t;
  }
  if (PumpState.mode != MODE_FLEX) {
    const r = Math.min(basalAt(t), PumpState.rmax) * NL_DAY_TO_UL_PER_S + extra;
    return r > 0 ? Math.ceil(t + need / r) : -1;
  }
  const horizon = t + 3 * 365 * SEC_PER_DAY;
  let tt = t;
  while (tt < horizon) {
    const r = Math.min(basalAt(tt), PumpState.rmax) * NL_DAY_TO_UL_PER_S + extra;
    const nb = nextFlexBoundary(tt);
    const v = r * (nb - tt);
    if (r > 0 && v >= need) return Math.ceil(tt + need / r);
    need -= v;
    tt = nb;
  }
  return -1;
}
