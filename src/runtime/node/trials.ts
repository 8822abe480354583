/**
 * Trials in Node: a cohort on the release wasm in this thread, or over a worker_threads TrialPool (the built
 * dist/node/worker.js, like the scenario pool). `itp-sim trial` uses both.
 */
import { loadWasm } from './index.js';
import { NodeWorkerClient } from './worker-client.js';
import { readWasmBytes } from './wasm-file.js';
import {
  runCohort,
  type CohortProgress,
  type CohortResult,
  type PatientRange,
} from '../../engine/trials/run-cohort.js';
import { trialEngineFor } from '../worker/trial-api.js';
import { exclusive } from '../../engine/wasm/exclusive.js';
import { TrialPool } from '../trial-pool.js';
import { poolSize } from './pool.js';

export interface NodeCohortOptions {
  signal?: AbortSignal;
  onProgress?: (p: CohortProgress) => void;
  /** Only these patients (a shard). */
  range?: PatientRange;
}

/** A whole cohort (or a range of its patients) in this thread. */
export async function runTrialCohortNode(
  spec: unknown,
  options: NodeCohortOptions = {},
): Promise<CohortResult> {
  const wasm = await loadWasm();
  return exclusive(wasm, () => runCohort(trialEngineFor(wasm), spec, options));
}

/** A TrialPool of worker_threads (default: one per core; at most maxWorkers()). */
export async function createNodeTrialPool(
  options: { size?: number; workerUrl?: URL; wasmBytes?: ArrayBuffer } = {},
): Promise<TrialPool> {
  const wasmBytes = options.wasmBytes ?? (await readWasmBytes());
  return new TrialPool(
    () => new NodeWorkerClient({ wasmBytes, workerUrl: options.workerUrl }),
    poolSize(options.size).size,
  );
}
