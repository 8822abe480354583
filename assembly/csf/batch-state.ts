/**
 * State and memory layout of the batched kernel (batch.ts). Lanes are grouped by G = 8 (four f64x2 pairs):
 *
 *   per node-and-lane arrays: AoSoA, f64 index ((g · M + i) · G + l), lane p = g · G + l, node i = 0 … M − 1
 *   (M = cells + 1, node M − 1 = cranial). One group's row is 64 bytes; a group's column is contiguous, so the
 *   kernel walks one group down the column with its four independent recurrences held in registers.
 *   per-lane arrays: index p.
 *
 * Coefficient sets per step size: 0 = (θ, dt) for ordinary steps, 1 = (backward Euler, dt/2) for the start-up
 * half steps after a change of input (Rannacher, as in column.ts), 2 = (backward Euler, dt) for the per-lane
 * positivity fallback (its transport factors; the rest of set 0 serves it). The step size can change between
 * advance calls: the sets of NSLOT = 2 step sizes are kept (a factorisation cache keyed by dt: alternating a fine
 * and a coarse step costs no set-up after the first use of each; a third step size replaces the one not in use).
 * The set-dependent pointers below point at the active set of the active slot.
 */
import * as O from './params';

export const G: i32 = O.CSF_BATCH_GROUP;
/** Per-lane scalars (slots of `lane`). */
export const S_PLASMA = 0,
  S_ELIM = 1,
  S_DELIV = 2,
  S_CES = 3,
  S_CEC = 4,
  S_CEP = 5,
  S_TOL_SUPRA = 6, // adapt.ts states
  S_DS = 7,
  S_DC = 8,
  S_DP = 9,
  S_TOL_SPINAL = 10,
  S_TIP = 11, // tip cell
  S_TARGET_VOL = 12, // µL of the target window (sum of its cell volumes)
  S_LP_CELL = 13, // −1 = none yet
  S_LP_MASS_RATE = 14, // µg/h
  S_LP_VOL_RATE = 15, // µL/h
  S_LP_REMAINING = 16, // h
  S_TIP_MASS = 17, // µg this step
  S_LP_MASS = 18, // µg this step
  S_Q = 19, // tip inflow this interval, µL/h
  S_ROW_LO = 20, // target window rows
  S_ROW_HI = 21,
  S_SYS = 22, // systemic µg/h this interval
  S_RATE = 23, // tip µg/h this interval
  S_FALLBACKS = 24, // Crank–Nicolson steps redone with backward Euler (negative values), count
  S_DEP = 25,
  S_WD = 26; // withdrawal signs
export const LS: i32 = 27;
/** Per-lane, per-set coefficients (slots of `laneCoef`): plasma, effect sites, adaptation decays; factor key. */
export const K_PE = 0,
  K_PGAIN = 1,
  K_SE = 2,
  K_SF = 3,
  K_SG = 4,
  K_PPE = 5,
  K_PPF = 6,
  K_PPG = 7,
  K_TOL_SUPRA_UP = 8, // exp(−dt/τ) of adapt.ts
  K_TOL_SPINAL_UP = 9,
  K_TOL_OFF = 10,
  K_FQ = 11, // inflow of the factors now held for this lane (−1 = none)
  K_FSRC = 12, // source cell of those factors
  K_DEP_UP = 13,
  K_DEP_DOWN = 14,
  K_ONSET = 15,
  K_RESCUE = 16;
export const KS: i32 = 17;

