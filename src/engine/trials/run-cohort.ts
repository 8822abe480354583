/**
 * Cohorts on an engine, in this thread: a slice of patients as rows (what each worker runs) and a whole cohort.
 * The split across workers and the result types are engine-free: src/model/trials/cohort.ts.
 */
import { checkRunSize, resolveSpec } from '../../model/trials/spec.js';
import { toRow } from '../../model/trials/stats.js';
import type { OutcomeRow } from '../../model/trials/types.js';
import {
  assemble,
  type CohortProgress,
  type CohortResult,
  type PatientRange,
} from '../../model/trials/cohort.js';
import { runSlice, type TrialEngine } from './trial.js';

export * from '../../model/trials/cohort.js';

/** A cohort slice in this thread, as rows. */
export async function runCohortSlice(
  engine: TrialEngine,
  specInput: unknown,
  firstId: number,
  count: number,
  options: { signal?: AbortSignal; onProgress?: (done: number) => void } = {},
): Promise<OutcomeRow[]> {
  const resolved = resolveSpec(specInput);
  const results = await runSlice(engine, resolved, firstId, count, options);
  return results.map(toRow);
}

/** A whole cohort (or the patients of `range`, a shard) in this thread; at most MAX_COHORT patients per run. */
export async function runCohort(
  engine: TrialEngine,
  specInput: unknown,
  options: { signal?: AbortSignal; onProgress?: (p: CohortProgress) => void; range?: PatientRange } = {},
): Promise<CohortResult> {
  const { spec } = resolveSpec(specInput);
  const total = options.range?.count ?? spec.cohortSize;
  checkRunSize(total);
  const rows = await runCohortSlice(engine, specInput, options.range?.firstId ?? 0, total, {
    signal: options.signal,
    onProgress: (done) => options.onProgress?.({ done, total, fraction: done / total }),
  });
  return assemble(specInput, rows);
}
