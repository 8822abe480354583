/** NodeWorkerClient — one worker_threads worker behind the SimulationApi (the lifecycle is bridge.ts's). */
import { Worker } from 'node:worker_threads';
import { WorkerBridge, type WorkerHandle } from '../bridge.js';
import { nodeEndpoint } from './endpoint.js';

export interface NodeClientOptions {
  /** The compiled worker entry (dist/node/worker.js); defaults to the one next to this module. */
  workerUrl?: URL;
  /** The wasm bytes, shared by every worker of a pool (read once). */
  wasmBytes: ArrayBuffer;
  /** Makes the worker (tests inject a crashing one). */
  createWorker?: () => Worker;
}

export const DEFAULT_WORKER_URL = new URL('./worker.js', import.meta.url);

function nodeWorkerHandle(worker: Worker): WorkerHandle {
  return {
    endpoint: nodeEndpoint(worker),
    terminate: () => void worker.terminate(),
    onCrash(listener) {
      worker.on('error', (e: Error) => listener(e.message));
      worker.on('exit', (code: number) => listener(`the worker exited with code ${code}`));
    },
  };
}

export class NodeWorkerClient extends WorkerBridge {
  constructor(options: NodeClientOptions) {
    const make = options.createWorker ?? (() => new Worker(options.workerUrl ?? DEFAULT_WORKER_URL));
    // Each worker gets its own copy of the bytes (a transferred buffer would be gone for the next worker).
    super(
      () => {
        const w = make();
        w.unref();
        return nodeWorkerHandle(w);
      },
      () => ({ bytes: options.wasmBytes.slice(0) }),
    );
  }
}
