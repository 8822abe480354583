/**
 * Batched distribution kernel: many independent patients (lanes) advanced together with wasm SIMD, for cohorts
 * (trials) and side-by-side views. Model per lane = the single column (column.ts, transport.ts, compartments.ts,
 * pd.ts): D_eff(x), drift, buoyancy along the posture's slope, the near-tip volume-source jet and displaced-CSF
 * flow above the source, CSF loss,
 * cranial node and absorption, cord tissue (2×2 exact exchange), plasma, effect sites, Hill outcomes, withdrawal,
 * and lumbar-puncture boluses. Layout and loops: batch-state.ts, batch-kernel.ts; set-up: batch-factor.ts.
 *
 * API (all pointers are f64 buffers from allocF64; internal units h, µL, µg, µg/µL, cm):
 *   csfBatchConfigure(lanes, paramsPtr, areasPtr, slopesPtr, dtHours)
 *       lanes: a multiple of 8 (pad with copies of the last patient); paramsPtr: lanes × CSF_PARAM_COUNT blocks
 *       (csfConfigure's layout, one per lane; `cells` and `lengthCm` from lane 0 must agree); areasPtr: lanes ×
 *       cells cell areas cm², lane-major; slopesPtr: lanes × (cells + 1) axial slopes dh/dx at the faces
 *       (posture, as csfSetAxialSlope; 0 = no buffer, horizontal); dtHours: the first step of the batch.
 *   csfBatchSetDt(dtHours)
 *       the step from now on (between advance calls); the factorisations of the last 2 step sizes are cached.
 *   csfBatchLumbarBolus(lane, doseUg, volumeUl, atCm, durationHours)
 *       a direct bolus starting now (as csfLumbarBolus); its duration is rounded up to whole steps of the step
 *       (rates = dose / rounded duration, so the whole dose is given). While it runs its inflow replaces the
 *       pump's at the puncture cell (jet and displacement, as column.ts).
 *   csfBatchAdvance(nOut, stepsPerOut, tipRatesPtr, tipInflowPtr, systemicRatesPtr, outPtr)
 *       tipRatesPtr: lanes × nOut intrathecal dose rates µg/h (lane-major: [lane * nOut + k]), constant over
 *       output interval k; tipInflowPtr: same shape, volume rates µL/h at the tip (jet; 0 = no buffer);
 *       systemicRatesPtr: same shape, systemic doses µg/h (0 = no buffer);
 *       writes nOut × lanes records of CSF_BATCH_OUT_STRIDE f64 at outPtr ([(k * lanes + lane) * stride]).
 *   csfBatchRecordOnly(maskPtr)
 *       the next advance writes only the records of the intervals flagged ≠ 0 in maskPtr (nOut f64; 0 = all).
 *   csfBatchConcPtr() / csfBatchTissuePtr(): state, index ((lane >> 3) · (cells + 1) + node) · 8 + (lane & 7),
 *       node = cells is the cranial node.
 *   csfBatchFallbacks(lane): Crank–Nicolson steps redone with backward Euler in that lane.
 *   csfBatchSteps(): kernel steps (every lane at once; a start-up half step counts as one) since csfBatchConfigure —
 *       the work of a cohort, independent of the machine's load.
 * Time stepping: dt fixed within an advance call, changeable between calls (csfBatchSetDt). With any θ < 1 lane,
 * an interval whose input differs from the previous one, and every step while a lumbar puncture runs in any lane,
 * is taken as two backward-Euler half steps (Rannacher, as column.ts advanceSpan); a Crank–Nicolson solve that
 * leaves a negative value in a lane is redone for that lane with backward Euler (column.ts step()), so results are
 * non-negative. Each lane equals the single column's fixed steps (csfStepFixed, also across a change of dt) to
 * round-off with θ = 1, and its adaptive advance with fixed dt (start-up half steps and fallbacks) with θ = 1/2
 * (test/assembly/csf-batch.test.ts, per feature; mass balance to 1e-9).
 */
