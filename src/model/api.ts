/**
 * SimulationApi — THE worker interface (one typed comlink boundary). The worker implements it in
 * src/runtime/worker/engine.ts; the browser client wraps it with comlink; Node calls the same Engine class directly.
 * Every method returns a Promise so that Remote<SimulationApi> and SimulationApi have the same shape.
 */
import type { SimResult } from './result.js';
import type { OutcomeRow } from './trials/types.js';
import type { TrialTimelineData } from './trials/timeline.js';

/** Where the worker gets the wasm from: a URL (browser) or the bytes (Node, tests, CSP-restricted hosts). */
export type WasmSource = { url: string } | { bytes: ArrayBuffer };

export interface RunOptions {
  /** How many output intervals per chunk; each chunk is one short wasm call [T2]. */
  chunkIntervals?: number;
}

export interface Progress {
  /** Simulated time reached, h. */
  tHours: number;
  /** Fraction of the run done, 0–1. */
  fraction: number;
  /** The run's estimate, s, when the caller did not ask for it beforehand (runIfCheap), for the progress box. */
  estimatedSeconds?: number | null;
}

/**
 * runIfCheap's answer: the result of a run estimated at or under the limit (or of an invalid scenario's run, which
 * rejects with its ScenarioError), or the estimate of a dearer run that was not started.
 */
export type CheapRunOutcome = { ran: true; result: SimResult } | { ran: false; estimatedSeconds: number };

/**
 * Progress callback. Through a worker it is a comlink proxy: its calls travel on their own message channel, so
 * simulate() awaits the final call (fraction 1) to guarantee it arrives before the result does.
 */
export type ProgressCallback = (p: Progress) => unknown;

export interface SimulationApi {
  /** Compiles and instantiates the wasm once per worker. Called lazily by the client. */
  init(source: WasmSource): Promise<void>;
  /**
   * Validates and runs one scenario (any JSON value: it is validated inside). Series come back as
   * transferred typed arrays. Throws ScenarioError (serialised) on invalid input.
   */
  run(scenario: unknown, options?: RunOptions, onProgress?: ProgressCallback): Promise<SimResult>;
  /**
   * Answers at once: the client's heartbeat. A busy worker still answers between chunks (runs yield to the
   * event loop), so a worker that stops answering is dead or stuck (closed, terminated, out of memory, a loop).
   */
  ping(): Promise<true>;
  /**
   * The run's estimated time on a desktop, s (estimateRunCost in src/model/scenario/run-cost.ts), or null for an
   * invalid scenario (its run reports why). Asked here because the worker has the scenario schema; a page does not.
   */
  estimateRunSeconds(scenario: unknown): Promise<number | null>;
  /**
   * estimateRunSeconds and run in one round trip (a live drag waited for two): runs at once when the estimate is
   * at most `maxSeconds` or there is none (an invalid scenario; the run reports why), otherwise returns the
   * estimate without running, so the caller can ask the learner and run with a longer heartbeat. Progress is
   * reported only from 250 ms into the run (a shorter run sends none), with the estimate.
   */
  runIfCheap(
    scenario: unknown,
    maxSeconds: number,
    options?: RunOptions,
    onProgress?: ProgressCallback,
  ): Promise<CheapRunOutcome>;
  /** Asks a running run to stop at its next chunk boundary; run() then rejects with an AbortError. */
  cancel(): Promise<void>;
  /** What the last run sent back: buffer count, bytes, and whether they were transferred (detached here). */
  diagnostics(): Promise<TransferDiagnostics>;
  /**
   * Trials (docs/trials.md): patients [firstId, firstId + count) of a cohort spec, one compact row each; a pool
   * splits a cohort into such slices. cancel() stops it at the next batch (rejects with an AbortError).
   */
  runCohortSlice(
    spec: unknown,
    firstId: number,
    count: number,
    onProgress?: (done: number) => void,
  ): Promise<OutcomeRow[]>;
  /** One patient's trial with dense samples for the timeline view (drill-down). */
  runTrialTimeline(spec: unknown, patientId: number): Promise<TrialTimelineData>;
}

export interface TransferDiagnostics {
  buffers: number;
  bytes: number;
  /** True when every buffer of the last result is detached in the worker, i.e. moved, not copied. */
  detachedAfterSend: boolean;
}
