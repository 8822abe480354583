/**
 * Implicit transport of the spinal column plus the cranial node: θ-scheme (θ = 1/2 Crank–Nicolson, θ = 1 backward
 * Euler) on the flux form, solved with the Thomas algorithm (factored once per (dt, θ, inflow, source), kept in a
 * small cache).
 *
 *   V_i dC_i/dt = G_i (C_{i−1} − C_i) + G_{i+1} (C_{i+1} − C_i) + upwind advection + s_i
 *   G_f = 1000 · A_f · D_f / dx  (µL/h; top face to the cranial node uses dx/2)
 *   D_f = D_eff(x_f) + jet · (q / 1000 A_f) · ℓ · exp(−|x_f − x_src| / ℓ)     near-tip volume-source mixing (estimate)
 *   Q_f = 1000 · A_f · (u − U_b · dh/dx|_f)  +  q  (q on faces above the source cell: the caudal sac is closed,
 *         displaced CSF goes up (estimate); U_b dh/dx: buoyancy drift downhill for a hyperbaric drug, [R37]
 *         case 4 — a solute drift, upwinded like the rest, so K stays a conservative M-matrix)
 *
 * In matrix form V dC/dt = −K C + s with column sums of K equal to zero (mass conservative) and K an M-matrix, so
 * backward Euler keeps C ≥ 0; Crank–Nicolson steps that would produce a negative value are redone with θ = 1.
 */
import {
  N,
  dx,
  area,
  vol,
  xCell,
  dFace,
  triA,
  triInv,
  triCp,
  rhsL,
  rhsD,
  rhsU,
  work,
  conc,
  concNew,
  f64At,
  setF64At,
  par,
  dispersionAt,
  slope,
} from './grid';
import {
  CSF_P_BUOYANCY_CM_PER_HOUR,
  CSF_P_DRIFT_CM_PER_HOUR,
  CSF_P_JET_LENGTH_CM,
  CSF_P_JET_STRENGTH,
} from './params';
import { jetDispersion, rowDiag, rowLower, rowUpper } from './face';

// Factorisation cache: the active factors live in grid.ts (triA … rhsU, read by transportSolve, and dFace); the
// last SLOTS factorisations are kept as copies keyed by (dt, θ, q, source cell). A run alternates between a few of
// them — the stroke ripple's inflows (8 or 9 µL in an hour), the step sizes of a span, the backward-Euler start-up
// — and a copy (7 × (N+1) f64) costs a fraction of a rebuild (an exp per face for the jet).
const SLOTS = 6;
const ARRAYS = 7;
const KEYS = 4;
let slotMem: usize = 0;
let slotCells: i32 = -1;
let nextSlot: i32 = 0;
let activeSlot: i32 = -1;
/** Factorisations built (cache misses) since csfConfigure: a measure for the benchmarks and tests. */
export let factorBuilds: i32 = 0;

function slotArrays(k: i32): usize {
  return k == 0
    ? triA
    : k == 1
      ? triInv
      : k == 2
        ? triCp
        : k == 3
          ? rhsL
          : k == 4
            ? rhsD
            : k == 5
              ? rhsU
              : dFace;
}

function slotBase(slot: i32): usize {
  return slotMem + ((<usize>slot * <usize>(KEYS + ARRAYS * (N + 1))) << 3);
}

export function invalidateFactor(): void {
  if (slotCells != N) {
    if (slotMem != 0) heap.free(slotMem);
    slotMem = heap.alloc((<usize>SLOTS * <usize>(KEYS + ARRAYS * (N + 1))) << 3);
    slotCells = N;
  }
  for (let s = 0; s < SLOTS; s++) store<f64>(slotBase(s), -1.0);
  nextSlot = 0;
  activeSlot = -1;
  factorBuilds = 0;
}

/** Makes the factors for the key active; true when they were cached. */
function useCached(dt: f64, theta: f64, q: f64, srcCell: i32): bool {
  for (let s = 0; s < SLOTS; s++) {
    const b = slotBase(s);
    if (
      load<f64>(b) == dt &&
      load<f64>(b, 8) == theta &&
      load<f64>(b, 16) == q &&
      load<f64>(b, 24) == <f64>srcCell
    ) {
      if (s != activeSlot) {
        const bytes = (<usize>(N + 1)) << 3;
        for (let k = 0; k < ARRAYS; k++)
          memory.copy(slotArrays(k), b + (KEYS << 3) + <usize>k * bytes, bytes);
        activeSlot = s;
      }
      return true;
    }
  }
  return false;
}

function saveFactors(dt: f64, theta: f64, q: f64, srcCell: i32): void {
  const s = nextSlot;
  nextSlot = (nextSlot + 1) % SLOTS;
  const b = slotBase(s);
  store<f64>(b, dt);
  store<f64>(b, theta, 8);
  store<f64>(b, q, 16);
  store<f64>(b, <f64>srcCell, 24);
  const bytes = (<usize>(N + 1)) << 3;
  for (let k = 0; k < ARRAYS; k++) memory.copy(b + (KEYS << 3) + <usize>k * bytes, slotArrays(k), bytes);
  activeSlot = s;
  factorBuilds++;
}

