/**
 * Engine state (one pump per wasm instance). Static fields compile to wasm globals, so every module of the
 * engine shares them without allocation. Buffers are raw heap blocks allocated once in pumpBegin, never during
 * pumpAdvance, so JS views over memory stay valid while a run is in progress.
 *
 * Exact stroke arithmetic (accumulator.ts): volumes in whole nanolitres, rates in whole nL/day, time in whole
 * seconds; the programmed amount is counted in P-units of nL·s/day, one stroke = strokeNl · 86400 P-units. All
 * these integers stay below 2^53, so f64 holds them exactly and the TypeScript reference reproduces them bit for bit.
 */
export class PumpState {
  // time and configuration
  static t: f64 = 0; // s
  static kind: i32 = 0;
  static strokeUl: f64 = 1;
  static strokeNl: f64 = 1000;
  static strokeP: f64 = 86400000; // P-units per stroke
  static rmax: f64 = 0; // nL/day
  static hasBattery: bool = false;

  // basal program
  static mode: i32 = 0; // MODE_STOPPED, MODE_CONTINUOUS or MODE_FLEX (params.ts)
  static basalRate: f64 = 0; // nL/day (continuous)
  static flexFirst: i32 = 0;
  static flexCount: i32 = 0;
  static periodSec: f64 = 86400;
  /** Basal rate (nL/day) just before the program changes made at second `programSetAt` (a bridge bolus uses it). */
  static basalBeforeSet: f64 = 0;
  static programSetAt: f64 = -1;

  // clinician bolus (replaces basal while active)
  static cbActive: bool = false;
  static cbKind: i32 = 0;
  static cbThen: i32 = 0; // AFTER_BOLUS_*
  static cbRate: f64 = 0; // nL/day
  static cbRemP: f64 = 0; // P-units still to program

  // patient bolus (added to basal)
  static pbActive: bool = false;
  static pbRate: f64 = 0;
  static pbRemP: f64 = 0;
  static pbLast: f64 = -1; // start of the last accepted bolus, s
  static pbHistCount: i32 = 0;

  // rates of the current segment
  static base: f64 = 0;
  static cbShare: f64 = 0;
  static pbShare: f64 = 0;

  // accumulator
  static acc: f64 = 0; // P-units programmed but not yet a whole stroke, 0 ≤ acc < strokeP
  static progStrokes: f64 = 0;
  static missedStrokes: f64 = 0;
  static deliveredPrevUl: f64 = 0; // left the reservoir during earlier fills
  static progPrevUl: f64 = 0; // programmed by earlier pumps (before the last replacement), µL
  static progStrokesAtSwap: f64 = 0; // progStrokes when the current pump started
  static progGasUl: f64 = 0; // programmed volume of continuous-flow pumps

  // reservoir since the last fill
  static fillUl: f64 = 0; // actual volume put in
  static fillEstUl: f64 = 0; // what the pump was told
  static strokeActualUl: f64 = 1; // stroke volume × accuracy factor
  static delivSinceFill: f64 = 0;
  static motorSinceFill: f64 = 0;
  static extraOutUl: f64 = 0; // left the reservoir outside strokes (MRI dump, valve, gas flow)
  static kLow: f64 = 0; // motor strokes after which the estimate is at or below the low alarm
  static kEmpty: f64 = 0;
  static lowDone: bool = false;
  static emptyDone: bool = false;
  static dry: bool = false;
  static resConc: f64 = 0;
  static resLossPerSec: f64 = 0; // first-order loss of the drug in the reservoir (degradation, adsorption)
  static withdrawal: bool = false;
  static fillCount: i32 = 0;
  static gasEstUl: f64 = 0;

