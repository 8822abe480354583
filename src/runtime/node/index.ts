/**
 * Node library entry: the same simulate() as the browser (in this thread), a worker_threads pool with the
 * browser pool's interface, cohorts and sweeps (runCohort, runSweep) with shards and their merge, validation,
 * presets, the JSON Schema and the exports. The concurrency rule of every entry point is in docs/api.md.
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
export { NodeSimulationPool, createNodePool, maxWorkers, type NodePoolOptions } from './pool.js';
export { runCohort, type RunCohortOptions, type CohortRunResult } from './cohort.js';
export {
  runSweep,
  SweepRunsInvalidError,
  type SweepOptions,
  type SweepProgress,
  type SweepResult,
  type SweepRow,
} from './sweep.js';
export { createNodeTrialPool } from './trials.js';
export { toolInfo } from './version.js';
export {
  parseVary,
  gridSize,
  gridRow,
  MAX_SWEEP_RUNS,
  SweepSpecError,
  type Vary,
  type VaryValue,
} from '../../model/sweep/grid.js';
export { parseShard, shardRange, SHARD_INDEX_VARIABLES, ShardError, type Shard } from '../../model/shard.js';
export {
  mergeShards,
  MergeError,
  trialDocument,
  sweepDocument,
  type ResultDocument,
  type SweepDocument,
  type TrialDocument,
  type ToolInfo,
} from '../../model/documents.js';
export {
  TRIAL_PRESETS,
  MAX_COHORT,
  MAX_SHARDED_COHORT,
  TrialSpecError,
  type TrialSpecInput,
} from '../../model/trials/spec.js';
export type { CohortProgress, CohortResult } from '../../model/trials/cohort.js';
export type { OutcomeRow } from '../../model/trials/types.js';
export { NodeWorkerClient, type NodeClientOptions } from './worker-client.js';
export { WorkerCrashedError } from '../bridge.js';
export type { BatchOptions, BatchOutcome, BatchProgress, SimulationPoolApi } from '../runner-pool.js';
export * from '../../model/scenario/validate.js';
export * from '../../model/scenario/schema.js';
export * from '../../model/scenario/presets.js';
export { resultToJson, resultToCsv, csvColumns, type CsvColumn } from '../../model/export.js';
export type * from '../../model/result.js';
export type * from '../../model/api.js';
export {
  estimateRunCost,
  estimateValidRunCost,
  EXPENSIVE_RUN_SECONDS,
  type RunCostEstimate,
} from '../../model/scenario/run-cost.js';
