/**
 * Per-lane positivity fallback of the batched kernel, as the single column's step (column.ts, transport.ts):
 * a Crank–Nicolson transport solve that leaves any value < 0 in a lane with θ < 1 is redone for that lane with
 * backward Euler at the same dt, from the same pre-solve state. K is an M-matrix, so backward Euler keeps c ≥ 0
 * (transport.ts header). The redo runs the kernel's own loops (forwardGroup, backGroup) on the lane's group with
 * the factors of set 2 of the active slot (batch-state.ts), built for the lanes that went negative from their
 * step's inflow and source cell, and takes the result only for those lanes: the same arithmetic as every other
 * step, so a lane equals the column to round-off. Rare (a sharp peak under a large Crank–Nicolson step with no
 * change of input to smooth it), so building the factors anew and redoing the group's 8 lanes costs nothing
 * that matters.
 */
import * as O from './params';
import * as B from './batch-state';
import { G, CN, ldn, stn, ls, lset, lc, lanePar } from './batch-state';
import { buildFactors } from './batch-factor';
import { forwardGroup, backGroup } from './batch-kernel';

/** The fallback set of a slot: (backward Euler, dt), transport factors only. */
export const FALLBACK_SET: i32 = 2;

/** 8 × i64 lane masks written by backGroupChecked (≠ 0: the lane has a value < 0). */
export const NEG_MASK: usize = memory.data(64, 16);

/**
 * After group g's Crank–Nicolson solve into CN (NEG_MASK set by backGroupChecked): redoes it with backward Euler from C
 * (the state before the solve) for the lanes with θ < 1 that went negative.
 */
export function fallbackGroup(g: i32): void {
  const s = FALLBACK_SET;
  let redo = 0; // bit l: lane l of the group is redone
  for (let l = 0; l < G; l++) {
    const p = g * G + l;
    if (load<u64>(NEG_MASK + ((<usize>l) << 3)) == 0 || lanePar(p, O.CSF_P_THETA) >= 1.0) continue;
    redo |= 1 << l;
    // Set 0 (active) holds this step's operator: the same inflow and source cell, with backward Euler.
    buildFactors(s, p, B.AR, lc(p, B.K_FQ), <i32>lc(p, B.K_FSRC));
  }
  if (redo == 0) return;
  B.useSet(s);
  forwardGroup(g);
  backGroup(g, B.FB);
  B.useSet(0);
  for (let l = 0; l < G; l++) {
    if (((redo >> l) & 1) == 0) continue;
    const p = g * G + l;
    for (let i = 0; i < B.M; i++) stn(CN, i, p, ldn(B.FB, i, p));
    lset(p, B.S_FALLBACKS, ls(p, B.S_FALLBACKS) + 1);
  }
}
