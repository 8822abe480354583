// The Node API of cohorts and sweeps (intrathecal-pump-sim/node): runCohort and runSweep with their statistics,
// progress, AbortSignal and shards; shards merged equal the whole.
import { describe, expect, it } from 'vitest';
import {
  createNodePool,
  mergeShards,
  presetScenario,
  runCohort,
  runSweep,
  sweepDocument,
  toolInfo,
  trialDocument,
} from '../../src/runtime/node/index.js';

const WORKER_URL = new URL('../../dist/node/worker.js', import.meta.url);
const spec = { protocol: 'morphine-bolus', population: 'pain-chronic', cohortSize: 90, seed: 3 };
const tool = { name: 'intrathecal-pump-sim', version: 'test' };

describe('runCohort', () => {
  it('gives the statistics with progress, the same in this thread and on worker threads', async () => {
    const progress: number[] = [];
    const inThread = await runCohort(spec, { workers: 1, onProgress: (p) => progress.push(p.done) });
    expect(inThread.summary.n).toBe(90);
    expect(inThread.summary.responders.lo).toBeLessThanOrEqual(inThread.summary.responders.p);
    expect(progress.at(-1)).toBe(90);
    const { createNodeTrialPool } = await import('../../src/runtime/node/trials.js');
    const pool = await createNodeTrialPool({ size: 2, workerUrl: WORKER_URL });
    try {
      expect(JSON.stringify(await runCohort(spec, { pool }))).toBe(JSON.stringify(inThread));
    } finally {
      pool.dispose();
    }
  }, 60_000);

  it('rejects with an AbortError when the signal aborts', async () => {
    const ac = new AbortController();
    const p = runCohort(
      { ...spec, cohortSize: 3000 },
      { workers: 1, signal: ac.signal, onProgress: () => ac.abort() },
    );
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  }, 60_000);

  it('shards merged (any order) equal the whole cohort, statistics recomputed', async () => {
    const whole = trialDocument(tool, await runCohort(spec, { workers: 1 }));
    const parts = [];
    for (const index of [3, 1, 2]) {
      const r = await runCohort(spec, { workers: 1, shard: { index, count: 3 } });
      expect(r.summary.n).toBe(30);
      parts.push({ name: `${index}`, doc: trialDocument(tool, r, r.shard) });
    }
    expect(JSON.stringify(mergeShards(parts))).toBe(JSON.stringify(whole));
  }, 60_000);
});

describe('runSweep', () => {
  const scenario = { ...presetScenario('baclofen-programmable')!, durationDays: 1 };
  // From the source tree the pool needs the built worker (an installed package finds its own).
  const pool = (size: number) => createNodePool({ size, workerUrl: WORKER_URL });
  it('rows in run order with summaries; onRow and progress for every run; shards merge to the whole', async () => {
    const seen: number[] = [];
    const done: number[] = [];
    const two = await pool(2);
    const r = await runSweep(
      scenario,
      ['program.rateMlPerDay=0.1,0.2,0.3', 'device.strokeVolumeUl=0.5:1:2'],
      {
        pool: two,
        onRow: (row) => seen.push(row.run),
        onProgress: (p) => done.push(p.done),
      },
    );
    expect(r.rows.map((x) => x.run)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.rows[5].vary).toEqual({ 'program.rateMlPerDay': 0.3, 'device.strokeVolumeUl': 1 });
    expect(r.rows[5].summary.deliveredVolumeMl).toBeCloseTo(0.3, 6);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    const parts = [];
    for (const index of [1, 2]) {
      const s = await runSweep(scenario, r.vary, { pool: two, shard: { index, count: 2 } });
      parts.push({ name: `${index}`, doc: sweepDocument(toolInfo(), s, s.shard) });
    }
    expect(JSON.stringify(mergeShards(parts))).toBe(JSON.stringify(sweepDocument(toolInfo(), r)));
    two.dispose();
  }, 60_000);

  it('rejects with an AbortError when the signal aborts, and lists invalid runs before starting', async () => {
    const ac = new AbortController();
    const one = await pool(1);
    const p = runSweep({ ...scenario, durationDays: 60 }, ['program.rateMlPerDay=0.1:1:10'], {
      pool: one,
      signal: ac.signal,
      onRow: () => ac.abort(),
    });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    await expect(runSweep(scenario, ['durationDays=1,-1,-2'], { pool: one })).rejects.toMatchObject({
      name: 'SweepRunsInvalidError',
      runs: [{ run: 1 }, { run: 2 }],
    });
    // The pool still works after the abort.
    expect((await runSweep(scenario, ['seed=1'], { pool: one })).rows).toHaveLength(1);
    one.dispose();
  }, 60_000);
});
