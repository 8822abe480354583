/**
 * Programmable peristaltic pump — reservoir and stroke-quantised delivery (first slice: simple continuous mode).
 *
 * Units (see docs/architecture.md): time h, volume µL, mass µg, concentration µg/µL.
 *
 *   programmed volume   V_p(t) = r · t                         r = rate µL/h
 *   strokes delivered   n(t)   = floor(V_p(t) / v_s)            v_s = stroke volume µL (an estimate, pumps.md §6 [E])
 *   delivered volume    V_d(t) = n(t) · v_s,  0 ≤ V_p − V_d < v_s   (never drifts: n is computed from t, not summed)
 *   reservoir           R(t)   = R_0 − V_d(t), delivery stops when R < v_s
 *
 * Output record per interval (PUMP_OUT_STRIDE f64): see PumpOut below; mirrored in src/core/layout.ts.
 */

export const PUMP_OUT_STRIDE: i32 = 4;
/** Field offsets inside one output record. */
export const OUT_TIP_VOLUME_UL: i32 = 0; // µL delivered at the catheter tip in the interval
export const OUT_TIP_MASS_UG: i32 = 1; // µg delivered at the tip in the interval
export const OUT_RESERVOIR_UL: i32 = 2; // reservoir volume at the end of the interval
export const OUT_PROGRAMMED_CUM_UL: i32 = 3; // cumulative programmed volume at the end of the interval

let rateUlPerHour: f64 = 0;
let strokeVolumeUl: f64 = 1;
let concentrationUgPerUl: f64 = 0;
let reservoirUl: f64 = 0;
let tHours: f64 = 0;
let strokesDone: i64 = 0;
let reservoirEmpty: bool = false;

/** Resets the pump to t = 0. Called once per run before pumpAdvance. */
export function pumpResetContinuous(
  rateUlPerHourIn: f64,
  strokeVolumeUlIn: f64,
  concentrationUgPerUlIn: f64,
  reservoirUlIn: f64,
): void {
  rateUlPerHour = rateUlPerHourIn;
  strokeVolumeUl = strokeVolumeUlIn;
  concentrationUgPerUl = concentrationUgPerUlIn;
  reservoirUl = reservoirUlIn;
  tHours = 0;
  strokesDone = 0;
  reservoirEmpty = false;
}

/** Allocates n f64 (not managed by the GC; freed with freeF64). */
export function allocF64(n: i32): usize {
  return heap.alloc((<usize>n) << 3);
}

export function freeF64(ptr: usize): void {
  heap.free(ptr);
}

/**
 * Advances nIntervals intervals of dtHours, writing one PUMP_OUT_STRIDE record per interval at outPtr.
 * Called by the orchestrator in chunks (a few ms of work each) so progress and cancel stay responsive.
 */
export function pumpAdvance(nIntervals: i32, dtHours: f64, outPtr: usize): void {
  for (let i = 0; i < nIntervals; i++) {
    const tEnd = tHours + dtHours;
    const programmedUl = rateUlPerHour * tEnd;
    let target = <i64>Math.floor(programmedUl / strokeVolumeUl + 1e-12);
    let strokes = target - strokesDone;
    const maxStrokes = <i64>Math.floor(reservoirUl / strokeVolumeUl + 1e-12);
    if (strokes > maxStrokes) {
      strokes = maxStrokes;
      reservoirEmpty = true;
    }
    if (strokes < 0) strokes = 0;
    strokesDone += strokes;
    const volUl = <f64>strokes * strokeVolumeUl;
    reservoirUl -= volUl;
    const rec = outPtr + ((<usize>i * <usize>PUMP_OUT_STRIDE) << 3);
    store<f64>(rec + ((<usize>OUT_TIP_VOLUME_UL) << 3), volUl);
    store<f64>(rec + ((<usize>OUT_TIP_MASS_UG) << 3), volUl * concentrationUgPerUl);
    store<f64>(rec + ((<usize>OUT_RESERVOIR_UL) << 3), reservoirUl);
    store<f64>(rec + ((<usize>OUT_PROGRAMMED_CUM_UL) << 3), programmedUl);
    tHours = tEnd;
  }
}

/** True once the reservoir could not supply a stroke. */
export function pumpReservoirEmpty(): bool {
  return reservoirEmpty;
}
