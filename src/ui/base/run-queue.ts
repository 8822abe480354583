/**
 * All runs of all itp- elements on a page go through one queue on the shared client: the worker runs one
 * scenario at a time (a new run cancels the one in flight), so concurrent views would cancel each other.
 * A queued run whose result is no longer wanted (a newer one for the same slot was queued) is skipped.
 *
 * The queue also speaks for the simulator (through <itp-run-status>, loaded on first need):
 * - a run estimated above CONFIRM_ABOVE_SECONDS is started only after the learner says so;
 * - a run still going after PROGRESS_AFTER_MS shows its progress, with a Stop button;
 * - a worker that crashed or went silent (WorkerCrashedError; the client has already replaced it) is reported
 *   in plain words and the run is repeated once on the fresh worker; a second failure is a
 *   SimulatorFailedError — a fault of the simulator, never reported as a fault of the scenario.
 */
import { getDefaultClient } from '../../runtime/browser/default-client.js';
import { DEFAULT_LIVENESS, WorkerCrashedError } from '../../runtime/browser/simulation-client.js';
import type { SimResult } from '../../model/result.js';
import type { ProgressCallback } from '../../model/api.js';
import { S } from '../i18n/strings.js';

let tail: Promise<unknown> = Promise.resolve();

export interface QueuedRun {
  /** True while this run is still the latest for its slot; checked right before it starts. */
  wanted: () => boolean;
  scenario: unknown;
}

export class SupersededError extends Error {
  override readonly name = 'SupersededError';
}

/** The simulator failed (crashed or went silent) twice on this run: not a problem with the scenario. */
export class SimulatorFailedError extends Error {
  override readonly name = 'SimulatorFailedError';
}

/** The learner chose not to start a long run. */
export class RunDeclinedError extends Error {
  override readonly name = 'RunDeclinedError';
}

/** The learner pressed Stop. */
export class RunStoppedError extends Error {
  override readonly name = 'RunStoppedError';
}

/**
 * Estimated wall-clock seconds of a run (null: no estimate). May answer asynchronously (e.g. from the worker,
 * which has the scenario schema; the page does not load it).
 */
export type RunCostEstimator = (scenario: unknown) => number | null | Promise<number | null>;

/** Above this estimate the learner is asked before the run starts, s (the model's EXPENSIVE_RUN_SECONDS). */
export const CONFIRM_ABOVE_SECONDS = 10;
/**
 * A big run may stall its worker for a while (memory growth, garbage collection), longer on a slow device than
 * the desktop estimate says: its heartbeat limit grows with the estimate, never below the client's default.
 */
export function deadAfterMsFor(seconds: number | null): number {
  return Math.max(DEFAULT_LIVENESS.deadAfterMs, (seconds ?? 0) * 1000 * 3);
}

/** A run still going after this long shows its progress, ms. */
export const PROGRESS_AFTER_MS = 1000;

/**
 * The dearest run started without a separate estimate: up to here the heartbeat limit is the client's default
 * (deadAfterMsFor) and no question is asked, so the worker may estimate and run in one round trip (runIfCheap)
 * instead of two — the first round trip was a live drag's largest wait after the run itself (issue 19).
 */
export const RUN_AT_ONCE_SECONDS = DEFAULT_LIVENESS.deadAfterMs / 1000 / 3;

/**
 * By default the worker estimates (estimateRunCost, src/model/scenario/run-cost.ts), within the run call itself
 * (RUN_AT_ONCE_SECONDS); a custom estimator is asked first, then the run is sent.
 */
const workerEstimate: RunCostEstimator = (scenario) => getDefaultClient().estimateRunSeconds(scenario);
let estimator = workerEstimate;

/**
 * Sets how runs are costed before they start, in seconds (tests; a host with its own measure of speed); no
 * argument restores the worker's estimate.
 */
export function setRunCostEstimator(fn: RunCostEstimator = workerEstimate): void {
  estimator = fn;
}

