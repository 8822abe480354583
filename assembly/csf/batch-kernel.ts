/**
 * The SIMD loops of the batched kernel (layout: batch-state.ts). One group = 8 lanes = four f64x2 pairs; the
 * kernel walks a group down its column with the four independent Thomas recurrences held in registers, so each
 * row costs seven coefficient/state loads and one store per pair and no bounds logic:
 *
 *   forward  w_i = RL_i c_{i−1} + RD_i c_i + RU_i c_{i+1} − A_i w_{i−1}     (rows split at point sources)
 *   back     c_i = w_i − CP_i c_{i+1}       (into the other state buffer, flagging lanes with a value < 0)
 *   react    c ← G11 c + G12 ct,  ct ← G21 c + G22 ct,  cleared += V (c − c') + VT (ct − ct')
 * The same loops are written in C (bench/native/batch.c) and in TS (bench/native/batch-ts.ts) for the bench.
 */
import {
  M,
  G,
  C,
  CT,
  WK,
  V,
  VT,
  WT,
  A,
  RL,
  RD,
  RU,
  CP,
  INV,
  G11,
  G12,
  G21,
  G22,
  clr,
  L,
  NG,
} from './batch-state';
import { S_TIP, S_TIP_MASS, S_LP_CELL, S_LP_MASS, ls, nodeIdx, ldp, stp } from './batch-state';

const ROW: usize = 64; // bytes per group row (G = 8 lanes)

/** Forward sweep of rows [i0, i1) of group g (w of row i0 − 1 and c of rows i0 − 1, i0 come from memory). */
export function forwardRange(g: i32, i0: i32, i1: i32): void {
  if (i1 <= i0) return;
  // Globals read once (a global.get in the loop is a load from the instance in V8).
  const cB = C;
  const wB = WK;
  const rlB = RL;
  const rdB = RD;
  const ruB = RU;
  const aB = A;
  const gb: usize = <usize>(g * M) * ROW;
  let off: usize = gb + <usize>i0 * ROW;
  const end: usize = gb + <usize>i1 * ROW;
  let w0 = f64x2.splat(0);
  let w1 = w0;
  let w2 = w0;
  let w3 = w0;
  if (i0 > 0) {
    const q = wB + off - ROW;
    w0 = v128.load(q, 0);
    w1 = v128.load(q, 16);
    w2 = v128.load(q, 32);
    w3 = v128.load(q, 48);
  }
  // Only the recurrence (w) is carried in registers; the neighbours are re-read (L1 hits): carrying them too needs
  // more than the 16 vector registers of x64 and V8 then spills (measured ~18 % slower). Row 0 (RL = 0) reads the
  // row before it (the zero row before C for group 0), the top row (RU = 0) the row after it.
  for (; off < end; off += ROW) {
    const c = cB + off;
    const rl = rlB + off;
    const rd = rdB + off;
    const ru = ruB + off;
    const a = aB + off;
    const wk = wB + off;
    w0 = f64x2.sub(
      f64x2.add(
        f64x2.add(
          f64x2.mul(v128.load(rl, 0), v128.load(c - ROW, 0)),
          f64x2.mul(v128.load(rd, 0), v128.load(c, 0)),
        ),
        f64x2.mul(v128.load(ru, 0), v128.load(c + ROW, 0)),
      ),
      f64x2.mul(v128.load(a, 0), w0),
    );
    v128.store(wk, w0, 0);
    w1 = f64x2.sub(
      f64x2.add(
        f64x2.add(
          f64x2.mul(v128.load(rl, 16), v128.load(c - ROW, 16)),
          f64x2.mul(v128.load(rd, 16), v128.load(c, 16)),
        ),
        f64x2.mul(v128.load(ru, 16), v128.load(c + ROW, 16)),
      ),
      f64x2.mul(v128.load(a, 16), w1),
    );
    v128.store(wk, w1, 16);
    w2 = f64x2.sub(
      f64x2.add(
        f64x2.add(
          f64x2.mul(v128.load(rl, 32), v128.load(c - ROW, 32)),
          f64x2.mul(v128.load(rd, 32), v128.load(c, 32)),
        ),
        f64x2.mul(v128.load(ru, 32), v128.load(c + ROW, 32)),
      ),
      f64x2.mul(v128.load(a, 32), w2),
    );
    v128.store(wk, w2, 32);
    w3 = f64x2.sub(
      f64x2.add(
        f64x2.add(
          f64x2.mul(v128.load(rl, 48), v128.load(c - ROW, 48)),
          f64x2.mul(v128.load(rd, 48), v128.load(c, 48)),
        ),
        f64x2.mul(v128.load(ru, 48), v128.load(c + ROW, 48)),
      ),
      f64x2.mul(v128.load(a, 48), w3),
    );
    v128.store(wk, w3, 48);
  }
}

