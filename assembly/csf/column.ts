/**
 * One patient's column: the Strang-split step R(dt/2) T(dt) R(dt/2), plasma and effect sites, and the output
 * loop over pump records. Step sizes: dtMax (default 0.5 h) in steady stretches, each span cut into equal steps;
 * after a change of input of more than 20 % (start, stop, bolus, lumbar puncture) the step restarts at dtFine and
 * grows by STEP_GROWTH up to dtMax (resolves the transient, keeps the count low). Issue 19 measured it: the 90-day
 * default scenario went from 18,724 steps (dtMax 0.125 h, start-up at every hourly stroke-ripple change) to 4,331.
 */
import {
  N,
  conc,
  concNew,
  concOld,
  vol,
  tissueConc,
  nLevels,
  levelX,
  f64At,
  setF64At,
  par,
  cellOf,
  concAt,
} from './grid';
import { factor, transportSolve } from './transport';
import {
  react,
  plasmaStep,
  plasmaConc,
  spinalMass,
  tissueMass,
  plasmaUg,
  eliminatedUg,
  clearedFromCsfUg,
  stationaryOutflow,
} from './compartments';
import {
  pdStep,
  targetConc,
  severity,
  sedation,
  respiratoryDepression,
  systemicEffect,
  withdrawal,
  spinalEffect,
  ceSpinal,
  ceCranial,
  cePlasma,
  adaptOnlyStep,
} from './pd';
import * as O from './params';
import { tolSupra, dependence } from './adapt';

export let tHours: f64 = 0;
export let deliveredUg: f64 = 0;
export let systemicInputUg: f64 = 0;
export let tipCell: i32 = 0;
export let dtMax: f64 = 0.25;
export let dtFine: f64 = 0.02;
let dtCur: f64 = 0.02;
// Growth of the step after a change of input (mirrored in src/model/scenario/run-cost.ts). 2 let a 1 mL, 1-minute
// bolus's transient reach 1.1 % error at 9 min (baclofen-bolus-screening vs the fine-step reference); 1.5 keeps
// every preset within 0.6 % for a few % more steps (test/assembly/csf-presets-accuracy.test.ts).
const STEP_GROWTH: f64 = 1.5;
// Relative change of input above which a span at dtMax starts with the backward-Euler start-up (advanceSpan). The
// 18 % rate drop of gas-pump-fever-flight needs it (1.6 % error without), the 12.5 % stroke ripple must not have
// it. (The batch of the trials, batch.ts, steps a fixed size and still starts up at every change.)
export const SMOOTH_ABOVE: f64 = 0.15;
let lastRate: f64 = NaN; // NaN: no input yet (a tip rate is negative while a gas pump draws back)
let lastQ: f64 = -1;
let lastSys: f64 = -1;
// Stationary state (a steady state under constant input, e.g. years of one daily rate between refills): once a
// whole span with the same input as the one before changed no state by more than STATIONARY_PER_HOUR (relative, per
// hour), the following spans with that input skip the stepping. What arrives then leaves (tip and systemic input →
// blood → eliminated), so the bookkeeping stays exact. The state left frozen is off by at most that rate times the
// slowest time constant of the column, tissue and effect sites (at most about two days): ~5e-6 relative. The
// adaptation states (days to weeks) are not frozen: skipSpan steps them alone.
const STATIONARY_PER_HOUR: f64 = 1e-7;
let skipStationary = true;
let stationary = false;
let snapPlasma: f64 = 0;
let snapTissue: f64 = 0;
let snapCeSpinal: f64 = 0;
let snapCeCranial: f64 = 0;
let snapCePlasma: f64 = 0;
// The transport operator changed (a posture switch): the next span restarts at dtFine with the smoothing start.
let restart = false;
export let stepCount: i32 = 0;
export let fallbackCount: i32 = 0;
// Lumbar-puncture (direct) bolus in progress.
let lpCell: i32 = -1;
let lpMassRate: f64 = 0;
let lpVolRate: f64 = 0;
let lpRemaining: f64 = 0;

export function resetColumn(): void {
  tHours = 0;
  deliveredUg = 0;
  systemicInputUg = 0;
  stepCount = 0;
  fallbackCount = 0;
  dtCur = dtFine;
  lastRate = NaN;
  lastQ = -1;
  lastSys = -1;
  stationary = false;
  lpCell = -1;
  lpRemaining = 0;
  restart = false;
  tipCell = cellOf(par(O.CSF_P_TIP_CM));
}

