/** NodeSimulationPool — worker_threads, one per core, with the same interface as the browser SimulationPool. */
import { availableParallelism } from 'node:os';
import { RunnerPool } from '../runner-pool.js';
import { NodeWorkerClient, type NodeClientOptions } from './worker-client.js';
import { readWasmBytes } from './wasm-file.js';

export interface NodePoolOptions extends Partial<NodeClientOptions> {
  /** Number of worker threads; default os.availableParallelism(), at most maxWorkers(). */
  size?: number;
}

/**
 * The most worker threads a pool gets: twice the cores. Each worker holds its own wasm instance and V8 heap
 * (about 16 MB): 256 workers on 2 cores took 4.2 GB and ran no faster than 2.
 */
export function maxWorkers(): number {
  return 2 * Math.max(1, availableParallelism());
}

/** A requested pool size clamped to 1 … maxWorkers() (default: one per core); `capped` when it was lowered. */
export function poolSize(requested?: number): { size: number; capped: boolean } {
  const size = requested ?? Math.max(1, availableParallelism());
  const max = maxWorkers();
  return { size: Math.min(size, max), capped: size > max };
}

export class NodeSimulationPool extends RunnerPool {
  constructor(options: NodePoolOptions & { wasmBytes: ArrayBuffer }) {
    const { size, ...clientOptions } = options;
    super(() => new NodeWorkerClient(clientOptions), poolSize(size).size);
  }
}

/** Makes a pool with the packaged wasm. */
export async function createNodePool(options: NodePoolOptions = {}): Promise<NodeSimulationPool> {
  return new NodeSimulationPool({ ...options, wasmBytes: options.wasmBytes ?? (await readWasmBytes()) });
}
