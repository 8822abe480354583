/**
 * Trials in Node: a cohort on the release wasm in this thread, or over a worker_threads TrialPool (the built
 * dist/node/worker.js, like the scenario pool). `itp-sim trial` uses both.
 */
import { availableParallelism } from 'node:os';
import { loadWasm } from './index.js';
import { NodeWorkerClient } from './worker-client.js';
import { readWasmBytes } from './wasm-file.js';
import { runCohort, type CohortProgress, type CohortResult } from '../../engine/trials/run-cohort.js';
import { trialEngineFor } from '../../engine/trials/trial-api.js';
import { exclusive } from '../../engine/wasm/exclusive.js';
import { TrialPool } from '../trial-pool.js';

export interface NodeCohortOptions {
  signal?: AbortSignal;
  onProgress?: (p: CohortProgress) => void;
}

/** A whole cohort in this thread. */
export async function runTrialCohortNode(
  spec: unknown,
  options: NodeCohortOptions = {},
): Promise<CohortResult> {
  const wasm = await loadWasm();
  return exclusive(wasm, () => runCohort(trialEngineFor(wasm), spec, options));
}

/** A TrialPool of worker_threads (default: one per core). */
export async function createNodeTrialPool(
  options: { size?: number; workerUrl?: URL; wasmBytes?: ArrayBuffer } = {},
): Promise<TrialPool> {
  const wasmBytes = options.wasmBytes ?? (await readWasmBytes());
  return new TrialPool(
    () => new NodeWorkerClient({ wasmBytes, workerUrl: options.workerUrl }),
    options.size ?? Math.max(1, availableParallelism()),
  );
}
