// End-to-end simulate() on the default preset: validation, both engines, result assembly — what a user waits for.
// Paired with the engine alone (pump + CSF drivers over the same 90 days, test/reference/csf-default-run.ts) round by
// round, because the load of the shared machine drifts: the ratio is the median of the rounds' ratios (issue 19:
// end to end ≤ 2 × the engine). In Chromium also through the page's worker (comlink, transfer of the result).
import type { BenchSuite, Metric } from '../harness.js';
import { simulate } from '../../src/engine/simulate.js';
import { findPreset, DEFAULT_PRESET_ID } from '../../src/model/scenario/presets.js';
import { runDefaultScenario } from '../../test/reference/csf-default-run.js';

const ROUNDS = 9;
const median = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1];

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
        for (let i = 0; i < 2; i++) {
          await simulate(warm, scenario);
          runDefaultScenario(warm, { chunk: 256 }).dispose();
        }
        const sim: number[] = [];
        const engine: number[] = [];
        for (let i = 0; i < ROUNDS; i++) {
          let t = performance.now();
          await simulate(warm, scenario);
          sim.push(performance.now() - t);
          t = performance.now();
          runDefaultScenario(warm, { chunk: 256 }).dispose();
          engine.push(performance.now() - t);
        }
        const metrics: Record<string, Metric> = {
          'first run (cold wasm)': { value: firstMs, unit: 'ms' },
          'warm run': { value: median(sim), unit: 'ms' },
          'engine alone (pump + CSF drivers), warm': { value: median(engine), unit: 'ms' },
          'end to end ÷ engine, median of paired rounds': {
            value: median(sim.map((s, i) => s / engine[i])),
            unit: '×',
          },
        };
        if (ctx.runtime === 'chromium') {
          const { SimulationClient } = await import('../../src/runtime/browser/simulation-client.js');
          const client = new SimulationClient();
          try {
            for (let i = 0; i < 3; i++) await client.run(scenario); // start the worker, compile, tier up
            const viaWorker: number[] = [];
            const ratio: number[] = [];
            for (let i = 0; i < ROUNDS; i++) {
              let t = performance.now();
              await client.run(scenario);
              viaWorker.push(performance.now() - t);
              t = performance.now();
              runDefaultScenario(warm, { chunk: 256 }).dispose();
              ratio.push(viaWorker[i] / (performance.now() - t));
            }
            metrics['through the worker (comlink, transfer), warm'] = {
              value: median(viaWorker),
              unit: 'ms',
            };
            metrics['through the worker ÷ engine, median of paired rounds'] = {
              value: median(ratio),
              unit: '×',
            };
          } finally {
            client.dispose();
          }
        }
        return metrics;
      },
    },
  ],
};
