// The browser pool (Web Workers): a sweep over all workers in input order with progress, a crashed worker
// replaced with a clear error (injected through the worker factory), a cancelled run, and the JSON/CSV exports.
import { afterEach, describe, expect, it } from 'vitest';
import { SimulationPool } from '../../src/runtime/browser/simulation-pool.js';
import { SimulationClient, WorkerCrashedError } from '../../src/runtime/browser/simulation-client.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { resultToCsv, resultToJson } from '../../src/model/export.js';

const realWorker = () =>
  new Worker(new URL('../../src/runtime/worker/sim.worker.ts', import.meta.url), { type: 'module' });
const crashingWorker = () =>
  new Worker(
    URL.createObjectURL(new Blob(['setTimeout(() => { throw new Error("boom in the worker"); }, 5);'])),
  );
const short = (id: string, days = 1) => ({ ...presetScenario(id)!, durationDays: days });

let pool: SimulationPool | null = null;
afterEach(() => {
  pool?.dispose();
  pool = null;
});

describe('SimulationPool in Chromium', () => {
  it('uses one worker per core by default and runs a sweep in input order with progress', async () => {
    pool = new SimulationPool();
    expect(pool.size).toBe(Math.max(1, navigator.hardwareConcurrency));
    const rates = [0.1, 0.2, 0.3, 0.4, 0.5];
    const scenarios = rates.map((r) => ({
      ...short('baclofen-programmable'),
      program: { mode: 'continuous', rateMlPerDay: r },
    }));
    const done: number[] = [];
    const results = await pool.runAll(scenarios, { onProgress: (p) => done.push(p.done) });
    expect(done).toEqual([1, 2, 3, 4, 5]);
    results.forEach((r, i) => expect(r.summary.programmedVolumeMl).toBeCloseTo(rates[i], 9));
  }, 60_000);

  it('a crashed worker gives a WorkerCrashedError and is replaced on the next run', async () => {
    let made = 0;
    const client = new SimulationClient({
      createWorker: () => (made++ === 0 ? crashingWorker() : realWorker()),
    });
    const err = await client.run(short('baclofen-programmable')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerCrashedError);
    expect((err as Error).message).toMatch(/crashed \(.*boom in the worker.*\); it has been restarted/);
    const r = await client.run(short('baclofen-programmable'));
    expect(r.summary.deliveredVolumeMl).toBeCloseTo(0.2, 9);
    expect(made).toBe(2);
    client.dispose();
  }, 60_000);

  it('cancelling a pool run rejects with AbortError; the pool runs the next one', async () => {
    pool = new SimulationPool({ size: 1 });
    const ac = new AbortController();
    const long = {
      ...short('baclofen-programmable', 3650),
      outputIntervalMinutes: 10,
      model: { distribution: false },
    };
    const p = pool.run(long, { signal: ac.signal, chunkIntervals: 16 });
    setTimeout(() => ac.abort(), 50);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    const r = await pool.run(short('catheter-dead-space'));
    expect(r.series.tHours.length).toBe(48);
  }, 60_000);

  it('exports a transferred result to JSON (plain arrays) and CSV (one row per output time)', async () => {
    const client = new SimulationClient();
    const r = await client.run(short('morphine-cancer-pain'));
    const json = JSON.parse(resultToJson(r));
    expect(Array.isArray(json.series.tHours)).toBe(true);
    expect(json.series.tHours).toHaveLength(96);
    const lines = resultToCsv(r).trimEnd().split('\n');
    expect(lines).toHaveLength(97);
    expect(lines[0]).toContain('csfNgPerMl_T10');
    client.dispose();
  }, 60_000);
});
