/**
 * Reservoir: the actual volume (what is really in the pump) and the pump's own calculated volume (what it was
 * told at the last fill minus nominal strokes). They differ by the delivery-accuracy error, which is drawn once
 * per fill: factor = 1 + bias + U(−w, w), clipped to the label envelope (85–115 %, [D3]).
 */
import { f64At, PumpState, SEC_PER_DAY } from './state';
import { floorDiv } from './accumulator';
import { logEvent } from './log';
import {
  KIND_CONSTANT_RATE,
  KIND_INJECTION,
  LOG_EMPTY_RESERVOIR,
  LOG_LOW_RESERVOIR,
  par,
  P_BIAS_FRACTION,
  P_ENVELOPE_FRACTION,
  P_LOW_RESERVOIR_UL,
  P_RESERVOIR_CAPACITY_UL,
} from './params';

/** Volume really in the reservoir, µL. */
export function reservoirActual(): f64 {
  const r =
    PumpState.kind == KIND_CONSTANT_RATE
      ? PumpState.fillUl - PumpState.extraOutUl
      : PumpState.fillUl - PumpState.delivSinceFill * PumpState.strokeActualUl - PumpState.extraOutUl;
  return r > 0 ? r : 0;
}

/** The pump's (or, for a gas pump, the clinic's) calculated reservoir volume, µL. */
export function reservoirEstimate(): f64 {
  const e =
    PumpState.kind == KIND_CONSTANT_RATE
      ? PumpState.gasEstUl
      : PumpState.fillEstUl - PumpState.motorSinceFill * PumpState.strokeUl;
  return e > 0 ? e : 0;
}

/** Cumulative volume that left the reservoir (from exact stroke counts, so it does not drift), µL. */
export function deliveredCumUl(): f64 {
  const cur =
    PumpState.kind == KIND_CONSTANT_RATE
      ? PumpState.extraOutUl
      : PumpState.delivSinceFill * PumpState.strokeActualUl + PumpState.extraOutUl;
  return PumpState.deliveredPrevUl + cur;
}

/**
 * Cumulative programmed volume, µL: earlier pumps' total plus the current pump's exact stroke count and
 * accumulator fraction (stroke sizes differ between pump models, so each pump's count is converted on its own).
 */
export function programmedCumUl(): f64 {
  if (PumpState.kind == KIND_CONSTANT_RATE) return PumpState.progPrevUl + PumpState.progGasUl;
  return (
    PumpState.progPrevUl +
    ((PumpState.progStrokes - PumpState.progStrokesAtSwap) * PumpState.strokeP + PumpState.acc) /
      (SEC_PER_DAY * 1000)
  );
}

/** Whole strokes the reservoir can still supply. */
export function availableStrokes(): f64 {
  const r = PumpState.fillUl - PumpState.delivSinceFill * PumpState.strokeActualUl - PumpState.extraOutUl;
  if (!(r > 0) || !(PumpState.strokeActualUl > 0)) return 0;
  let n = Math.floor(r / PumpState.strokeActualUl);
  while (n > 0 && n * PumpState.strokeActualUl > r) n -= 1;
  while ((n + 1) * PumpState.strokeActualUl <= r) n += 1;
  return n;
}

/** True for devices with electronics that sound reservoir alarms. */
function hasAlarms(): bool {
  return PumpState.kind != KIND_CONSTANT_RATE && PumpState.kind != KIND_INJECTION;
}

/**
 * New reservoir contents at time t: toldUl is what the clinician enters (the pump's estimate), intoUl what
 * actually went in (less on a pocket fill). Re-arms the alarms and draws this fill's accuracy error.
 */
export function fillReservoir(t: f64, toldUl: f64, intoUl: f64, conc: f64, withdrawal: bool): void {
  const cap = par(P_RESERVOIR_CAPACITY_UL);
  const told = Math.max(0, Math.min(toldUl, cap));
  PumpState.fillUl = Math.max(0, Math.min(intoUl, cap));
  PumpState.fillEstUl = told;
  PumpState.gasEstUl = told;
  PumpState.resConc = conc > 0 ? conc : 0;
  PumpState.withdrawal = withdrawal;
  const err = PumpState.fillCount < PumpState.errCap ? f64At(PumpState.errPtr, PumpState.fillCount) : 0;
  PumpState.fillCount++;
  const env = par(P_ENVELOPE_FRACTION);
  let dev = par(P_BIAS_FRACTION) + err;
  if (dev > env) dev = env;
  if (dev < -env) dev = -env;
  PumpState.deliveredPrevUl = deliveredCumUl();
  PumpState.strokeActualUl = PumpState.strokeUl * (1 + dev);
  PumpState.delivSinceFill = 0;
  PumpState.motorSinceFill = 0;
  PumpState.extraOutUl = 0;
  PumpState.dry = false;
  const low = par(P_LOW_RESERVOIR_UL);
  PumpState.kLow = Math.max(0, Math.ceil((told - low) / PumpState.strokeUl));
  PumpState.kEmpty = Math.max(0, floorDiv(Math.round(told * 1000), PumpState.strokeNl));
  PumpState.lowDone = !hasAlarms();
  PumpState.emptyDone = !hasAlarms();
  checkImmediateAlarms(t);
}

/** Alarms already due at a fill (reservoir filled below the thresholds). */
function checkImmediateAlarms(t: f64): void {
  if (!PumpState.lowDone && PumpState.kLow <= 0) {
    PumpState.lowDone = true;
    logEvent(t, LOG_LOW_RESERVOIR, reservoirEstimate());
  }
  if (!PumpState.emptyDone && PumpState.kEmpty <= 0) {
    PumpState.emptyDone = true;
    logEvent(t, LOG_EMPTY_RESERVOIR, reservoirEstimate());
  }
}