/** Back substitution of group g: c_i = w_i − CP_i c_{i+1}, written to dst (C itself in the transport bench). */
export function backGroup(g: i32, dst: usize): void {
  const wB = WK;
  const cpB = CP;
  const gb: usize = <usize>(g * M) * ROW;
  let off: usize = gb + <usize>(M - 1) * ROW;
  let x0 = v128.load(wB + off, 0);
  let x1 = v128.load(wB + off, 16);
  let x2 = v128.load(wB + off, 32);
  let x3 = v128.load(wB + off, 48);
  while (true) {
    const c = dst + off;
    v128.store(c, x0, 0);
    v128.store(c, x1, 16);
    v128.store(c, x2, 32);
    v128.store(c, x3, 48);
    if (off == gb) break;
    off -= ROW;
    const w = wB + off;
    const cp = cpB + off;
    x0 = f64x2.sub(v128.load(w, 0), f64x2.mul(v128.load(cp, 0), x0));
    x1 = f64x2.sub(v128.load(w, 16), f64x2.mul(v128.load(cp, 16), x1));
    x2 = f64x2.sub(v128.load(w, 32), f64x2.mul(v128.load(cp, 32), x2));
    x3 = f64x2.sub(v128.load(w, 48), f64x2.mul(v128.load(cp, 48), x3));
  }
}

/**
 * backGroup that also flags, per lane, whether any value came out negative (the Crank–Nicolson positivity check
 * of transport.ts transportSolve): the 8 × i64 at maskOut are ≠ 0 for a lane with a value < 0. Same recurrence
 * and arithmetic; a second loop, not a flag in one, because the compares cost ~6 % of the transport (measured in
 * Node), which steps without a θ < 1 lane and the transport bench need not pay.
 */
export function backGroupChecked(g: i32, dst: usize, maskOut: usize): void {
  const wB = WK;
  const cpB = CP;
  const zero = f64x2.splat(0);
  const gb: usize = <usize>(g * M) * ROW;
  let off: usize = gb + <usize>(M - 1) * ROW;
  let x0 = v128.load(wB + off, 0);
  let x1 = v128.load(wB + off, 16);
  let x2 = v128.load(wB + off, 32);
  let x3 = v128.load(wB + off, 48);
  let n0 = zero;
  let n1 = zero;
  let n2 = zero;
  let n3 = zero;
  while (true) {
    const c = dst + off;
    v128.store(c, x0, 0);
    v128.store(c, x1, 16);
    v128.store(c, x2, 32);
    v128.store(c, x3, 48);
    n0 = v128.or(n0, f64x2.lt(x0, zero));
    n1 = v128.or(n1, f64x2.lt(x1, zero));
    n2 = v128.or(n2, f64x2.lt(x2, zero));
    n3 = v128.or(n3, f64x2.lt(x3, zero));
    if (off == gb) break;
    off -= ROW;
    const w = wB + off;
    const cp = cpB + off;
    x0 = f64x2.sub(v128.load(w, 0), f64x2.mul(v128.load(cp, 0), x0));
    x1 = f64x2.sub(v128.load(w, 16), f64x2.mul(v128.load(cp, 16), x1));
    x2 = f64x2.sub(v128.load(w, 32), f64x2.mul(v128.load(cp, 32), x2));
    x3 = f64x2.sub(v128.load(w, 48), f64x2.mul(v128.load(cp, 48), x3));
  }
  v128.store(maskOut, n0, 0);
  v128.store(maskOut, n1, 16);
  v128.store(maskOut, n2, 32);
  v128.store(maskOut, n3, 48);
}