import * as O from './params';
import * as B from './batch-state';
import {
  L,
  M,
  NC,
  NG,
  G,
  C,
  CT,
  V,
  VT,
  INV,
  WK,
  clr,
  lanePar,
  lcSet,
  ls,
  lset,
  lc,
  ldn,
  ldp,
  stp,
} from './batch-state';
import { buildGeometry, buildFactors, buildReaction, laneCell } from './batch-factor';
import {
  forwardGroup,
  backGroup,
  backGroupChecked,
  reactLight,
  reactTissue,
  windowMass,
  laneMasses,
} from './batch-kernel';
import { fallbackGroup, NEG_MASK } from './batch-fallback';
import {
  adaptSet,
  adaptStep,
  cranialExposureEc50,
  hasTolerance,
  occupancy,
  tolSupra,
  tolSpinal,
  dependence,
  withdrawalSigns,
} from './adapt';

export function csfBatchConfigure(
  lanes: i32,
  paramsPtr: usize,
  areasPtr: usize,
  slopesPtr: usize,
  dtHours: f64,
): void {
  const n = lanes < G ? G : ((lanes + G - 1) / G) * G;
  B.allocBatch(n, paramsPtr, areasPtr, slopesPtr);
  let cn = false;
  let tissue = false;
  for (let p = 0; p < L; p++) {
    if (lanePar(p, O.CSF_P_THETA) < 1.0) cn = true;
    if (lanePar(p, O.CSF_P_TISSUE_ON) > 0.5) tissue = true;
    buildGeometry(p, B.AR);
  }
  B.setFlags(cn, tissue);
  steps = 0;
  setStep(dtHours > 0 && dtHours < 1e3 ? dtHours : 0.1);
}

let steps: f64 = 0;

/**
 * Makes dtHours the kernel step from the next step on (0 < dt < 1000 h; anything else is ignored). The
 * factorisations of the last two step sizes are kept, so switching back and forth between a fine and a coarse
 * step costs no set-up. Lumbar punctures started later are rounded up to whole steps of the new dt; one that is
 * running keeps its rate and gives at most its remaining dose in a step (the whole dose, no more).
 */
export function csfBatchSetDt(dtHours: f64): void {
  if (B.par == 0 || !(dtHours > 0 && dtHours < 1e3)) return;
  setStep(dtHours);
}

/**
 * Selects dt's slot; a new slot gets the reaction coefficients and the no-inflow factors of set 0. Set 1 (the
 * start-up half steps) is built on its first use (useStartSet): a lumbar-puncture trial's coarse steps never
 * start up, and its reaction coefficients (two exponentials per cell with cord tissue) cost about as much as
 * 15 kernel steps per lane.
 */
function setStep(dt: f64): void {
  if (B.selectSlot(dt)) {
    for (let p = 0; p < L; p++) {
      buildReaction(0, p);
      buildFactors(0, p, B.AR, 0, <i32>ls(p, B.S_TIP));
    }
    B.setStartSetBuilt(false);
  }
  B.useSet(0);
}

/**
 * Makes set 1 active, building its reaction coefficients on the slot's first use; its transport factors are left
 * to prepareLanes (an impossible inflow key), which builds them for each lane's inflow and source of the step.
 */
function useStartSet(): void {
  if (!B.startSetBuilt()) {
    for (let p = 0; p < L; p++) {
      buildReaction(1, p);
      lcSet(1, p, B.K_FQ, -1);
    }
    B.setStartSetBuilt(true);
  }
  B.useSet(1);
}

