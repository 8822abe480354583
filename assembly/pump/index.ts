/**
 * Pump and catheter engine (issue 3): programmable peristaltic, valve-gated accumulator, constant-rate gas,
 * external and lumbar-puncture injection devices; catheter plug flow; refills, faults, MRI, battery.
 *
 * Call order (src/engine/pump/pump-driver.ts): pumpBegin → pumpSetParam… → pumpAddFlexStep… → pumpAddEvent… (sorted by
 * time) → pumpStart → pumpAdvance (in chunks) → read the log / strokes / summary getters.
 * Units: h, µL, µg, µg/µL, kPa, °C at this boundary; whole seconds and nanolitres inside (state.ts).
 */
import { rngSeed, rngUniform } from '../rng';
import * as K from './params';
import { par } from './params';
import { catheterMassUg, catheterReset } from './catheter';
import { gasFlowFactor } from './gas';
import { fillReservoir, reservoirActual } from './reservoir';
import { EV_STRIDE, PB_HIST_CAP, PumpState, SEC_PER_HOUR, setF64At, toSec } from './state';
import { nextChangeSec, programmedCumUl } from './engine';
import { basalAt } from './program';
import { applyDeviceParams, clearPumpActivity, eriAtStart } from './replacement';

export * from './params';
export { pumpAdvance } from './engine';

/** Allocates n f64 outside the GC (freed with freeF64). Used for output buffers. */
export function allocF64(n: i32): usize {
  const m: i32 = n > 0 ? n : 1;
  return heap.alloc((<usize>m) << 3);
}

export function freeF64(ptr: usize): void {
  if (ptr != 0) heap.free(ptr);
}

function realloc(ptr: usize, n: i32): usize {
  if (ptr != 0) heap.free(ptr);
  const m: i32 = n > 0 ? n : 1;
  return heap.alloc((<usize>m) << 3);
}

/** Allocates the engine's buffers for one run (all allocation happens here, before pumpAdvance). */
export function pumpBegin(eventCap: i32, flexCap: i32, logCap: i32, strokeCap: i32): void {
  PumpState.evCap = eventCap > 0 ? eventCap : 0;
  PumpState.evPtr = realloc(PumpState.evPtr, PumpState.evCap * EV_STRIDE);
  PumpState.flexCap = flexCap > 0 ? flexCap : 0;
  PumpState.flexPtr = realloc(PumpState.flexPtr, PumpState.flexCap * 2);
  PumpState.logCap = logCap > 0 ? logCap : 0;
  PumpState.logPtr = realloc(PumpState.logPtr, PumpState.logCap * K.LOG_STRIDE);
  PumpState.strokeCap = strokeCap > 0 ? strokeCap : 0;
  PumpState.strokePtr = realloc(PumpState.strokePtr, PumpState.strokeCap * K.STROKE_STRIDE);
  PumpState.errCap = PumpState.evCap + 1;
  PumpState.errPtr = realloc(PumpState.errPtr, PumpState.errCap);
  if (PumpState.pbHistPtr == 0) PumpState.pbHistPtr = heap.alloc((<usize>PB_HIST_CAP) << 3);
  PumpState.evCount = 0;
  PumpState.flexN = 0;
  PumpState.devCap = 0;
  for (let i = 0; i < K.P_COUNT; i++) K.params[i] = 0;
}

/** Allocates n replacement parameter sets (after pumpBegin, before pumpStart); zero-filled. */
export function pumpBeginDevices(n: i32): void {
  PumpState.devCap = n > 0 ? n : 0;
  PumpState.devPtr = realloc(PumpState.devPtr, PumpState.devCap * K.P_COUNT);
  for (let i = 0; i < PumpState.devCap * K.P_COUNT; i++) setF64At(PumpState.devPtr, i, 0);
}

/** Sets parameter `id` of replacement set `set` (the new pump's full parameter vector; ids as pumpSetParam). */
export function pumpSetDeviceParam(set: i32, id: i32, value: f64): void {
  if (set >= 0 && set < PumpState.devCap && id >= 0 && id < K.P_COUNT)
    setF64At(PumpState.devPtr, set * K.P_COUNT + id, isFinite(value) ? value : 0);
}

