/**
 * runCohort() — a trial cohort (docs/trials.md) in Node with its statistics: on worker_threads (default one per
 * core) or in this thread (`workers: 1`), with progress and an AbortSignal. `shard` runs one part of the cohort
 * (src/model/shard.ts): its rows and the statistics of those patients; `mergeShards` (src/model/documents.ts)
 * gives back the whole cohort. At most MAX_COHORT patients per run (per shard).
 */
import { resolveSpec, checkRunSize } from '../../model/trials/spec.js';
import type { CohortProgress, CohortResult, PatientRange } from '../../model/trials/cohort.js';
import type { TrialService } from '../../model/trials/service.js';
import { shardRange, type Shard } from '../../model/shard.js';
import { createNodeTrialPool, runTrialCohortNode } from './trials.js';

export interface RunCohortOptions {
  /** Worker threads (default one per core, at most twice the cores); 1 = this thread. Ignored with `pool`. */
  workers?: number;
  /** A trial pool to run on (not disposed here). */
  pool?: TrialService;
  signal?: AbortSignal;
  onProgress?: (p: CohortProgress) => void;
  shard?: Shard;
}

export type CohortRunResult = CohortResult & { shard?: Shard };

export async function runCohort(spec: unknown, options: RunCohortOptions = {}): Promise<CohortRunResult> {
  const { spec: resolved } = resolveSpec(spec);
  let range: PatientRange | undefined;
  if (options.shard) {
    const { first, size } = shardRange(resolved.cohortSize, options.shard);
    range = { firstId: first, count: size };
  }
  checkRunSize(range?.count ?? resolved.cohortSize);
  const run = { signal: options.signal, onProgress: options.onProgress, range };
  let result: CohortResult;
  if (options.pool) result = await options.pool.runCohort(spec, run);
  else if (options.workers === 1) result = await runTrialCohortNode(spec, run);
  else {
    const pool = await createNodeTrialPool({ size: options.workers });
    try {
      result = await pool.runCohort(spec, run);
    } finally {
      pool.dispose();
    }
  }
  return options.shard ? { ...result, shard: options.shard } : result;
}