const status = () => import('./run-status.js').then((m) => m.runStatus());

async function estimateSeconds(scenario: unknown): Promise<number | null> {
  try {
    const s = await estimator(scenario);
    return s !== null && Number.isFinite(s) && s >= 0 ? s : null;
  } catch {
    return null; // an invalid scenario: the run itself reports why
  }
}

/**
 * Starts the shared worker and its wasm download if they are not running: called when a view that runs
 * scenarios connects, before its first render and before the page's lazy chunks are requested (a cold start on
 * a slow network waits for these two files more than for anything else; scripts/cold-start.mjs).
 */
export function prepareRuns(): void {
  getDefaultClient().prepare();
}

export function enqueueRun(job: QueuedRun): Promise<SimResult> {
  const p = tail.then(() => runJob(job));
  tail = p.catch(() => undefined);
  return p;
}

async function runJob(job: QueuedRun): Promise<SimResult> {
  if (!job.wanted()) throw new SupersededError('A newer run replaced this one.');
  let seconds: number | null;
  if (estimator === workerEstimate) {
    const outcome = await withRestart(() =>
      runWithProgress(null, (o) => getDefaultClient().runIfCheap(job.scenario, RUN_AT_ONCE_SECONDS, o)),
    );
    if (outcome.ran) return outcome.result;
    seconds = outcome.estimatedSeconds;
  } else {
    seconds = await estimateSeconds(job.scenario);
  }
  if (seconds !== null && seconds > CONFIRM_ABOVE_SECONDS) {
    const yes = await (await status()).confirmLongRun(seconds);
    if (!yes) throw new RunDeclinedError(S.run.declined);
    if (!job.wanted()) throw new SupersededError('A newer run replaced this one.');
  }
  const deadAfterMs = deadAfterMsFor(seconds);
  return withRestart(() =>
    runWithProgress(seconds, (o) => getDefaultClient().run(job.scenario, { ...o, deadAfterMs })),
  );
}

/**
 * A worker that crashed or went silent has already been replaced by the client: the call is repeated once on
 * the fresh worker, and a second failure is the simulator's (SimulatorFailedError).
 */
async function withRestart<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      const value = await attempt();
      if (n > 1) (await status()).say(S.run.recovered);
      return value;
    } catch (e) {
      if (!(e instanceof WorkerCrashedError)) throw e;
      if (n >= 2) throw new SimulatorFailedError(S.run.failedTwice);
      (await status()).say(S.run.restarted);
    }
  }
}

/**
 * One call on the shared client; progress appears once it has taken PROGRESS_AFTER_MS, with the estimate in
 * words (`seconds`, or the one the worker reports with its progress when it estimated within the call).
 */
async function runWithProgress<T>(
  seconds: number | null,
  start: (options: { signal: AbortSignal; onProgress: ProgressCallback }) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let fraction = 0;
  let estimate = seconds;
  let shown: Awaited<ReturnType<typeof status>> | null = null;
  let ended = false;
  const stop = () => controller.abort();
  const timer = setTimeout(() => {
    void status().then((el) => {
      if (ended) return;
      shown = el;
      el.showProgress(fraction, stop, estimate);
    });
  }, PROGRESS_AFTER_MS);
  try {
    return await start({
      signal: controller.signal,
      onProgress: (p) => {
        fraction = p.fraction;
        if (p.estimatedSeconds !== undefined) estimate = p.estimatedSeconds;
        // A report still in flight when the run ended (stopped, crashed) must not bring the box back.
        if (!ended) shown?.showProgress(fraction, stop, estimate);
      },
    });
  } catch (e) {
    if (controller.signal.aborted) throw new RunStoppedError(S.run.stopped);
    throw e;
  } finally {
    ended = true;
    clearTimeout(timer);
    (shown as Awaited<ReturnType<typeof status>> | null)?.hideProgress();
  }
}
