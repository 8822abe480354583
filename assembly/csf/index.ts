/**
 * Distribution engine exports (issue 4): spinal CSF column + cranial CSF + cord tissue + plasma + effect sites.
 * Units are internal (h, µL, µg, µg/µL, cm). Typical use (src/engine/csf/csf-driver.ts):
 *   csfConfigure(paramPtr, areaPtr, levelPtr, nLevels)   parameter block: params.ts / src/model/csf-config.ts
 *   csfSetStepping(dtMaxHours, dtFineHours)
 *   csfAdvance(nOut, dtOutHours, inPtr, inStride, offMass, offVolume, offSystemic, outPtr)   reads pump records
 *   csfLumbarBolus(doseUg, volumeUl, atCm, durationHours)                                     direct source
 */
import { buildGrid, N, conc, tissueConc, f64At, dFace, slope, par, params } from './grid';
import { invalidateFactor, factorBuilds } from './transport';
import { resetCompartments, plasmaUg, eliminatedUg } from './compartments';
import { resetPd } from './pd';
import {
  resetColumn,
  setStepping,
  setTip,
  setStationarySkip,
  operatorChanged,
  startLumbarBolus,
  step,
  advanceSpan,
  advanceRecords,
  advanceRecordSpan,
  writeRecord,
  stepCount,
  fallbackCount,
  tHours,
  tipCell,
  deliveredUg,
} from './column';
import { CSF_OUT_FIXED, CSF_PARAM_COUNT } from './params';

// The whole layout is exported so that test/assembly/wasm-abi.test.ts can check the generated TypeScript by name.
export * from './params';
export * from './batch';

/** Allocates the column for a parameter block, cell areas (cm², `cells` values) and level positions (cm). */
export function csfConfigure(paramPtr: usize, areaPtr: usize, levelPtr: usize, nLevels: i32): void {
  buildGrid(paramPtr, areaPtr, levelPtr, nLevels);
  invalidateFactor();
  resetCompartments();
  resetColumn();
  resetPd();
}

/** Parameter `id` (CSF_P_*) as the engine holds it; NaN before csfConfigure or for an unknown id (ABI round trip). */
export function csfGetParam(id: i32): f64 {
  return params != 0 && id >= 0 && id < CSF_PARAM_COUNT ? par(id) : NaN;
}

export function csfSetStepping(dtMaxHours: f64, dtFineHours: f64): void {
  setStepping(dtMaxHours, dtFineHours);
}

export function csfAdvance(
  nOut: i32,
  dtOutHours: f64,
  inPtr: usize,
  inStride: i32,
  offMass: i32,
  offVolume: i32,
  offSystemic: i32,
  outPtr: usize,
): void {
  advanceRecords(nOut, dtOutHours, inPtr, inStride, offMass, offVolume, offSystemic, outPtr);
}

/** One pump record covering `hours` as a coupling sub-step (no output; csfWriteRecord at the interval end). */
export function csfAdvanceSpan(
  hours: f64,
  inPtr: usize,
  offMass: i32,
  offVolume: i32,
  offSystemic: i32,
): void {
  advanceRecordSpan(hours, inPtr, offMass, offVolume, offSystemic);
}

/** Advances `hours` at constant input rates (µg/h at the tip, µL/h inflow, µg/h systemic); no output. */
export function csfAdvanceConstant(
  hours: f64,
  tipUgPerHour: f64,
  inflowUlPerHour: f64,
  systemicUgPerHour: f64,
): void {
  advanceSpan(hours, tipUgPerHour, inflowUlPerHour, systemicUgPerHour);
}

/** Fixed steps (no adaptation): for analytic tests and the TS reference comparison. */
export function csfStepFixed(nSteps: i32, dtHours: f64, tipMassPerStepUg: f64, inflowUlPerHour: f64): void {
  for (let i = 0; i < nSteps; i++) step(dtHours, tipMassPerStepUg, inflowUlPerHour, 0);
}

/**
 * Axial slope dh/dx of the spinal axis at the N+1 faces (face f between cells f−1 and f; face N = top), from the
 * patient's posture (src/model/posture.ts). Zero after csfConfigure. Call after csfConfigure, and again at a posture
 * switch mid-run: the state is kept, the next span restarts at the fine step (a change of operator).
 */
export function csfSetAxialSlope(ptr: usize, n: i32): void {
  const m = n < N + 1 ? n : N + 1;
  for (let f = 0; f < m; f++) {
    const v = load<f64>(ptr + ((<usize>f) << 3));
    store<f64>(slope + ((<usize>f) << 3), v >= -1 && v <= 1 ? v : 0.0);
  }
  invalidateFactor();
  operatorChanged();
}

export function csfLumbarBolus(doseUg: f64, volumeUl: f64, atCm: f64, durationHours: f64): void {
  startLumbarBolus(doseUg, volumeUl, atCm, durationHours);
}

export function csfSetTip(cm: f64): void {
  setTip(cm);
}

/** Stationary-state skip on (default) or off (column.ts): for the test that measures what the skip changes. */
export function csfSetStationarySkip(on: i32): void {
  setStationarySkip(on != 0);
}

export function csfWriteRecord(outPtr: usize): void {
  writeRecord(outPtr);
}

export function csfOutStride(nLevels: i32): i32 {
  return CSF_OUT_FIXED + nLevels;
}
export function csfCells(): i32 {
  return N;
}
/** CSF concentrations, N spinal cells then the cranial node (stable pointer until the next csfConfigure). */
export function csfConcPtr(): usize {
  return conc;
}
export function csfTissuePtr(): usize {
  return tissueConc;
}
export function csfFaceDispersionPtr(): usize {
  return dFace;
}
export function csfTime(): f64 {
  return tHours;
}
export function csfTipCell(): i32 {
  return tipCell;
}
export function csfSteps(): i32 {
  return stepCount;
}
/** Factorisations built since csfConfigure (the rest of the steps reused a cached one, transport.ts). */
export function csfFactorBuilds(): i32 {
  return factorBuilds;
}
export function csfFallbacks(): i32 {
  return fallbackCount;
}
export function csfPlasmaUg(): f64 {
  return plasmaUg;
}
export function csfEliminatedUg(): f64 {
  return eliminatedUg;
}
export function csfDeliveredUg(): f64 {
  return deliveredUg;
}
export function csfCranialConc(): f64 {
  return f64At(conc, N);
}
/** Concentration in the tip cell now, µg/µL: what a gas pump's backflow draws into its catheter. */
export function csfTipConc(): f64 {
  return f64At(conc, tipCell);
}
