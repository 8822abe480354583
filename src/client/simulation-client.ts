/**
 * SimulationClient — the main-thread facade over one Worker (Squoosh's WorkerBridge habit): the worker starts
 * lazily on first use; an aborted run terminates the worker (a wasm call cannot be interrupted any other way)
 * and the next run starts a fresh one; a crashed worker is replaced and the caller gets a clear error.
 */
import * as Comlink from 'comlink';
import type { ProgressCallback, RunOptions, SimulationApi, WasmSource } from '../core/api.js';
import type { SimResult } from '../core/result.js';
import { registerErrorTransfer } from '../core/errors-transfer.js';
import defaultWasmUrl from '../../build/release.wasm?url';

registerErrorTransfer(Comlink.transferHandlers as Map<string, unknown>);

export interface ClientOptions {
  /** Override where the wasm comes from (CDN or CSP setups). */
  wasm?: WasmSource;
}

export interface ClientRunOptions extends RunOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
}

export class WorkerCrashedError extends Error {
  override readonly name = 'WorkerCrashedError';
}

export class SimulationClient {
  private worker: Worker | null = null;
  private remote: Comlink.Remote<SimulationApi> | null = null;
  private ready: Promise<void> | null = null;
  private crash: Promise<never> | null = null;

  constructor(private readonly options: ClientOptions = {}) {}

  private start(): void {
    const worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    this.remote = Comlink.wrap<SimulationApi>(worker);
    this.crash = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (e) => {
        this.stop();
        reject(
          new WorkerCrashedError(
            `The simulation worker crashed (${e.message || 'unknown error'}); it has been restarted.`,
          ),
        );
      });
    });
    this.crash.catch(() => undefined);
    const source = this.options.wasm ?? { url: new URL(defaultWasmUrl, location.href).href };
    this.ready = this.remote.init(source);
  }

  private stop(): void {
    if (this.remote) this.remote[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.worker = null;
    this.remote = null;
    this.ready = null;
    this.crash = null;
  }

  /** Runs one scenario in the worker. Rejects with ScenarioError, AbortError or WorkerCrashedError. */
  async run(scenario: unknown, options: ClientRunOptions = {}): Promise<SimResult> {
    if (options.signal?.aborted) throw abortError();
    if (!this.remote) this.start();
    const remote = this.remote!;
    const crash = this.crash!;
    const { signal, onProgress, ...runOptions } = options;
    const aborted = new Promise<never>((_, reject) => {
      signal?.addEventListener('abort', () => {
        // Terminating is the only way to stop a wasm call mid-chunk; the next run starts a new worker.
        this.stop();
        reject(abortError());
      });
    });
    aborted.catch(() => undefined);
    const work = (async () => {
      await this.ready;
      return remote.run(scenario, runOptions, onProgress ? Comlink.proxy(onProgress) : undefined);
    })();
    return Promise.race([work, crash, aborted]);
  }

  /** Transfer diagnostics of the last run (see SimulationApi.diagnostics). */
  async diagnostics(): Promise<import('../core/api.js').TransferDiagnostics> {
    if (!this.remote) this.start();
    return this.remote!.diagnostics();
  }

  /** Terminates the worker. The client can still be used: the next run starts a new worker. */
  dispose(): void {
    this.stop();
  }
}

function abortError(): Error {
  const e = new Error('The simulation was cancelled.');
  e.name = 'AbortError';
  return e;
}
