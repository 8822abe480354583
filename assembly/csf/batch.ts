/**
 * Batched distribution kernel: many independent patients (lanes) advanced together, struct-of-arrays, wasm SIMD
 * f64x2 (two lanes per vector; the cell loop runs over all lane pairs per cell so the independent Thomas
 * recurrences overlap). For cohorts (trials) and side-by-side views.
 *
 * API (all pointers are f64 buffers from allocF64; internal units h, µL, µg, µg/µL, cm):
 *   csfBatchConfigure(lanes, paramsPtr, areasPtr, dtHours)
 *       lanes: even count ≥ 2 (pad with a copy of the last patient);
 *       paramsPtr: lanes × CSF_PARAM_COUNT blocks (same layout as csfConfigure, one block per lane; `cells` and
 *       `lengthCm` are taken from lane 0 and must agree); areasPtr: lanes × cells cell areas, cm², lane-major;
 *       dtHours: the fixed CSF step of the batch (θ from each lane's block). With any θ < 1 lane, an interval
 *       whose input differs from the previous one starts with two backward-Euler half steps (Rannacher start-up,
 *       as in column.ts); there is no per-step positivity fallback: use θ = 1 for strictly non-negative results.
 *   csfBatchAdvance(nOut, stepsPerOut, tipRatesPtr, systemicRatesPtr, outPtr)
 *       tipRatesPtr: lanes × nOut intrathecal dose rates µg/h (lane-major: [lane * nOut + k]), constant over
 *       output interval k; systemicRatesPtr: same shape for systemic doses (0 = none; pass 0 for no buffer);
 *       writes nOut × lanes records of CSF_BATCH_OUT_STRIDE f64 at outPtr ([(k * lanes + lane) * stride]).
 *   csfBatchConcPtr(): the column state, node-major with lanes inner: C[node * lanes + lane], node N = cranial.
 *   csfBatchTime(): simulated hours.
 * Model per lane = the single column (assembly/csf/column.ts) without the volume-source/jet effect, the cord
 * tissue compartment and lumbar-puncture boluses (use the single column for those); everything else — D_eff(x),
 * drift, CSF loss, cranial node and absorption, plasma, effect sites, Hill outcomes, withdrawal — is the same.
 * The batch and single-column results agree to round-off for the same inputs (test/assembly/csf-batch.test.ts).
 */
import * as O from './params';

export const CSF_BATCH_OUT_STRIDE: i32 = 12;
export const BO_TIP: i32 = 0; // µg/µL in the tip cell
export const BO_TARGET: i32 = 1; // µg/µL, target window mean
export const BO_CRANIAL: i32 = 2;
export const BO_PLASMA: i32 = 3;
export const BO_SPINAL_EFFECT: i32 = 4;
export const BO_SEVERITY: i32 = 5; // NRS or MAS, as the lane's indication
export const BO_SEDATION: i32 = 6;
export const BO_RESP: i32 = 7;
export const BO_SYSTEMIC: i32 = 8;
export const BO_WITHDRAWAL: i32 = 9;
export const BO_MASS_REL_ERROR: i32 = 10;
export const BO_DELIVERED_UG: i32 = 11;

let L: i32 = 0; // lanes
let NC: i32 = 0; // spinal cells
let M: i32 = 0; // nodes = cells + cranial
let bDt: f64 = 0;
let bT: f64 = 0;
let bPar: usize = 0;
let bC: usize = 0;
let bWork: usize = 0;
let bA: usize = 0;
let bInv: usize = 0;
let bCp: usize = 0;
let bRL: usize = 0;
let bRD: usize = 0;
let bRU: usize = 0;
let bV: usize = 0;
let bW: usize = 0; // target weights (volume / window volume)
let bDecay: usize = 0; // half-step decay per node and lane
// Two factor sets: 0 = (θ, dt) for ordinary steps, 1 = (backward Euler, dt/2) for the start-up half steps after a
// change of input (Rannacher, as in column.ts). The bA…bDecay pointers above point at the active set.
const SET_ARRAYS: i32 = 7;
let sets: usize = 0; // 2 × SET_ARRAYS pointers (usize stored as f64-sized slots)
let activeSet: i32 = -1;
let anyCn: bool = false; // some lane uses θ < 1 (then changes of input start with BE half steps)
let setDt: f64 = 0;

