/**
 * SimulationClient — the main-thread facade over one Web Worker (see bridge.ts for the lifecycle: lazy start,
 * abort terminates, crash replaced with a clear error). A test or a host page can inject its own worker
 * factory (`createWorker`), e.g. a worker that crashes, or one built by a different bundler.
 */
import type { WasmSource } from '../../model/api.js';
import { DEFAULT_LIVENESS, WorkerBridge, type LivenessOptions, type WorkerHandle } from '../bridge.js';
import type { RunCallOptions } from '../runner-pool.js';
import { createSimulationWorker, simulationWasmUrl } from './assets.js';

export { WorkerCrashedError, DEFAULT_LIVENESS, type LivenessOptions } from '../bridge.js';

export interface ClientOptions {
  /** Override where the wasm comes from (CDN or CSP setups). */
  wasm?: WasmSource;
  /** Makes the worker; defaults to the simulation worker beside the module (or under the asset base). */
  createWorker?: () => Worker;
  /** The heartbeat that detects a worker that died without an error event (see bridge.ts). */
  liveness?: Partial<LivenessOptions>;
}

export type ClientRunOptions = RunCallOptions;

function webWorkerHandle(worker: Worker): WorkerHandle {
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onCrash(listener) {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        listener(e.message || 'uncaught error in the worker');
      });
      worker.addEventListener('messageerror', () => listener('a message could not be deserialised'));
    },
  };
}

/**
 * The wasm fetched by the page at the moment the worker is started, so the two downloads overlap: left to the
 * worker, the wasm request waited for the worker script (on a 562.5 ms round trip, "Fast 3G", the wasm arrived
 * 1.3 s after it; scripts/cold-start.mjs). If the page cannot fetch it, the worker gets the URL and reports why.
 */
export async function prefetchWasm(source: WasmSource): Promise<WasmSource> {
  if (!('url' in source) || typeof fetch !== 'function') return source;
  try {
    const response = await fetch(source.url);
    return response.ok ? { bytes: await response.arrayBuffer() } : source;
  } catch {
    return source;
  }
}

export class SimulationClient extends WorkerBridge {
  constructor(options: ClientOptions = {}) {
    super(
      () => webWorkerHandle((options.createWorker ?? createSimulationWorker)()),
      () => prefetchWasm(options.wasm ?? { url: simulationWasmUrl() }),
      { ...DEFAULT_LIVENESS, ...options.liveness },
    );
  }
}