/** Row of lane p's source `which` (0 tip, 1 lumbar puncture) if it carries mass this step, else −1. */
function sourceRow(p: i32, which: i32): i32 {
  if (which == 0) return ls(p, S_TIP_MASS) > 0 ? <i32>ls(p, S_TIP) : -1;
  return ls(p, S_LP_MASS) > 0 ? <i32>ls(p, S_LP_CELL) : -1;
}

/** Forward sweep of group g, split at the rows that receive point sources (w += m · INV at that row). */
export function forwardGroup(g: i32): void {
  let cur = 0;
  while (true) {
    let r = M;
    for (let l = 0; l < G; l++) {
      for (let w = 0; w < 2; w++) {
        const row = sourceRow(g * G + l, w);
        if (row >= cur && row < r) r = row;
      }
    }
    if (r == M) {
      forwardRange(g, cur, M);
      return;
    }
    forwardRange(g, cur, r + 1);
    for (let l = 0; l < G; l++) {
      const p = g * G + l;
      for (let w = 0; w < 2; w++) {
        if (sourceRow(p, w) != r) continue;
        const m = ls(p, w == 0 ? S_TIP_MASS : S_LP_MASS);
        const j = nodeIdx(r, p);
        stp(WK, j, ldp(WK, j) + m * ldp(INV, j));
      }
    }
    cur = r + 1;
  }
}

/** Adds this group's cleared mass (four pairs) to clr. */
function addCleared(g: i32, s0: v128, s1: v128, s2: v128, s3: v128): void {
  const o = clr + <usize>g * ROW;
  v128.store(o, f64x2.add(v128.load(o, 0), s0), 0);
  v128.store(o, f64x2.add(v128.load(o, 16), s1), 16);
  v128.store(o, f64x2.add(v128.load(o, 32), s2), 32);
  v128.store(o, f64x2.add(v128.load(o, 48), s3), 48);
}

/** Half-step first-order terms without cord tissue in the batch: c ← G11 c. */
export function reactLight(): void {
  for (let g = 0; g < NG; g++) {
    const gb: usize = <usize>(g * M) * ROW;
    const end = gb + <usize>M * ROW;
    let s0 = f64x2.splat(0);
    let s1 = s0;
    let s2 = s0;
    let s3 = s0;
    for (let off = gb; off < end; off += ROW) {
      const c = C + off;
      const k = G11 + off;
      const v = V + off;
      const a0 = v128.load(c, 0);
      const a1 = v128.load(c, 16);
      const a2 = v128.load(c, 32);
      const a3 = v128.load(c, 48);
      const b0 = f64x2.mul(a0, v128.load(k, 0));
      const b1 = f64x2.mul(a1, v128.load(k, 16));
      const b2 = f64x2.mul(a2, v128.load(k, 32));
      const b3 = f64x2.mul(a3, v128.load(k, 48));
      v128.store(c, b0, 0);
      v128.store(c, b1, 16);
      v128.store(c, b2, 32);
      v128.store(c, b3, 48);
      s0 = f64x2.add(s0, f64x2.mul(v128.load(v, 0), f64x2.sub(a0, b0)));
      s1 = f64x2.add(s1, f64x2.mul(v128.load(v, 16), f64x2.sub(a1, b1)));
      s2 = f64x2.add(s2, f64x2.mul(v128.load(v, 32), f64x2.sub(a2, b2)));
      s3 = f64x2.add(s3, f64x2.mul(v128.load(v, 48), f64x2.sub(a3, b3)));
    }
    addCleared(g, s0, s1, s2, s3);
  }
}

