/**
 * Battery (programmable and accumulator pumps). Capacity is normalised to 1; drawn by the idle electronics
 * (per hour), by every motor stroke and by every telemetry session. ERI when the used fraction reaches the ERI
 * level; the pump stops (end of service) a fixed time later (90 days [D1]). The draw rates are
 * estimates calibrated to the published 5–7-year life [D1] (src/model/data/devices.ts documents the calibration).
 */
import { LOG_ERI } from './params';
import { logEvent } from './log';
import { par } from './params';
import { P_BATTERY_ERI_USED, P_EOS_AFTER_ERI_HOURS } from './params';
import { PumpState, SEC_PER_HOUR } from './state';

/** Adds a draw spread linearly over [t0, t0 + dt] (dt = 0 for an instantaneous draw) and detects ERI. */
export function batteryDraw(t0: f64, dt: f64, amount: f64): void {
  if (!PumpState.hasBattery || PumpState.eos || amount <= 0) return;
  const before = PumpState.used;
  PumpState.used = before + amount;
  const eri = par(P_BATTERY_ERI_USED);
  if (PumpState.eriAt < 0 && PumpState.used >= eri) {
    const tEri = dt > 0 ? t0 + (dt * (eri - before)) / amount : t0;
    PumpState.eriAt = tEri > t0 ? tEri : t0;
    PumpState.eosAt = Math.ceil(PumpState.eriAt + par(P_EOS_AFTER_ERI_HOURS) * SEC_PER_HOUR);
    logEvent(PumpState.eriAt, LOG_ERI, PumpState.eosAt / SEC_PER_HOUR);
  }
}

/** Remaining fraction 0–1 (0 for pumps without a battery). */
export function batteryRemaining(): f64 {
  if (!PumpState.hasBattery) return 0;
  const r = 1 - PumpState.used;
  return r > 0 ? r : 0;
}
