// Test fixtures for the pump engine: a minimal PumpConfig and a runner that copies every output record out.
import type { BasalProgram, PumpConfig, PumpDeviceParams } from '../../src/model/pump-config.js';
import { defaultCatheter, deviceParams, type DevicePresetId } from '../../src/model/data/devices.js';
import { SEA_LEVEL_KPA } from '../../src/model/units.js';
import { OUT, PumpDriver, type OutField } from '../../src/engine/pump/pump-driver.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';

/** A programmable pump with ideal accuracy, a primed catheter and the given basal program. */
export function baseConfig(
  program: BasalProgram,
  opts: {
    preset?: DevicePresetId;
    device?: Partial<PumpDeviceParams>;
    reservoirUl?: number;
    conc?: number;
  } = {},
): PumpConfig {
  const preset = opts.preset ?? 'programmable';
  return {
    device: deviceParams(preset, {
      accuracyBiasFraction: 0,
      accuracyRandomHalfWidthFraction: 0,
      ...opts.device,
    }),
    catheter: { ...defaultCatheter(preset), primed: true },
    reservoir: {
      volumeUl: opts.reservoirUl ?? 20000,
      concentrationUgPerUl: opts.conc ?? 2,
      drug: 'baclofen',
    },
    program: { initial: program, changes: [], boluses: [], patientBolus: null, patientRequests: [] },
    environment: { temperatureC: 37, ambientKpa: SEA_LEVEL_KPA, changes: [], mriScans: [] },
    events: { refills: [], faults: [], telemetrySessions: [], resets: [], replacements: [] },
    seed: 1,
    recordStrokes: false,
  };
}

export type Series = Record<OutField, Float64Array>;

/** Runs nSteps intervals of dtHours in chunks and returns every field as a full-length array. */
export function runSeries(
  wasm: WasmExports,
  config: PumpConfig,
  nSteps: number,
  dtHours: number,
  chunk = 1024,
) {
  const pump = new PumpDriver(wasm, chunk);
  pump.configure(config);
  const fields = Object.keys(OUT) as OutField[];
  const series = Object.fromEntries(fields.map((f) => [f, new Float64Array(nSteps)])) as Series;
  for (let start = 0; start < nSteps; start += chunk) {
    const n = pump.advance(Math.min(chunk, nSteps - start), dtHours);
    const v = pump.view();
    for (let i = 0; i < n; i++) for (const f of fields) series[f][start + i] = v[i * pump.stride + OUT[f]];
  }
  return { pump, series };
}

/** Sum of a[from … to) (delivered volumes and doses over a span of outputs). */
export function sum(a: ArrayLike<number>, from = 0, to = a.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i];
  return s;
}