function useSet(k: i32): void {
  if (k == activeSet) return;
  activeSet = k;
  const base = sets + ((<usize>(k * SET_ARRAYS)) << 3);
  bA = load<usize>(base);
  bInv = load<usize>(base + 8);
  bCp = load<usize>(base + 16);
  bRL = load<usize>(base + 24);
  bRD = load<usize>(base + 32);
  bRU = load<usize>(base + 40);
  bDecay = load<usize>(base + 48);
  setDt = k == 0 ? bDt : 0.5 * bDt;
}
let bTip: usize = 0; // tip cell per lane (as f64)
// Per-lane scalars: [plasma, eliminated, delivered, ceS, ceC, ceP, adapt, dS, dC, dP, ePrev, tipRate, sysRate]
const LS: i32 = 13;
let bLane: usize = 0;
let bLastRate: usize = 0; // 2L: tip and systemic rates of the previous call's last interval
let bClr: usize = 0; // per lane: mass cleared to blood in the current step
let bTgt: usize = 0; // per lane: target-window concentration after the transport step

function ldp(base: usize, i: i32): f64 {
  return load<f64>(base + ((<usize>i) << 3));
}
function stp(base: usize, i: i32, v: f64): void {
  store<f64>(base + ((<usize>i) << 3), v);
}
function lanePar(p: i32, k: i32): f64 {
  return ldp(bPar, p * O.CSF_PARAM_COUNT + k);
}
function grab(n: i32): usize {
  const bytes = (<usize>n) << 3;
  const ptr = heap.alloc(bytes);
  memory.fill(ptr, 0, bytes);
  return ptr;
}
function drop(ptr: usize): void {
  if (ptr != 0) heap.free(ptr);
}

function freeBatch(): void {
  drop(bPar);
  drop(bC);
  drop(bWork);
  if (sets != 0) {
    for (let k = 0; k < 2 * SET_ARRAYS; k++) drop(load<usize>(sets + ((<usize>k) << 3)));
    heap.free(sets);
    sets = 0;
  }
  activeSet = -1;
  drop(bV);
  drop(bW);
  drop(bTip);
  drop(bLane);
  drop(bClr);
  drop(bLastRate);
  drop(bTgt);
  bPar = 0;
}

/** Builds lane p's geometry, factors and decay for step dt (scalar; once per configure). */
function laneArea(areasPtr: usize, p: i32, i: i32): f64 {
  return ldp(areasPtr, p * NC + i);
}

