// Distribution engine (issue 4): tridiagonal transport kernels in wasm and TS (single column and batched), and
// 90 days of the default scenario (pump + 120-cell CSF + cranial + plasma + effects).
// The transport cases share their set-up with the native C comparison (bench/native/cases.ts).
import type { BenchSuite, Metric } from '../harness.js';
import { cellAreasCm2, packCsfParams, resolveCsfConfig } from '../../src/model/csf-config.js';
import { runDefaultScenario } from '../../test/reference/csf-default-run.js';
import { ReferenceColumn } from '../../test/reference/csf-reference.js';
import {
  BATCH_STEPS,
  DT,
  LANES,
  NODES,
  STEPS,
  batchCoefficients,
  setupBatch,
  setupColumn,
  startState,
} from '../native/cases.js';
import { TsBatchTransport } from '../native/batch-ts.js';
import { simulate } from '../../src/engine/simulate.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
const perSecond = (cellSteps: number, ms: number): Metric => ({
  value: cellSteps / (ms / 1000),
  unit: 'cell-steps/s',
  better: 'higher',
});

export const suite: BenchSuite = {
  name: 'csf',
  cases: [
    {
      name: 'single column transport, 120 cells (wasm vs TS reference)',
      async run(ctx) {
        const wasm = await ctx.wasm();
        setupColumn(wasm);
        const wasmMs = await ctx.time(() => wasm.csfBenchTransport(STEPS, DT), { repeats: 7, warmup: 2 });
        const config = resolveCsfConfig({ drug: 'morphine' });
        const ref = new ReferenceColumn(packCsfParams(config), cellAreasCm2(config), DT);
        ref.c.set(startState(NODES, 1));
        const tsMs = await ctx.time(() => ref.transportOnly(STEPS), { repeats: 7, warmup: 2 });
        return {
          'wasm kernel': perSecond(STEPS * NODES, wasmMs),
          'TS reference': perSecond(STEPS * NODES, tsMs),
          'wasm / TS': { value: tsMs / wasmMs, unit: '×', better: 'higher' },
        };
      },
    },
    {
      name: `batched transport, ${LANES} lanes × 120 cells (wasm SIMD vs same algorithm in TS)`,
      async run(ctx) {
        const wasm = await ctx.wasm();
        const state = setupBatch(wasm);
        const ts = new TsBatchTransport(NODES, LANES, batchCoefficients(wasm), state().slice());
        const steps = BATCH_STEPS;
        const wasmMs = await ctx.time(() => wasm.csfBatchBenchTransport(steps), { repeats: 7, warmup: 2 });
        const tsMs = await ctx.time(
          () => {
            for (let s = 0; s < steps; s++) ts.step();
          },
          { repeats: 7, warmup: 2 },
        );
        const cellSteps = steps * NODES * LANES;
        return {
          'wasm SIMD batch': perSecond(cellSteps, wasmMs),
          'TS batch': perSecond(cellSteps, tsMs),
          'wasm / TS': { value: tsMs / wasmMs, unit: '×', better: 'higher' },
        };
      },
    },
    {
      name: '90 days, default scenario (pump + 120-cell CSF + cranial + plasma + effects)',
      async run(ctx) {
        const cold = await ctx.wasm();
        const t0 = performance.now();
        runDefaultScenario(cold).dispose();
        const firstMs = performance.now() - t0;
        const wasm = await ctx.wasm();
        const warmMs = await ctx.time(() => runDefaultScenario(wasm).dispose(), { repeats: 7, warmup: 2 });
        const steps = wasm.csfSteps();
        const builds = wasm.csfFactorBuilds();
        // The step control before issue 19 (dtMax 0.125 h) on the same build, round by round with today's: the load
        // of the shared machine drifts, a ratio of paired rounds does not.
        const former = { csf: { numerics: { dtMaxHours: 0.125 } } };
        const ratios: number[] = [];
        for (let i = 0; i < 7; i++) {
          let t = performance.now();
          runDefaultScenario(wasm).dispose();
          const now = performance.now() - t;
          t = performance.now();
          runDefaultScenario(wasm, former).dispose();
          ratios.push(now / (performance.now() - t));
        }
        const formerSteps = wasm.csfSteps();
        return {
          'warm run': { value: warmMs, unit: 'ms' },
          'warm run ÷ with dtMax 0.125 h (the former default), median of 7 paired rounds': {
            value: ratios.sort((a, b) => a - b)[3],
            unit: '×',
          },
          'CSF steps with dtMax 0.125 h': { value: formerSteps, unit: 'steps', better: 'lower' },
          'first run (cold wasm)': { value: firstMs, unit: 'ms' },
          'CSF steps': { value: steps, unit: 'steps', better: 'lower' },
          'factorisations built (the other steps reused a cached one)': {
            value: builds,
            unit: 'factorisations',
            better: 'lower',
          },
        };
      },
    },
    {
      name: '7.5 years, battery lifecycle preset with the distribution on (daily outputs, simulate())',
      async run(ctx) {
        const scenario = presetScenario('battery-end-of-service');
        scenario.model = { distribution: true };
        const wasm = await ctx.wasm();
        const warmMs = await ctx.time(() => simulate(wasm, scenario), { repeats: 5, warmup: 2 });
        const steps = wasm.csfSteps();
        wasm.csfSetStationarySkip(0);
        const everyMs = await ctx.time(() => simulate(wasm, scenario), { repeats: 3, warmup: 1 });
        const everySteps = wasm.csfSteps();
        wasm.csfSetStationarySkip(1);
        return {
          'warm run': { value: warmMs, unit: 'ms' },
          'CSF steps': { value: steps, unit: 'steps', better: 'lower' },
          'warm run, every step (stationary skip off)': { value: everyMs, unit: 'ms' },
          'CSF steps, every step': { value: everySteps, unit: 'steps', better: 'lower' },
        };
      },
    },
  ],
};
