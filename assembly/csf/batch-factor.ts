/**
 * Per-lane set-up of the batched kernel: geometry, the θ-scheme factors (exactly transport.ts's arithmetic,
 * including the near-tip volume-source jet, the displaced-CSF flow above the source and the buoyancy drift of a
 * hyperbaric drug along the posture's axial slope), the exact half-step
 * propagators of the first-order terms (compartments.ts: CSF loss, cranial turnover, cord tissue 2×2), and the
 * effect-site / plasma coefficients (pd.ts, compartments.ts). Factors are stored scaled for the kernel:
 *
 *   w_i = RL_i c_{i−1} + RD_i c_i + RU_i c_{i+1} − A_i w_{i−1}   (+ m · INV_i at a point source of m µg)
 *   c_i = w_i − CP_i c_{i+1}
 * with RL = rhsL · inv, RD = rhsD · inv, RU = rhsU · inv, A = a · inv, CP = c · inv, inv = 1/pivot.
 */
import * as O from './params';
import { dispersionProfile, jetDispersion, rowDiag, rowLower, rowUpper } from './face';
import { NC, M, V, VT, WT, setPtr, ldn, stn, lanePar, lset, lcSet, ldp, stp } from './batch-state';
import * as B from './batch-state';
import { decayOf } from './adapt';
import { laneArea } from './batch-access';

/** Cell of x (clamped), as grid.ts cellOf. */
export function laneCell(p: i32, x: f64): i32 {
  const dx = lanePar(p, O.CSF_P_LENGTH_CM) / <f64>NC;
  let i = <i32>Math.floor(x / dx);
  if (i < 0) i = 0;
  if (i > NC - 1) i = NC - 1;
  return i;
}

/** Volumes, tissue volumes, target window, tip cell of lane p (grid.ts, pd.ts resetPd). */
export function buildGeometry(p: i32, areasPtr: usize): void {
  const n = NC;
  const dx = lanePar(p, O.CSF_P_LENGTH_CM) / <f64>n;
  const tissueOn = lanePar(p, O.CSF_P_TISSUE_ON) > 0.5;
  const cordPerCm = lanePar(p, O.CSF_P_CORD_VOLUME_UL_PER_CM);
  const conus = lanePar(p, O.CSF_P_CONUS_CM);
  const lo = lanePar(p, O.CSF_P_TARGET_LO_CM);
  const hi = lanePar(p, O.CSF_P_TARGET_HI_CM);
  let rowLo = n;
  let rowHi = -1;
  let tv: f64 = 0;
  for (let i = 0; i < n; i++) {
    const x = (<f64>i + 0.5) * dx;
    const v = 1000.0 * laneArea(areasPtr, p, i) * dx;
    stn(V, i, p, v);
    stn(VT, i, p, tissueOn && x > conus ? cordPerCm * dx : 0.0);
    if (x >= lo && x <= hi) {
      if (i < rowLo) rowLo = i;
      rowHi = i;
      tv += v;
    }
  }
  if (rowHi < rowLo) {
    // Window narrower than a cell: the cell containing its middle (as pd.ts).
    let i = <i32>Math.floor((0.5 * (lo + hi)) / dx);
    i = i < 0 ? 0 : i > n - 1 ? n - 1 : i;
    rowLo = i;
    rowHi = i;
    tv = ldn(V, i, p);
  }
  for (let i = rowLo; i <= rowHi; i++) stn(WT, i, p, ldn(V, i, p));
  stn(V, n, p, lanePar(p, O.CSF_P_CRANIAL_VOLUME_UL));
  lset(p, B.S_ROW_LO, <f64>rowLo);
  lset(p, B.S_ROW_HI, <f64>rowHi);
  lset(p, B.S_TARGET_VOL, tv);
  lset(p, B.S_TIP, <f64>laneCell(p, lanePar(p, O.CSF_P_TIP_CM)));
  lset(p, B.S_LP_CELL, -1);
  lset(p, B.S_TOL_SUPRA, lanePar(p, O.CSF_P_TOL_SUPRA_START));
  lset(p, B.S_TOL_SPINAL, lanePar(p, O.CSF_P_TOL_SPINAL_START));
  lset(p, B.S_DEP, lanePar(p, O.CSF_P_DEPENDENCE_START));
  lset(p, B.S_WD, 0);
}

/**
 * θ-scheme factors of lane p in set s of the active slot for inflow q (µL/h) at srcCell; transport.ts factor(),
 * scaled. Set 0 uses the lane's θ, sets 1 (half steps) and 2 (positivity fallback) backward Euler.
 */
