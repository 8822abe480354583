/**
 * The "default scenario" of the distribution engine's accuracy test and benchmark: a programmable pump delivering
 * baclofen 2000 µg/mL at 0.2 mL/day in 1 µL strokes (the default preset, src/core/scenario/presets.ts) for 90 days,
 * hourly outputs, into the 120-cell column + cranial + plasma + effects. The pump's records are consumed in place.
 */
import type { CsfConfigInput } from '../core/csf-config.js';
import { defaultCatheter, deviceParams } from '../core/devices.js';
import type { PumpConfig } from '../core/pump-config.js';
import { SEA_LEVEL_KPA } from '../core/units.js';
import type { WasmExports } from '../wasm/load.js';
import { CsfDriver, pumpRecordSource } from './csf-driver.js';
import { PumpDriver } from './pump-driver.js';

export interface DefaultRunOptions {
  days?: number;
  outputHours?: number;
  csf?: Partial<CsfConfigInput>;
  /** Output intervals per wasm call (chunking, toolchain.md gotcha 8). */
  chunk?: number;
}

export function defaultPumpConfig(): PumpConfig {
  return {
    device: deviceParams('programmable', {
      strokeVolumeUl: 1,
      reservoirCapacityUl: 20_000,
      accuracyBiasFraction: 0,
      accuracyRandomHalfWidthFraction: 0,
    }),
    catheter: { ...defaultCatheter('programmable'), primed: true },
    reservoir: { volumeUl: 20_000, concentrationUgPerUl: 2, drug: 'baclofen' },
    program: {
      initial: { mode: 'continuous', rateUlPerHour: 200 / 24 },
      changes: [],
      boluses: [],
      patientBolus: null,
      patientRequests: [],
    },
    environment: { temperatureC: 37, ambientKpa: SEA_LEVEL_KPA, changes: [], mriScans: [] },
    events: { refills: [], faults: [], telemetrySessions: [], resets: [], replacements: [] },
    seed: 1,
    recordStrokes: false,
  };
}

/** Runs pump + distribution engine; returns the CSF driver (call result()/rawRecords(), then dispose()). */
export function runDefaultScenario(wasm: WasmExports, options: DefaultRunOptions = {}): CsfDriver {
  const days = options.days ?? 90;
  const dt = options.outputHours ?? 1;
  const nOut = Math.round((days * 24) / dt);
  const chunk = options.chunk ?? 720;
  const pump = new PumpDriver(wasm, chunk);
  const csf = new CsfDriver(wasm);
  try {
    pump.configure(defaultPumpConfig());
    csf.configure({ drug: 'baclofen', ...options.csf });
    const source = pumpRecordSource(pump);
    for (let start = 0; start < nOut; start += chunk) {
      const n = pump.advance(Math.min(chunk, nOut - start), dt);
      csf.advance(n, dt, source);
    }
  } finally {
    pump.dispose();
  }
  return csf;
}
