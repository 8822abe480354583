/**
 * The default TrialService: a cohort split over a small pool of simulation workers (one per core, at most 4),
 * each running slices of patients on its own wasm instance, with progress summed and cancel fanned out; the
 * timeline of one patient runs on the first worker. Workers start lazily and are kept for the next run; a
 * cancelled run terminates them (a wasm call cannot be interrupted otherwise) and the next run starts afresh.
 */
import * as Comlink from 'comlink';
import type { SimulationApi } from '../core/api.js';
import { registerErrorTransfer } from '../core/errors-transfer.js';
import {
  runCohortParallel,
  type AbortLike,
  type CohortProgress,
  type SliceRunner,
} from '../core/trials/cohort.js';
import type { TrialService } from '../core/trials/service.js';
import defaultWasmUrl from '../../build/release.wasm?url';

registerErrorTransfer(Comlink.transferHandlers as Map<string, unknown>);

interface PoolWorker {
  worker: Worker;
  remote: Comlink.Remote<SimulationApi>;
  ready: Promise<void>;
}

export class TrialWorkerPool implements TrialService {
  private workers: PoolWorker[] = [];

  constructor(readonly size = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency || 2))) {}

  private ensure(): PoolWorker[] {
    while (this.workers.length < this.size) {
      const worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' });
      const remote = Comlink.wrap<SimulationApi>(worker);
      const ready = remote.init({ url: new URL(defaultWasmUrl, location.href).href });
      this.workers.push({ worker, remote, ready });
    }
    return this.workers;
  }

  async runCohort(
    spec: unknown,
    options: { signal?: AbortLike; onProgress?: (p: CohortProgress) => void } = {},
  ) {
    const runners: SliceRunner[] = this.ensure().map((w) => ({
      runCohortSlice: async (s, first, count, cb) => {
        await w.ready;
        return w.remote.runCohortSlice(s, first, count, cb ? Comlink.proxy(cb) : undefined);
      },
    }));
    const onAbort = () => this.dispose();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await runCohortParallel(runners, spec, options);
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  async runTimeline(spec: unknown, patientId: number) {
    const [w] = this.ensure();
    await w.ready;
    return w.remote.runTrialTimeline(spec, patientId);
  }

  /** Terminates every worker; the pool starts new ones on the next call. */
  dispose(): void {
    for (const w of this.workers) {
      w.remote[Comlink.releaseProxy]();
      w.worker.terminate();
    }
    this.workers = [];
  }
}

let shared: TrialWorkerPool | null = null;

export function getDefaultTrialService(): TrialService {
  shared ??= new TrialWorkerPool();
  return shared;
}