export let L: i32 = 0; // lanes (multiple of G)
export let NG: i32 = 0; // groups
export let NC: i32 = 0; // spinal cells
export let M: i32 = 0; // nodes
export let bDt: f64 = 0;
export let bT: f64 = 0;
export let anyCn: bool = false;
export let anyTissue: bool = false;
export let par: usize = 0; // L × CSF_PARAM_COUNT
export let lane: usize = 0; // L × LS
export let clr: usize = 0; // 2L: mass cleared to blood in the current step, target-window mass
export let sums: usize = 0; // 2L: spinal and cord-tissue mass per lane (output records)
// Node arrays (AoSoA). C has a zero row before it and one after it, so the (zero-weighted) lower neighbour of
// node 0 and upper neighbour of the top node are plain loads.
export let C: usize = 0;
export let CN: usize = 0; // the step's result (same padding); swapped with C after each transport solve
export let FB: usize = 0; // backward-Euler redo of a group's solve (positivity fallback, batch-fallback.ts)
export let CT: usize = 0; // cord tissue concentration
export let WK: usize = 0; // forward-sweep work
export let V: usize = 0; // cell volume µL
export let VT: usize = 0; // tissue volume µL (0 without cord)
export let WT: usize = 0; // target-window volume (V inside the window, 0 outside)
export let AR: usize = 0; // L × cells cell areas cm², lane-major (kept for re-factoring when the inflow changes)
export let SL: usize = 0; // L × (cells + 1) axial slope dh/dx at the faces, lane-major (posture; 0 = horizontal)
// Set arrays: [A, RL, RD, RU, CP, INV, G11, G12, G21, G22] × NSET sets, one block per slot (allocated on the
// slot's first use); laneCoef × NSET sets, one block per slot.
export const SET_ARRAYS: i32 = 10;
export const NSET: i32 = 3;
export const NSLOT: i32 = 2;
const slotArrays: usize = memory.data(NSLOT * 8, 8); // usize per slot: its set arrays (0 = not allocated)
const slotCoefs: usize = memory.data(NSLOT * 8, 8); // usize per slot: its laneCoef blocks
const slotDt: usize = memory.data(NSLOT * 8, 8); // f64 per slot: its step, 0 = free
const slotStartBuilt: usize = memory.data(NSLOT * 8, 8); // i64 per slot: set 1's reaction built (batch.ts)
export let activeSlot: i32 = 0;
export let activeSet: i32 = -1;
export let setDt: f64 = 0;
export let A: usize = 0; // a_i · inv_i (pre-multiplied lower factor)
export let RL: usize = 0; // explicit part × inv_i
export let RD: usize = 0;
export let RU: usize = 0;
export let CP: usize = 0; // c'_i
export let INV: usize = 0; // 1 / pivot_i (for the point sources)
export let G11: usize = 0; // half-step propagator, concentration form: c ← g11 c + g12 ct; ct ← g21 c + g22 ct
export let G12: usize = 0;
export let G21: usize = 0;
export let G22: usize = 0;
export let laneCoef: usize = 0;

// The active slot's blocks (set by activateSlot): set arrays and laneCoef blocks, and the size of one array.
let curArrays: usize = 0;
let curCoefs: usize = 0;
let arrayBytes: usize = 0;

function slotPtr(table: usize, slot: i32): usize {
  return load<usize>(table + ((<usize>slot) << 3));
}
/** Array k of set s of the active slot. */
export function setPtr(s: i32, k: i32): usize {
  return curArrays + <usize>(s * SET_ARRAYS + k) * arrayBytes;
}
function coefPtr(s: i32): usize {
  return curCoefs + ((<usize>(s * L * KS)) << 3);
}
/** Step of set s of the active slot (the start-up set takes half steps). */
export function setStepDt(s: i32): f64 {
  return s == 1 ? 0.5 * bDt : bDt;
}

/**
 * Makes dt the step (dt > 0): selects the slot that holds it, or takes the other slot (allocating its arrays on
 * first use). Returns true when the slot's sets must be built for dt.
 */
export function selectSlot(dt: f64): bool {
  let pick = ldp(slotDt, 0) == dt ? 0 : ldp(slotDt, 1) == dt ? 1 : -1;
  const fresh = pick < 0;
  if (fresh) {
    pick = activeSlot ^ 1;
    if (slotPtr(slotArrays, pick) == 0) {
      // Not zero-filled (1.9 MB a slot at 64 lanes and 120 cells: the memset cost more than a batch of
      // factorisations): sets 0 and 1 are written whole before use (setStep); set 2, built per lane for the
      // positivity fallback, is zeroed so the other lanes of a redone group compute on finite numbers.
      const arrays = grabRaw(NSET * SET_ARRAYS * M * L);
      memory.fill(
        arrays + <usize>(FALLBACK_SET_INDEX * SET_ARRAYS * M * L) * 8,
        0,
        <usize>(SET_ARRAYS * M * L) * 8,
      );
      store<usize>(slotArrays + ((<usize>pick) << 3), arrays);
      store<usize>(slotCoefs + ((<usize>pick) << 3), grab(NSET * L * KS));
    }
    stp(slotDt, pick, dt);
  }
  activeSlot = pick;
  curArrays = slotPtr(slotArrays, pick);
  curCoefs = slotPtr(slotCoefs, pick);
  arrayBytes = (<usize>(M * L)) << 3;
  bDt = dt;
  activeSet = -1;
  return fresh;
}

