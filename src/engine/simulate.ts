/**
 * simulate(): validates a scenario, maps it onto the engines (scenario-mapping.ts), couples the pump engine and
 * the distribution engine in short chunks and assembles the SimResult (summary.ts). Shared by the worker
 * (browser) and Node.
 *
 * Coupling: each chunk, PumpDriver.advance() leaves n output records in wasm memory; CsfDriver.advance() reads
 * them in place (pointer + stride + field offsets) as its source term, so the distribution sees every interval's
 * delivered µg and µL without a copy. Chunking matters twice: V8 has no on-stack replacement for wasm, so one long
 * first call stays in the baseline tier [T2], and chunk boundaries are where progress is
 * reported and cancellation is honoured.
 *
 * Timing of the source: a pump record is an integral over its interval, so with the CSF on, each chunk first asks
 * the pump how many whole intervals ahead hold no delivery change (coupling.ts). Those go in one call as above; an
 * interval that holds a change (bolus start/end, impulse, sparse large stroke) is advanced in sub-steps cut at
 * the pump's change times, so the CSF sees the true timing while the pump series keep one summed record.
 */
import type { ProgressCallback } from '../model/api.js';
import type { SimResult } from '../model/result.js';
import { ScenarioError, validateScenario } from '../model/scenario/validate.js';
import type { Scenario } from '../model/scenario/schema.js';
import type { WasmExports } from './wasm/load.js';
import { exclusive } from './wasm/exclusive.js';
import { OUT, PumpDriver } from './pump/pump-driver.js';
import { CsfDriver } from './csf/csf-driver.js';
import { mapScenario } from './scenario-mapping.js';
import { resolveCsfConfig, type CsfConfig } from '../model/csf-config.js';
import {
  advanceIntervalInSubsteps,
  changeFreeIntervals,
  couplingLookahead,
  shareTipConcentration,
} from './coupling.js';
import { PumpSeriesCollector, assembleResult } from './summary.js';

export interface SimulateOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  /** Output intervals per wasm call (default: as many as make a few ms of work). */
  chunkIntervals?: number;
  /**
   * Sub-step intervals that hold a delivery change (default true). false feeds the CSF the per-interval average
   * (the pre-#4 coupling); kept for comparisons and the test that shows the difference.
   */
  substeps?: boolean;
  /**
   * Overrides the distribution engine's step sizes (h) for accuracy studies: the fine-step reference of
   * test/assembly/csf-presets-accuracy.test.ts. The coupling keeps the default numerics' pulse threshold, so both
   * runs see the same pump input and differ only in time stepping.
   */
  csfNumerics?: Partial<CsfConfig['numerics']>;
}

/** Yields to the event loop (so a cancel message can arrive) at most every YIELD_MS of work. */
const YIELD_MS = 8;
/**
 * A macrotask without the timer clamp: setTimeout(0) waits ≥ 1 ms in Node and ≥ 4 ms in a browser once nested,
 * as long as a whole short run. setImmediate (Node) or a MessageChannel message (worker) lets a cancel message in
 * just the same.
 */
const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => {
    const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
    if (immediate) immediate(resolve);
    else if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
/** Default chunk: pump-only runs are cheap per interval; with the CSF column each interval costs more. */
const CHUNK_PUMP_ONLY = 4096;
const CHUNK_WITH_CSF = 256;

export class AbortError extends Error {
  override readonly name = 'AbortError';
  constructor() {
    super('The simulation was cancelled.');
  }
}

export function parseScenarioOrThrow(input: unknown): Scenario {
  const v = validateScenario(input);
  if (!v.ok) throw new ScenarioError(v.errors);
  return v.scenario;
}

/** Runs a scenario on a wasm instance; runs on the same instance queue (src/engine/wasm/exclusive.ts). */
export function simulate(
  wasm: WasmExports,
  input: unknown,
  options: SimulateOptions = {},
): Promise<SimResult> {
  return exclusive(wasm, () => simulateNow(wasm, input, options));
}

async function simulateNow(wasm: WasmExports, input: unknown, options: SimulateOptions): Promise<SimResult> {
  if (options.signal?.aborted) throw new AbortError();
  const scenario = parseScenarioOrThrow(input);
  const inputs = mapScenario(scenario);
  const { dtHours, nOut } = inputs;
  const defaultChunk = inputs.csf ? CHUNK_WITH_CSF : CHUNK_PUMP_ONLY;
  const requested = Math.floor(options.chunkIntervals ?? defaultChunk);
  const chunk = Math.max(1, Math.min(Number.isFinite(requested) ? requested : defaultChunk, nOut));

  const pump = new PumpDriver(wasm, chunk);
  const csf = inputs.csf ? new CsfDriver(wasm) : null;
  const series = new PumpSeriesCollector(nOut);
  try {
    pump.configure(inputs.pump);
    csf?.configure(
      options.csfNumerics
        ? { ...inputs.csf!, numerics: { ...inputs.csf!.numerics, ...options.csfNumerics } }
        : inputs.csf!,
    );
    const source = {
      stride: pump.stride,
      offMass: OUT.tipMassUg,
      offVolume: OUT.tipVolumeUl,
      offSystemic: OUT.systemicMassUg,
    };
    let lastYield = performance.now();
    const look =
      csf && options.substeps !== false
        ? couplingLookahead(options.csfNumerics ? resolveCsfConfig(inputs.csf!) : csf.config)
        : null;
    // Whole intervals first, then (when the run length is not a multiple of the interval) the shorter last one.
    const uniform = inputs.lastDtHours === dtHours ? nOut : nOut - 1;
    let nextReport = 0;
    for (let start = 0; start < nOut;) {
      const dt = start < uniform ? dtHours : inputs.lastDtHours;
      const limit = start < uniform ? uniform - start : 1;
      const dtSec = Math.max(1, Math.round(dt * 3600));
      const free = csf && look ? changeFreeIntervals(wasm, look, dtSec) : Infinity;
      let n: number;
      if (csf && look && free < 1) {
        series.add(start, 1, advanceIntervalInSubsteps(wasm, pump, csf, look, dtSec, source), pump.stride);
        n = 1;
      } else {
        // a pump drawing CSF back must see the CSF of now: one interval at a time (coupling.ts)
        const back = csf !== null && shareTipConcentration(wasm);
        n = pump.advance(Math.min(chunk, limit, free, back ? 1 : Infinity), dt);
        if (n <= 0) throw new Error('The pump engine made no progress.');
        series.add(start, n, pump.view(), pump.stride);
        csf?.advance(n, dt, { ptr: pump.outPtr, ...source });
      }
      start += n;
      // Reported about once per chunk (sub-stepped intervals advance one at a time).
      if (start >= nextReport || start >= nOut) {
        nextReport = start + chunk;
        const report = options.onProgress?.({
          tHours: series.series.tHours[start - 1],
          fraction: start / nOut,
        });
        if (start >= nOut) await report;
      }
      if (performance.now() - lastYield > YIELD_MS) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
      if (options.signal?.aborted) throw new AbortError();
    }
    return assembleResult(scenario, inputs, pump, series, csf?.result() ?? null);
  } finally {
    csf?.dispose();
    pump.dispose();
  }
}
