/**
 * Node library entry: the same simulate() as the browser (in this thread), a worker_threads pool with the
 * browser pool's interface, validation, presets, the JSON Schema and the exports.
 */
import { instantiateWasm, type WasmExports } from '../wasm/load.js';
import { simulate as simulateWith, type SimulateOptions } from '../sim/simulate.js';
import type { SimResult } from '../core/result.js';
import { readWasmBytes } from './wasm-file.js';

let wasmPromise: Promise<WasmExports> | null = null;

/** Compiles and instantiates the packaged wasm once per process. */
export function loadWasm(): Promise<WasmExports> {
  wasmPromise ??= readWasmBytes()
    .then((bytes) => WebAssembly.compile(bytes))
    .then(instantiateWasm);
  return wasmPromise;
}

/**
 * Runs one scenario in this thread. Rejects with ScenarioError (invalid input) or AbortError. Calls made together
 * run one after the other (one wasm instance per process; src/wasm/exclusive.ts); for parallel runs use a pool.
 */
export async function simulate(scenario: unknown, options: SimulateOptions = {}): Promise<SimResult> {
  return simulateWith(await loadWasm(), scenario, options);
}

export type { SimulateOptions } from '../sim/simulate.js';
export { AbortError } from '../sim/simulate.js';
export { NodeSimulationPool, createNodePool, type NodePoolOptions } from './pool.js';
export { NodeWorkerClient, type NodeClientOptions } from './worker-client.js';
export { WorkerCrashedError } from '../client/bridge.js';
export type { BatchOptions, BatchOutcome, BatchProgress, SimulationPoolApi } from '../client/runner-pool.js';
export * from '../core/scenario/validate.js';
export * from '../core/scenario/schema.js';
export * from '../core/scenario/presets.js';
export { resultToJson, resultToCsv, csvColumns, type CsvColumn } from '../core/export.js';
export type * from '../core/result.js';
export type * from '../core/api.js';
export {
  estimateRunCost,
  estimateValidRunCost,
  EXPENSIVE_RUN_SECONDS,
  type RunCostEstimate,
} from '../sim/run-cost.js';
