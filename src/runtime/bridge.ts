/**
 * WorkerBridge — one worker behind the SimulationApi, shared by the browser client (Web Worker) and the Node
 * client (worker_threads). Squoosh's WorkerBridge habit: the worker starts lazily on first use; an aborted run
 * terminates the worker (a wasm call cannot be interrupted any other way) and the next run starts a fresh one;
 * a crashed worker is replaced on the next run and the caller gets a WorkerCrashedError.
 */
import * as Comlink from 'comlink';
import type { SimulationApi, TransferDiagnostics, WasmSource } from '../model/api.js';
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

export class WorkerBridge implements Runner {
  private handle: WorkerHandle | null = null;
  private remote: Comlink.Remote<SimulationApi> | null = null;
  private ready: Promise<void> | null = null;
  private crash: Promise<never> | null = null;
  /** Calls run one at a time in call order (the worker's Engine would otherwise cancel the running one). */
  private readonly turns = new SerialQueue();

  constructor(
    private readonly spawn: () => WorkerHandle,
    private readonly wasm: () => WasmSource,
  ) {}

  private start(): void {
    const handle = this.spawn();
    this.handle = handle;
    const remote = Comlink.wrap<SimulationApi>(handle.endpoint);
    this.remote = remote;
    this.crash = new Promise<never>((_, reject) => {
      handle.onCrash((reason) => {
        if (this.handle === handle) this.stop();
        reject(
          new WorkerCrashedError(
            `The simulation worker crashed (${reason || 'unknown error'}); it has been restarted.`,
          ),
        );
      });
    });
    this.crash.catch(() => undefined);
    this.ready = remote.init(this.wasm());
  }

  private stop(): void {
    if (this.remote) this.remote[Comlink.releaseProxy]();
    this.handle?.terminate();
    this.handle = null;
    this.remote = null;
    this.ready = null;
    this.crash = null;
  }

  /** Runs one scenario in the worker. Rejects with ScenarioError, AbortError or WorkerCrashedError. */
  async run(scenario: unknown, options: RunCallOptions = {}): Promise<SimResult> {
    const { signal, onProgress, ...runOptions } = options;
    return this.call(signal, (remote) =>
      remote.run(scenario, runOptions, onProgress ? Comlink.proxy(onProgress) : undefined),
    );
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
  ): Promise<T> {
    return this.turns.run(signal, () => this.callNow(signal, fn));
  }

  private async callNow<T>(
    signal: AbortSignal | undefined,
    fn: (remote: Comlink.Remote<SimulationApi>) => Promise<T>,
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
    try {
      return await Promise.race([work, crash, aborted]);
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
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