function buildLane(p: i32, areasPtr: usize, dtSet: f64, thetaSet: f64): void {
  const n = NC;
  const len = lanePar(p, O.P_LENGTH_CM);
  const dx = len / <f64>n;
  const ti = thetaSet * dtSet;
  const te = (1.0 - thetaSet) * dtSet;
  const s0 = lanePar(p, O.P_OSC_FLOOR);
  const dmol = lanePar(p, O.P_DMOL);
  const dref = lanePar(p, O.P_DREF);
  const u = lanePar(p, O.P_DRIFT);
  let tip = <i32>Math.floor(lanePar(p, O.P_TIP_CM) / dx);
  tip = tip < 0 ? 0 : tip > n - 1 ? n - 1 : tip;
  stp(bTip, p, <f64>tip);
  // Target window weights.
  const lo = lanePar(p, O.P_TARGET_LO_CM);
  const hi = lanePar(p, O.P_TARGET_HI_CM);
  let wsum: f64 = 0;
  for (let i = 0; i < n; i++) {
    const x = (<f64>i + 0.5) * dx;
    const v = 1000.0 * laneArea(areasPtr, p, i) * dx;
    stp(bV, i * L + p, v);
    if (x >= lo && x <= hi) {
      stp(bW, i * L + p, v);
      wsum += v;
    }
  }
  if (wsum == 0) {
    let i = <i32>Math.floor((0.5 * (lo + hi)) / dx);
    i = i < 0 ? 0 : i > n - 1 ? n - 1 : i;
    stp(bW, i * L + p, 1);
    wsum = 1;
  }
  for (let i = 0; i < n; i++) stp(bW, i * L + p, ldp(bW, i * L + p) / wsum);
  stp(bV, n * L + p, lanePar(p, O.P_CRANIAL_VOLUME_UL));
  // Factors (same arithmetic as transport.ts with q = 0).
  let gB: f64 = 0;
  let qB: f64 = 0;
  let cpPrev: f64 = 0;
  for (let i = 0; i <= n; i++) {
    let gA: f64 = 0;
    let qA: f64 = 0;
    if (i < n) {
      const f = i + 1;
      const xf = <f64>f * dx;
      const s = s0 + (1.0 - s0) * (xf / len);
      const d = dmol + dref * s * s;
      const af =
        f >= n
          ? laneArea(areasPtr, p, n - 1)
          : 0.5 * (laneArea(areasPtr, p, f - 1) + laneArea(areasPtr, p, f));
      gA = (1000.0 * af * d) / (f >= n ? 0.5 * dx : dx);
      qA = 1000.0 * af * u;
    }
    const kl = -(gB + (qB > 0 ? qB : 0.0));
    const kd = gB + gA + (qB < 0 ? -qB : 0.0) + (qA > 0 ? qA : 0.0);
    const ku = -(gA + (qA < 0 ? -qA : 0.0));
    const v = ldp(bV, i * L + p);
    const j = i * L + p;
    stp(bRL, j, -te * kl);
    stp(bRD, j, v - te * kd);
    stp(bRU, j, -te * ku);
    const a = ti * kl;
    const inv = 1.0 / (v + ti * kd - a * cpPrev);
    stp(bA, j, a * inv);
    stp(bInv, j, inv);
    cpPrev = ti * ku * inv;
    stp(bCp, j, cpPrev);
    gB = gA;
    qB = qA;
  }
  const k = lanePar(p, O.P_CSF_LOSS_PER_HOUR);
  const dc = Math.exp(-k * 0.5 * dtSet);
  for (let i = 0; i < n; i++) stp(bDecay, i * L + p, dc);
  stp(bDecay, n * L + p, Math.exp(-(k + lanePar(p, O.P_CRANIAL_BULK_PER_HOUR)) * 0.5 * dtSet));
}

export function csfBatchConfigure(lanes: i32, paramsPtr: usize, areasPtr: usize, dtHours: f64): void {
  freeBatch();
  L = lanes < 2 ? 2 : lanes + (lanes & 1);
  bPar = grab(L * O.CSF_PARAM_COUNT);
  memory.copy(bPar, paramsPtr, (<usize>(L * O.CSF_PARAM_COUNT)) << 3);
  NC = <i32>lanePar(0, O.P_CELLS);
  if (NC < 2) NC = 2;
  M = NC + 1;
  bDt = dtHours > 0 && dtHours < 1e3 ? dtHours : 0.1;
  bT = 0;
  const sz = M * L;
  bC = grab(sz);
  bWork = grab(sz);
  sets = heap.alloc((<usize>(2 * SET_ARRAYS)) << 3);
  for (let k = 0; k < 2 * SET_ARRAYS; k++) store<usize>(sets + ((<usize>k) << 3), grab(sz));
  bV = grab(sz);
  bW = grab(sz);
  bTip = grab(L);
  bLane = grab(L * LS);
  bClr = grab(L);
  bLastRate = grab(2 * L);
  bTgt = grab(L);
  anyCn = false;
  for (let p = 0; p < L; p++) if (lanePar(p, O.P_THETA) < 1.0) anyCn = true;
  useSet(1);
  for (let p = 0; p < L; p++) buildLane(p, areasPtr, 0.5 * bDt, 1.0);
  useSet(0);
  for (let p = 0; p < L; p++) buildLane(p, areasPtr, bDt, lanePar(p, O.P_THETA));
}

