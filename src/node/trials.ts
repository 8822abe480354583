/**
 * Trials in Node: a cohort on the release wasm in this thread (the CLI's `itp-sim trial`). The same slices can
 * run on the worker_threads pool; see docs/trials.md for what is parallel where.
 */
import { loadWasm } from './index.js';
import { runCohort, type CohortProgress, type CohortResult } from '../sim/cohort.js';
import { trialEngineFor } from '../sim/trial-api.js';

export interface NodeCohortOptions {
  signal?: AbortSignal;
  onProgress?: (p: CohortProgress) => void;
  /** Worker threads to use (1 = this thread). */
  workers?: number;
}

export async function runTrialCohortNode(
  spec: unknown,
  options: NodeCohortOptions = {},
): Promise<CohortResult> {
  const wasm = await loadWasm();
  return runCohort(trialEngineFor(wasm), spec, options);
}