export function buildFactors(s: i32, p: i32, areasPtr: usize, q: f64, srcCell: i32): void {
  const dtSet = B.setStepDt(s);
  const theta = s == 0 ? lanePar(p, O.CSF_P_THETA) : 1.0;
  const n = NC;
  const len = lanePar(p, O.CSF_P_LENGTH_CM);
  const dx = len / <f64>n;
  const ti = theta * dtSet;
  const te = (1.0 - theta) * dtSet;
  const s0 = lanePar(p, O.CSF_P_OSC_FLOOR);
  const dmol = lanePar(p, O.CSF_P_D_MOL_CM2_PER_HOUR);
  const dref = lanePar(p, O.CSF_P_D_REF_CM2_PER_HOUR);
  const u = lanePar(p, O.CSF_P_DRIFT_CM_PER_HOUR);
  const buoy = lanePar(p, O.CSF_P_BUOYANCY_CM_PER_HOUR);
  const ell = lanePar(p, O.CSF_P_JET_LENGTH_CM);
  const jet = lanePar(p, O.CSF_P_JET_STRENGTH);
  const xs = (<f64>srcCell + 0.5) * dx;
  const pA = setPtr(s, 0);
  const pRL = setPtr(s, 1);
  const pRD = setPtr(s, 2);
  const pRU = setPtr(s, 3);
  const pCP = setPtr(s, 4);
  const pINV = setPtr(s, 5);
  let gB: f64 = 0;
  let qB: f64 = 0;
  let cpPrev: f64 = 0;
  for (let i = 0; i <= n; i++) {
    let gA: f64 = 0;
    let qA: f64 = 0;
    if (i < n) {
      const f = i + 1;
      const xf = <f64>f * dx;
      let d = dispersionProfile(xf, len, s0, dmol, dref);
      const af =
        f >= n
          ? laneArea(areasPtr, p, n - 1)
          : 0.5 * (laneArea(areasPtr, p, f - 1) + laneArea(areasPtr, p, f));
      if (q > 0 && ell > 0) d += jetDispersion(jet, q, af, ell, xf, xs);
      gA = (1000.0 * af * d) / (f >= n ? 0.5 * dx : dx);
      qA = 1000.0 * af * (u - buoy * ldp(B.SL, p * (n + 1) + f)); // drift and buoyancy (transport.ts faceFlow)
      if (f > srcCell) qA += q;
    }
    const kl = rowLower(gB, qB);
    const kd = rowDiag(gB, gA, qB, qA);
    const ku = rowUpper(gA, qA);
    const v = ldn(V, i, p);
    const a = ti * kl;
    const inv = 1.0 / (v + ti * kd - a * cpPrev);
    stn(pRL, i, p, -te * kl * inv);
    stn(pRD, i, p, (v - te * kd) * inv);
    stn(pRU, i, p, -te * ku * inv);
    stn(pA, i, p, a * inv);
    stn(pINV, i, p, inv);
    cpPrev = ti * ku * inv;
    stn(pCP, i, p, cpPrev);
    gB = gA;
    qB = qA;
  }
  lcSet(s, p, B.K_FQ, q);
  lcSet(s, p, B.K_FSRC, <f64>srcCell);
}

/** Effect-site coefficients for dCe/dt = k (c − Ce), c linear over dt (pd.ts coeffs): e, f = 1 − e, g. */
function pdCoeffs(s: i32, p: i32, k: f64, dt: f64, slot: i32): void {
  const a = k * dt;
  const e = a > 0 ? Math.exp(-a) : 1.0;
  const g = a > 1e-6 ? 1.0 - e - (1.0 - e * (1.0 + a)) / a : 0.5 * a;
  lcSet(s, p, slot, e);
  lcSet(s, p, slot + 1, 1.0 - e);
  lcSet(s, p, slot + 2, g);
}