/** Whether the active slot's set 1 (start-up half steps) has its reaction coefficients (batch.ts useStartSet). */
export function startSetBuilt(): bool {
  return load<i64>(slotStartBuilt + ((<usize>activeSlot) << 3)) != 0;
}
export function setStartSetBuilt(built: bool): void {
  store<i64>(slotStartBuilt + ((<usize>activeSlot) << 3), built ? 1 : 0);
}

export function useSet(s: i32): void {
  if (s == activeSet) return;
  activeSet = s;
  const b = setPtr(s, 0);
  const n = arrayBytes;
  A = b;
  RL = b + n;
  RD = b + 2 * n;
  RU = b + 3 * n;
  CP = b + 4 * n;
  INV = b + 5 * n;
  G11 = b + 6 * n;
  G12 = b + 7 * n;
  G21 = b + 8 * n;
  G22 = b + 9 * n;
  laneCoef = coefPtr(s);
  setDt = setStepDt(s);
}

// Element accessors (nodeIdx, ldp, stp, ldn, stn, lanePar, ls, lset, lc): batch-access.ts, @inline.
export { nodeIdx, ldp, stp, ldn, stn, lanePar, ls, lset, lc } from './batch-access';
import { ldp, stp, nodeIdx } from './batch-access';

export function lcSet(s: i32, p: i32, k: i32, v: f64): void {
  stp(coefPtr(s), p * KS + k, v);
}

function grabRaw(n: i32): usize {
  const m: i32 = n > 0 ? n : 1;
  return heap.alloc((<usize>m) << 3);
}
function grab(n: i32): usize {
  const m: i32 = n > 0 ? n : 1;
  const ptr = grabRaw(m);
  memory.fill(ptr, 0, (<usize>m) << 3);
  return ptr;
}
/** Index of the fallback set (batch-fallback.ts FALLBACK_SET). */
const FALLBACK_SET_INDEX: i32 = 2;
function drop(ptr: usize): void {
  if (ptr != 0) heap.free(ptr);
}

export function freeBatch(): void {
  drop(par);
  drop(lane);
  drop(clr);
  drop(sums);
  if (C != 0) drop(C - 64);
  if (CN != 0) drop(CN - 64);
  drop(FB);
  drop(CT);
  drop(WK);
  drop(V);
  drop(VT);
  drop(WT);
  drop(AR);
  drop(SL);
  for (let k = 0; k < NSLOT; k++) {
    drop(slotPtr(slotArrays, k));
    drop(slotPtr(slotCoefs, k));
  }
  memory.fill(slotArrays, 0, NSLOT * 8);
  memory.fill(slotCoefs, 0, NSLOT * 8);
  par = 0;
  lane = 0;
  C = 0;
  CN = 0;
  activeSet = -1;
  memory.fill(slotDt, 0, NSLOT * 8);
}

/**
 * Allocates every buffer for `lanes` lanes (a multiple of G) and copies the parameter blocks. A batch of the
 * same shape (lanes and cells: a cohort's batches) keeps the buffers and the slots' arrays, zeroing the state and
 * forgetting the slots' step sizes: a cohort configures a batch every few ms, and freeing and zero-filling the
 * 4 MB of a 64-lane batch each time cost as much as its factorisations.
 */
