/**
 * Applies one scheduled input event (program change, bolus, patient request, refill, fault, MRI, telemetry,
 * environment change). Events arrive sorted by time; each is applied at the start of the segment at its time.
 */
import {
  EV_STRIDE,
  f64At,
  PB_HIST_CAP,
  PumpState,
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
import { tissueAspirate, tissueImpulse } from './tissue';

/** Recomputes the refill due date and logs it (after refills, replacements and program changes). */
export function updateRefillCalendar(t: f64): void {
  PumpState.nextRefill = predictRefill(t);
  PumpState.overdueLogged = false;
  logEvent(t, K.LOG_NEXT_REFILL, PumpState.nextRefill >= 0 ? PumpState.nextRefill / SEC_PER_HOUR : -1);
}

/** A programmer or patient-device session: draws battery and releases an MRI hold. */
function telemetry(t: f64): void {
  batteryDraw(t, 0, par(K.P_BATTERY_PER_TELEMETRY));
  if (PumpState.mriHeld) {
    PumpState.mriHeld = false;
    PumpState.mriUntil = Math.max(t, PumpState.mriScanEnd);
  }
}

/** An alarm the pump keeps sounding: low or empty reservoir since the last fill, ERI, motor stall. */
function alarmSounding(): bool {
  const alarms = PumpState.kind != K.KIND_CONSTANT_RATE && PumpState.kind != K.KIND_INJECTION;
  return alarms && (PumpState.lowDone || PumpState.emptyDone || PumpState.eriAt >= 0 || PumpState.stalled);
}

/**
 * Starts a clinician bolus of `volumeUl` over `durationHours`. A negative duration means "as fast as allowed": at
 * the maximum rate, or for a bridge bolus at the basal rate in effect just before (it pushes the old solution out
 * of the catheter at the old dose rate while the new concentration arrives).
 */
function startBolus(t: f64, volumeUl: f64, durationHours: f64, kind: i32, then: i32): void {
  const volNl = Math.round(volumeUl * 1000);
  if (!(volNl > 0)) return;
  let rate: f64;
  if (durationHours < 0) {
    const old =
      kind == K.BOLUS_BRIDGE ? (PumpState.programSetAt == t ? PumpState.basalBeforeSet : basalAt(t - 1)) : 0;
    rate = old > 0 ? old : PumpState.rmax;
  } else rate = Math.round((volNl * SEC_PER_DAY) / Math.max(1, toSec(durationHours)));
  if (rate > PumpState.rmax) rate = PumpState.rmax;
  if (rate < 1) rate = 1;
  if (PumpState.cbActive) logEvent(t, K.LOG_BOLUS_END, <f64>PumpState.cbKind, 1);
  PumpState.cbActive = true;
  PumpState.cbKind = kind;
  PumpState.cbThen = then;
  PumpState.cbRate = rate;
  PumpState.cbRemP = volNl * SEC_PER_DAY;
  logEvent(t, K.LOG_BOLUS_START, volNl / 1000, (volNl * SEC_PER_DAY) / rate / SEC_PER_HOUR, <f64>kind);
}

/** Called when a clinician bolus has delivered its volume. */
export function endClinicianBolus(t: f64): void {
  PumpState.cbActive = false;
  PumpState.cbRemP = 0;
  logEvent(t, K.LOG_BOLUS_END, <f64>PumpState.cbKind, 0);
  // The basal program goes on unless the single-bolus mode was chosen: "single bolus … then reverts to the
  // Stopped Pump Mode" [D1].
  if (PumpState.cbThen == K.AFTER_BOLUS_STOP) {
    PumpState.mode = K.MODE_STOPPED;
    logEvent(t, K.LOG_PROGRAM_CHANGE, 0, 0);
  }
}

function pbCountLastDay(t: f64): i32 {
  let n = 0;
  const m = PumpState.pbHistCount < PB_HIST_CAP ? PumpState.pbHistCount : PB_HIST_CAP;
  for (let i = 0; i < m; i++) if (t - f64At(PumpState.pbHistPtr, i) < SEC_PER_DAY) n++;
  return n;
}

function motorBlocked(): bool {
  return (
    PumpState.stalled || PumpState.mriUntil >= 0 || PumpState.eos || PumpState.favShut || PumpState.explanted
  );
}

function patientRequest(t: f64): void {
  telemetry(t);
  const dose = par(K.P_PB_DOSE_UL);
  const maxPerDay = par(K.P_PB_MAX_PER_DAY);
  const lockout = toSec(par(K.P_PB_LOCKOUT_HOURS));
  let reason = 0;
  let wait: f64 = 0;
  if (
    !(dose > 0 && maxPerDay >= 1) ||
    PumpState.kind == K.KIND_CONSTANT_RATE ||
    PumpState.kind == K.KIND_INJECTION
  )
    reason = K.DENY_NOT_ENABLED;
  else if (motorBlocked() || (PumpState.mode == K.MODE_STOPPED && !PumpState.cbActive))
    reason = K.DENY_PUMP_STOPPED;
  else if (PumpState.cbActive || PumpState.pbActive) reason = K.DENY_BOLUS_ACTIVE;
  else if (PumpState.pbLast >= 0 && t - PumpState.pbLast < lockout) {
    reason = K.DENY_LOCKOUT;
    wait = (PumpState.pbLast + lockout - t) / SEC_PER_HOUR;
  } else if (<f64>pbCountLastDay(t) >= maxPerDay) reason = K.DENY_MAX_PER_DAY;
  else if (reservoirEstimate() < dose) reason = K.DENY_RESERVOIR_LOW;
  if (reason != 0) {
    logEvent(t, K.LOG_PATIENT_BOLUS_DENIED, <f64>reason, wait);
    return;
  }
  const volNl = Math.round(dose * 1000);
  const durSec = Math.max(1, toSec(par(K.P_PB_DURATION_HOURS)));
  PumpState.pbActive = true;
  PumpState.pbRate = Math.max(1, Math.round((volNl * SEC_PER_DAY) / durSec));
  PumpState.pbRemP = volNl * SEC_PER_DAY;
  PumpState.pbLast = t;
  setF64At(PumpState.pbHistPtr, PumpState.pbHistCount % PB_HIST_CAP, t);
  PumpState.pbHistCount++;
  logEvent(t, K.LOG_PATIENT_BOLUS_ACCEPTED, volNl / 1000);
}

function refill(t: f64, volumeUl: f64, conc: f64, pocketFraction: f64, withdrawal: bool): void {
  telemetry(t);
  const aspirated = reservoirActual();
  const expected = reservoirEstimate();
  const wasDry = PumpState.dry;
  logEvent(t, K.LOG_REFILL, volumeUl, aspirated, expected);
  if (Math.abs(aspirated - expected) > par(K.P_DISCREPANCY_UL))
    logEvent(t, K.LOG_VOLUME_DISCREPANCY, expected, aspirated);
  let pf = pocketFraction;
  if (!(pf > 0)) pf = 0;
  if (pf > 1) pf = 1;
  const c = conc > 0 ? conc : 0;
  const v = volumeUl > 0 ? volumeUl : 0;
  if (pf > 0) {
    // into the subcutaneous pocket: absorbed into the blood over hours, not injected into it (tissue.ts)
    tissueImpulse(v * pf * c, v * pf);
    logEvent(t, K.LOG_POCKET_FILL, v * pf, v * pf * c);
  }
  fillReservoir(t, v, v * (1 - pf), c, withdrawal);
  if (wasDry && PumpState.fillUl > 0) logEvent(t, K.LOG_DELIVERY_RESUMED);
  updateRefillCalendar(t);
}

/**
 * A refill needle in the catheter access port instead of the reservoir: the whole refill goes down the catheter
 * into the CSF over the injection time (an overdose), while the pump is told it was refilled and runs on what its
 * reservoir still holds.
 */
function portInjection(t: f64, volumeUl: f64, conc: f64, injectionHours: f64, withdrawal: bool): void {
  telemetry(t);
  const v = volumeUl > 0 ? volumeUl : 0;
  const c = conc > 0 ? conc : 0;
  const held = reservoirActual();
  const expected = reservoirEstimate();
  logEvent(t, K.LOG_REFILL, v, held, expected);
  logEvent(t, K.LOG_PORT_INJECTION, v, v * c, injectionHours);
  fillReservoir(t, v, held, PumpState.resConc, withdrawal);
  PumpState.portRemUl += v;
  PumpState.portConc = c;
  PumpState.portRateUlPerSec = PumpState.portRemUl / Math.max(1, toSec(injectionHours));
  updateRefillCalendar(t);
}

function mri(t: f64, durationHours: f64, resumeDelayHours: f64): void {
  const mode = <i32>par(K.P_MRI_MODE);
  const dur = Math.max(0, toSec(durationHours));
  logEvent(t, K.LOG_MRI_START, dur / SEC_PER_HOUR, <f64>mode);
  // The pump is interrogated after the scan: that is how a late restart or a hold is found [D1, D5] (and a shut
  // valve of an accumulator pump, which the programmer resets [D3]). The log asks for it when the scan ends.
  if (mode == K.MRI_STALL_RESTART || mode == K.MRI_DUMP || mode == K.MRI_VALVE_SHUT) {
    PumpState.mriCheckAt = t + dur;
    PumpState.mriCheckMode = mode;
  }
  if (mode == K.MRI_STALL_RESTART) {
    // The rotor resumes when the scan ends [D1]; a delay (reported: 2–24 h [D1]) is a fault given per scan.
    const delay = resumeDelayHours >= 0 ? resumeDelayHours : par(K.P_MRI_RESTART_DELAY_HOURS);
    PumpState.mriUntil = t + dur + Math.max(0, toSec(delay));
    // TGA hazard alert [D5]: if the scan puts the pump into telemetry mode while it is sounding an
    // alarm, infusion does not resume until the pump is interrogated (programmer or patient device).
    if (alarmSounding()) {
      PumpState.mriHeld = true;
      PumpState.mriScanEnd = t + dur;
      PumpState.mriUntil = Infinity;
      logEvent(t, K.LOG_MRI_HELD);
    }
  } else if (mode == K.MRI_PAUSE) {
    PumpState.mriUntil = t + dur;
  } else if (mode == K.MRI_DUMP || mode == K.MRI_VALVE_SHUT) {
    let v = reservoirActual();
    if (mode == K.MRI_VALVE_SHUT) v = Math.min(v, Math.max(0, par(K.P_MRI_VALVE_LIMIT_UL)));
    const mass = v * PumpState.resConc;
    if (!PumpState.occluded) {
      PumpState.extraOutUl += v;
      PumpState.iPumped += v;
      catheterPush(v, PumpState.resConc);
    }
    if (mode == K.MRI_DUMP) logEvent(t, K.LOG_MRI_DUMP, v, mass);
    else {
      PumpState.favShut = true;
      logEvent(t, K.LOG_MRI_VALVE_SHUT, v);
      if (PumpState.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_MRI_VALVE_SHUT);
    }
  }
}

/** Fraction of what leaves the tip that goes to tissue at time t (s): the ramp set by the last EV_TIP_LOSS. */
export function tipLossAt(t: f64): f64 {
  const r = PumpState.tipLossRampSec;
  if (!(r > 0) || t >= PumpState.tipLossT0 + r) return PumpState.tipLossTo;
  const u = t <= PumpState.tipLossT0 ? 0 : (t - PumpState.tipLossT0) / r;
  return PumpState.tipLossFrom + (PumpState.tipLossTo - PumpState.tipLossFrom) * u;
}

/** Applies input event i (record: type, tSec, a, b, c, d) at the current time. */
export function applyEvent(i: i32): void {
  const base = i * EV_STRIDE;
  const type = <i32>f64At(PumpState.evPtr, base);
  const t = PumpState.t;
  const a = f64At(PumpState.evPtr, base + 2);
  const b = f64At(PumpState.evPtr, base + 3);
  const c = f64At(PumpState.evPtr, base + 4);
  const d = f64At(PumpState.evPtr, base + 5);
  const gas = PumpState.kind == K.KIND_CONSTANT_RATE;
  if (type == K.EV_PROGRAM) {
    if (gas) return; // a constant-rate pump has no program: the dose changes only with the concentration
    const mode = <i32>a;
    if (PumpState.programSetAt != t) {
      PumpState.basalBeforeSet = basalAt(t - 1);
      PumpState.programSetAt = t;
    }
    PumpState.mode = mode == K.MODE_CONTINUOUS || mode == K.MODE_FLEX ? mode : K.MODE_STOPPED;
    if (PumpState.mode == K.MODE_CONTINUOUS) PumpState.basalRate = Math.max(0, toNlPerDay(b));
    if (PumpState.mode == K.MODE_FLEX) {
      PumpState.flexFirst = <i32>Math.max(0, Math.min(b, <f64>PumpState.flexN));
      PumpState.flexCount = <i32>Math.max(0, Math.min(c, <f64>(PumpState.flexN - PumpState.flexFirst)));
      PumpState.periodSec = Math.max(3600, toSec(d));
    }
    telemetry(t);
    logEvent(t, K.LOG_PROGRAM_CHANGE, <f64>PumpState.mode, basalAt(t) / 24000);
    updateRefillCalendar(t);
  } else if (type == K.EV_BOLUS) {
    if (gas) return;
    telemetry(t);
    startBolus(t, a, b, <i32>c, d == <f64>K.AFTER_BOLUS_STOP ? K.AFTER_BOLUS_STOP : K.AFTER_BOLUS_RESUME);
  } else if (type == K.EV_PATIENT_REQUEST) patientRequest(t);
  else if (type == K.EV_REFILL) refill(t, a, b, c, d != 0);
  else if (type == K.EV_MISSED_REFILL) logEvent(t, K.LOG_MISSED_REFILL);
  else if (type == K.EV_OCCLUSION_START) {
    // a kink blocks a fraction of the flow: the blocked strokes stay in the reservoir (found at the refill as
    // more drug than the pump calculated); 0 or ≥ 1 blocks it completely
    const partial = a > 0 && a < 1;
    PumpState.occluded = !partial;
    PumpState.occFrac = partial ? a : 0;
    PumpState.occAcc = 0;
    logEvent(t, K.LOG_OCCLUSION, partial ? 0 : par(K.P_DETECTS_OCCLUSION), partial ? a : 1);
    if (PumpState.withdrawal && !partial) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_OCCLUSION);
  } else if (type == K.EV_OCCLUSION_END) {
    PumpState.occluded = false;
    PumpState.occFrac = 0;
    logEvent(t, K.LOG_OCCLUSION_CLEARED);
  } else if (type == K.EV_LEAK) {
    PumpState.leak = a > 0 ? (a < 1 ? a : 1) : 0;
    PumpState.leakSite = b == <f64>K.LEAK_FRACTURE ? K.LEAK_FRACTURE : K.LEAK_CONNECTOR;
    logEvent(
      t,
      PumpState.leak > 0 ? K.LOG_LEAK : K.LOG_LEAK_REPAIRED,
      PumpState.leak,
      <f64>PumpState.leakSite,
    );
    if (PumpState.withdrawal && PumpState.leak >= 1) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_LEAK);
  } else if (type == K.EV_TIP_LOSS) {
    // from the value now to `a` over b hours (a granuloma grows over weeks; a migrated tip is out at once)
    PumpState.tipLossFrom = tipLossAt(t);
    PumpState.tipLossTo = a > 0 ? (a < 1 ? a : 1) : 0;
    PumpState.tipLossT0 = t;
    PumpState.tipLossRampSec = Math.max(0, toSec(b));
    PumpState.tipLoss = tipLossAt(t);
    logEvent(t, K.LOG_TIP_LOSS, PumpState.tipLossTo, PumpState.tipLossRampSec / SEC_PER_HOUR, c);
    if (PumpState.withdrawal && PumpState.tipLossTo >= 1)
      logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_TIP_LOSS);
  } else if (type == K.EV_PORT_INJECTION) portInjection(t, a, b, c, d != 0);
  else if (type == K.EV_DRUG_LOSS) PumpState.resLossPerSec = a > 0 ? a / SEC_PER_HOUR : 0;
  else if (type == K.EV_POCKET_ASPIRATION) {
    const v = a > 0 ? a : 0;
    const vol = PumpState.tisUl;
    logEvent(t, K.LOG_POCKET_ASPIRATION, Math.min(v, vol), tissueAspirate(v));
  } else if (type == K.EV_STALL_START) {
    if (gas) return;
    PumpState.stalled = true;
    logEvent(t, K.LOG_MOTOR_STALL, par(K.P_DETECTS_STALL));
    if (PumpState.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_MOTOR_STALL);
  } else if (type == K.EV_STALL_END) {
    if (!PumpState.stalled) return;
    PumpState.stalled = false;
    logEvent(t, K.LOG_MOTOR_STALL_RECOVERY);
  } else if (type == K.EV_TIP_MIGRATION) logEvent(t, K.LOG_TIP_MIGRATION, a);
  else if (type == K.EV_TELEMETRY) {
    telemetry(t);
    logEvent(t, K.LOG_TELEMETRY);
  } else if (type == K.EV_MRI) mri(t, a, b);
  else if (type == K.EV_PUMP_RESET) {
    PumpState.favShut = false;
    telemetry(t);
    logEvent(t, K.LOG_PUMP_RESET);
  } else if (type == K.EV_EXPLANT) explant(t, a);
  else if (type == K.EV_REPLACEMENT) {
    implant(t, a, b, <i32>c, d != 0);
    updateRefillCalendar(t);
  } else if (type == K.EV_ENVIRONMENT) {
    PumpState.tempC = a;
    PumpState.ambKpa = b;
    PumpState.gasFactor = gas ? gasFlowFactor(a, b) : 1;
    logEvent(t, K.LOG_ENVIRONMENT, a, b, PumpState.gasFactor);
    if (gas && PumpState.gasFactor == 0 && !PumpState.gasBlocked) {
      logEvent(t, K.LOG_GAS_FLOW_STOPPED, b);
      if (PumpState.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_GAS_FLOW_STOPPED);
    }
    PumpState.gasBlocked = gas && PumpState.gasFactor == 0; // ΔP < 0 is backflow (backflow.ts)
  }
}
