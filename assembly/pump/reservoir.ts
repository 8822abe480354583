/**
 * Reservoir: the actual volume (what is really in the pump) and the pump's own calculated volume (what it was
 * told at the last fill minus nominal strokes). They differ by the delivery-accuracy error, which is drawn once
 * per fill: factor = 1 + bias + U(−w, w), clipped to the label envelope (85–115 %, [D3]).
 */
import { f64At, S, SEC_PER_DAY } from './state';
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
    S.kind == KIND_CONSTANT_RATE
      ? S.fillUl - S.extraOutUl
      : S.fillUl - S.delivSinceFill * S.strokeActualUl - S.extraOutUl;
  return r > 0 ? r : 0;
}

/** The pump's (or, for a gas pump, the clinic's) calculated reservoir volume, µL. */
export function reservoirEstimate(): f64 {
  const e = S.kind == KIND_CONSTANT_RATE ? S.gasEstUl : S.fillEstUl - S.motorSinceFill * S.strokeUl;
  return e > 0 ? e : 0;
}

/** Cumulative volume that left the reservoir (from exact stroke counts, so it does not drift), µL. */
export function deliveredCumUl(): f64 {
  const cur =
    S.kind == KIND_CONSTANT_RATE ? S.extraOutUl : S.delivSinceFill * S.strokeActualUl + S.extraOutUl;
  return S.deliveredPrevUl + cur;
}

/**
 * Cumulative programmed volume, µL: earlier pumps' total plus the current pump's exact stroke count and
 * accumulator fraction (stroke sizes differ between pump models, so each pump's count is converted on its own).
 */
export function programmedCumUl(): f64 {
  if (S.kind == KIND_CONSTANT_RATE) return S.progPrevUl + S.progGasUl;
  return S.progPrevUl + ((S.progStrokes - S.progStrokesAtSwap) * S.strokeP + S.acc) / (SEC_PER_DAY * 1000);
}

/** Whole strokes the reservoir can still supply. */
export function availableStrokes(): f64 {
  const r = S.fillUl - S.delivSinceFill * S.strokeActualUl - S.extraOutUl;
  if (!(r > 0) || !(S.strokeActualUl > 0)) return 0;
  let n = Math.floor(r / S.strokeActualUl);
  while (n > 0 && n * S.strokeActualUl > r) n -= 1;
  while ((n + 1) * S.strokeActualUl <= r) n += 1;
  return n;
}

/** True for devices with electronics that sound reservoir alarms. */
function hasAlarms(): bool {
  return S.kind != KIND_CONSTANT_RATE && S.kind != KIND_INJECTION;
}

/**
 * New reservoir contents at time t: toldUl is what the clinician enters (the pump's estimate), intoUl what
 * actually went in (less on a pocket fill). Re-arms the alarms and draws this fill's accuracy error.
 */
export function fillReservoir(t: f64, toldUl: f64, intoUl: f64, conc: f64, withdrawal: bool): void {
  const cap = par(P_RESERVOIR_CAPACITY_UL);
  const told = Math.max(0, Math.min(toldUl, cap));
  S.fillUl = Math.max(0, Math.min(intoUl, cap));
  S.fillEstUl = told;
  S.gasEstUl = told;
  S.resConc = conc > 0 ? conc : 0;
  S.withdrawal = withdrawal;
  const err = S.fillCount < S.errCap ? f64At(S.errPtr, S.fillCount) : 0;
  S.fillCount++;
  const env = par(P_ENVELOPE_FRACTION);
  let dev = par(P_BIAS_FRACTION) + err;
  if (dev > env) dev = env;
  if (dev < -env) dev = -env;
  S.deliveredPrevUl = deliveredCumUl();
  S.strokeActualUl = S.strokeUl * (1 + dev);
  S.delivSinceFill = 0;
  S.motorSinceFill = 0;
  S.extraOutUl = 0;
  S.dry = false;
  const low = par(P_LOW_RESERVOIR_UL);
  S.kLow = Math.max(0, Math.ceil((told - low) / S.strokeUl));
  S.kEmpty = Math.max(0, floorDiv(Math.round(told * 1000), S.strokeNl));
  S.lowDone = !hasAlarms();
  S.emptyDone = !hasAlarms();
  checkImmediateAlarms(t);
}

/** Alarms already due at a fill (reservoir filled below the thresholds). */
function checkImmediateAlarms(t: f64): void {
  if (!S.lowDone && S.kLow <= 0) {
    S.lowDone = true;
    logEvent(t, LOG_LOW_RESERVOIR, reservoirEstimate());
  }
  if (!S.emptyDone && S.kEmpty <= 0) {
    S.emptyDone = true;
    logEvent(t, LOG_EMPTY_RESERVOIR, reservoirEstimate());
  }
}
