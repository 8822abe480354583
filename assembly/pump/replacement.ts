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
import { f64At, PumpState, SEC_PER_HOUR } from './state';

/** Derives the device-dependent state from the live parameters (at start and when a new pump starts). */
export function applyDeviceParams(): void {
  PumpState.kind = <i32>par(K.P_KIND);
  PumpState.strokeNl = Math.max(1, Math.round(par(K.P_STROKE_UL) * 1000));
  PumpState.strokeUl = PumpState.strokeNl / 1000;
  PumpState.strokeP = PumpState.strokeNl * 86400;
  // rates × segment length stay below 2^53 P-units: cap at 10 L/day
  PumpState.rmax = Math.min(1e10, Math.max(1, PumpState.strokeNl * par(K.P_MAX_STROKES_PER_HOUR) * 24));
  PumpState.hasBattery =
    par(K.P_HAS_BATTERY) != 0 && PumpState.kind != K.KIND_CONSTANT_RATE && PumpState.kind != K.KIND_INJECTION;
  PumpState.gasFactor =
    PumpState.kind == K.KIND_CONSTANT_RATE ? gasFlowFactor(PumpState.tempC, PumpState.ambKpa) : 1;
  PumpState.gasBlocked = PumpState.kind == K.KIND_CONSTANT_RATE && PumpState.gasFactor == 0;
  PumpState.used = Math.max(0, par(K.P_BATTERY_START_USED));
  PumpState.eriAt = -1;
  PumpState.eosAt = -1;
  PumpState.eos = false;
}

/** ERI already reached by the battery's starting charge (a pump that starts old). */
export function eriAtStart(t: f64): void {
  if (PumpState.hasBattery && PumpState.used >= par(K.P_BATTERY_ERI_USED)) {
    PumpState.eriAt = t;
    PumpState.eosAt = Math.ceil(t + par(K.P_EOS_AFTER_ERI_HOURS) * SEC_PER_HOUR);
    if (t > 0) logEvent(t, K.LOG_ERI, PumpState.eosAt / SEC_PER_HOUR);
  }
}

/**
 * What a pump is doing and holds that goes with it — its fill, stroke accumulator, boluses, stall, MRI hold and refill
 * schedule — cleared at the start of a run and when a pump is explanted.
 */
export function clearPumpActivity(): void {
  PumpState.fillUl = 0;
  PumpState.delivSinceFill = 0;
  PumpState.extraOutUl = 0;
  PumpState.acc = 0;
  PumpState.progGasUl = 0;
  PumpState.cbActive = false;
  PumpState.cbRemP = 0;
  PumpState.pbActive = false;
  PumpState.pbRemP = 0;
  PumpState.stalled = false;
  PumpState.favShut = false;
  PumpState.mriUntil = -1;
  PumpState.mriHeld = false;
  PumpState.mriCheckAt = -1;
  PumpState.nextRefill = -1;
}

/** The old pump is removed at t; the new one starts gapHours later (logged; baclofen: withdrawal risk if > 0). */
export function explant(t: f64, gapHours: f64): void {
  if (PumpState.explanted) return;
  const res = reservoirActual();
  logEvent(t, K.LOG_EXPLANT, res, res * PumpState.resConc, gapHours);
  if (gapHours > 0 && PumpState.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_EXPLANT);
  // the reservoir leaves with the pump: what is still in it is removed, not delivered
  PumpState.deliveredPrevUl = deliveredCumUl();
  PumpState.fillEstUl = 0;
  PumpState.gasEstUl = 0;
  PumpState.motorSinceFill = 0;
  PumpState.lowDone = true;
  PumpState.emptyDone = true;
  PumpState.dry = false;
  // what the old pump had programmed stays counted; its battery, alarms and boluses go with it
  PumpState.progPrevUl = programmedCumUl();
  PumpState.progStrokesAtSwap = PumpState.progStrokes;
  clearPumpActivity();
  PumpState.hasBattery = false;
  PumpState.eriAt = -1;
  PumpState.eosAt = -1;
  PumpState.eos = false;
  PumpState.overdueLogged = true;
  PumpState.explanted = true;
}

/** The new pump starts at t with parameter set `set`, filled with volumeUl of conc µg/µL. */
export function implant(t: f64, volumeUl: f64, conc: f64, set: i32, withdrawal: bool): void {
  if (!PumpState.explanted) explant(t, 0);
  if (set >= 0 && set < PumpState.devCap) {
    for (let i = 0; i < K.P_COUNT; i++) unchecked((params[i] = f64At(PumpState.devPtr, set * K.P_COUNT + i)));
  }
  applyDeviceParams();
  if (par(K.P_CATHETER_REVISED) != 0) {
    const removed = catheterMassUg();
    const c0 = par(K.P_CATHETER_START_CONC_UG_PER_UL);
    catheterReset(par(K.P_CATHETER_DEAD_UL), c0);
    PumpState.occluded = false;
    PumpState.leak = 0;
    logEvent(t, K.LOG_CATHETER_REVISED, par(K.P_CATHETER_DEAD_UL), removed, c0);
  }
  PumpState.explanted = false;
  logEvent(t, K.LOG_REPLACEMENT, volumeUl, conc, <f64>PumpState.kind);
  fillReservoir(t, volumeUl, volumeUl, conc, withdrawal);
  eriAtStart(t);
}
