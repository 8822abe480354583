// Distribution engine (issue 4): tridiagonal transport kernels in wasm and TS (single column and batched), and
// 90 days of the default scenario (pump + 120-cell CSF + cranial + plasma + effects).
import type { BenchContext, BenchSuite, Metric } from '../harness.js';
import { cellAreasCm2, packCsfParams, resolveCsfConfig } from '../../src/core/csf-config.js';
import { CsfBatch } from '../../src/sim/csf-batch.js';
import { CsfDriver } from '../../src/sim/csf-driver.js';
import { runDefaultScenario } from '../../src/sim/csf-default-run.js';
import { ReferenceBatch, ReferenceColumn } from '../../test/reference/csf-reference.js';

const CELLS = 120;
const NODES = CELLS + 1;
const STEPS = 20_000;
const DT = 0.1;
const LANES = 8;
const perSecond = (cellSteps: number, ms: number): Metric => ({
  value: cellSteps / (ms / 1000),
  unit: 'cell-steps/s',
  better: 'higher',
});

async function column(ctx: BenchContext) {
  const wasm = await ctx.wasm();
  const driver = new CsfDriver(wasm);
  driver.configure({ drug: 'morphine' });
  return wasm;
}

export const suite: BenchSuite = {
  name: 'csf',
  cases: [
    {
      name: 'single column transport, 120 cells (wasm vs TS reference)',
      async run(ctx) {
        const wasm = await column(ctx);
        const wasmMs = await ctx.time(() => wasm.csfBenchTransport(STEPS, DT), { repeats: 7, warmup: 2 });
        const config = resolveCsfConfig({ drug: 'morphine' });
        const ref = new ReferenceColumn(packCsfParams(config), cellAreasCm2(config), DT);
        ref.c.fill(1e-3);
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
        new CsfBatch(
          wasm,
          Array.from({ length: LANES }, () => ({ drug: 'morphine' as const })),
          DT,
        );
        const steps = STEPS / 4;
        const wasmMs = await ctx.time(() => wasm.csfBatchBenchTransport(steps), { repeats: 7, warmup: 2 });
        const config = resolveCsfConfig({ drug: 'morphine' });
        const template = new ReferenceColumn(packCsfParams(config), cellAreasCm2(config), DT);
        const ts = new ReferenceBatch(LANES, NODES, template);
        ts.c.fill(1e-3);
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
        return {
          'warm run': { value: warmMs, unit: 'ms' },
          'first run (cold wasm)': { value: firstMs, unit: 'ms' },
          'CSF steps': { value: wasm.csfSteps(), unit: 'steps', better: 'lower' },
        };
      },
    },
  ],
};
