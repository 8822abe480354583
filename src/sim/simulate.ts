/**
 * simulate(): validates a scenario, drives the wasm engines in short chunks and assembles a SimResult.
 * Shared by the worker (browser) and Node. Chunking matters twice: V8 has no on-stack replacement for wasm,
 * so one long first call stays in the baseline tier (toolchain.md gotcha 8), and chunk boundaries are where
 * progress is reported and cancellation is honoured.
 */
import type { ProgressCallback } from '../core/api.js';
import type { SimEvent, SimResult } from '../core/result.js';
import { ScenarioError, validateScenario } from '../core/scenario/validate.js';
import type { Scenario } from '../core/scenario/schema.js';
import { resolveDevice } from '../core/scenario/resolve.js';
import {
  daysToHours,
  minutesToHours,
  mlPerDayToUlPerHour,
  mlToUl,
  SEA_LEVEL_KPA,
  ugPerMlToUgPerUl,
  ulToMl,
} from '../core/units.js';
import type { PumpConfig } from '../core/pump-config.js';
import { defaultCatheter, deviceParams } from '../core/devices.js';
import type { WasmExports } from '../wasm/load.js';
import { OUT, PumpDriver } from './pump-driver.js';

export interface SimulateOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  /** Output intervals per wasm call. */
  chunkIntervals?: number;
}

/** Yields to the event loop (so a cancel message can arrive) at most every YIELD_MS of work. */
const YIELD_MS = 8;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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

export async function simulate(
  wasm: WasmExports,
  input: unknown,
  options: SimulateOptions = {},
): Promise<SimResult> {
  const scenario = parseScenarioOrThrow(input);
  // Interim, until the pump and CSF drivers land: refuse what this slice cannot simulate rather than guess.
  const p = scenario.program;
  if (
    scenario.device.kind !== 'programmable' ||
    scenario.events.length ||
    p.boluses?.length ||
    p.flex ||
    p.patientBolus
  ) {
    throw new Error(
      'This scenario needs engine features that are not available yet (only continuous programmable).',
    );
  }
  const dtHours = minutesToHours(scenario.outputIntervalMinutes);
  const durationHours = daysToHours(scenario.durationDays);
  const nOut = Math.max(1, Math.round(durationHours / dtHours));
  const chunk = Math.max(1, Math.min(options.chunkIntervals ?? 2048, nOut));

  // The scenario (schema v1) describes a continuous programmable pump only; the API engineer's mapping of the full
  // scenario onto PumpConfig replaces this. Until the scenario carries accuracy settings, delivery is ideal.
  const concentrationUgPerUl = ugPerMlToUgPerUl(scenario.drug.concentrationUgPerMl);
  const device = resolveDevice(scenario);
  const config: PumpConfig = {
    device: deviceParams('programmable', {
      strokeVolumeUl: device.strokeVolumeUl,
      reservoirCapacityUl: mlToUl(device.reservoirMl),
      accuracyBiasFraction: 0,
      accuracyRandomHalfWidthFraction: 0,
    }),
    catheter: { ...defaultCatheter('programmable'), primed: true },
    reservoir: {
      volumeUl: mlToUl(Math.min(device.reservoirStartMl, device.reservoirMl)),
      concentrationUgPerUl,
      drug: scenario.drug.name,
    },
    program: {
      initial: { mode: 'continuous', rateUlPerHour: mlPerDayToUlPerHour(scenario.program.rateMlPerDay ?? 0) },
      changes: [],
      boluses: [],
      patientBolus: null,
      patientRequests: [],
    },
    environment: { temperatureC: 37, ambientKpa: SEA_LEVEL_KPA, changes: [], mriScans: [] },
    events: { refills: [], faults: [], telemetrySessions: [], resets: [], replacements: [] },
    seed: scenario.seed,
    recordStrokes: false,
  };

  const tHours = new Float64Array(nOut);
  const tipVolumeUl = new Float64Array(nOut);
  const tipDoseUg = new Float64Array(nOut);
  const reservoirMl = new Float64Array(nOut);
  const programmedCumulativeMl = new Float64Array(nOut);
  let emptyAtHours: number | null = null;

  const pump = new PumpDriver(wasm, chunk);
  let events: SimEvent[] = [];
  try {
    pump.configure(config);
    const stride = pump.stride;
    let lastYield = performance.now();
    for (let start = 0; start < nOut; start += chunk) {
      const n = pump.advance(Math.min(chunk, nOut - start), dtHours);
      const view = pump.view();
      for (let i = 0; i < n; i++) {
        const k = start + i;
        const rec = i * stride;
        tHours[k] = view[rec + OUT.tHours];
        tipVolumeUl[k] = view[rec + OUT.tipVolumeUl];
        tipDoseUg[k] = view[rec + OUT.tipMassUg];
        reservoirMl[k] = ulToMl(view[rec + OUT.reservoirUl]);
        programmedCumulativeMl[k] = ulToMl(view[rec + OUT.programmedCumUl]);
      }
      options.onProgress?.({ tHours: tHours[start + n - 1], fraction: (start + n) / nOut });
      if (performance.now() - lastYield > YIELD_MS) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
      if (options.signal?.aborted) throw new AbortError();
    }
    events = pump.events();
    emptyAtHours = events.find((e) => e.code === 'delivery-stopped')?.tHours ?? null;
  } finally {
    pump.dispose();
  }

  let deliveredUl = 0;
  let deliveredUg = 0;
  for (let k = 0; k < nOut; k++) {
    deliveredUl += tipVolumeUl[k];
    deliveredUg += tipDoseUg[k];
  }
  return {
    schemaVersion: 1,
    scenarioName: scenario.name,
    seed: scenario.seed,
    summary: {
      durationHours: nOut * dtHours,
      programmedVolumeMl: programmedCumulativeMl[nOut - 1],
      deliveredVolumeMl: ulToMl(deliveredUl),
      deliveredDoseUg: deliveredUg,
      reservoirEndMl: reservoirMl[nOut - 1],
      emptyAtHours,
    },
    series: { tHours, tipVolumeUl, tipDoseUg, reservoirMl, programmedCumulativeMl },
    events,
  };
}
