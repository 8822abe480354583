// The worker_threads pool (built dist/node/worker.js): same results as in-thread simulate() byte for byte,
// progress, a batch that fails on one bad scenario, cancel, and a crashed worker replaced with a clear error.
import { afterEach, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import {
  NodeSimulationPool,
  createNodePool,
  simulate,
  WorkerCrashedError,
} from '../../src/runtime/node/index.js';
import { readWasmBytes } from '../../src/runtime/node/wasm-file.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { ScenarioError } from '../../src/model/scenario/errors.js';
import { resultToJson } from '../../src/model/export.js';
import type { SimulationPoolApi } from '../../src/runtime/runner-pool.js';

const WORKER_URL = new URL('../../dist/node/worker.js', import.meta.url);
const short = (id: string, days = 2) => ({ ...presetScenario(id)!, durationDays: days });

let pool: SimulationPoolApi | null = null;
afterEach(() => {
  pool?.dispose();
  pool = null;
});

describe('NodeSimulationPool (worker_threads)', () => {
  it('runs a batch on 2 workers with the same bytes as in-thread simulate, in input order, with progress', async () => {
    pool = await createNodePool({ size: 2, workerUrl: WORKER_URL });
    const ids = [
      'baclofen-programmable',
      'morphine-cancer-pain',
      'gas-pump-fever-flight',
      'catheter-dead-space',
    ];
    const scenarios = ids.map((id) => short(id));
    const progress: number[] = [];
    const results = await pool.runAll(scenarios, { onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([1, 2, 3, 4]);
    for (let i = 0; i < ids.length; i++) {
      expect(results[i].scenarioName).toBe(presetScenario(ids[i])!.name);
      expect(resultToJson(results[i])).toBe(resultToJson(await simulate(scenarios[i])));
    }
  }, 60_000);

  it('runAll rejects with the ScenarioError of a bad scenario; runSettled keeps the good ones', async () => {
    pool = await createNodePool({ size: 2, workerUrl: WORKER_URL });
    const bad = { ...short('baclofen-programmable'), durationDays: -3 };
    const err = await pool.runAll([short('baclofen-programmable'), bad]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).issues[0].path).toBe('durationDays');
    const outcomes = await pool.runSettled([short('baclofen-programmable'), bad]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false]);
  }, 60_000);

  it('a cancelled run rejects with AbortError and the pool keeps working', async () => {
    pool = await createNodePool({ size: 1, workerUrl: WORKER_URL });
    const ac = new AbortController();
    // Ten years at 10-minute resolution, pump only: long enough to be cancelled mid-run.
    const long = {
      ...presetScenario('baclofen-programmable')!,
      durationDays: 3650,
      outputIntervalMinutes: 10,
      model: { distribution: false },
    };
    const p = pool.run(long, { signal: ac.signal, chunkIntervals: 8 });
    setTimeout(() => ac.abort(), 30);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    const r = await pool.run(short('baclofen-programmable'));
    expect(r.series.tHours.length).toBe(48);
  }, 60_000);

  it('a crashed worker is replaced and the caller gets a WorkerCrashedError', async () => {
    let made = 0;
    const wasmBytes = await readWasmBytes();
    pool = new NodeSimulationPool({
      size: 1,
      wasmBytes,
      createWorker: () =>
        made++ === 0
          ? new Worker('setTimeout(() => { throw new Error("boom in the worker"); }, 5);', { eval: true })
          : new Worker(WORKER_URL),
    });
    const err = await pool.run(short('baclofen-programmable')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerCrashedError);
    expect((err as Error).message).toMatch(/crashed \(boom in the worker\); it has been restarted/);
    const r = await pool.run(short('baclofen-programmable'));
    expect(r.summary.durationHours).toBe(48);
    expect(made).toBe(2);
  }, 60_000);
});
