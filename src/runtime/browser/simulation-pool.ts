/** SimulationPool (browser) — one Web Worker per core for sweeps and cohorts; same interface as the Node pool. */
import { RunnerPool } from '../runner-pool.js';
import { SimulationClient, type ClientOptions } from './simulation-client.js';

export interface PoolOptions extends ClientOptions {
  /** Number of workers; default navigator.hardwareConcurrency (at least 1). */
  size?: number;
}

export class SimulationPool extends RunnerPool {
  constructor(options: PoolOptions = {}) {
    const { size, ...clientOptions } = options;
    const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
    super(() => new SimulationClient(clientOptions), size ?? Math.max(1, cores || 1));
  }
}