export function csfBatchLumbarBolus(p: i32, doseUg: f64, volumeUl: f64, atCm: f64, durationHours: f64): void {
  if (p < 0 || p >= L) return;
  const d0 = durationHours > 1e-6 && durationHours < 1e6 ? durationHours : 1e-6;
  let k = Math.ceil(d0 / B.bDt - 1e-9);
  if (k < 1) k = 1;
  const d = k * B.bDt;
  lset(p, B.S_LP_CELL, <f64>laneCell(p, atCm >= 0 && atCm < 1e6 ? atCm : 0));
  lset(p, B.S_LP_MASS_RATE, doseUg > 0 && doseUg < 1e300 ? doseUg / d : 0);
  lset(p, B.S_LP_VOL_RATE, volumeUl > 0 && volumeUl < 1e300 ? volumeUl / d : 0);
  lset(p, B.S_LP_REMAINING, d);
}

function anyLumbar(): bool {
  for (let p = 0; p < L; p++) if (ls(p, B.S_LP_REMAINING) > 0) return true;
  return false;
}

/** Sources, lumbar-puncture clock and factor refresh of every lane for a step of dt (column.ts step()). */
function prepareLanes(dt: f64): void {
  const s = B.activeSet;
  for (let p = 0; p < L; p++) {
    const tip = <i32>ls(p, B.S_TIP);
    let q = ls(p, B.S_Q);
    let src = tip;
    let lpMass: f64 = 0;
    let rem = ls(p, B.S_LP_REMAINING);
    if (rem > 0) {
      // A step size changed while the puncture runs: the last step gives only the remaining dose.
      lpMass = ls(p, B.S_LP_MASS_RATE) * (rem < dt * (1.0 - 1e-9) ? rem : dt);
      src = <i32>ls(p, B.S_LP_CELL);
      q = ls(p, B.S_LP_VOL_RATE);
      rem -= dt;
      lset(p, B.S_LP_REMAINING, rem < 1e-12 ? 0 : rem);
    }
    if (lc(p, B.K_FQ) != q || lc(p, B.K_FSRC) != <f64>src) buildFactors(s, p, B.AR, q, src);
    lset(p, B.S_TIP_MASS, ls(p, B.S_RATE) * dt);
    lset(p, B.S_LP_MASS, lpMass);
  }
}

function react(): void {
  if (B.anyTissue) reactTissue();
  else reactLight();
}

/** Hill of lane p at EC50 × fold (the tolerance shift, as pd.ts). */
function hillB(c: f64, p: i32, kEc: i32, fold: f64): f64 {
  const emax = lanePar(p, kEc + 1);
  if (!(c > 0) || emax == 0) return 0;
  const r = Math.pow(c / (lanePar(p, kEc) * fold), lanePar(p, kEc + 2));
  return (emax * r) / (1.0 + r);
}

function spinalFoldB(p: i32): f64 {
  return 1.0 + lanePar(p, O.CSF_P_TOL_SPINAL_FOLD) * ls(p, B.S_TOL_SPINAL);
}

/**
 * One Strang step R(dt/2) T(dt) R(dt/2) of every lane, then plasma and effect sites (column.ts step()). The
 * transport solves from C into CN; with θ < 1 a lane whose solve has a negative value is redone with backward
 * Euler (batch-fallback.ts, column.ts step()); then CN becomes the state.
 */