export function setStepping(max: f64, fine: f64): void {
  dtMax = max > 0 ? max : 0.25;
  // Strang splitting with CN shifts the steady first-order loss to tanh(k dt/2)/(dt/2): keep k·dt ≤ 0.3 (< 1 %).
  let kFast = par(O.CSF_P_CSF_LOSS_PER_HOUR) + par(O.CSF_P_CRANIAL_BULK_PER_HOUR);
  if (par(O.CSF_P_TISSUE_ON) > 0.5)
    kFast += par(O.CSF_P_TISSUE_EXCHANGE_PER_HOUR) + par(O.CSF_P_TISSUE_TO_PLASMA_PER_HOUR);
  if (kFast > 0 && dtMax > 0.3 / kFast) dtMax = 0.3 / kFast;
  dtFine = fine > 0 && fine <= dtMax ? fine : dtMax;
  dtCur = dtFine;
}

/** A change of the transport operator mid-run (posture switch): treated like a change of input. */
export function operatorChanged(): void {
  restart = true;
  dtCur = dtFine;
}

export function setTip(cm: f64): void {
  tipCell = cellOf(cm);
  stationary = false;
}

/** Switches the stationary skip (on by default); off for the test that measures what it changes. */
export function setStationarySkip(on: bool): void {
  skipStationary = on;
  stationary = false;
}

function snapshot(): void {
  memory.copy(concOld, conc, (<usize>(N + 1)) << 3);
  snapPlasma = plasmaUg;
  snapTissue = tissueMass();
  snapCeSpinal = ceSpinal;
  snapCeCranial = ceCranial;
  snapCePlasma = cePlasma;
}

function still(now: f64, before: f64, tol: f64): bool {
  return Math.abs(now - before) <= tol * Math.abs(now);
}

/** True when no state moved by more than STATIONARY_PER_HOUR × hours (relative) since snapshot(). */
function unchangedSince(hours: f64): bool {
  const tol = STATIONARY_PER_HOUR * hours;
  let top: f64 = 0;
  let moved: f64 = 0;
  for (let i = 0; i <= N; i++) {
    const c = f64At(conc, i);
    if (c > top) top = c;
    const d = Math.abs(c - f64At(concOld, i));
    if (d > moved) moved = d;
  }
  return (
    top > 0 &&
    moved <= tol * top &&
    still(plasmaUg, snapPlasma, tol) &&
    still(tissueMass(), snapTissue, tol) &&
    still(ceSpinal, snapCeSpinal, tol) &&
    still(ceCranial, snapCeCranial, tol) &&
    still(cePlasma, snapCePlasma, tol)
  );
}

/**
 * `hours` of a stationary state: time and the through-flow of mass (exact bookkeeping), and the slow adaptation
 * states (tolerance, dependence, withdrawal: days to weeks), stepped alone at the step the full path would take.
 */
function skipSpan(hours: f64, massRate: f64, sysRate: f64): void {
  const n = Math.ceil(hours / dtMax - 1e-9);
  const dt = hours / n;
  for (let i = 0; i < <i32>n; i++) adaptOnlyStep(dt);
  const tipUg = massRate * hours;
  const sysUg = sysRate * hours;
  stationaryOutflow(tipUg, tipUg + sysUg);
  deliveredUg += tipUg + sysUg;
  systemicInputUg += sysUg;
  tHours += hours;
}

export function startLumbarBolus(doseUg: f64, volumeUl: f64, atCm: f64, durationHours: f64): void {
  stationary = false;
  const d = durationHours > 1e-6 ? durationHours : 1e-6;
  lpCell = cellOf(atCm);
  lpMassRate = doseUg > 0 ? doseUg / d : 0;
  lpVolRate = volumeUl > 0 ? volumeUl / d : 0;
  lpRemaining = d;
  dtCur = dtFine;
}

/** One step of dt: tip mass and inflow q (µL/h), systemic mass (µg) over the step; theta < 0 = configured θ. */
export function step(dt: f64, tipMassUg: f64, q: f64, sysMassUg: f64, thetaIn: f64 = -1): void {
  const theta = thetaIn >= 0 ? thetaIn : par(O.CSF_P_THETA);
  let lpMass: f64 = 0;
  let qCell = tipCell;
  let qq = q;
  if (lpRemaining > 0) {
    lpMass = lpMassRate * dt;
    qCell = lpCell;
    qq = lpVolRate;
    lpRemaining -= dt;
    if (lpRemaining < 1e-12) lpRemaining = 0;
  }
  const half = 0.5 * dt;
  let cleared = react(half);
  factor(dt, theta, qq, qCell);
  let ok = transportSolve(tipCell, tipMassUg, lpCell, lpMass);
  if (!ok && theta < 1.0) {
    factor(dt, 1.0, qq, qCell);
    transportSolve(tipCell, tipMassUg, lpCell, lpMass);
    fallbackCount++;
  }
  memory.copy(conc, concNew, (<usize>(N + 1)) << 3);
  cleared += react(half);
  plasmaStep(dt, cleared + sysMassUg);
  deliveredUg += tipMassUg + lpMass + sysMassUg;
  systemicInputUg += sysMassUg;
  pdStep(dt);
  tHours += dt;
  stepCount++;
}

