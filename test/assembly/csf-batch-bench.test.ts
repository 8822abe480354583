// The bench's "same batched algorithm in TS" (bench/native/batch-ts.ts) is the wasm kernel's algorithm: same
// coefficients, layout and arithmetic order, so the states agree bit for bit; and the bench start state is what
// the native C input gets (bench/native/cases.ts).
import { describe, expect, it } from 'vitest';
import { loadBenchBuild } from '../helpers/wasm.js';
import { TsBatchTransport } from '../../bench/native/batch-ts.js';
import {
  LANES,
  NODES,
  batchCoefficients,
  checksum,
  setupBatch,
  setupColumn,
  startState,
} from '../../bench/native/cases.js';

describe('bench transport cases', () => {
  it('the TS batch equals the wasm SIMD batch bit for bit after 200 steps', async () => {
    const wasm = await loadBenchBuild();
    const state = setupBatch(wasm);
    const ts = new TsBatchTransport(NODES, LANES, batchCoefficients(wasm), state().slice());
    wasm.csfBatchBenchTransport(200);
    for (let s = 0; s < 200; s++) ts.step();
    const w = state();
    expect(Array.from(ts.c.subarray(0, NODES * LANES))).toEqual(Array.from(w));
    expect(checksum(w)).toBeGreaterThan(0);
    // The steps did move the state.
    expect(checksum(w)).not.toBe(checksum(startState(NODES, 8)));
  });

  it('the single-column case starts from the shared start state and keeps it finite', async () => {
    const wasm = await loadBenchBuild();
    const state = setupColumn(wasm);
    expect(Array.from(state())).toEqual(Array.from(startState(NODES, 1)));
    wasm.csfBenchTransport(100, 0.1);
    expect(state().every((c) => Number.isFinite(c) && c > 0)).toBe(true);
  });
});