function stepBatch(): void {
  const dt = B.setDt;
  steps += 1;
  prepareLanes(dt);
  memory.fill(clr, 0, (<usize>(2 * L)) << 3);
  react();
  const check = B.anyCn && B.activeSet == 0;
  for (let g = 0; g < NG; g++) {
    forwardGroup(g);
    if (!check) {
      backGroup(g, B.CN);
      continue;
    }
    backGroupChecked(g, B.CN, NEG_MASK);
    fallbackGroup(g);
  }
  B.swapConc();
  react();
  const tgt = clr + ((<usize>L) << 3);
  for (let g = 0; g < NG; g++) {
    let lo = M;
    let hi = -1;
    for (let l = 0; l < G; l++) {
      const a = <i32>ls(g * G + l, B.S_ROW_LO);
      const b = <i32>ls(g * G + l, B.S_ROW_HI);
      if (a < lo) lo = a;
      if (b > hi) hi = b;
    }
    windowMass(g, lo, hi, tgt);
  }
  for (let p = 0; p < L; p++) {
    const sys = ls(p, B.S_SYS) * dt;
    lset(p, B.S_DELIV, ls(p, B.S_DELIV) + (ls(p, B.S_TIP_MASS) + ls(p, B.S_LP_MASS) + sys));
    const input = ldp(clr, p) + sys;
    const p0 = ls(p, B.S_PLASMA);
    const p1 = p0 * lc(p, B.K_PE) + input * lc(p, B.K_PGAIN);
    lset(p, B.S_ELIM, ls(p, B.S_ELIM) + (p0 + input - p1));
    lset(p, B.S_PLASMA, p1);
    // Effect sites (pd.ts pdStep): drives linear over the step.
    const cs = ldp(tgt, p) / ls(p, B.S_TARGET_VOL);
    const cc = ldn(C, NC, p);
    const cp = p1 / lanePar(p, O.CSF_P_PLASMA_VOLUME_UL);
    const eS = lc(p, B.K_SE);
    const fS = lc(p, B.K_SF);
    const gS = lc(p, B.K_SG);
    const dS = ls(p, B.S_DS);
    const dC = ls(p, B.S_DC);
    const dP = ls(p, B.S_DP);
    lset(p, B.S_CES, eS * ls(p, B.S_CES) + fS * dS + gS * (cs - dS));
    lset(p, B.S_CEC, eS * ls(p, B.S_CEC) + fS * dC + gS * (cc - dC));
    lset(p, B.S_CEP, lc(p, B.K_PPE) * ls(p, B.S_CEP) + lc(p, B.K_PPF) * dP + lc(p, B.K_PPG) * (cp - dP));
    lset(p, B.S_DS, cs);
    lset(p, B.S_DC, cc);
    lset(p, B.S_DP, cp);
    adaptLane(p);
  }
  B.advanceTime(dt);
}

/** Tolerance, dependence and withdrawal signs of lane p (pd.ts pdStep, adapt.ts). */
function adaptLane(p: i32): void {
  adaptSet(ls(p, B.S_TOL_SUPRA), ls(p, B.S_TOL_SPINAL), ls(p, B.S_DEP), ls(p, B.S_WD));
  const ec50C = cranialExposureEc50(
    lanePar(p, O.CSF_P_SEDATION_EMAX),
    lanePar(p, O.CSF_P_SEDATION_EC50_UG_PER_UL),
    lanePar(p, O.CSF_P_RESP_EMAX),
    lanePar(p, O.CSF_P_RESP_EC50_UG_PER_UL),
  );
  const occS =
    lanePar(p, O.CSF_P_SPINAL_EMAX) > 0
      ? occupancy(ls(p, B.S_CES), lanePar(p, O.CSF_P_SPINAL_EC50_UG_PER_UL))
      : 0.0;
  adaptStep(
    occS,
    occupancy(ls(p, B.S_CEC), ec50C),
    hasTolerance(
      lanePar(p, O.CSF_P_TOL_SEDATION_FOLD),
      lanePar(p, O.CSF_P_TOL_RESP_FOLD),
      lanePar(p, O.CSF_P_TOL_SPINAL_FOLD),
    ),
    lanePar(p, O.CSF_P_WITHDRAWAL_ON) > 0.5,
    lanePar(p, O.CSF_P_WITHDRAWAL_THRESHOLD),
    lc(p, B.K_TOL_SUPRA_UP),
    lc(p, B.K_TOL_SPINAL_UP),
    lc(p, B.K_TOL_OFF),
    lc(p, B.K_DEP_UP),
    lc(p, B.K_DEP_DOWN),
    lc(p, B.K_ONSET),
    lc(p, B.K_RESCUE),
  );
  lset(p, B.S_TOL_SUPRA, tolSupra);
  lset(p, B.S_TOL_SPINAL, tolSpinal);
  lset(p, B.S_DEP, dependence);
  lset(p, B.S_WD, withdrawalSigns);
}

