/** NodeSimulationPool — worker_threads, one per core, with the same interface as the browser SimulationPool. */
import { availableParallelism } from 'node:os';
import { RunnerPool } from '../runner-pool.js';
import { NodeWorkerClient, type NodeClientOptions } from './worker-client.js';
import { readWasmBytes } from './wasm-file.js';

export interface NodePoolOptions extends Partial<NodeClientOptions> {
  /** Number of worker threads; default os.availableParallelism(). */
  size?: number;
}

export class NodeSimulationPool extends RunnerPool {
  constructor(options: NodePoolOptions & { wasmBytes: ArrayBuffer }) {
    const { size, ...clientOptions } = options;
    super(() => new NodeWorkerClient(clientOptions), size ?? Math.max(1, availableParallelism()));
  }
}

/** Makes a pool with the packaged wasm. */
export async function createNodePool(options: NodePoolOptions = {}): Promise<NodeSimulationPool> {
  return new NodeSimulationPool({ ...options, wasmBytes: options.wasmBytes ?? (await readWasmBytes()) });
}