// Off-diagonal (kl: row i, col i−1; ku: row i, col i+1) and diagonal kd of K for row i, written to work arrays.
function faceArea(f: i32): f64 {
  // Face f lies between cells f−1 and f; the top face (f = N) uses the top cell's area.
  return f >= N ? f64At(area, N - 1) : 0.5 * (f64At(area, f - 1) + f64At(area, f));
}

function faceConductance(f: i32, q: f64, srcCell: i32): f64 {
  const xf = <f64>f * dx;
  let d = dispersionAt(xf);
  const ell = par(CSF_P_JET_LENGTH_CM);
  const af = faceArea(f);
  if (q > 0 && ell > 0) {
    const xs = f64At(xCell, srcCell);
    d += jetDispersion(par(CSF_P_JET_STRENGTH), q, af, ell, xf, xs);
  }
  setF64At(dFace, f, d);
  const dist = f >= N ? 0.5 * dx : dx;
  return (1000.0 * af * d) / dist;
}

function faceFlow(f: i32, q: f64, srcCell: i32): f64 {
  const u = par(CSF_P_DRIFT_CM_PER_HOUR) - par(CSF_P_BUOYANCY_CM_PER_HOUR) * f64At(slope, f);
  let flow = 1000.0 * faceArea(f) * u;
  if (f > srcCell) flow += q;
  return flow;
}

/** Builds the tridiagonal factors for step dt with inflow q (µL/h) at srcCell. */
export function factor(dt: f64, theta: f64, q: f64, srcCell: i32): void {
  if (slotMem != 0 && useCached(dt, theta, q, srcCell)) return;
  const n = N;
  const ti = theta * dt;
  const te = (1.0 - theta) * dt;
  // Face quantities for faces 1..n (face 0 is the closed caudal end).
  let gBelow: f64 = 0,
    qBelow: f64 = 0;
  let cpPrev: f64 = 0;
  for (let i = 0; i <= n; i++) {
    let gAbove: f64 = 0,
      qAbove: f64 = 0;
    if (i < n) {
      gAbove = faceConductance(i + 1, q, srcCell);
      qAbove = faceFlow(i + 1, q, srcCell);
    }
    const kl = rowLower(gBelow, qBelow);
    const kd = rowDiag(gBelow, gAbove, qBelow, qAbove);
    const ku = rowUpper(gAbove, qAbove);
    const v = f64At(vol, i);
    setF64At(rhsL, i, -te * kl);
    setF64At(rhsD, i, v - te * kd);
    setF64At(rhsU, i, -te * ku);
    const a = ti * kl;
    const b = v + ti * kd;
    const c = ti * ku;
    const inv = 1.0 / (b - a * cpPrev);
    setF64At(triA, i, a * inv); // stored pre-multiplied: the forward recurrence is then one multiply-subtract
    setF64At(triInv, i, inv);
    cpPrev = c * inv;
    setF64At(triCp, i, cpPrev);
    gBelow = gAbove;
    qBelow = qAbove;
  }
  if (slotMem != 0) saveFactors(dt, theta, q, srcCell);
}

/**
 * One transport step: concNew = solve((V + θdtK), (V − (1−θ)dtK) conc + sources). Sources are masses (µg) added
 * over the step to two cells (pump tip and a lumbar-puncture site). Returns true if every value is ≥ 0.
 */
export function transportSolve(srcCellA: i32, massA: f64, srcCellB: i32, massB: f64): bool {
  const n = N;
  // Forward sweep with the explicit part built on the fly.
  let prevC: f64 = 0;
  let curC = f64At(conc, 0);
  let dPrev: f64 = 0;
  for (let i = 0; i <= n; i++) {
    const nextC = i < n ? f64At(conc, i + 1) : 0.0;
    let d = f64At(rhsL, i) * prevC + f64At(rhsD, i) * curC + f64At(rhsU, i) * nextC;
    if (i == srcCellA) d += massA;
    if (i == srcCellB) d += massB;
    dPrev = d * f64At(triInv, i) - f64At(triA, i) * dPrev;
    setF64At(work, i, dPrev);
    prevC = curC;
    curC = nextC;
  }
  let x = f64At(work, n);
  setF64At(concNew, n, x);
  // A sign flag instead of a running Math.min: f64.min carries NaN/−0 handling that some V8 tiers compile to
  // branches next to the recurrence (measured 1.8× slower than native C in Chromium with it).
  let negative = x < 0.0;
  for (let i = n - 1; i >= 0; i--) {
    x = f64At(work, i) - f64At(triCp, i) * x;
    setF64At(concNew, i, x);
    negative = negative | (x < 0.0);
  }
  return !negative;
}
