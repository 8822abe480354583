/**
 * Pump replacement ([D1]: battery life 5–7 years; ERI → the pump stops 90 days later; replacement is
 * planned about 6 months before that). Two engine events: EV_EXPLANT removes the old pump with what its reservoir
 * still holds (removed, not delivered); EV_REPLACEMENT starts the new one — a parameter set of its own (same or
 * another model), a new battery, a filled reservoir, the current program, and, if the catheter is revised, a new
 * catheter. Between the two nothing is programmed or pumped (engine.ts `segment`); a same-day swap puts both at
 * the same second, so delivery is continuous.
 */
import * as K from './params';
import { par, params } from './params';
import { logEvent } from './log';
import { catheterMassUg, catheterReset } from './catheter';
import { deliveredCumUl, fillReservoir, programmedCumUl, reservoirActual } from './reservoir';
import { gasFlowFactor } from './gas';
import { f64At, S, SEC_PER_HOUR } from './state';

/** Derives the device-dependent state from the live parameters (at start and when a new pump starts). */
export function applyDeviceParams(): void {
  S.kind = <i32>par(K.P_KIND);
  S.strokeNl = Math.max(1, Math.round(par(K.P_STROKE_UL) * 1000));
  S.strokeUl = S.strokeNl / 1000;
  S.strokeP = S.strokeNl * 86400;
  // rates × segment length stay below 2^53 P-units: cap at 10 L/day
  S.rmax = Math.min(1e10, Math.max(1, S.strokeNl * par(K.P_MAX_STROKES_PER_HOUR) * 24));
  S.hasBattery = par(K.P_HAS_BATTERY) != 0 && S.kind != K.KIND_CONSTANT_RATE && S.kind != K.KIND_INJECTION;
  S.gasFactor = S.kind == K.KIND_CONSTANT_RATE ? gasFlowFactor(S.tempC, S.ambKpa) : 1;
  S.gasBlocked = S.kind == K.KIND_CONSTANT_RATE && S.gasFactor <= 0;
  S.used = Math.max(0, par(K.P_BATTERY_START_USED));
  S.eriAt = -1;
  S.eosAt = -1;
  S.eos = false;
}

/** ERI already reached by the battery's starting charge (a pump that starts old). */
export function eriAtStart(t: f64): void {
  if (S.hasBattery && S.used >= par(K.P_BATTERY_ERI_USED)) {
    S.eriAt = t;
    S.eosAt = Math.ceil(t + par(K.P_EOS_AFTER_ERI_HOURS) * SEC_PER_HOUR);
    if (t > 0) logEvent(t, K.LOG_ERI, S.eosAt / SEC_PER_HOUR);
  }
}

/**
 * What a pump is doing and holds that goes with it — its fill, stroke accumulator, boluses, stall, MRI hold and refill
 * schedule — cleared at the start of a run and when a pump is explanted.
 */
export function clearPumpActivity(): void {
  S.fillUl = 0;
  S.delivSinceFill = 0;
  S.extraOutUl = 0;
  S.acc = 0;
  S.progGasUl = 0;
  S.cbActive = false;
  S.cbRemP = 0;
  S.pbActive = false;
  S.pbRemP = 0;
  S.stalled = false;
  S.favShut = false;
  S.mriUntil = -1;
  S.mriHeld = false;
  S.nextRefill = -1;
}

/** The old pump is removed at t; the new one starts gapHours later (logged; baclofen: withdrawal risk if > 0). */
export function explant(t: f64, gapHours: f64): void {
  if (S.explanted) return;
  const res = reservoirActual();
  logEvent(t, K.LOG_EXPLANT, res, res * S.resConc, gapHours);
  if (gapHours > 0 && S.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_EXPLANT);
  // the reservoir leaves with the pump: what is still in it is removed, not delivered
  S.deliveredPrevUl = deliveredCumUl();
  S.fillEstUl = 0;
  S.gasEstUl = 0;
  S.motorSinceFill = 0;
  S.lowDone = true;
  S.emptyDone = true;
  S.dry = false;
  // what the old pump had programmed stays counted; its battery, alarms and boluses go with it
  S.progPrevUl = programmedCumUl();
  S.progStrokesAtSwap = S.progStrokes;
  clearPumpActivity();
  S.hasBattery = false;
  S.eriAt = -1;
  S.eosAt = -1;
  S.eos = false;
  S.overdueLogged = true;
  S.explanted = true;
}

/** The new pump starts at t with parameter set `set`, filled with volumeUl of conc µg/µL. */
export function implant(t: f64, volumeUl: f64, conc: f64, set: i32, withdrawal: bool): void {
  if (!S.explanted) explant(t, 0);
  if (set >= 0 && set < S.devCap) {
    for (let i = 0; i < K.P_COUNT; i++) unchecked((params[i] = f64At(S.devPtr, set * K.P_COUNT + i)));
  }
  applyDeviceParams();
  if (par(K.P_CATHETER_REVISED) != 0) {
    const removed = catheterMassUg();
    const c0 = par(K.P_CATHETER_START_CONC_UG_PER_UL);
    catheterReset(par(K.P_CATHETER_DEAD_UL), c0);
    S.occluded = false;
    S.leak = 0;
    logEvent(t, K.LOG_CATHETER_REVISED, par(K.P_CATHETER_DEAD_UL), removed, c0);
  }
  S.explanted = false;
  logEvent(t, K.LOG_REPLACEMENT, volumeUl, conc, <f64>S.kind);
  fillReservoir(t, volumeUl, volumeUl, conc, withdrawal);
  eriAtStart(t);
}
