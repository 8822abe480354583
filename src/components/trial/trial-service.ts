/**
 * What <itp-trial> needs to run trials: a cohort (in parallel workers, with progress and cancel) and one
 * patient's timeline. The default implementation runs in the worker pool (trial-client.ts); tests and hosts
 * may set their own on the element's `service` property.
 */
import type { CohortProgress, CohortResult } from '../../sim/cohort.js';
import type { TrialTimeline } from '../../sim/trial.js';

export interface TrialService {
  runCohort(
    spec: unknown,
    options: { signal?: AbortSignal; onProgress?: (p: CohortProgress) => void },
  ): Promise<CohortResult>;
  runTimeline(spec: unknown, patientId: number): Promise<TrialTimeline>;
}