function rate(ptr: usize, p: i32, nOut: i32, k: i32): f64 {
  if (ptr == 0) return 0;
  const r = ldp(ptr, p * nOut + k);
  return r > 0 && r < 1e300 ? r : 0.0; // rejects NaN, negatives and infinities
}

/** Loads interval k's rates into the lanes; true when any lane's input differs from the previous interval. */
function loadRates(tipPtr: usize, volPtr: usize, sysPtr: usize, k: i32, nOut: i32): bool {
  let changed = B.bT == 0 && k == 0;
  for (let p = 0; p < L; p++) {
    const r = rate(tipPtr, p, nOut, k);
    const q = rate(volPtr, p, nOut, k);
    const s = rate(sysPtr, p, nOut, k);
    if (r != ls(p, B.S_RATE) || q != ls(p, B.S_Q) || s != ls(p, B.S_SYS)) changed = true;
    lset(p, B.S_RATE, r);
    lset(p, B.S_Q, q);
    lset(p, B.S_SYS, s);
  }
  return changed;
}

function writeLane(p: i32, rec: usize): void {
  const tip = <i32>ls(p, B.S_TIP);
  const e = hillB(ls(p, B.S_CES), p, O.CSF_P_SPINAL_EC50_UG_PER_UL, spinalFoldB(p));
  const w = lanePar(p, O.CSF_P_WITHDRAWAL_ON) > 0.5 ? ls(p, B.S_WD) : 0.0;
  const tolS = ls(p, B.S_TOL_SUPRA);
  const sedFold = 1.0 + lanePar(p, O.CSF_P_TOL_SEDATION_FOLD) * tolS;
  const respFold = 1.0 + lanePar(p, O.CSF_P_TOL_RESP_FOLD) * tolS;
  const relief = 1.0 - (1.0 - e) * (1.0 - lanePar(p, O.CSF_P_PLACEBO_RESPONSE));
  const base = lanePar(p, O.CSF_P_BASELINE_SEVERITY);
  const max: f64 = lanePar(p, O.CSF_P_INDICATION_PAIN) > 0.5 ? 10 : 4;
  let sev = base * (1.0 - relief) + w * base;
  if (sev > max) sev = max;
  const spinal = ldp(B.sums, p);
  const tissue = ldp(B.sums, L + p);
  const cranial = ldn(V, NC, p) * ldn(C, NC, p);
  const deliv = ls(p, B.S_DELIV);
  const total = spinal + cranial + tissue + ls(p, B.S_PLASMA) + ls(p, B.S_ELIM);
  stp(rec, O.CSF_BATCH_OUT_TIP, ldn(C, tip, p));
  stp(rec, O.CSF_BATCH_OUT_TARGET, ls(p, B.S_DS));
  stp(rec, O.CSF_BATCH_OUT_CRANIAL, ldn(C, NC, p));
  stp(rec, O.CSF_BATCH_OUT_PLASMA, ls(p, B.S_PLASMA) / lanePar(p, O.CSF_P_PLASMA_VOLUME_UL));
  stp(rec, O.CSF_BATCH_OUT_SPINAL_EFFECT, e);
  stp(rec, O.CSF_BATCH_OUT_SEVERITY, sev);
  stp(rec, O.CSF_BATCH_OUT_SEDATION, hillB(ls(p, B.S_CEC), p, O.CSF_P_SEDATION_EC50_UG_PER_UL, sedFold));
  stp(
    rec,
    O.CSF_BATCH_OUT_RESPIRATORY_DEPRESSION,
    hillB(ls(p, B.S_CEC), p, O.CSF_P_RESP_EC50_UG_PER_UL, respFold),
  );
  stp(rec, O.CSF_BATCH_OUT_SYSTEMIC, hillB(ls(p, B.S_CEP), p, O.CSF_P_SYSTEMIC_EC50_UG_PER_UL, 1.0));
  stp(rec, O.CSF_BATCH_OUT_WITHDRAWAL, w);
  stp(rec, O.CSF_BATCH_OUT_MASS_REL_ERROR, Math.abs(deliv - total) / (deliv > 1e-300 ? deliv : 1.0));
  stp(rec, O.CSF_BATCH_OUT_DELIVERED_UG, deliv);
  stp(rec, O.CSF_BATCH_OUT_TISSUE_UG, tissue);
}