/** Half-step exact decay of every node; the mass cleared to blood is accumulated per lane in bClr. */
function reactHalf(): void {
  const rowBytes = (<usize>L) << 3;
  for (let i = 0; i < M; i++) {
    const row = (<usize>(i * L)) << 3;
    for (let q: usize = 0; q < rowBytes; q += 16) {
      const off = row + q;
      const c = v128.load(bC + off);
      const c1 = f64x2.mul(c, v128.load(bDecay + off));
      v128.store(bC + off, c1);
      const cl = f64x2.mul(v128.load(bV + off), f64x2.sub(c, c1));
      v128.store(bClr + q, f64x2.add(v128.load(bClr + q), cl));
    }
  }
}

function laneMass(p: i32): f64 {
  let m: f64 = 0;
  for (let i = 0; i < M; i++) m += ldp(bV, i * L + p) * ldp(bC, i * L + p);
  return m;
}

/** θ-scheme transport of every lane; also accumulates the target-window concentration per lane in bTgt. */
function transportBatch(): void {
  const rowBytes = (<usize>L) << 3;
  for (let i = 0; i < M; i++) {
    const row = (<usize>(i * L)) << 3;
    for (let q: usize = 0; q < rowBytes; q += 16) {
      const off = row + q;
      let d = f64x2.add(f64x2.mul(v128.load(bRD + off), v128.load(bC + off)), v128.load(bWork + off));
      if (i > 0) d = f64x2.add(d, f64x2.mul(v128.load(bRL + off), v128.load(bC + off - rowBytes)));
      if (i < M - 1) d = f64x2.add(d, f64x2.mul(v128.load(bRU + off), v128.load(bC + off + rowBytes)));
      d = f64x2.mul(d, v128.load(bInv + off));
      if (i > 0) d = f64x2.sub(d, f64x2.mul(v128.load(bA + off), v128.load(bWork + off - rowBytes)));
      v128.store(bWork + off, d);
    }
  }
  const top = (<usize>((M - 1) * L)) << 3;
  memory.copy(bC + top, bWork + top, rowBytes);
  memory.fill(bTgt, 0, rowBytes);
  for (let i = M - 2; i >= 0; i--) {
    const row = (<usize>(i * L)) << 3;
    for (let q: usize = 0; q < rowBytes; q += 16) {
      const off = row + q;
      const x = f64x2.sub(
        v128.load(bWork + off),
        f64x2.mul(v128.load(bCp + off), v128.load(bC + off + rowBytes)),
      );
      v128.store(bC + off, x);
      v128.store(bTgt + q, f64x2.add(v128.load(bTgt + q), f64x2.mul(v128.load(bW + off), x)));
    }
  }
}

function hillB(c: f64, p: i32, kEc: i32): f64 {
  const emax = lanePar(p, kEc + 1);
  if (!(c > 0) || emax == 0) return 0;
  const r = Math.pow(c / lanePar(p, kEc), lanePar(p, kEc + 2));
  return (emax * r) / (1.0 + r);
}

function effectSiteB(ce: f64, c0: f64, c1: f64, k: f64, dt: f64): f64 {
  const a = k * dt;
  if (a <= 0) return ce;
  const e = Math.exp(-a);
  const g = a > 1e-6 ? 1.0 - e - (1.0 - e * (1.0 + a)) / a : 0.5 * a;
  return ce * e + c0 * (1.0 - e) + (c1 - c0) * g;
}

// Lane scalar slots.
const S_PLASMA = 0,
  S_ELIM = 1,
  S_DELIV = 2,
  S_CES = 3,
  S_CEC = 4,
  S_CEP = 5,
  S_ADAPT = 6;
const S_DS = 7,
  S_DC = 8,
  S_DP = 9,
  S_EPREV = 10;
