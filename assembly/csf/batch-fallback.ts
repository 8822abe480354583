/**
 * Per-lane positivity fallback of the batched kernel, as the single column's step (column.ts, transport.ts):
 * a Crank–Nicolson transport solve that leaves any value < 0 in a lane with θ < 1 is redone for that lane alone
 * with backward Euler at the same dt, from the same pre-solve state. K is an M-matrix, so backward Euler keeps
 * c ≥ 0 (transport.ts header). The redo is scalar (it is rare: a few steps after a sharp change of input at a
 * large step); its factors are set 2 of the active slot (batch-state.ts), built per lane for the step's inflow and
 * source cell and kept while they match. Same row recurrence, scaling and source order as the SIMD kernel
 * (batch-kernel.ts forwardRange / backGroup, batch.ts forwardGroup), so a lane equals the column to round-off.
 */
import * as B from './batch-state';
import { C, CN, WK, ldn, stn, ls, lset } from './batch-state';
import { buildFactors } from './batch-factor';

/** The fallback set of a slot: (backward Euler, dt), transport factors only. */
export const FALLBACK_SET: i32 = 2;

/** Marks lane p's fallback factors as not built (after the slot is (re)assigned to a new dt). */
export function invalidateFallback(p: i32): void {
  B.lcSet(FALLBACK_SET, p, B.K_FQ, -1);
  B.lcSet(FALLBACK_SET, p, B.K_FSRC, -1);
}

/** Redoes this step's transport of lane p with backward Euler: from C (the state before the solve) into CN. */
export function fallbackLane(p: i32): void {
  const s = FALLBACK_SET;
  const q = ls(p, B.S_STEP_Q);
  const src = <i32>ls(p, B.S_STEP_SRC);
  if (B.lcOf(s, p, B.K_FQ) != q || B.lcOf(s, p, B.K_FSRC) != <f64>src) buildFactors(s, p, B.AR, q, src);
  const a = B.setPtr(s, 0);
  const rl = B.setPtr(s, 1);
  const rd = B.setPtr(s, 2);
  const ru = B.setPtr(s, 3);
  const cp = B.setPtr(s, 4);
  const inv = B.setPtr(s, 5);
  const tipRow = ls(p, B.S_TIP_MASS) > 0 ? <i32>ls(p, B.S_TIP) : -1;
  const lpRow = ls(p, B.S_LP_MASS) > 0 ? <i32>ls(p, B.S_LP_CELL) : -1;
  const m = B.M;
  let w: f64 = 0;
  let below: f64 = 0; // the zero row before node 0 (RL is 0 there)
  for (let i = 0; i < m; i++) {
    const here = ldn(C, i, p);
    const above = i + 1 < m ? ldn(C, i + 1, p) : 0.0;
    w = ldn(rl, i, p) * below + ldn(rd, i, p) * here + ldn(ru, i, p) * above - ldn(a, i, p) * w;
    if (i == tipRow) w = w + ls(p, B.S_TIP_MASS) * ldn(inv, i, p);
    if (i == lpRow) w = w + ls(p, B.S_LP_MASS) * ldn(inv, i, p);
    stn(WK, i, p, w);
    below = here;
  }
  let x = w;
  stn(CN, m - 1, p, x);
  for (let i = m - 2; i >= 0; i--) {
    x = ldn(WK, i, p) - ldn(cp, i, p) * x;
    stn(CN, i, p, x);
  }
  lset(p, B.S_FALLBACKS, ls(p, B.S_FALLBACKS) + 1);
}
