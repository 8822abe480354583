// Screening-trial cohorts: 1,000 virtual patients through baclofen bolus screening (3 days of trial each, plus
// the 48 h chronic-therapy run that answers "would the implant help?"). Reports patients/s on the batched SIMD
// kernel in one thread, the speed-up from batching (against the adaptive single column, patient by patient)
// and from the worker pool (Chromium: Web Workers).
import type { BenchSuite, Metric } from '../harness.js';
import { runCohort } from '../../src/engine/trials/run-cohort.js';
import { CsfTrialEngine } from '../../src/engine/trials/trial-engine.js';
import { CsfBatchTrialEngine } from '../../src/engine/trials/trial-batch-engine.js';

const SPEC = { protocol: 'baclofen-bolus', population: 'spasticity-spinal', seed: 1 };
const N = 1000;
const BIG = 10_000;
const rate = (ms: number): Metric => ({ value: (N / ms) * 1000, unit: 'patients/s', better: 'higher' });

export const suite: BenchSuite = {
  name: 'trial',
  cases: [
    {
      name: `baclofen bolus screening, ${N} patients`,
      async run(ctx) {
        const wasm = await ctx.wasm();
        const batch = new CsfBatchTrialEngine(wasm);
        const single = new CsfTrialEngine(wasm);
        // Warm-up: tier the wasm up [T2] on small cohorts, both engines. V8 tiers a wasm function
        // up after a budget of work: since the batch takes 1-min steps only around boluses, one 64-patient cohort
        // no longer spends it (the first 1000-patient run was then ~1.8× slower than the next, measured in Node).
        for (let i = 0; i < 3; i++) await runCohort(batch, { ...SPEC, cohortSize: 64 });
        for (let i = 0; i < 2; i++) await runCohort(single, { ...SPEC, cohortSize: 16 });
        const once = { repeats: 1, warmup: 0 };
        const batchMs = await ctx.time(() => runCohort(batch, { ...SPEC, cohortSize: N }), once);
        const singleMs = await ctx.time(() => runCohort(single, { ...SPEC, cohortSize: N }), once);
        const metrics: Record<string, Metric> = {
          'batched kernel, one thread': { value: batchMs, unit: 'ms' },
          'batched kernel, one thread, rate': rate(batchMs),
          'single column, one thread': { value: singleMs, unit: 'ms' },
          'speed-up from batching': { value: singleMs / batchMs, unit: '×', better: 'higher' },
        };
        if (ctx.runtime === 'chromium') {
          const { browserTrialPool } = await import('../../src/runtime/browser/trial-service.js');
          const pool = browserTrialPool(Math.max(1, Math.min(4, ctx.cores)));
          try {
            await pool.runCohort({ ...SPEC, cohortSize: 128 }); // start and warm the workers
            const poolMs = await ctx.time(() => pool.runCohort({ ...SPEC, cohortSize: N }), once);
            metrics[`worker pool (${pool.size}), batched`] = { value: poolMs, unit: 'ms' };
            metrics['worker pool, rate'] = rate(poolMs);
            metrics['speed-up from the pool'] = { value: batchMs / poolMs, unit: '×', better: 'higher' };
          } finally {
            pool.dispose();
          }
        }
        return metrics;
      },
    },
    {
      name: `baclofen bolus screening, ${BIG} patients, worker pool (issue 19: ≤ 1 s in Chromium on 2 cores)`,
      async run(ctx): Promise<Record<string, Metric>> {
        if (ctx.runtime !== 'chromium') return {};
        const { browserTrialPool } = await import('../../src/runtime/browser/trial-service.js');
        const pool = browserTrialPool(Math.max(1, Math.min(4, ctx.cores)));
        try {
          // Start-up: new workers (script, wasm fetch and compile, instantiation) through a first small cohort.
          const startMs = await ctx.time(() => pool.runCohort({ ...SPEC, cohortSize: 16 * pool.size }), {
            repeats: 1,
            warmup: 0,
          });
          const warmMs = await ctx.time(() => pool.runCohort({ ...SPEC, cohortSize: 16 * pool.size }), {
            repeats: 1,
            warmup: 0,
          });
          for (let i = 0; i < 2; i++) await pool.runCohort({ ...SPEC, cohortSize: 256 }); // tier up
          const ms = await ctx.time(() => pool.runCohort({ ...SPEC, cohortSize: BIG }), {
            repeats: 1,
            warmup: 0,
          });
          return {
            [`pool start-up: first ${16 * pool.size} patients on new workers`]: {
              value: startMs,
              unit: 'ms',
            },
            [`the same ${16 * pool.size} patients on the started pool`]: { value: warmMs, unit: 'ms' },
            [`worker pool (${pool.size}), batched`]: { value: ms, unit: 'ms' },
            'worker pool, rate': { value: (BIG / ms) * 1000, unit: 'patients/s', better: 'higher' },
          };
        } finally {
          pool.dispose();
        }
      },
    },
  ],
};