/**
 * Advances `hours` with constant input rates, adapting the step as described above. A change of input of more than
 * SMOOTH_ABOVE (relative, in tip rate or inflow), a puncture or a change of operator starts with two backward-Euler
 * half steps (Rannacher start-up): Crank–Nicolson alone does not damp the stiff near-tip and cranial-junction modes
 * that a change of source excites (amplification → −1), backward Euler does. A smaller change (the stroke ripple of
 * a programmable pump: 8 or 9 strokes in an hour) excites them in proportion to its size and goes on with
 * Crank–Nicolson: start-up steps every hour would add a first-order error that builds up (1.65 % at C1 over 90 days
 * at dtMax = 0.5 h). Above 20 % the step also restarts at dtFine. While the step is still growing after a change,
 * any change starts up again. A change of the systemic rate alone does not touch the column (plasma is exact).
 */
export function advanceSpan(hours: f64, massRate: f64, q: f64, sysRate: f64): void {
  const first = isNaN(lastRate);
  const relChange = first
    ? Infinity
    : Math.max(
        Math.abs(massRate - lastRate) / Math.max(Math.abs(lastRate), 1e-300),
        Math.abs(q - lastQ) / Math.max(lastQ, 1e-300),
      );
  const smoothStart =
    restart || lpRemaining > 0 || relChange > SMOOTH_ABOVE || (relChange > 0 && dtCur < dtMax);
  const same = relChange == 0 && sysRate == lastSys && !restart && lpRemaining <= 0;
  lastSys = sysRate;
  if (!same || massRate < 0) stationary = false;
  if (stationary) {
    skipSpan(hours, massRate, sysRate);
    return;
  }
  const watch = same && skipStationary && dtCur >= dtMax;
  if (watch) snapshot();
  restart = false;
  if (relChange > 0.2) dtCur = dtFine;
  lastRate = massRate;
  lastQ = q;
  let remaining = hours;
  let smooth = smoothStart && par(O.CSF_P_THETA) < 1.0;
  while (remaining > 1e-12 * hours) {
    let dt = dtCur < remaining ? dtCur : remaining;
    // At dtMax the span is cut into equal steps, so spans of one length reuse one factorisation (transport.ts).
    if (dtCur >= dtMax) dt = remaining / Math.ceil(remaining / dtMax - 1e-9);
    if (lpRemaining > 0 && lpRemaining < dt) dt = lpRemaining;
    const lpActive = lpRemaining > 0;
    if (smooth || lpActive) {
      const h = 0.5 * dt;
      step(h, massRate * h, q, sysRate * h, 1.0);
      step(h, massRate * h, q, sysRate * h, 1.0);
      smooth = false;
    } else step(dt, massRate * dt, q, sysRate * dt);
    if (lpActive && lpRemaining <= 0) {
      // The lumbar-puncture source just ended: a change of operator, so restart small and smooth again.
      smooth = par(O.CSF_P_THETA) < 1.0;
      dtCur = dtFine;
      remaining -= dt;
      continue;
    }
    remaining -= dt;
    dtCur = dtCur * STEP_GROWTH < dtMax ? dtCur * STEP_GROWTH : dtMax;
  }
  if (watch) stationary = unchangedSince(hours);
}

function safe(v: f64): f64 {
  return v >= 0 && v < 1e300 ? v : 0; // rejects NaN, negatives and infinities
}

/**
 * The tip mass: signed, since a gas pump's backflow draws drug from the tip cell (assembly/pump/backflow.ts; the
 * record's tip volume is then negative too, read as no inflow: the column's volume is not reduced, an estimate —
 * tens of µL/h against CSF turnover of ~ 20 mL/h). Rejects NaN and infinities.
 */
function signedMass(v: f64): f64 {
  return v > -1e300 && v < 1e300 ? v : 0;
}