function ls(p: i32, k: i32): f64 {
  return ldp(bLane, p * LS + k);
}
function lset(p: i32, k: i32, v: f64): void {
  stp(bLane, p * LS + k, v);
}

function stepBatch(tipRates: usize, sysRates: usize, k: i32, nOut: i32): void {
  const dt = setDt;
  const rowBytes = (<usize>L) << 3;
  memory.fill(bClr, 0, rowBytes);
  memory.fill(bWork, 0, (<usize>(M * L)) << 3);
  for (let p = 0; p < L; p++) {
    const r = ldp(tipRates, p * nOut + k);
    const m = r > 0 && r < 1e300 ? r * dt : 0.0;
    stp(bWork, <i32>ldp(bTip, p) * L + p, m);
    lset(p, S_DELIV, ls(p, S_DELIV) + m);
  }
  reactHalf();
  transportBatch();
  reactHalf();
  for (let p = 0; p < L; p++) {
    let sys: f64 = 0;
    if (sysRates != 0) {
      const r = ldp(sysRates, p * nOut + k);
      sys = r > 0 && r < 1e300 ? r * dt : 0.0;
    }
    lset(p, S_DELIV, ls(p, S_DELIV) + sys);
    const input = ldp(bClr, p) + sys;
    const kp = lanePar(p, O.P_PLASMA_LOSS_PER_HOUR);
    const a = kp * dt;
    const e = Math.exp(-a);
    const gain = a > 1e-8 ? (1.0 - e) / a : 1.0 - 0.5 * a;
    const p0 = ls(p, S_PLASMA);
    const p1 = p0 * e + input * gain;
    lset(p, S_ELIM, ls(p, S_ELIM) + p0 + input - p1);
    lset(p, S_PLASMA, p1);
    // Effect sites (drives linear over the step, as in pd.ts).
    // bTgt was summed after the transport; spinal decay is uniform per lane, so scale by the second half step.
    const cs = ldp(bTgt, p) * ldp(bDecay, p);
    const cc = ldp(bC, NC * L + p);
    const cp = p1 / lanePar(p, O.P_PLASMA_VOLUME_UL);
    const ke = lanePar(p, O.P_KE0);
    lset(p, S_CES, effectSiteB(ls(p, S_CES), ls(p, S_DS), cs, ke, dt));
    lset(p, S_CEC, effectSiteB(ls(p, S_CEC), ls(p, S_DC), cc, ke, dt));
    lset(p, S_CEP, effectSiteB(ls(p, S_CEP), ls(p, S_DP), cp, lanePar(p, O.P_KE0_PLASMA), dt));
    lset(p, S_DS, cs);
    lset(p, S_DC, cc);
    lset(p, S_DP, cp);
    const tau = lanePar(p, O.P_WITHDRAWAL_TAU);
    if (tau > 0 && lanePar(p, O.P_WITHDRAWAL_ON) > 0.5) {
      const e1 = hillB(ls(p, S_CES), p, O.P_SPINAL_EC50);
      lset(p, S_ADAPT, effectSiteB(ls(p, S_ADAPT), ls(p, S_EPREV), e1, 1.0 / tau, dt));
      lset(p, S_EPREV, e1);
    }
  }
  bT += dt;
}

/** True when any lane's input rates differ between intervals k − 1 and k (or k = 0 of a fresh batch). */
function inputChanged(tipRates: usize, sysRates: usize, k: i32, nOut: i32): bool {
  if (k == 0) {
    if (bT == 0) return true;
    for (let p = 0; p < L; p++) {
      if (ldp(tipRates, p * nOut) != ldp(bLastRate, p)) return true;
      if (sysRates != 0 && ldp(sysRates, p * nOut) != ldp(bLastRate, L + p)) return true;
    }
    return false;
  }
  for (let p = 0; p < L; p++) {
    if (ldp(tipRates, p * nOut + k) != ldp(tipRates, p * nOut + k - 1)) return true;
    if (sysRates != 0 && ldp(sysRates, p * nOut + k) != ldp(sysRates, p * nOut + k - 1)) return true;
  }
  return false;
}