/** Adds one flex step (offset within the period, h; rate µL/h); returns its index. */
export function pumpAddFlexStep(offsetHours: f64, rateUlPerHour: f64): i32 {
  if (PumpState.flexN >= PumpState.flexCap) return -1;
  setF64At(PumpState.flexPtr, PumpState.flexN * 2, Math.max(0, toSec(offsetHours)));
  setF64At(PumpState.flexPtr, PumpState.flexN * 2 + 1, Math.max(0, Math.round(rateUlPerHour * 24000)));
  return PumpState.flexN++;
}

/** Adds one input event (types EV_*); events must be added in time order. Returns its index or −1 if full. */
export function pumpAddEvent(type: i32, tHours: f64, a: f64, b: f64, c: f64, d: f64): i32 {
  if (PumpState.evCount >= PumpState.evCap) return -1;
  const base = PumpState.evCount * EV_STRIDE;
  setF64At(PumpState.evPtr, base, <f64>type);
  setF64At(PumpState.evPtr, base + 1, Math.max(0, toSec(isFinite(tHours) ? tHours : 0)));
  setF64At(PumpState.evPtr, base + 2, isFinite(a) ? a : 0);
  setF64At(PumpState.evPtr, base + 3, isFinite(b) ? b : 0);
  setF64At(PumpState.evPtr, base + 4, isFinite(c) ? c : 0);
  setF64At(PumpState.evPtr, base + 5, isFinite(d) ? d : 0);
  return PumpState.evCount++;
}

/** Initialises the run at t = 0 from the parameters. */
export function pumpStart(): void {
  PumpState.t = 0;
  PumpState.tempC = par(K.P_TEMPERATURE_START_C);
  PumpState.ambKpa = par(K.P_AMBIENT_START_KPA);
  applyDeviceParams();
  PumpState.mode = K.MODE_STOPPED;
  PumpState.basalRate = 0;
  PumpState.basalBeforeSet = 0;
  PumpState.programSetAt = -1;
  PumpState.flexFirst = 0;
  PumpState.flexCount = 0;
  PumpState.periodSec = 86400;
  clearPumpActivity();
  PumpState.pbLast = -1;
  PumpState.pbHistCount = 0;
  PumpState.progStrokes = 0;
  PumpState.missedStrokes = 0;
  PumpState.deliveredPrevUl = 0;
  PumpState.progPrevUl = 0;
  PumpState.progStrokesAtSwap = 0;
  PumpState.explanted = false;
  PumpState.fillCount = 0;
  PumpState.occluded = false;
  PumpState.leak = 0;
  PumpState.leakSite = K.LEAK_CONNECTOR;
  PumpState.occFrac = 0;
  PumpState.occAcc = 0;
  PumpState.tipLoss = 0;
  PumpState.tipLossFrom = 0;
  PumpState.tipLossTo = 0;
  PumpState.tipLossT0 = 0;
  PumpState.tipLossRampSec = 0;
  PumpState.resLossPerSec = 0;
  PumpState.backflow = false;
  PumpState.backUl = 0;
  PumpState.backUg = 0;
  PumpState.csfTipConc = 0;
  PumpState.portRemUl = 0;
  PumpState.portRateUlPerSec = 0;
  PumpState.portConc = 0;
  PumpState.tisUg = 0;
  PumpState.tisUl = 0;
  PumpState.tisPendUg = 0;
  PumpState.tisPendUl = 0;
  PumpState.mriScanEnd = 0;
  PumpState.overdueLogged = false;
  PumpState.evNext = 0;
  PumpState.logCount = 0;
  PumpState.logDropped = 0;
  PumpState.strokeCount = 0;
  PumpState.strokeDropped = 0;
  PumpState.iTipVol = 0;
  PumpState.iTipMass = 0;
  PumpState.iSystemic = 0;
  PumpState.iTissue = 0;
  PumpState.iPumped = 0;
  PumpState.iStrokes = 0;
  // one accuracy error per fill, drawn up front so the sequence depends only on the seed
  rngSeed(<u64>Math.max(0, par(K.P_SEED)));
  const w = Math.max(0, par(K.P_RANDOM_HALF_WIDTH_FRACTION));
  for (let i = 0; i < PumpState.errCap; i++) setF64At(PumpState.errPtr, i, (2 * rngUniform() - 1) * w);
  const conc = par(K.P_CONC_START_UG_PER_UL);
  catheterReset(par(K.P_CATHETER_DEAD_UL), par(K.P_CATHETER_START_CONC_UG_PER_UL));
  const start = par(K.P_RESERVOIR_START_UL);
  fillReservoir(0, start, start, conc, par(K.P_WITHDRAWAL_RISK_START) != 0);
  eriAtStart(0);
}

