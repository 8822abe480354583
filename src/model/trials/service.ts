/**
 * What <itp-trial> needs to run trials: a cohort (in parallel workers, with progress and cancel) and one
 * patient's timeline. The default implementation runs in the worker pool (src/runtime/trial-pool.ts); tests and hosts
 * may set their own on the element's `service` property.
 */
import type { AbortLike, CohortProgress, CohortResult, PatientRange } from './cohort.js';
import type { TrialTimelineData } from './timeline.js';

export interface TrialService {
  runCohort(
    spec: unknown,
    /** `range`: only those patients (a shard, src/model/shard.ts); the statistics are theirs. */
    options: { signal?: AbortLike; onProgress?: (p: CohortProgress) => void; range?: PatientRange },
  ): Promise<CohortResult>;
  runTimeline(spec: unknown, patientId: number): Promise<TrialTimelineData>;
}
