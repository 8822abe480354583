/**
 * Spinal CSF column: geometry and state (all buffers allocated once per csfConfigure, never during stepping,
 * so JS views over wasm memory stay valid between configure calls — [T1]).
 *
 *   cells i = 0 … N−1 along x (0 = caudal end of the dural sac, L = foramen magnum), width dx = L/N, centre x_i
 *   node N = the well-mixed cranial compartment (volume V_cr), joined to cell N−1 through the top face
 *   V_i = 1000 · A_i · dx  µL (A in cm²)        C in µg/µL        tissue C_t in µg/µL of cord tissue
 *
 *   D_eff(x) = D_mol + D_ref · s(x)²,  s(x) = s0 + (1 − s0) · x/L      (our model, an estimate)
 *   u_b(x_f) = −U_b · dh/dx(x_f)   buoyancy drift of a denser-than-CSF drug down the axis (posture [R37]; speed an estimate)
 * D_ref already includes the patient's oscillation factor (stroke volume² × heart rate, breathing depth²).
 */
import { f64At, setF64At } from '../memory';
import {
  CSF_P_CELLS,
  CSF_P_CONUS_CM,
  CSF_P_CORD_VOLUME_UL_PER_CM,
  CSF_P_CRANIAL_VOLUME_UL,
  CSF_P_D_MOL_CM2_PER_HOUR,
  CSF_P_D_REF_CM2_PER_HOUR,
  CSF_P_LENGTH_CM,
  CSF_P_OSC_FLOOR,
  CSF_P_TISSUE_ON,
  CSF_PARAM_COUNT,
} from './params';
import { dispersionProfile } from './face';

export { f64At, setF64At };

export let N: i32 = 0;
export let nLevels: i32 = 0;
export let dx: f64 = 0.5;
export let lengthCm: f64 = 60;

// Parameter block copy.
export let params: usize = 0;
// Per cell (N+1 with the cranial node where noted).
export let conc: usize = 0; // N+1
export let concNew: usize = 0; // N+1
export let concOld: usize = 0; // N+1 (the state at the start of a span: stationary check in column.ts)
export let vol: usize = 0; // N+1
export let area: usize = 0; // N
export let xCell: usize = 0; // N
export let tissueConc: usize = 0; // N
export let tissueVol: usize = 0; // N (0 where there is no cord)
export let dFace: usize = 0; // N+1: face f between cells f−1 and f; face N = top (to cranial); face 0 unused
export let slope: usize = 0; // N+1: axial slope dh/dx of the spinal axis at face f (posture; 0 = horizontal)
export let levelX: usize = 0; // nLevels
// Tridiagonal factors and explicit-part coefficients (transport.ts).
export let triA: usize = 0;
export let triInv: usize = 0;
export let triCp: usize = 0;
export let rhsL: usize = 0;
export let rhsD: usize = 0;
export let rhsU: usize = 0;
export let work: usize = 0;
// Per-cell exact 2×2 CSF/tissue propagators for a half step (compartments.ts).
export let e11: usize = 0;
export let e12: usize = 0;
export let e21: usize = 0;
export let e22: usize = 0;

export function par(i: i32): f64 {
  return f64At(params, i);
}

function alloc(n: i32): usize {
  const m: i32 = n > 0 ? n : 1;
  const bytes = (<usize>m) << 3;
  const p = heap.alloc(bytes);
  memory.fill(p, 0, bytes);
  return p;
}

function release(p: usize): void {
  if (p != 0) heap.free(p);
}

export function freeGrid(): void {
  release(params);
  release(conc);
  release(concNew);
  release(concOld);
  release(vol);
  release(area);
  release(xCell);
  release(tissueConc);
  release(tissueVol);
  release(dFace);
  release(slope);
  release(levelX);
  release(triA);
  release(triInv);
  release(triCp);
  release(rhsL);
  release(rhsD);
  release(rhsU);
  release(work);
  release(e11);
  release(e12);
  release(e21);
  release(e22);
  params = 0;
  conc = 0;
}

/** Allocates and fills geometry from the parameter block, cell areas (cm²) and level positions (cm). */
export function buildGrid(paramPtr: usize, areaPtr: usize, levelPtr: usize, nLev: i32): void {
  freeGrid();
  params = alloc(CSF_PARAM_COUNT);
  memory.copy(params, paramPtr, (<usize>CSF_PARAM_COUNT) << 3);
  let n = <i32>par(CSF_P_CELLS);
  if (n < 2) n = 2;
  N = n;
  lengthCm = par(CSF_P_LENGTH_CM);
  dx = lengthCm / <f64>n;
  nLevels = nLev;
  conc = alloc(n + 1);
  concNew = alloc(n + 1);
  concOld = alloc(n + 1);
  vol = alloc(n + 1);
  area = alloc(n);
  xCell = alloc(n);
  tissueConc = alloc(n);
  tissueVol = alloc(n);
  dFace = alloc(n + 1);
  slope = alloc(n + 1);
  levelX = alloc(nLev);
  triA = alloc(n + 1);
  triInv = alloc(n + 1);
  triCp = alloc(n + 1);
  rhsL = alloc(n + 1);
  rhsD = alloc(n + 1);
  rhsU = alloc(n + 1);
  work = alloc(n + 1);
  e11 = alloc(n);
  e12 = alloc(n);
  e21 = alloc(n);
  e22 = alloc(n);
  memory.copy(levelX, levelPtr, (<usize>nLev) << 3);
  const tissueOn = par(CSF_P_TISSUE_ON) > 0.5;
  const cordPerCm = par(CSF_P_CORD_VOLUME_UL_PER_CM);
  const conus = par(CSF_P_CONUS_CM);
  for (let i = 0; i < n; i++) {
    const a = f64At(areaPtr, i);
    setF64At(area, i, a);
    const x = (<f64>i + 0.5) * dx;
    setF64At(xCell, i, x);
    setF64At(vol, i, 1000.0 * a * dx);
    setF64At(tissueVol, i, tissueOn && x > conus ? cordPerCm * dx : 0.0);
  }
  setF64At(vol, n, par(CSF_P_CRANIAL_VOLUME_UL));
}

/** Cycle-averaged dispersion at x (without the near-tip jet), cm²/h. */
export function dispersionAt(x: f64): f64 {
  return dispersionProfile(
    x,
    lengthCm,
    par(CSF_P_OSC_FLOOR),
    par(CSF_P_D_MOL_CM2_PER_HOUR),
    par(CSF_P_D_REF_CM2_PER_HOUR),
  );
}

/** Cell index containing x (clamped). */
export function cellOf(x: f64): i32 {
  let i = <i32>Math.floor(x / dx);
  if (i < 0) i = 0;
  if (i > N - 1) i = N - 1;
  return i;
}

/** Linear interpolation of the CSF concentration between cell centres (constant beyond the end centres). */
export function concAt(x: f64): f64 {
  const s = x / dx - 0.5;
  if (s <= 0) return f64At(conc, 0);
  if (s >= <f64>(N - 1)) return f64At(conc, N - 1);
  const i = <i32>Math.floor(s);
  const w = s - <f64>i;
  return f64At(conc, i) * (1.0 - w) + f64At(conc, i + 1) * w;
}