// ---- readers for the driver ----
/** Next time (h) the delivery may change (engine.ts nextChangeSec); Infinity when nothing is pending. */
export function pumpNextChangeHours(pulseMinHours: f64, pulseMinUl: f64, leadHours: f64): f64 {
  return (
    nextChangeSec(pulseMinHours * SEC_PER_HOUR, pulseMinUl * 1000, leadHours * SEC_PER_HOUR) / SEC_PER_HOUR
  );
}
export function pumpTimeHours(): f64 {
  return PumpState.t / SEC_PER_HOUR;
}
/** The basal program's rate now, µL/h, capped at the pump's maximum (boluses not included). */
export function pumpBasalUlPerHour(): f64 {
  return Math.min(basalAt(PumpState.t), PumpState.rmax) / 24000;
}
export function pumpLogPtr(): usize {
  return PumpState.logPtr;
}
export function pumpLogCount(): i32 {
  return PumpState.logCount;
}
export function pumpLogDropped(): i32 {
  return PumpState.logDropped;
}
export function pumpStrokesPtr(): usize {
  return PumpState.strokePtr;
}
export function pumpStrokeCount(): i32 {
  return PumpState.strokeCount;
}
export function pumpStrokesDropped(): f64 {
  return PumpState.strokeDropped;
}
/** Next refill due (h), −1 if none under the current program. */
export function pumpNextRefillHours(): f64 {
  return PumpState.nextRefill >= 0 ? PumpState.nextRefill / SEC_PER_HOUR : -1;
}
/** ERI time (h), −1 if not reached yet. */
export function pumpEriHours(): f64 {
  return PumpState.eriAt >= 0 ? PumpState.eriAt / SEC_PER_HOUR : -1;
}
/** End of service (h), −1 if ERI not reached yet. */
export function pumpEndOfServiceHours(): f64 {
  return PumpState.eosAt >= 0 ? PumpState.eosAt / SEC_PER_HOUR : -1;
}
export function pumpProgrammedCumUl(): f64 {
  return programmedCumUl();
}
export function pumpProgrammedStrokes(): f64 {
  return PumpState.progStrokes;
}
export function pumpMissedStrokes(): f64 {
  return PumpState.missedStrokes;
}
export function pumpDeliveredStrokes(): f64 {
  return PumpState.progStrokes - PumpState.missedStrokes;
}
export function pumpAccumulatorP(): f64 {
  return PumpState.acc;
}
export function pumpBatteryUsed(): f64 {
  return PumpState.used;
}
/** Gas-pump flow factor Q/Q_nom at (tempC, ambKpa) under the current parameters (for tests and the UI). */
export function pumpGasFlowFactor(tempC: f64, ambKpa: f64): f64 {
  return gasFlowFactor(tempC, ambKpa);
}
/**
 * The CSF concentration at the catheter tip (µg/µL), set by the coupling (src/engine/coupling.ts) before each pump
 * step while the pump draws back: the drug that backflow takes from the CSF into the catheter (backflow.ts).
 */
export function pumpSetCsfTipConc(concUgPerUl: f64): void {
  PumpState.csfTipConc = isFinite(concUgPerUl) && concUgPerUl > 0 ? concUgPerUl : 0;
}
/** 1 while a gas pump's flow runs backwards (ambient + CSF above its drive), else 0. */
export function pumpDrawingBack(): i32 {
  const on =
    PumpState.kind == K.KIND_CONSTANT_RATE &&
    PumpState.gasFactor < 0 &&
    !PumpState.occluded &&
    !PumpState.explanted;
  return on ? 1 : 0;
}
/** Drug inside the catheter now, µg (mass-balance checks). */
export function pumpCatheterMassUg(): f64 {
  return catheterMassUg();
}
/** Drug in the reservoir now, µg (mass-balance checks). */
export function pumpReservoirMassUg(): f64 {
  return reservoirActual() * PumpState.resConc;
}