function writeLane(p: i32, rec: usize): void {
  const tip = <i32>ldp(bTip, p);
  const e = hillB(ls(p, S_CES), p, O.P_SPINAL_EC50);
  let w = lanePar(p, O.P_WITHDRAWAL_ON) > 0.5 ? ls(p, S_ADAPT) - e : 0.0;
  if (w < 0) w = 0;
  const relief = 1.0 - (1.0 - e) * (1.0 - lanePar(p, O.P_PLACEBO));
  const base = lanePar(p, O.P_BASELINE);
  const max: f64 = lanePar(p, O.P_INDICATION_PAIN) > 0.5 ? 10 : 4;
  let sev = base * (1.0 - relief) + w * base;
  if (sev > max) sev = max;
  const deliv = ls(p, S_DELIV);
  const total = laneMass(p) + ls(p, S_PLASMA) + ls(p, S_ELIM);
  stp(rec, BO_TIP, ldp(bC, tip * L + p));
  stp(rec, BO_TARGET, ls(p, S_DS));
  stp(rec, BO_CRANIAL, ldp(bC, NC * L + p));
  stp(rec, BO_PLASMA, ls(p, S_PLASMA) / lanePar(p, O.P_PLASMA_VOLUME_UL));
  stp(rec, BO_SPINAL_EFFECT, e);
  stp(rec, BO_SEVERITY, sev);
  stp(rec, BO_SEDATION, hillB(ls(p, S_CEC), p, O.P_SED_EC50));
  stp(rec, BO_RESP, hillB(ls(p, S_CEC), p, O.P_RESP_EC50));
  stp(rec, BO_SYSTEMIC, hillB(ls(p, S_CEP), p, O.P_SYS_EC50));
  stp(rec, BO_WITHDRAWAL, w);
  stp(rec, BO_MASS_REL_ERROR, Math.abs(deliv - total) / (deliv > 1e-300 ? deliv : 1.0));
  stp(rec, BO_DELIVERED_UG, deliv);
}

export function csfBatchAdvance(
  nOut: i32,
  stepsPerOut: i32,
  tipRatesPtr: usize,
  systemicRatesPtr: usize,
  outPtr: usize,
): void {
  const sub = stepsPerOut > 0 ? stepsPerOut : 1;
  for (let k = 0; k < nOut; k++) {
    let s = 0;
    if (anyCn && inputChanged(tipRatesPtr, systemicRatesPtr, k, nOut)) {
      // Rannacher start-up: the first step as two backward-Euler half steps damps the stiff modes.
      useSet(1);
      stepBatch(tipRatesPtr, systemicRatesPtr, k, nOut);
      stepBatch(tipRatesPtr, systemicRatesPtr, k, nOut);
      useSet(0);
      s = 1;
    }
    for (; s < sub; s++) stepBatch(tipRatesPtr, systemicRatesPtr, k, nOut);
    for (let p = 0; p < L; p++) writeLane(p, outPtr + ((<usize>((k * L + p) * CSF_BATCH_OUT_STRIDE)) << 3));
  }
  for (let p = 0; p < L; p++) {
    stp(bLastRate, p, ldp(tipRatesPtr, p * nOut + nOut - 1));
    stp(bLastRate, L + p, systemicRatesPtr != 0 ? ldp(systemicRatesPtr, p * nOut + nOut - 1) : 0.0);
  }
}

export function csfBatchConcPtr(): usize {
  return bC;
}
export function csfBatchLanes(): i32 {
  return L;
}
export function csfBatchTime(): f64 {
  return bT;
}

/** Benchmark: nSteps transport-only steps of every lane (the batched θ-scheme solve). */
export function csfBatchBenchTransport(nSteps: i32): void {
  memory.fill(bWork, 0, (<usize>(M * L)) << 3);
  for (let s = 0; s < nSteps; s++) transportBatch();
}