let recordMask: usize = 0;

/**
 * The next csfBatchAdvance writes the records of output interval k only where the f64 flag mask[k] ≠ 0 (nOut
 * flags at maskPtr; 0 = every interval, the default): a cohort reads a few assessment times out of hundreds of
 * intervals, and a record costs four Hill functions (pow) per lane. The other records are left as they were.
 */
export function csfBatchRecordOnly(maskPtr: usize): void {
  recordMask = maskPtr;
}

export function csfBatchAdvance(
  nOut: i32,
  stepsPerOut: i32,
  tipRatesPtr: usize,
  tipInflowPtr: usize,
  systemicRatesPtr: usize,
  outPtr: usize,
): void {
  if (B.par == 0) return;
  const sub = stepsPerOut > 0 ? stepsPerOut : 1;
  for (let k = 0; k < nOut; k++) {
    let smooth = loadRates(tipRatesPtr, tipInflowPtr, systemicRatesPtr, k, nOut) && B.anyCn;
    for (let s = 0; s < sub; s++) {
      const lp = anyLumbar();
      if (B.anyCn && (smooth || lp)) {
        // Rannacher start-up: two backward-Euler half steps damp the stiff modes a change of input excites.
        useStartSet();
        stepBatch();
        stepBatch();
        B.useSet(0);
        smooth = false;
        if (lp && !anyLumbar()) smooth = true; // the puncture just ended: a change of operator
      } else stepBatch();
    }
    if (recordMask != 0 && ldp(recordMask, k) == 0) continue;
    for (let g = 0; g < NG; g++) laneMasses(g, B.sums);
    for (let p = 0; p < L; p++) writeLane(p, outPtr + ((<usize>((k * L + p) * O.CSF_BATCH_OUT_STRIDE)) << 3));
  }
  recordMask = 0;
}

export function csfBatchConcPtr(): usize {
  return C;
}
export function csfBatchTissuePtr(): usize {
  return CT;
}
/**
 * Resuming a patient in another batch (a cohort's later passes continue where the first stopped): lane p's state
 * — its nodes' CSF and cord-tissue concentrations and its scalars (plasma, effect sites, adaptation, puncture,
 * the last interval's rates) — saved to or loaded from csfBatchLaneStateSize() f64 at ptr, and the batch's time.
 * A batch configured with the same patients and loaded with their states and time steps on exactly as the batch
 * they came from (the factorisations depend only on the patient, dt and the inflow, and are rebuilt).
 */
export function csfBatchLaneStateSize(): i32 {
  return B.laneStateSize();
}
export function csfBatchSaveLane(p: i32, ptr: usize): void {
  if (p >= 0 && p < L) B.copyLaneState(p, ptr, false);
}
export function csfBatchLoadLane(p: i32, ptr: usize): void {
  if (p >= 0 && p < L) B.copyLaneState(p, ptr, true);
}
export function csfBatchTimeHours(): f64 {
  return B.bT;
}
export function csfBatchSetTimeHours(t: f64): void {
  if (t >= 0 && t < 1e9) B.setTime(t);
}

/** Kernel steps since csfBatchConfigure (each advances every lane). */
export function csfBatchSteps(): f64 {
  return steps;
}
/** Crank–Nicolson steps of lane p redone with backward Euler so far (the column's csfFallbacks, per lane). */
export function csfBatchFallbacks(p: i32): i32 {
  return p >= 0 && p < L ? <i32>ls(p, B.S_FALLBACKS) : 0;
}

export { WK };
