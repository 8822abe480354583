/**
 * Applies one scheduled input event (program change, bolus, patient request, refill, fault, MRI, telemetry,
 * environment change). Events arrive sorted by time; each is applied at the start of the segment at its time.
 */
import {
  EV_STRIDE,
  f64At,
  PB_HIST_CAP,
  S,
  SEC_PER_DAY,
  SEC_PER_HOUR,
  setF64At,
  toNlPerDay,
  toSec,
} from './state';
import * as K from './params';
import { par } from './params';
import { logEvent } from './log';
import { batteryDraw } from './battery';
import { catheterPush } from './catheter';
import { fillReservoir, reservoirActual, reservoirEstimate } from './reservoir';
import { basalAt, predictRefill } from './program';
import { gasFlowFactor } from './gas';
import { explant, implant } from './replacement';

/** Recomputes the refill due date and logs it (after refills, replacements and program changes). */
export function updateRefillCalendar(t: f64): void {
  S.nextRefill = predictRefill(t);
  S.overdueLogged = false;
  logEvent(t, K.LOG_NEXT_REFILL, S.nextRefill >= 0 ? S.nextRefill / SEC_PER_HOUR : -1);
}

/** A programmer or patient-device session: draws battery and releases an MRI hold. */
function telemetry(t: f64): void {
  batteryDraw(t, 0, par(K.P_BATTERY_PER_TELEMETRY));
  if (S.mriHeld) {
    S.mriHeld = false;
    S.mriUntil = Math.max(t, S.mriScanEnd);
  }
}

/** An alarm the pump keeps sounding: low or empty reservoir since the last fill, ERI, motor stall. */
function alarmSounding(): bool {
  const alarms = S.kind != K.KIND_CONSTANT_RATE && S.kind != K.KIND_INJECTION;
  return alarms && (S.lowDone || S.emptyDone || S.eriAt >= 0 || S.stalled);
}

/**
 * Starts a clinician bolus of `volumeUl` over `durationHours`. A negative duration means "as fast as allowed": at
 * the maximum rate, or for a bridge bolus at the basal rate in effect just before (it pushes the old solution out
 * of the catheter at the old dose rate while the new concentration arrives).
 */
function startBolus(t: f64, volumeUl: f64, durationHours: f64, kind: i32): void {
  const volNl = Math.round(volumeUl * 1000);
  if (!(volNl > 0)) return;
  let rate: f64;
  if (durationHours < 0) {
    const old = kind == K.BOLUS_BRIDGE ? (S.programSetAt == t ? S.basalBeforeSet : basalAt(t - 1)) : 0;
    rate = old > 0 ? old : S.rmax;
  } else rate = Math.round((volNl * SEC_PER_DAY) / Math.max(1, toSec(durationHours)));
  if (rate > S.rmax) rate = S.rmax;
  if (rate < 1) rate = 1;
  if (S.cbActive) logEvent(t, K.LOG_BOLUS_END, <f64>S.cbKind, 1);
  S.cbActive = true;
  S.cbKind = kind;
  S.cbRate = rate;
  S.cbRemP = volNl * SEC_PER_DAY;
  logEvent(t, K.LOG_BOLUS_START, volNl / 1000, (volNl * SEC_PER_DAY) / rate / SEC_PER_HOUR, <f64>kind);
}

/** Called when a clinician bolus has delivered its volume. */
export function endClinicianBolus(t: f64): void {
  S.cbActive = false;
  S.cbRemP = 0;
  logEvent(t, K.LOG_BOLUS_END, <f64>S.cbKind, 0);
  // "Single bolus … then reverts to the Stopped Pump Mode" [D1] — implanted programmable pumps.
  if (S.cbKind == K.BOLUS_SINGLE && (S.kind == K.KIND_PROGRAMMABLE || S.kind == K.KIND_ACCUMULATOR)) {
    S.mode = K.MODE_STOPPED;
    logEvent(t, K.LOG_PROGRAM_CHANGE, 0, 0);
  }
}

function pbCountLastDay(t: f64): i32 {
  let n = 0;
  const m = S.pbHistCount < PB_HIST_CAP ? S.pbHistCount : PB_HIST_CAP;
  for (let i = 0; i < m; i++) if (t - f64At(S.pbHistPtr, i) < SEC_PER_DAY) n++;
  return n;
}

function motorBlocked(): bool {
  return S.stalled || S.mriUntil >= 0 || S.eos || S.favShut || S.explanted;
}