/** Output record at the current time. */
export function writeRecord(rec: usize): void {
  const spinal = spinalMass();
  const cranial = f64At(vol, N) * f64At(conc, N);
  const tissue = tissueMass();
  const total = spinal + cranial + tissue + plasmaUg + eliminatedUg;
  const denom = deliveredUg > 1e-300 ? deliveredUg : 1.0;
  store<f64>(rec + ((<usize>O.CSF_OUT_T_HOURS) << 3), tHours);
  store<f64>(rec + ((<usize>O.CSF_OUT_CRANIAL) << 3), f64At(conc, N));
  store<f64>(rec + ((<usize>O.CSF_OUT_PLASMA) << 3), plasmaConc());
  const pain = par(O.CSF_P_INDICATION_PAIN) > 0.5;
  const sev = severity();
  store<f64>(rec + ((<usize>O.CSF_OUT_PAIN_NRS) << 3), pain ? sev : 0.0);
  store<f64>(rec + ((<usize>O.CSF_OUT_SPASTICITY_MAS) << 3), pain ? 0.0 : sev);
  store<f64>(rec + ((<usize>O.CSF_OUT_SEDATION) << 3), sedation());
  store<f64>(rec + ((<usize>O.CSF_OUT_RESPIRATORY_DEPRESSION) << 3), respiratoryDepression());
  store<f64>(rec + ((<usize>O.CSF_OUT_SYSTEMIC) << 3), systemicEffect());
  store<f64>(rec + ((<usize>O.CSF_OUT_WITHDRAWAL) << 3), withdrawal());
  store<f64>(rec + ((<usize>O.CSF_OUT_SPINAL_EFFECT) << 3), spinalEffect());
  store<f64>(rec + ((<usize>O.CSF_OUT_TARGET) << 3), targetConc());
  store<f64>(rec + ((<usize>O.CSF_OUT_DELIVERED_UG) << 3), deliveredUg);
  store<f64>(rec + ((<usize>O.CSF_OUT_SPINAL_UG) << 3), spinal);
  store<f64>(rec + ((<usize>O.CSF_OUT_CRANIAL_UG) << 3), cranial);
  store<f64>(rec + ((<usize>O.CSF_OUT_TISSUE_UG) << 3), tissue);
  store<f64>(rec + ((<usize>O.CSF_OUT_PLASMA_UG) << 3), plasmaUg);
  store<f64>(rec + ((<usize>O.CSF_OUT_ELIMINATED_UG) << 3), eliminatedUg);
  store<f64>(rec + ((<usize>O.CSF_OUT_MASS_REL_ERROR) << 3), Math.abs(deliveredUg - total) / denom);
  store<f64>(rec + ((<usize>O.CSF_OUT_CLEARED_FROM_CSF_UG) << 3), clearedFromCsfUg);
  store<f64>(rec + ((<usize>O.CSF_OUT_TIP) << 3), f64At(conc, tipCell));
  store<f64>(rec + ((<usize>O.CSF_OUT_SYSTEMIC_INPUT_UG) << 3), systemicInputUg);
  store<f64>(rec + ((<usize>O.CSF_OUT_TOLERANCE) << 3), tolSupra);
  store<f64>(rec + ((<usize>O.CSF_OUT_DEPENDENCE) << 3), dependence);
  for (let j = 0; j < nLevels; j++) {
    store<f64>(rec + ((<usize>(O.CSF_OUT_FIXED + j)) << 3), concAt(f64At(levelX, j)));
  }
}

/**
 * Consumes ONE pump record covering `hours` (a coupling sub-step inside an output interval) without writing an
 * output record: the caller writes one with writeRecord at the interval's end. Same field conventions as below.
 */
export function advanceRecordSpan(
  hours: f64,
  rec: usize,
  offMass: i32,
  offVolume: i32,
  offSystemic: i32,
): void {
  if (!(hours > 0 && hours < 1e6)) return;
  const m = offMass >= 0 ? signedMass(load<f64>(rec + ((<usize>offMass) << 3))) : 0.0;
  const v = offVolume >= 0 ? safe(load<f64>(rec + ((<usize>offVolume) << 3))) : 0.0;
  const s = offSystemic >= 0 ? safe(load<f64>(rec + ((<usize>offSystemic) << 3))) : 0.0;
  advanceSpan(hours, m / hours, v / hours, s / hours);
}

/**
 * Consumes nOut pump records (stride inStride f64; field offsets for tip mass µg, tip volume µL and systemic
 * mass µg, −1 = absent), each covering dtOut hours, and writes one output record per interval at outPtr.
 */
export function advanceRecords(
  nOut: i32,
  dtOut: f64,
  inPtr: usize,
  inStride: i32,
  offMass: i32,
  offVolume: i32,
  offSystemic: i32,
  outPtr: usize,
): void {
  const outStride = O.CSF_OUT_FIXED + nLevels;
  const h = dtOut > 0 && dtOut < 1e6 ? dtOut : 1.0;
  for (let j = 0; j < nOut; j++) {
    const rec = inPtr + ((<usize>j * <usize>inStride) << 3);
    const m = offMass >= 0 ? signedMass(load<f64>(rec + ((<usize>offMass) << 3))) : 0.0;
    const v = offVolume >= 0 ? safe(load<f64>(rec + ((<usize>offVolume) << 3))) : 0.0;
    const s = offSystemic >= 0 ? safe(load<f64>(rec + ((<usize>offSystemic) << 3))) : 0.0;
    advanceSpan(h, m / h, v / h, s / h);
    writeRecord(outPtr + ((<usize>j * <usize>outStride) << 3));
  }
}

export { setF64At, tissueConc };
