/**
 * WorkerBridge — one worker behind the SimulationApi, shared by the browser client (Web Worker) and the Node
 * client (worker_threads). Squoosh's WorkerBridge habit: the worker starts lazily on first use; an aborted run
 * terminates the worker (a wasm call cannot be interrupted any other way) and the next run starts a fresh one;
 * a crashed worker is replaced on the next run and the caller gets a WorkerCrashedError.
 *
 * Not every death fires an event: a worker that calls close(), is terminated by someone else, runs out of
 * memory or loops forever just goes quiet. So while a call is in flight the bridge pings the worker (a
 * heartbeat; runs yield to the event loop between chunks, so a busy worker still answers), and a worker that
 * has not answered for `deadAfterMs` is treated exactly like a crashed one.
 */
import * as Comlink from 'comlink';
import type { CheapRunOutcome, SimulationApi, TransferDiagnostics, WasmSource } from '../model/api.js';
import type { SimResult } from '../model/result.js';
import type { OutcomeRow } from '../model/trials/types.js';
import type { TrialTimelineData } from '../model/trials/timeline.js';
import { registerErrorTransfer } from './errors-transfer.js';
import { abortError, type RunCallOptions, type Runner } from './runner-pool.js';
import { SerialQueue } from './serial-queue.js';

registerErrorTransfer(Comlink.transferHandlers as Map<string, unknown>);

/** A started worker, however it was made. */
export interface WorkerHandle {
  endpoint: Comlink.Endpoint;
  terminate(): void;
  /** Registers the crash listener (uncaught error in the worker, or the worker exiting unexpectedly). */
  onCrash(listener: (reason: string) => void): void;
}

export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError';
}

/** The heartbeat of a busy worker. */
export interface LivenessOptions {
  /** How often a worker with a call in flight is pinged, ms. */
  pingEveryMs: number;
  /** A worker silent for this long (no answer to a ping) is declared dead, terminated and replaced, ms. */
  deadAfterMs: number;
}

/**
 * Defaults: a chunk is a few ms and a worker's first start (module load, wasm compile) well under a second, so
 * 10 s of silence is far outside normal work on a slow machine yet short enough that a learner is not left
 * waiting on a dead worker.
 */
export const DEFAULT_LIVENESS: LivenessOptions = { pingEveryMs: 1000, deadAfterMs: 10_000 };

export class WorkerBridge implements Runner {
  private handle: WorkerHandle | null = null;
  private remote: Comlink.Remote<SimulationApi> | null = null;
  private ready: Promise<void> | null = null;
  private crash: Promise<never> | null = null;
  /** Declares the current worker dead (from the heartbeat). */
  private kill: ((error: WorkerCrashedError) => void) | null = null;
  /** Calls in flight on the current worker; the heartbeat runs while there is at least one. */
  private busy = 0;
  private heartbeat: { stop(): void } | null = null;
  /** Calls run one at a time in call order (the worker's Engine would otherwise cancel the running one). */
  private readonly turns = new SerialQueue();

  constructor(
    private readonly spawn: () => WorkerHandle,
    /** Where the worker gets the wasm; a promise lets the page fetch it while the worker script loads. */
    private readonly wasm: () => WasmSource | Promise<WasmSource>,
    private readonly liveness: LivenessOptions = DEFAULT_LIVENESS,
  ) {}

  private start(): void {
    const handle = this.spawn();
    this.handle = handle;
    const remote = Comlink.wrap<SimulationApi>(handle.endpoint);
    this.remote = remote;
    this.crash = new Promise<never>((_, reject) => {
      const die = (error: WorkerCrashedError) => {
        if (this.handle === handle) this.stop();
        reject(error);
      };
      this.kill = die;
      handle.onCrash((reason) =>
        die(
          new WorkerCrashedError(
            `The simulation worker crashed (${reason || 'unknown error'}); it has been restarted.`,
          ),
        ),
      );
    });
    this.crash.catch(() => undefined);
    this.ready = Promise.resolve(this.wasm()).then((source) =>
      remote.init('bytes' in source ? Comlink.transfer(source, [source.bytes]) : source),
    );
  }

  /**
   * Pings `remote` every pingEveryMs; a ping unanswered for deadAfterMs kills the worker. Silence is measured
   * from when the ping was sent, not from the last answer, so a throttled timer (a background tab fires it once a
   * second or a minute) never makes a healthy worker look dead.
   */
  private startHeartbeat(remote: Comlink.Remote<SimulationApi>, deadAfterMs: number): { stop(): void } {
    const { pingEveryMs } = this.liveness;
    let sentAt = 0;
    let waiting = false;
    const timer = setInterval(() => {
      if (this.remote !== remote) return clearInterval(timer);
      if (waiting) {
        if (Date.now() - sentAt <= deadAfterMs) return;
        clearInterval(timer);
        const s = Math.round(deadAfterMs / 1000);
        this.kill?.(
          new WorkerCrashedError(
            `The simulation worker stopped responding (no answer for ${s} s); it has been restarted.`,
          ),
        );
        return;
      }
      waiting = true;
      sentAt = Date.now();
      // Any answer, even an error (an older worker without ping), proves the worker is alive.
      const answered = () => {
        waiting = false;
      };
      remote.ping().then(answered, answered);
    }, pingEveryMs);
    // Node: a heartbeat must not keep the process alive on its own.
    (timer as unknown as { unref?: () => void }).unref?.();
    return { stop: () => clearInterval(timer) };
  }