function patientRequest(t: f64): void {
  telemetry(t);
  const dose = par(K.P_PB_DOSE_UL);
  const maxPerDay = par(K.P_PB_MAX_PER_DAY);
  const lockout = toSec(par(K.P_PB_LOCKOUT_HOURS));
  let reason = 0;
  let wait: f64 = 0;
  if (!(dose > 0 && maxPerDay >= 1) || S.kind == K.KIND_CONSTANT_RATE || S.kind == K.KIND_INJECTION)
    reason = K.DENY_NOT_ENABLED;
  else if (motorBlocked() || (S.mode == K.MODE_STOPPED && !S.cbActive)) reason = K.DENY_PUMP_STOPPED;
  else if (S.cbActive || S.pbActive) reason = K.DENY_BOLUS_ACTIVE;
  else if (S.pbLast >= 0 && t - S.pbLast < lockout) {
    reason = K.DENY_LOCKOUT;
    wait = (S.pbLast + lockout - t) / SEC_PER_HOUR;
  } else if (<f64>pbCountLastDay(t) >= maxPerDay) reason = K.DENY_MAX_PER_DAY;
  else if (reservoirEstimate() < dose) reason = K.DENY_RESERVOIR_LOW;
  if (reason != 0) {
    logEvent(t, K.LOG_PATIENT_BOLUS_DENIED, <f64>reason, wait);
    return;
  }
  const volNl = Math.round(dose * 1000);
  const durSec = Math.max(1, toSec(par(K.P_PB_DURATION_HOURS)));
  S.pbActive = true;
  S.pbRate = Math.max(1, Math.round((volNl * SEC_PER_DAY) / durSec));
  S.pbRemP = volNl * SEC_PER_DAY;
  S.pbLast = t;
  setF64At(S.pbHistPtr, S.pbHistCount % PB_HIST_CAP, t);
  S.pbHistCount++;
  logEvent(t, K.LOG_PATIENT_BOLUS_ACCEPTED, volNl / 1000);
}

function refill(t: f64, volumeUl: f64, conc: f64, pocketFraction: f64, withdrawal: bool): void {
  telemetry(t);
  const aspirated = reservoirActual();
  const expected = reservoirEstimate();
  const wasDry = S.dry;
  logEvent(t, K.LOG_REFILL, volumeUl, aspirated, expected);
  if (Math.abs(aspirated - expected) > par(K.P_DISCREPANCY_UL))
    logEvent(t, K.LOG_VOLUME_DISCREPANCY, expected, aspirated);
  let pf = pocketFraction;
  if (!(pf > 0)) pf = 0;
  if (pf > 1) pf = 1;
  const c = conc > 0 ? conc : 0;
  const v = volumeUl > 0 ? volumeUl : 0;
  if (pf > 0) {
    S.iSystemic += v * pf * c;
    logEvent(t, K.LOG_POCKET_FILL, v * pf, v * pf * c);
  }
  fillReservoir(t, v, v * (1 - pf), c, withdrawal);
  if (wasDry && S.fillUl > 0) logEvent(t, K.LOG_DELIVERY_RESUMED);
  updateRefillCalendar(t);
}

function mri(t: f64, durationHours: f64): void {
  const mode = <i32>par(K.P_MRI_MODE);
  const dur = Math.max(0, toSec(durationHours));
  logEvent(t, K.LOG_MRI_START, dur / SEC_PER_HOUR, <f64>mode);
  if (mode == K.MRI_STALL_RESTART) {
    S.mriUntil = t + dur + Math.max(0, toSec(par(K.P_MRI_RESTART_DELAY_HOURS)));
    // TGA hazard alert [D5]: if the scan puts the pump into telemetry mode while it is sounding an
    // alarm, infusion does not resume until the pump is interrogated (programmer or patient device).
    if (alarmSounding()) {
      S.mriHeld = true;
      S.mriScanEnd = t + dur;
      S.mriUntil = Infinity;
      logEvent(t, K.LOG_MRI_HELD);
    }
  } else if (mode == K.MRI_PAUSE) {
    S.mriUntil = t + dur;
  } else if (mode == K.MRI_DUMP || mode == K.MRI_VALVE_SHUT) {
    let v = reservoirActual();
    if (mode == K.MRI_VALVE_SHUT) v = Math.min(v, Math.max(0, par(K.P_MRI_VALVE_LIMIT_UL)));
    const mass = v * S.resConc;
    if (!S.occluded) {
      S.extraOutUl += v;
      S.iPumped += v;
      catheterPush(v, S.resConc);
    }
    if (mode == K.MRI_DUMP) logEvent(t, K.LOG_MRI_DUMP, v, mass);
    else {
      S.favShut = true;
      logEvent(t, K.LOG_MRI_VALVE_SHUT, v);
      if (S.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_MRI_VALVE_SHUT);
    }
  }
}

