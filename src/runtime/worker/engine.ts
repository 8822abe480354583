/**
 * Engine — implements SimulationApi. Testable without a Worker: sim.worker.ts only exposes it with comlink.
 */
import * as Comlink from 'comlink';
import type {
  CheapRunOutcome,
  ProgressCallback,
  RunOptions,
  SimulationApi,
  TransferDiagnostics,
  WasmSource,
} from '../../model/api.js';
import { resultBuffers, type SimResult } from '../../model/result.js';
import { instantiateWasm, type WasmExports } from '../../engine/wasm/load.js';
import { compileWasm } from '../../engine/wasm/compile.js';
import { simulate } from '../../engine/simulate.js';
import { estimateRunCost } from '../../model/scenario/run-cost.js';
import type { OutcomeRow } from '../../model/trials/types.js';
import type { TrialTimelineData } from '../../model/trials/timeline.js';

/**
 * runIfCheap's progress starts this long into the run, ms. Each report is a message to the page and back, and
 * simulate() awaits the last one, so a short run's reports cost a round trip through a page that is busy painting
 * a live drag; the page shows progress only after a second anyway (PROGRESS_AFTER_MS in the run queue).
 */
export const QUIET_PROGRESS_MS = 250;

/** Drops reports in the first QUIET_PROGRESS_MS; later ones carry the estimate the caller never received. */
function quietAtFirst(onProgress: ProgressCallback, estimatedSeconds: number | null): ProgressCallback {
  const from = performance.now() + QUIET_PROGRESS_MS;
  return (p) => (performance.now() < from ? undefined : onProgress({ ...p, estimatedSeconds }));
}

export class Engine implements SimulationApi {
  private wasm: WasmExports | null = null;
  private current: AbortController | null = null;
  private lastSent: { buffers: ArrayBuffer[]; bytes: number } = { buffers: [], bytes: 0 };

  async init(source: WasmSource): Promise<void> {
    if (this.wasm) return;
    this.wasm = await instantiateWasm(await compileWasm(source));
  }

  async run(scenario: unknown, options: RunOptions = {}, onProgress?: ProgressCallback): Promise<SimResult> {
    const result = await this.simulateOnce(scenario, options, onProgress);
    return Comlink.transfer(result, this.lastSent.buffers);
  }

  async runIfCheap(
    scenario: unknown,
    maxSeconds: number,
    options: RunOptions = {},
    onProgress?: ProgressCallback,
  ): Promise<CheapRunOutcome> {
    const estimatedSeconds = await this.estimateRunSeconds(scenario);
    if (estimatedSeconds !== null && !(estimatedSeconds <= maxSeconds))
      return { ran: false, estimatedSeconds };
    const report = onProgress && quietAtFirst(onProgress, estimatedSeconds);
    const result = await this.simulateOnce(scenario, options, report);
    return Comlink.transfer({ ran: true, result }, this.lastSent.buffers);
  }

  /** One simulation, cancelling the one in flight; its series buffers are noted in lastSent for transfer. */
  private async simulateOnce(
    scenario: unknown,
    options: RunOptions,
    onProgress: ProgressCallback | undefined,
  ): Promise<SimResult> {
    if (!this.wasm) throw new Error('Engine.init() must be called before run().');
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    try {
      const result = await simulate(this.wasm, scenario, {
        signal: controller.signal,
        onProgress,
        chunkIntervals: options.chunkIntervals,
      });
      const buffers = resultBuffers(result);
      this.lastSent = { buffers, bytes: buffers.reduce((s, b) => s + b.byteLength, 0) };
      return result;
    } finally {
      if (this.current === controller) this.current = null;
    }
  }

  async ping(): Promise<true> {
    return true;
  }

  async estimateRunSeconds(scenario: unknown): Promise<number | null> {
    try {
      return estimateRunCost(scenario).estimatedSeconds;
    } catch {
      return null;
    }
  }

  async cancel(): Promise<void> {
    this.current?.abort();
  }

  async diagnostics(): Promise<TransferDiagnostics> {
    const { buffers, bytes } = this.lastSent;
    return {
      buffers: buffers.length,
      bytes,
      detachedAfterSend: buffers.length > 0 && buffers.every((b) => b.byteLength === 0),
    };
  }

  // Trials (docs/trials.md): same cancel as run(); see src/runtime/worker/trial-api.ts. Imported on first use: a separate
  // chunk of the worker bundle (cohort code, the zod trial-spec schema), so a page that only runs scenarios
  // never downloads it (`npm run size`).
  async runCohortSlice(
    spec: unknown,
    firstId: number,
    count: number,
    onProgress?: (done: number) => void,
  ): Promise<OutcomeRow[]> {
    if (!this.wasm) throw new Error('Engine.init() must be called before runCohortSlice().');
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    try {
      const { cohortSlice } = await import('./trial-api.js');
      return await cohortSlice(this.wasm, spec, firstId, count, controller.signal, onProgress);
    } finally {
      if (this.current === controller) this.current = null;
    }
  }

  async runTrialTimeline(spec: unknown, patientId: number): Promise<TrialTimelineData> {
    if (!this.wasm) throw new Error('Engine.init() must be called before runTrialTimeline().');
    const { trialTimeline } = await import('./trial-api.js');
    return trialTimeline(this.wasm, spec, patientId);
  }
}
