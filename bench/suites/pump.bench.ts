// Pump engine alone: 7 years of a programmable pump at 1 mL/day in 1 µL strokes (≈ 2.56 M strokes, one pump
// replacement), hourly
// output records, no raw stroke list. Strokes are counted in closed form per segment, so the cost scales with
// output records and events, not strokes. Also the first-run cost with a freshly compiled module, as one long
// wasm call versus 2048-record chunks (V8 has no on-stack replacement for wasm: [T2]).
import type { BenchContext, BenchSuite } from '../harness.js';
import { instantiateWasm, type WasmExports } from '../../src/engine/wasm/load.js';
import { PumpDriver } from '../../src/engine/pump/pump-driver.js';
import { deviceParams, defaultCatheter } from '../../src/model/data/devices.js';
import type { PumpConfig } from '../../src/model/pump-config.js';
import { HOURS_PER_YEAR, mlPerDayToUlPerHour, SEA_LEVEL_KPA } from '../../src/model/units.js';

const HOURS = Math.round(7 * HOURS_PER_YEAR); // 61,362 hourly records
const CHUNK = 2048;

const config: PumpConfig = {
  device: deviceParams('programmable', { reservoirCapacityUl: 1e7 }),
  catheter: { ...defaultCatheter('programmable'), primed: true },
  reservoir: { volumeUl: 1e7, concentrationUgPerUl: 2, drug: 'baclofen' },
  program: {
    initial: { mode: 'continuous', rateUlPerHour: mlPerDayToUlPerHour(1) },
    changes: [],
    boluses: [],
    patientBolus: null,
    patientRequests: [],
  },
  environment: { temperatureC: 37, ambientKpa: SEA_LEVEL_KPA, changes: [], mriScans: [] },
  // the default battery reaches end of service at ≈ 5.6 y at 1 mL/day: the pump is replaced at 5 y
  events: {
    refills: [],
    faults: [],
    telemetrySessions: [],
    resets: [],
    replacements: [
      { tHours: Math.round(5 * HOURS_PER_YEAR), volumeUl: 1e7, concentrationUgPerUl: 2, drug: 'baclofen' },
    ],
  },
  seed: 1,
  recordStrokes: false,
};

/** Runs the 7 years; returns delivered strokes. */
function run(pump: PumpDriver, chunk: number): number {
  pump.configure(config);
  for (let done = 0; done < HOURS;) done += pump.advance(Math.min(chunk, HOURS - done), 1);
  return pump.strokeCounts().delivered;
}

/** A freshly compiled module (nothing tiered up yet), from build/ in Node or over HTTP in Chromium. */
async function freshWasm(ctx: BenchContext): Promise<WasmExports> {
  const url = new URL('../../build/bench.wasm', import.meta.url);
  const bytes =
    ctx.runtime === 'node'
      ? process.getBuiltinModule('node:fs').readFileSync(url)
      : await (await fetch(url)).arrayBuffer();
  return instantiateWasm(await WebAssembly.compile(bytes));
}

function firstRunMs(wasm: WasmExports, chunk: number): number {
  const pump = new PumpDriver(wasm, chunk);
  const t0 = performance.now();
  run(pump, chunk);
  const ms = performance.now() - t0;
  pump.dispose();
  return ms;
}

export const suite: BenchSuite = {
  name: 'pump',
  cases: [
    {
      name: '7 y programmable, 1 mL/day, 1 µL strokes, hourly records',
      async run(ctx) {
        const coldChunked = firstRunMs(await freshWasm(ctx), CHUNK);
        const coldSingle = firstRunMs(await freshWasm(ctx), HOURS);
        const pump = new PumpDriver(await ctx.wasm(), CHUNK);
        let strokes = 0;
        const warmMs = await ctx.time(() => (strokes = run(pump, CHUNK)), { repeats: 9, warmup: 3 });
        pump.dispose();
        return {
          'warm run': { value: warmMs, unit: 'ms' },
          strokes: { value: strokes, unit: 'strokes', better: 'higher' },
          'strokes per second (warm)': {
            value: strokes / (warmMs / 1000),
            unit: 'strokes/s',
            better: 'higher',
          },
          'first run, 2048-record chunks': { value: coldChunked, unit: 'ms' },
          'first run, one long call': { value: coldSingle, unit: 'ms' },
          'first-run saving from chunking': { value: coldSingle - coldChunked, unit: 'ms', better: 'higher' },
        };
      },
    },
  ],
};
