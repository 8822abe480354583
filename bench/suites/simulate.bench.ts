// End-to-end simulate() on the default preset: validation, both engines, result assembly — what a user waits for.
import type { BenchSuite } from '../harness.js';
import { simulate } from '../../src/engine/simulate.js';
import { findPreset, DEFAULT_PRESET_ID } from '../../src/model/scenario/presets.js';

export const suite: BenchSuite = {
  name: 'simulate',
  cases: [
    {
      name: 'default preset, end to end',
      async run(ctx) {
        const scenario = findPreset(DEFAULT_PRESET_ID)!.scenario;
        const cold = await ctx.wasm();
        const t0 = performance.now();
        await simulate(cold, scenario);
        const firstMs = performance.now() - t0;
        const warm = await ctx.wasm();
        const warmMs = await ctx.time(() => simulate(warm, scenario), { repeats: 7, warmup: 2 });
        return {
          'first run (cold wasm)': { value: firstMs, unit: 'ms' },
          'warm run': { value: warmMs, unit: 'ms' },
        };
      },
    },
  ],
};
