/**
 * Catheter as plug flow: a FIFO of (volume µL, concentration µg/µL) slugs whose total is the dead volume
 * (length × µL/cm). Pushing v in at the pump end pushes the same v out at the tip, oldest fluid first, so a new
 * concentration reaches the CSF only after the dead volume has been pushed through (dead volume / rate hours).
 * A leak or disconnection at the pump connector diverts a fraction of the flow to tissue; a tip inside an inflammatory
 * mass or outside the intrathecal space sends a fraction of what leaves the tip to tissue (both: tissue.ts).
 */
import { PumpState } from './state';
import { tissueDeposit } from './tissue';

const SLUG_CAP: i32 = 256;
let ringPtr: usize = 0;
let head: i32 = 0;
let count: i32 = 0;
let deadUl: f64 = 0;

function volAt(i: i32): usize {
  return ringPtr + ((<usize>(((head + i) % SLUG_CAP) * 2)) << 3);
}

/** Fills the catheter with its dead volume of fluid at concentration conc (0 = CSF/saline, unprimed). */
export function catheterReset(deadVolumeUl: f64, conc: f64): void {
  if (ringPtr == 0) ringPtr = heap.alloc((<usize>(SLUG_CAP * 2)) << 3);
  deadUl = deadVolumeUl > 0 ? deadVolumeUl : 0;
  head = 0;
  count = 0;
  if (deadUl > 0) {
    store<f64>(ringPtr, deadUl);
    store<f64>(ringPtr + 8, conc);
    count = 1;
  }
  PumpState.tipConc = conc;
}

/** Concentration of the fluid sitting at the tip. */
export function catheterTipConc(): f64 {
  return count > 0 ? load<f64>(volAt(0) + 8) : PumpState.tipConc;
}

/**
 * Volume (µL) that must still leave the tip before the concentration there changes (the head slug), or
 * Infinity when the catheter holds one concentration only. Used to cut coupling sub-steps at a front's arrival.
 */
export function catheterFrontUl(): f64 {
  return count > 1 ? load<f64>(volAt(0)) : Infinity;
}

/** Drug currently inside the catheter, µg. */
export function catheterMassUg(): f64 {
  let m: f64 = 0;
  for (let i = 0; i < count; i++) {
    const p = volAt(i);
    m += load<f64>(p) * load<f64>(p + 8);
  }
  return m;
}

/** v µL at concentration c leave the tip: into the CSF, less the fraction lost to tissue at the tip. */
function leaveTip(v: f64, c: f64): void {
  const lost = PumpState.tipLoss > 0 ? v * PumpState.tipLoss : 0;
  if (lost > 0) tissueDeposit(lost * c, lost);
  PumpState.iTipVol += v - lost;
  PumpState.iTipMass += (v - lost) * c;
}

/** Sends v µL of reservoir fluid (concentration conc) into the catheter; adds what leaves the tip to the interval. */
export function catheterPush(v: f64, conc: f64): void {
  if (v <= 0) return;
  if (PumpState.leak > 0) {
    const lost = v * PumpState.leak;
    tissueDeposit(lost * conc, lost);
    v -= lost;
    if (v <= 0) return;
  }
  if (deadUl <= 0) {
    leaveTip(v, conc);
    PumpState.tipConc = conc;
    return;
  }
  // enter at the tail (merge equal concentrations; on overflow merge into the tail, conserving mass)
  const tail = count > 0 ? volAt(count - 1) : 0;
  if (count > 0 && (load<f64>(tail + 8) == conc || count >= SLUG_CAP)) {
    const tv = load<f64>(tail);
    const nv = tv + v;
    if (load<f64>(tail + 8) != conc) store<f64>(tail + 8, (tv * load<f64>(tail + 8) + v * conc) / nv);
    store<f64>(tail, nv);
  } else {
    const p = volAt(count);
    store<f64>(p, v);
    store<f64>(p + 8, conc);
    count++;
  }
  // leave at the head
  let rem = v;
  while (rem > 0 && count > 0) {
    const p = volAt(0);
    const hv = load<f64>(p);
    const hc = load<f64>(p + 8);
    const take = hv < rem ? hv : rem;
    leaveTip(take, hc);
    rem -= take;
    if (take >= hv) {
      head = (head + 1) % SLUG_CAP;
      count--;
    } else store<f64>(p, hv - take);
  }
  PumpState.tipConc = catheterTipConc();
}
