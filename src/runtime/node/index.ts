/**
 * Node library entry: the same simulate() as the browser (in this thread), a worker_threads pool with the
 * browser pool's interface, validation, presets, the JSON Schema and the exports.
 */
import { instantiateWasm, type WasmExports } from '../../engine/wasm/load.js';
import { simulate as simulateWith, type SimulateOptions } from '../../engine/simulate.js';
import type { SimResult } from '../../model/result.js';
import type { ScenarioInput } from '../../model/scenario/schema.js';
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
 * run one after the other (one wasm instance per process; src/engine/wasm/exclusive.ts); for parallel runs use a pool.
 */
export function simulate(scenario: ScenarioInput, options?: SimulateOptions): Promise<SimResult>;
/** A scenario of unknown shape (parsed JSON, a request body): validated inside, like the typed form. */
export function simulate(scenario: unknown, options?: SimulateOptions): Promise<SimResult>;
export async function simulate(scenario: unknown, options: SimulateOptions = {}): Promise<SimResult> {
  return simulateWith(await loadWasm(), scenario, options);
}

export type { SimulateOptions } from '../../engine/simulate.js';
export { AbortError } from '../../engine/simulate.js';
export { NodeSimulationPool, createNodePool, type NodePoolOptions } from './pool.js';
export { NodeWorkerClient, type NodeClientOptions } from './worker-client.js';
export { WorkerCrashedError } from '../bridge.js';
export type { BatchOptions, BatchOutcome, BatchProgress, SimulationPoolApi } from '../runner-pool.js';
export * from '../../model/scenario/validate.js';
export * from '../../model/scenario/schema.js';
export * from '../../model/scenario/presets.js';
export { resultToJson, resultToCsv, csvColumns, type CsvColumn } from '../../model/export.js';
export type * from '../../model/result.js';
export type * from '../../model/api.js';
