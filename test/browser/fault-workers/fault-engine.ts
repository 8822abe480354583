// A simulation worker with one injected fault, for the fault suite (test/browser/worker-faults.test.ts). It is
// the real Engine (init, ping and the rest answer normally); only a run (run() or runIfCheap()) misbehaves,
// 20 ms into the run (its result is held back until then):
// - close: the worker closes itself (no error event reaches the page, as after an out-of-memory kill);
// - hang: the worker loops forever (it never answers again);
// - throw: an uncaught error in the worker (an error event);
// - busy: no fault — 3 s of work in 40 ms slices with a yield between (as a long run does), then the run.
import * as Comlink from 'comlink';
import { Engine } from '../../../src/runtime/worker/engine.js';
import { registerErrorTransfer } from '../../../src/runtime/errors-transfer.js';
import type { CheapRunOutcome, ProgressCallback, RunOptions } from '../../../src/model/api.js';
import type { SimResult } from '../../../src/model/result.js';

export type WorkerFault = 'close' | 'hang' | 'throw' | 'busy';

class FaultyEngine extends Engine {
  constructor(private readonly fault: WorkerFault) {
    super();
  }

  override run(scenario: unknown, options?: RunOptions, onProgress?: ProgressCallback): Promise<SimResult> {
    return this.misbehave(() => super.run(scenario, options, onProgress));
  }

  override runIfCheap(
    scenario: unknown,
    maxSeconds: number,
    options?: RunOptions,
    onProgress?: ProgressCallback,
  ): Promise<CheapRunOutcome> {
    return this.misbehave(() => super.runIfCheap(scenario, maxSeconds, options, onProgress));
  }

  /** A run (either way in) with this worker's fault. */
  private async misbehave<T>(work: () => Promise<T>): Promise<T> {
    if (this.fault === 'busy') {
      const end = Date.now() + 3000;
      while (Date.now() < end) {
        const slice = Date.now() + 40;
        while (Date.now() < slice); // work that does not yield
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return work();
    }
    setTimeout(() => {
      if (this.fault === 'close') self.close();
      else if (this.fault === 'throw') throw new Error('injected fault in the worker');
      else for (let spin = 0; spin >= 0; spin = (spin + 1) % 1024); // hang: never yields again
    }, 20);
    // The result is held back until after the fault, so that even a run shorter than 20 ms meets it.
    const [result] = await Promise.all([work(), new Promise((resolve) => setTimeout(resolve, 40))]);
    return result;
  }
}

export function exposeFaulty(fault: WorkerFault): void {
  registerErrorTransfer(Comlink.transferHandlers);
  Comlink.expose(new FaultyEngine(fault));
}