/** Half-step propagators of the first-order terms and the per-step lane coefficients, set s. */
export function buildReaction(s: i32, p: i32): void {
  const dtSet = B.setStepDt(s);
  const half = 0.5 * dtSet;
  const k = lanePar(p, O.CSF_P_CSF_LOSS_PER_HOUR);
  const decayCsf = Math.exp(-k * half);
  const a = lanePar(p, O.CSF_P_TISSUE_EXCHANGE_PER_HOUR);
  const kp = lanePar(p, O.CSF_P_TISSUE_PARTITION);
  const ktp = lanePar(p, O.CSF_P_TISSUE_TO_PLASMA_PER_HOUR);
  const g11 = setPtr(s, 6);
  const g12 = setPtr(s, 7);
  const g21 = setPtr(s, 8);
  const g22 = setPtr(s, 9);
  for (let i = 0; i < NC; i++) {
    const v = ldn(V, i, p);
    const vt = ldn(VT, i, p);
    if (vt > 0) {
      const b = (a * v) / (kp * vt);
      expm2(-(k + a), b, a, -(b + ktp), half);
      stn(g11, i, p, x11);
      stn(g12, i, p, (x12 * vt) / v);
      stn(g21, i, p, (x21 * v) / vt);
      stn(g22, i, p, x22);
    } else {
      stn(g11, i, p, decayCsf);
      stn(g12, i, p, 0);
      stn(g21, i, p, 0);
      stn(g22, i, p, 1);
    }
  }
  stn(g11, NC, p, Math.exp(-(k + lanePar(p, O.CSF_P_CRANIAL_BULK_PER_HOUR)) * half));
  stn(g12, NC, p, 0);
  stn(g21, NC, p, 0);
  stn(g22, NC, p, 1);
  // Plasma (compartments.ts plasmaStep) and effect sites (pd.ts).
  const ap = lanePar(p, O.CSF_P_PLASMA_LOSS_PER_HOUR) * dtSet;
  const e = Math.exp(-ap);
  lcSet(s, p, B.K_PE, e);
  lcSet(s, p, B.K_PGAIN, ap > 1e-8 ? (1.0 - e) / ap : 1.0 - 0.5 * ap);
  pdCoeffs(s, p, lanePar(p, O.CSF_P_KE0_PER_HOUR), dtSet, B.K_SE);
  pdCoeffs(s, p, lanePar(p, O.CSF_P_KE0_PLASMA_PER_HOUR), dtSet, B.K_PPE);
  lcSet(s, p, B.K_TOL_SUPRA_UP, decayOf(lanePar(p, O.CSF_P_TOL_SUPRA_UP_HOURS), dtSet));
  lcSet(s, p, B.K_TOL_SPINAL_UP, decayOf(lanePar(p, O.CSF_P_TOL_SPINAL_UP_HOURS), dtSet));
  lcSet(s, p, B.K_TOL_OFF, decayOf(lanePar(p, O.CSF_P_TOL_OFF_HOURS), dtSet));
  lcSet(s, p, B.K_DEP_UP, decayOf(lanePar(p, O.CSF_P_DEPENDENCE_UP_HOURS), dtSet));
  lcSet(s, p, B.K_DEP_DOWN, decayOf(lanePar(p, O.CSF_P_DEPENDENCE_DOWN_HOURS), dtSet));
  lcSet(s, p, B.K_ONSET, decayOf(lanePar(p, O.CSF_P_WITHDRAWAL_TAU_HOURS), dtSet));
  lcSet(s, p, B.K_RESCUE, decayOf(lanePar(p, O.CSF_P_WITHDRAWAL_RESCUE_HOURS), dtSet));
}

let x11: f64 = 0,
  x12: f64 = 0,
  x21: f64 = 0,
  x22: f64 = 0;

/** exp(M h) for M = [[m11, m12], [m21, m22]] with real eigenvalues (compartments.ts expm2). */
function expm2(m11: f64, m12: f64, m21: f64, m22: f64, h: f64): void {
  const tr = m11 + m22;
  const disc = Math.sqrt((m11 - m22) * (m11 - m22) + 4.0 * m12 * m21);
  if (disc < 1e-12 * (Math.abs(tr) + 1e-300)) {
    const l = 0.5 * tr;
    const e = Math.exp(l * h);
    x11 = e * (1.0 + (m11 - l) * h);
    x12 = e * m12 * h;
    x21 = e * m21 * h;
    x22 = e * (1.0 + (m22 - l) * h);
    return;
  }
  const l1 = 0.5 * (tr + disc);
  const l2 = 0.5 * (tr - disc);
  const y1 = Math.exp(l1 * h) / disc;
  const y2 = Math.exp(l2 * h) / disc;
  x11 = y1 * (m11 - l2) - y2 * (m11 - l1);
  x12 = (y1 - y2) * m12;
  x21 = (y1 - y2) * m21;
  x22 = y1 * (m22 - l2) - y2 * (m22 - l1);
}

export { stp };
