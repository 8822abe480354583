// The event and alarm log: fixed-capacity records (tHours, code, a, b, c) read by the driver through pumpLogPtr.
import { LOG_STRIDE } from './params';
import { PumpState, SEC_PER_HOUR } from './state';

/** Appends one log record at time tSec; counts (and drops) records beyond the capacity. */
export function logEvent(tSec: f64, code: i32, a: f64 = 0, b: f64 = 0, c: f64 = 0): void {
  if (PumpState.logCount >= PumpState.logCap) {
    PumpState.logDropped++;
    return;
  }
  const p = PumpState.logPtr + ((<usize>(PumpState.logCount * LOG_STRIDE)) << 3);
  store<f64>(p, tSec / SEC_PER_HOUR);
  store<f64>(p + 8, <f64>code);
  store<f64>(p + 16, a);
  store<f64>(p + 24, b);
  store<f64>(p + 32, c);
  PumpState.logCount++;
}