export function allocBatch(lanes: i32, paramsPtr: usize, areasPtr: usize, slopesPtr: usize): void {
  let nc = <i32>load<f64>(paramsPtr + ((<usize>O.CSF_P_CELLS) << 3));
  if (nc < 2) nc = 2;
  if (par != 0 && lanes == L && nc == NC) resetBatch();
  else allocShape(lanes, nc);
  memory.copy(par, paramsPtr, (<usize>(L * O.CSF_PARAM_COUNT)) << 3);
  bT = 0;
  memory.copy(AR, areasPtr, (<usize>(L * NC)) << 3);
  memory.fill(SL, 0, (<usize>(L * M)) << 3);
  if (slopesPtr != 0) {
    for (let j = 0; j < L * M; j++) {
      const v = load<f64>(slopesPtr + ((<usize>j) << 3));
      store<f64>(SL + ((<usize>j) << 3), v >= -1 && v <= 1 ? v : 0.0); // as csfSetAxialSlope
    }
  }
  activeSet = -1;
}

function allocShape(lanes: i32, nc: i32): void {
  freeBatch();
  L = lanes;
  NG = L / G;
  NC = nc;
  M = NC + 1;
  const sz = M * L;
  par = grab(L * O.CSF_PARAM_COUNT);
  lane = grab(L * LS);
  clr = grab(2 * L); // cleared mass, then the target-window mass
  sums = grab(2 * L);
  C = grab(sz + 2 * G) + 64;
  CN = grab(sz + 2 * G) + 64;
  FB = grab(sz);
  CT = grab(sz);
  WK = grab(sz);
  V = grab(sz);
  VT = grab(sz);
  WT = grab(sz);
  AR = grab(L * NC);
  SL = grab(L * M);
}

/** Zeroes what allocShape zeroed, keeping the buffers; the slots' arrays stay and their step sizes are forgotten. */
function resetBatch(): void {
  const sz = <usize>(M * L);
  memory.fill(lane, 0, (<usize>(L * LS)) << 3);
  memory.fill(clr, 0, (<usize>(2 * L)) << 3);
  memory.fill(sums, 0, (<usize>(2 * L)) << 3);
  memory.fill(C - 64, 0, (sz + 2 * G) << 3);
  memory.fill(CN - 64, 0, (sz + 2 * G) << 3);
  memory.fill(FB, 0, sz << 3);
  memory.fill(CT, 0, sz << 3);
  memory.fill(WK, 0, sz << 3);
  memory.fill(V, 0, sz << 3);
  memory.fill(VT, 0, sz << 3);
  memory.fill(WT, 0, sz << 3);
  for (let k = 0; k < NSLOT; k++) {
    const coefs = slotPtr(slotCoefs, k);
    if (coefs != 0) memory.fill(coefs, 0, (<usize>(NSET * L * KS)) << 3);
  }
  memory.fill(slotDt, 0, NSLOT * 8);
  activeSlot = 0;
}

/** The transport's result becomes the state (double buffer: the old state stays readable during the solve). */
export function swapConc(): void {
  const t = C;
  C = CN;
  CN = t;
}

/** f64 in one lane's saved state: its nodes' CSF and cord-tissue concentrations, then its scalars (LS). */
export function laneStateSize(): i32 {
  return 2 * M + LS;
}

/** Copies lane p's state (laneStateSize() f64) to ptr, or (load) from ptr into lane p. */
export function copyLaneState(p: i32, ptr: usize, load: bool): void {
  for (let i = 0; i < M; i++) {
    const j = nodeIdx(i, p);
    if (load) {
      stp(C, j, ldp(ptr, i));
      stp(CT, j, ldp(ptr, M + i));
    } else {
      stp(ptr, i, ldp(C, j));
      stp(ptr, M + i, ldp(CT, j));
    }
  }
  const scalars = lane + ((<usize>(p * LS)) << 3);
  const saved = ptr + ((<usize>(2 * M)) << 3);
  if (load) memory.copy(scalars, saved, (<usize>LS) << 3);
  else memory.copy(saved, scalars, (<usize>LS) << 3);
}

export function setTime(t: f64): void {
  bT = t;
}

export function advanceTime(dt: f64): void {
  bT += dt;
}
export function setFlags(cn: bool, tissue: bool): void {
  anyCn = cn;
  anyTissue = tissue;
}
