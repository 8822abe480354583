// Screening-trial cohorts: 1,000 virtual patients through baclofen bolus screening (3 days of trial each, plus
// the 48 h chronic-therapy run that answers "would the implant help?"). Reports patients/s in one thread, and
// the speed-up of the worker pool (Chromium: Web Workers; Node: worker_threads when the pool is available).
import type { BenchSuite, Metric } from '../harness.js';
import { runCohort } from '../../src/sim/cohort.js';
import { CsfTrialEngine } from '../../src/sim/trial-engine.js';

const SPEC = { protocol: 'baclofen-bolus', population: 'spasticity-spinal', seed: 1 };
const N = 1000;

export const suite: BenchSuite = {
  name: 'trial',
  cases: [
    {
      name: `baclofen bolus screening, ${N} patients`,
      async run(ctx) {
        const wasm = await ctx.wasm();
        const engine = new CsfTrialEngine(wasm);
        // Warm-up: tier the wasm up (toolchain.md gotcha 8) on a small cohort.
        await runCohort(engine, { ...SPEC, cohortSize: 50 });
        const oneMs = await ctx.time(() => runCohort(engine, { ...SPEC, cohortSize: N }), {
          repeats: 1,
          warmup: 0,
        });
        const metrics: Record<string, Metric> = {
          'one thread': { value: oneMs, unit: 'ms' },
          'one thread, patients/s': { value: (N / oneMs) * 1000, unit: 'patients/s', better: 'higher' },
        };
        if (ctx.runtime === 'chromium') {
          const { TrialWorkerPool } = await import('../../src/client/trial-pool.js');
          const pool = new TrialWorkerPool(Math.max(1, Math.min(4, ctx.cores)));
          try {
            await pool.runCohort({ ...SPEC, cohortSize: 50 }); // start and warm the workers
            const poolMs = await ctx.time(() => pool.runCohort({ ...SPEC, cohortSize: N }), {
              repeats: 1,
              warmup: 0,
            });
            metrics[`worker pool (${pool.size})`] = { value: poolMs, unit: 'ms' };
            metrics['worker pool, patients/s'] = {
              value: (N / poolMs) * 1000,
              unit: 'patients/s',
              better: 'higher',
            };
            metrics['speed-up from the pool'] = { value: oneMs / poolMs, unit: '×', better: 'higher' };
          } finally {
            pool.dispose();
          }
        }
        return metrics;
      },
    },
  ],
};
