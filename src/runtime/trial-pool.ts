/**
 * TrialPool — a cohort split over a few simulation workers (WorkerBridge: Web Workers in the browser,
 * worker_threads in Node), each running slices of patients on its own wasm instance, with progress summed and
 * cancel fanned out (an aborted slice terminates its worker; the bridge starts a new one next time). The
 * timeline of one patient runs on the first worker. Pure of any bundler: the browser default is in
 * trial-service.ts, the Node pool in src/runtime/node/trials.ts.
 */
import {
  runCohortParallel,
  type AbortLike,
  type CohortProgress,
  type CohortResult,
  type PatientRange,
  type SliceRunner,
} from '../model/trials/cohort.js';
import type { TrialService } from '../model/trials/service.js';
import type { TrialTimelineData } from '../model/trials/timeline.js';
import type { OutcomeRow } from '../model/trials/types.js';

/** What a pool member must do: WorkerBridge (SimulationClient, NodeWorkerClient) does. */
export interface TrialRunner {
  runCohortSlice(
    spec: unknown,
    firstId: number,
    count: number,
    options?: { signal?: AbortSignal; onProgress?: (done: number) => void },
  ): Promise<OutcomeRow[]>;
  runTrialTimeline(spec: unknown, patientId: number): Promise<TrialTimelineData>;
  dispose(): void;
}

export class TrialPool implements TrialService {
  private runners: TrialRunner[] = [];

  constructor(
    private readonly createRunner: () => TrialRunner,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`pool size must be a whole number ≥ 1, got ${size}`);
  }

  private ensure(): TrialRunner[] {
    while (this.runners.length < this.size) this.runners.push(this.createRunner());
    return this.runners;
  }

  runCohort(
    spec: unknown,
    options: { signal?: AbortLike; onProgress?: (p: CohortProgress) => void; range?: PatientRange } = {},
  ): Promise<CohortResult> {
    // The caller's abort reaches each worker through its bridge, by a controller per worker: one shared signal
    // would carry a listener per worker (MaxListenersExceededWarning beyond ten workers).
    const controller = new AbortController();
    const perRunner = this.ensure().map(() => new AbortController());
    controller.signal.addEventListener('abort', () => perRunner.forEach((c) => c.abort()), { once: true });
    const onAbort = () => controller.abort();
    if (options.signal?.aborted) controller.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const runners: SliceRunner[] = this.runners.map((r, i) => ({
      runCohortSlice: (s, first, count, onProgress) =>
        r.runCohortSlice(s, first, count, { signal: perRunner[i].signal, onProgress }),
    }));
    return runCohortParallel(runners, spec, {
      signal: controller.signal,
      onProgress: options.onProgress,
      range: options.range,
    }).finally(() => options.signal?.removeEventListener('abort', onAbort));
  }

  runTimeline(spec: unknown, patientId: number): Promise<TrialTimelineData> {
    return this.ensure()[0].runTrialTimeline(spec, patientId);
  }

  /** Terminates every worker; the pool starts new ones on the next call. */
  dispose(): void {
    for (const r of this.runners) r.dispose();
    this.runners = [];
  }
}
