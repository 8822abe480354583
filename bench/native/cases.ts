/**
 * The transport benchmark cases shared by the suite (bench/suites/csf.bench.ts, Node and Chromium) and the native
 * C comparison (bench/native/native.ts): the same coefficients, the same non-zero start state, the same step
 * counts, and one checksum formula (also in bench/native/common.h), so wasm, TS and C can be compared exactly.
 */
import { CsfBatch, CSF_BATCH_GROUP } from '../../src/engine/csf/csf-batch.js';
import { CsfDriver } from '../../src/engine/csf/csf-driver.js';
import type { BenchWasm } from '../bench-wasm.js';
import { f64View } from '../../src/engine/wasm/views.js';

export const CELLS = 120;
export const NODES = CELLS + 1;
/** Single-column steps per timed run. */
export const STEPS = 20_000;
/** Batched steps per timed run (8 lanes: twice the single column's cell-steps). */
export const BATCH_STEPS = STEPS / 4;
export const DT = 0.1;
export const LANES = 8;

/** Weighted sum (the weights make a permutation or a misplaced lane visible); same order as common.h. */
export function checksum(c: Float64Array): number {
  let s = 0;
  for (let j = 0; j < c.length; j++) s += c[j] * (1 + (j % 13) / 13);
  return s;
}

/** Start state, µg/µL: a pulse per lane (the position moves with the lane) on a small floor. */
export function startState(nodes: number, lanes: number): Float64Array {
  const c = new Float64Array(nodes * lanes);
  for (let j = 0; j < c.length; j++) {
    const i = Math.floor(j / lanes) % nodes;
    const lane = (j % lanes) + CSF_BATCH_GROUP * Math.floor(j / (lanes * nodes));
    c[j] = 1e-3 * Math.exp(-(((i - 20 - 5 * lane) / 8) ** 2)) + 1e-5;
  }
  return c;
}

/** Morphine column factored for DT (θ = 1/2), state set to startState; returns the state view maker. */
export function setupColumn(wasm: BenchWasm): () => Float64Array {
  new CsfDriver(wasm).configure({ drug: 'morphine' });
  wasm.csfBenchTransport(0, DT); // builds the factors, no step
  const state = () => f64View(wasm, wasm.csfConcPtr(), NODES);
  state().set(startState(NODES, 1));
  return state;
}

/** LANES morphine lanes (θ = 1/2, factored for DT), state set to startState (groups of 8: lane-inner rows). */
export function setupBatch(wasm: BenchWasm): () => Float64Array {
  new CsfBatch(
    wasm,
    Array.from({ length: LANES }, () => ({ drug: 'morphine' as const })),
    DT,
  );
  const state = () => f64View(wasm, wasm.csfBatchConcPtr(), NODES * LANES);
  state().set(startState(NODES, CSF_BATCH_GROUP));
  return state;
}

/** Coefficient arrays of the single column (A, INV, CP, RHS_L, RHS_D, RHS_U) and of the batch (A … INV). */
export function columnCoefficients(wasm: BenchWasm): Float64Array[] {
  return [0, 1, 2, 3, 4, 5].map((k) => f64View(wasm, wasm.csfColumnCoefPtr(k), NODES).slice());
}
export function batchCoefficients(wasm: BenchWasm): Float64Array[] {
  return [0, 1, 2, 3, 4, 5].map((k) => f64View(wasm, wasm.csfBatchCoefPtr(k), NODES * LANES).slice());
}

/** The two kernels compared with C (bench/native/native.ts) and timed in paired rounds in Node and Chromium. */
export type KernelName = 'single column' | 'batch';

export interface PreparedKernel {
  lanes: number;
  /** Coefficient arrays in the order the C program reads them. */
  arrays: Float64Array[];
  /** Start state (a copy). */
  state: Float64Array;
  /** Steps the kernel once (STEPS or BATCH_STEPS) and returns the final state (a copy). */
  run(): Float64Array;
  /** Steps the kernel once and returns the wall time, ms (no copy). */
  time(): number;
}

/** Sets a kernel up on a fresh wasm instance (its state is per instance). */
export function prepareKernel(name: KernelName, wasm: BenchWasm): PreparedKernel {
  const column = name === 'single column';
  const state = column ? setupColumn(wasm) : setupBatch(wasm);
  const step = column
    ? () => wasm.csfBenchTransport(STEPS, DT)
    : () => wasm.csfBatchBenchTransport(BATCH_STEPS);
  return {
    lanes: column ? 1 : LANES,
    arrays: column ? columnCoefficients(wasm) : batchCoefficients(wasm),
    state: state().slice(),
    run() {
      step();
      return state().slice();
    },
    time() {
      const t0 = performance.now();
      step();
      return performance.now() - t0;
    },
  };
}

/** Median of `runs` timings of a prepared kernel, ms. */
export function medianMs(kernel: PreparedKernel, runs: number): number {
  const t = Array.from({ length: runs }, () => kernel.time()).sort((a, b) => a - b);
  return t[Math.floor(runs / 2)];
}