  // faults and states
  static stalled: bool = false;
  static occluded: bool = false;
  static leak: f64 = 0;
  static leakSite: i32 = 0; // LEAK_*
  static occFrac: f64 = 0; // partial occlusion (kink): fraction of the strokes or flow blocked, 0 when none or complete
  static occAcc: f64 = 0; // fractional strokes carried between segments under a partial occlusion
  // drug leaving the tip lost to tissue (granuloma, tip outside the intrathecal space): a ramp from `from` at tipLossT0
  // to `to` over tipLossRampSec; tipLoss is the value of the current segment (at its midpoint)
  static tipLoss: f64 = 0;
  static tipLossFrom: f64 = 0;
  static tipLossTo: f64 = 0;
  static tipLossT0: f64 = 0;
  static tipLossRampSec: f64 = 0;
  // an injection into the catheter access port, running: µL still to go, µL/s, µg/µL
  static portRemUl: f64 = 0;
  static portRateUlPerSec: f64 = 0;
  static portConc: f64 = 0;
  // tissue depot (tissue.ts)
  static tisUg: f64 = 0;
  static tisUl: f64 = 0;
  static tisPendUg: f64 = 0;
  static tisPendUl: f64 = 0;
  static mriUntil: f64 = -1; // s; motor blocked until then
  static favShut: bool = false;
  static mriHeld: bool = false; // waiting for an interrogation after MRI (alarm was sounding)
  static mriScanEnd: f64 = 0;
  static mriCheckAt: f64 = -1; // s; end of the last scan, when the log asks for an interrogation (-1: none pending)
  static mriCheckMode: i32 = 0;

  // pump replacement: explanted = no pump between explant and the new pump starting
  static explanted: bool = false;
  static devPtr: usize = 0; // replacement parameter sets, P_COUNT f64 each
  static devCap: i32 = 0;

  // battery
  static used: f64 = 0;
  static eriAt: f64 = -1; // s
  static eosAt: f64 = -1; // s
  static eos: bool = false;

  // environment (gas pump)
  static tempC: f64 = 37;
  static ambKpa: f64 = 101.325;
  static gasFactor: f64 = 1;
  static gasBlocked: bool = false;
  // backflow (backflow.ts): running, what it has drawn back so far, and the CSF concentration at the tip (µg/µL)
  static backflow: bool = false;
  static backUl: f64 = 0;
  static backUg: f64 = 0;
  static csfTipConc: f64 = 0;

  // refill calendar
  static nextRefill: f64 = -1; // s
  static overdueLogged: bool = false;

  // per-interval sums
  static iTipVol: f64 = 0;
  static iTipMass: f64 = 0;
  static iSystemic: f64 = 0; // absorbed into the blood
  static iTissue: f64 = 0; // deposited in tissue
  static iPumped: f64 = 0;
  static iStrokes: f64 = 0;
  static tipConc: f64 = 0;

  // buffers (raw heap, f64 records)
  static evPtr: usize = 0;
  static evCap: i32 = 0;
  static evCount: i32 = 0;
  static evNext: i32 = 0;
  static flexPtr: usize = 0;
  static flexCap: i32 = 0;
  static flexN: i32 = 0;
  static logPtr: usize = 0;
  static logCap: i32 = 0;
  static logCount: i32 = 0;
  static logDropped: i32 = 0;
  static strokePtr: usize = 0;
  static strokeCap: i32 = 0;
  static strokeCount: i32 = 0;
  static strokeDropped: f64 = 0;
  static pbHistPtr: usize = 0;
  static errPtr: usize = 0; // per-fill accuracy errors, drawn at start
  static errCap: i32 = 0;
}

export const EV_STRIDE: i32 = 6; // type, tSec, a, b, c, d
export const PB_HIST_CAP: i32 = 64;
export const SEC_PER_HOUR: f64 = 3600;
export const SEC_PER_DAY: f64 = 86400;

export { f64At, setF64At } from '../memory';

/** Hours → whole seconds (event times and durations are quantised to 1 s). */
export function toSec(hours: f64): f64 {
  return Math.round(hours * SEC_PER_HOUR);
}

/** µL/h → whole nL/day. */
export function toNlPerDay(ulPerHour: f64): f64 {
  return Math.round(ulPerHour * 24000);
}