/** Half-step first-order terms with the CSF/cord-tissue exchange (exact 2×2 propagator per node and lane). */
export function reactTissue(): void {
  for (let g = 0; g < NG; g++) {
    const gb: usize = <usize>(g * M) * ROW;
    const end = gb + <usize>M * ROW;
    let s0 = f64x2.splat(0);
    let s1 = s0;
    let s2 = s0;
    let s3 = s0;
    for (let off = gb; off < end; off += ROW) {
      for (let j: usize = 0; j < ROW; j += 16) {
        const o = off + j;
        const c = v128.load(C + o);
        const t = v128.load(CT + o);
        const c1 = f64x2.add(f64x2.mul(v128.load(G11 + o), c), f64x2.mul(v128.load(G12 + o), t));
        const t1 = f64x2.add(f64x2.mul(v128.load(G21 + o), c), f64x2.mul(v128.load(G22 + o), t));
        v128.store(C + o, c1);
        v128.store(CT + o, t1);
        const d = f64x2.add(
          f64x2.mul(v128.load(V + o), f64x2.sub(c, c1)),
          f64x2.mul(v128.load(VT + o), f64x2.sub(t, t1)),
        );
        if (j == 0) s0 = f64x2.add(s0, d);
        else if (j == 16) s1 = f64x2.add(s1, d);
        else if (j == 32) s2 = f64x2.add(s2, d);
        else s3 = f64x2.add(s3, d);
      }
    }
    addCleared(g, s0, s1, s2, s3);
  }
}

/** Σ WT · C over rows [lo, hi] of group g into out[g·G …] (the target-window mass before the division). */
export function windowMass(g: i32, lo: i32, hi: i32, out: usize): void {
  const gb: usize = <usize>(g * M) * ROW;
  let s0 = f64x2.splat(0);
  let s1 = s0;
  let s2 = s0;
  let s3 = s0;
  for (let off = gb + <usize>lo * ROW; off <= gb + <usize>hi * ROW; off += ROW) {
    s0 = f64x2.add(s0, f64x2.mul(v128.load(WT + off, 0), v128.load(C + off, 0)));
    s1 = f64x2.add(s1, f64x2.mul(v128.load(WT + off, 16), v128.load(C + off, 16)));
    s2 = f64x2.add(s2, f64x2.mul(v128.load(WT + off, 32), v128.load(C + off, 32)));
    s3 = f64x2.add(s3, f64x2.mul(v128.load(WT + off, 48), v128.load(C + off, 48)));
  }
  const o = out + <usize>g * ROW;
  v128.store(o, s0, 0);
  v128.store(o, s1, 16);
  v128.store(o, s2, 32);
  v128.store(o, s3, 48);
}

/** Σ over the spinal rows of V · C and VT · CT per lane of group g into out[g·G …] and out[L + g·G …]. */
export function laneMasses(g: i32, out: usize): void {
  const gb: usize = <usize>(g * M) * ROW;
  const end = gb + <usize>(M - 1) * ROW;
  for (let j: usize = 0; j < ROW; j += 16) {
    let s = f64x2.splat(0);
    let t = s;
    for (let off = gb + j; off < end; off += ROW) {
      s = f64x2.add(s, f64x2.mul(v128.load(V + off), v128.load(C + off)));
      t = f64x2.add(t, f64x2.mul(v128.load(VT + off), v128.load(CT + off)));
    }
    v128.store(out + <usize>g * ROW + j, s);
    v128.store(out + ((<usize>L) << 3) + <usize>g * ROW + j, t);
  }
}

export { L, G };