/** Applies input event i (record: type, tSec, a, b, c, d) at the current time. */
export function applyEvent(i: i32): void {
  const base = i * EV_STRIDE;
  const type = <i32>f64At(S.evPtr, base);
  const t = S.t;
  const a = f64At(S.evPtr, base + 2);
  const b = f64At(S.evPtr, base + 3);
  const c = f64At(S.evPtr, base + 4);
  const d = f64At(S.evPtr, base + 5);
  const gas = S.kind == K.KIND_CONSTANT_RATE;
  if (type == K.EV_PROGRAM) {
    if (gas) return; // a constant-rate pump has no program: the dose changes only with the concentration
    const mode = <i32>a;
    if (S.programSetAt != t) {
      S.basalBeforeSet = basalAt(t - 1);
      S.programSetAt = t;
    }
    S.mode = mode == K.MODE_CONTINUOUS || mode == K.MODE_FLEX ? mode : K.MODE_STOPPED;
    if (S.mode == K.MODE_CONTINUOUS) S.basalRate = Math.max(0, toNlPerDay(b));
    if (S.mode == K.MODE_FLEX) {
      S.flexFirst = <i32>Math.max(0, Math.min(b, <f64>S.flexN));
      S.flexCount = <i32>Math.max(0, Math.min(c, <f64>(S.flexN - S.flexFirst)));
      S.periodSec = Math.max(3600, toSec(d));
    }
    telemetry(t);
    logEvent(t, K.LOG_PROGRAM_CHANGE, <f64>S.mode, basalAt(t) / 24000);
    updateRefillCalendar(t);
  } else if (type == K.EV_BOLUS) {
    if (gas) return;
    telemetry(t);
    startBolus(t, a, b, <i32>c);
  } else if (type == K.EV_PATIENT_REQUEST) patientRequest(t);
  else if (type == K.EV_REFILL) refill(t, a, b, c, d != 0);
  else if (type == K.EV_MISSED_REFILL) logEvent(t, K.LOG_MISSED_REFILL);
  else if (type == K.EV_OCCLUSION_START) {
    S.occluded = true;
    logEvent(t, K.LOG_OCCLUSION, par(K.P_DETECTS_OCCLUSION));
  } else if (type == K.EV_OCCLUSION_END) {
    S.occluded = false;
    logEvent(t, K.LOG_OCCLUSION_CLEARED);
  } else if (type == K.EV_LEAK) {
    S.leak = a > 0 ? (a < 1 ? a : 1) : 0;
    logEvent(t, S.leak > 0 ? K.LOG_LEAK : K.LOG_LEAK_REPAIRED, S.leak);
  } else if (type == K.EV_STALL_START) {
    if (gas) return;
    S.stalled = true;
    logEvent(t, K.LOG_MOTOR_STALL, par(K.P_DETECTS_STALL));
    if (S.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_MOTOR_STALL);
  } else if (type == K.EV_STALL_END) {
    if (!S.stalled) return;
    S.stalled = false;
    logEvent(t, K.LOG_MOTOR_STALL_RECOVERY);
  } else if (type == K.EV_TIP_MIGRATION) logEvent(t, K.LOG_TIP_MIGRATION, a);
  else if (type == K.EV_TELEMETRY) {
    telemetry(t);
    logEvent(t, K.LOG_TELEMETRY);
  } else if (type == K.EV_MRI) mri(t, a);
  else if (type == K.EV_PUMP_RESET) {
    S.favShut = false;
    telemetry(t);
    logEvent(t, K.LOG_PUMP_RESET);
  } else if (type == K.EV_EXPLANT) explant(t, a);
  else if (type == K.EV_REPLACEMENT) {
    implant(t, a, b, <i32>c, d != 0);
    updateRefillCalendar(t);
  } else if (type == K.EV_ENVIRONMENT) {
    S.tempC = a;
    S.ambKpa = b;
    S.gasFactor = gas ? gasFlowFactor(a, b) : 1;
    logEvent(t, K.LOG_ENVIRONMENT, a, b, S.gasFactor);
    if (gas && S.gasFactor <= 0 && !S.gasBlocked) {
      logEvent(t, K.LOG_GAS_FLOW_STOPPED, b);
      if (S.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_GAS_FLOW_STOPPED);
    }
    S.gasBlocked = gas && S.gasFactor <= 0;
  }
}
