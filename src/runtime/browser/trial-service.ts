/** The browser's default TrialService: a TrialPool of simulation workers, one per core (at most 4). */
import type { TrialService } from '../../model/trials/service.js';
import { SimulationClient } from './simulation-client.js';
import { TrialPool } from '../trial-pool.js';

export function browserTrialPool(
  size = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2)),
): TrialPool {
  return new TrialPool(() => new SimulationClient(), size);
}

let shared: TrialPool | null = null;

export function getDefaultTrialService(): TrialService {
  shared ??= browserTrialPool();
  return shared;
}