  private stop(): void {
    if (this.remote) this.remote[Comlink.releaseProxy]();
    this.handle?.terminate();
    this.handle = null;
    this.remote = null;
    this.ready = null;
    this.crash = null;
    this.kill = null;
    this.heartbeat?.stop();
    this.heartbeat = null;
    this.busy = 0;
  }

  /** Runs one scenario in the worker. Rejects with ScenarioError, AbortError or WorkerCrashedError. */
  async run(scenario: unknown, options: RunCallOptions = {}): Promise<SimResult> {
    const { signal, onProgress, deadAfterMs, ...runOptions } = options;
    return this.call(
      signal,
      (remote) => remote.run(scenario, runOptions, onProgress ? Comlink.proxy(onProgress) : undefined),
      deadAfterMs,
    );
  }

  /**
   * Estimates and, when the estimate is at most `maxSeconds` (or there is none), runs, in one round trip
   * (SimulationApi.runIfCheap). The heartbeat is the client's default: a caller with a dearer run gets its
   * estimate back and runs it with run() and a longer deadAfterMs.
   */
  async runIfCheap(
    scenario: unknown,
    maxSeconds: number,
    options: Omit<RunCallOptions, 'deadAfterMs'> = {},
  ): Promise<CheapRunOutcome> {
    const { signal, onProgress, ...runOptions } = options;
    // Comlink's Remote<> splits the union's promise in two; the value that arrives is the union itself.
    return this.call(
      signal,
      (remote) =>
        remote.runIfCheap(
          scenario,
          maxSeconds,
          runOptions,
          onProgress ? Comlink.proxy(onProgress) : undefined,
        ) as Promise<CheapRunOutcome>,
    );
  }

  /** The run's estimated time on a desktop, s, or null for an invalid scenario (SimulationApi). */
  estimateRunSeconds(scenario: unknown, signal?: AbortSignal): Promise<number | null> {
    return this.call(signal, (remote) => remote.estimateRunSeconds(scenario));
  }

  /** Trials (docs/trials.md): patients [firstId, firstId + count) of a cohort spec, one row each. */
  runCohortSlice(
    spec: unknown,
    firstId: number,
    count: number,
    options: { signal?: AbortSignal; onProgress?: (done: number) => void } = {},
  ): Promise<OutcomeRow[]> {
    const { signal, onProgress } = options;
    return this.call(signal, (remote) =>
      remote.runCohortSlice(spec, firstId, count, onProgress ? Comlink.proxy(onProgress) : undefined),
    );
  }

  /** Trials: one patient's timeline (drill-down). */
  runTrialTimeline(spec: unknown, patientId: number, signal?: AbortSignal): Promise<TrialTimelineData> {
    return this.call(signal, (remote) => remote.runTrialTimeline(spec, patientId));
  }

  /**
   * One call on the worker, raced against a crash and the abort signal. An abort terminates the worker (the only
   * way to stop a wasm call mid-chunk); the next call starts a new one. Calls queue (SerialQueue).
   */
  private call<T>(
    signal: AbortSignal | undefined,
    fn: (remote: Comlink.Remote<SimulationApi>) => Promise<T>,
    deadAfterMs = this.liveness.deadAfterMs,
  ): Promise<T> {
    return this.turns.run(signal, () => this.callNow(signal, fn, deadAfterMs));
  }

  private async callNow<T>(
    signal: AbortSignal | undefined,
    fn: (remote: Comlink.Remote<SimulationApi>) => Promise<T>,
    deadAfterMs: number,
  ): Promise<T> {
    if (signal?.aborted) throw abortError();
    if (!this.remote) this.start();
    const remote = this.remote!;
    const crash = this.crash!;
    let onAbort: (() => void) | null = null;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        if (this.remote === remote) this.stop();
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort);
    });
    aborted.catch(() => undefined);
    const work = (async () => {
      await this.ready;
      return fn(remote);
    })();
    if (this.busy++ === 0) this.heartbeat = this.startHeartbeat(remote, deadAfterMs);
    try {
      return await Promise.race([work, crash, aborted]);
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      if (this.remote === remote && --this.busy === 0) {
        this.heartbeat?.stop();
        this.heartbeat = null;
      }
    }
  }

  /**
   * Starts the worker (and the wasm download) now rather than on the first call, e.g. when an element appears:
   * on a slow network the first result waits for both files, and the page's own rendering need not come first.
   */
  prepare(): void {
    if (!this.remote) this.start();
  }

  /** Transfer diagnostics of the last run (see SimulationApi.diagnostics). */
  async diagnostics(): Promise<TransferDiagnostics> {
    if (!this.remote) this.start();
    return this.remote!.diagnostics();
  }

  /** Terminates the worker. The bridge can still be used: the next run starts a new worker. */
  dispose(): void {
    this.stop();
  }
}
