/**
 * One patient's column: the Strang-split step R(dt/2) T(dt) R(dt/2), plasma and effect sites, and the output
 * loop over pump records. Step sizes: dtMax in steady stretches; after a change of input (start, stop, bolus,
 * lumbar puncture) the step restarts at dtFine and doubles up to dtMax (resolves the transient, keeps the count low).
 */
import {
  N,
  conc,
  concNew,
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
let lastRate: f64 = -1;
let lastQ: f64 = -1;
let lastSys: f64 = -1;
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
  lastRate = -1;
  lastQ = -1;
  lastSys = -1;
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
}

export function startLumbarBolus(doseUg: f64, volumeUl: f64, atCm: f64, durationHours: f64): void {
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
 * Advances `hours` with constant input rates, adapting the step as described above. Any change of input starts
 * with two backward-Euler half steps (Rannacher start-up): Crank–Nicolson alone does not damp the stiff near-tip and
 * cranial-junction modes that a change of source excites (amplification → −1), backward Euler does.
 */
export function advanceSpan(hours: f64, massRate: f64, q: f64, sysRate: f64): void {
  const changed = restart || massRate != lastRate || q != lastQ || sysRate != lastSys || lpRemaining > 0;
  restart = false;
  lastSys = sysRate;
  const jump =
    Math.abs(massRate - lastRate) > 0.2 * Math.max(lastRate, 1e-300) ||
    Math.abs(q - lastQ) > 0.2 * Math.max(lastQ, 1e-300);
  if (lastRate < 0 || jump) dtCur = dtFine;
  lastRate = massRate;
  lastQ = q;
  let remaining = hours;
  let smooth = changed && par(O.CSF_P_THETA) < 1.0;
  while (remaining > 1e-12 * hours) {
    let dt = dtCur < remaining ? dtCur : remaining;
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
    dtCur = dtCur * 2.0 < dtMax ? dtCur * 2.0 : dtMax;
  }
}

function safe(v: f64): f64 {
  return v >= 0 && v < 1e300 ? v : 0; // rejects NaN, negatives and infinities
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
  const m = offMass >= 0 ? safe(load<f64>(rec + ((<usize>offMass) << 3))) : 0.0;
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
    const m = offMass >= 0 ? safe(load<f64>(rec + ((<usize>offMass) << 3))) : 0.0;
    const v = offVolume >= 0 ? safe(load<f64>(rec + ((<usize>offVolume) << 3))) : 0.0;
    const s = offSystemic >= 0 ? safe(load<f64>(rec + ((<usize>offSystemic) << 3))) : 0.0;
    advanceSpan(h, m / h, v / h, s / h);
    writeRecord(outPtr + ((<usize>j * <usize>outStride) << 3));
  }
}

export { setF64At, tissueConc };
