// Fault suite for the simulation worker (issue 17), in Chromium with real workers: a worker that closes itself,
// hangs, throws, or is terminated from outside in the middle of a run. Closing and terminating fire no error
// event at all (nor does an out-of-memory kill), so only the client's heartbeat can notice them. Every fault
// must end in a WorkerCrashedError within the heartbeat's limit (never a hang), and the next run on the same
// client must succeed on a fresh worker.
import { afterEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import type { SimulationApi } from '../../src/model/api.js';
import { SimulationClient, WorkerCrashedError } from '../../src/runtime/browser/simulation-client.js';
import { presetScenario } from '../../src/model/scenario/presets.js';

const realWorker = () =>
  new Worker(new URL('../../src/runtime/worker/sim.worker.ts', import.meta.url), { type: 'module' });
const faulty = {
  close: () => new Worker(new URL('./fault-workers/close.worker.ts', import.meta.url), { type: 'module' }),
  hang: () => new Worker(new URL('./fault-workers/hang.worker.ts', import.meta.url), { type: 'module' }),
  throw: () => new Worker(new URL('./fault-workers/throw.worker.ts', import.meta.url), { type: 'module' }),
};

const quick = { ...presetScenario('baclofen-programmable')!, durationDays: 1 };
/** Long enough (many chunks) that the fault lands in the middle of it. */
const long = {
  ...presetScenario('baclofen-programmable')!,
  durationDays: 3000,
  outputIntervalMinutes: 10,
  model: { distribution: false },
};
const liveness = { pingEveryMs: 100, deadAfterMs: 2500 };

/**
 * A simulation worker that has loaded and answers (a worker's first start, module load included, is not part of
 * what the tight limits below test: the default limit is 10 s).
 */
async function startedWorker(): Promise<Worker> {
  const w = realWorker();
  await Comlink.wrap<SimulationApi>(w).ping();
  return w;
}

let client: SimulationClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

async function crashThenRecover(first: () => Worker, expected: RegExp, onStarted?: (w: Worker) => void) {
  const made: Worker[] = [];
  client = new SimulationClient({
    createWorker: () => {
      const w = made.length === 0 ? first() : realWorker();
      made.push(w);
      return w;
    },
    liveness,
  });
  let started = false;
  const t0 = performance.now();
  const err = await client
    .run(long, {
      chunkIntervals: 64,
      onProgress: () => {
        if (started) return;
        started = true;
        onStarted?.(made[0]);
      },
    })
    .catch((e: unknown) => e);
  const detectedMs = performance.now() - t0;
  expect(err).toBeInstanceOf(WorkerCrashedError);
  expect((err as Error).message).toMatch(expected);
  const r = await client.run(quick);
  expect(r.summary.deliveredVolumeMl).toBeCloseTo(0.2, 9);
  expect(made.length).toBe(2);
  return { detectedMs };
}

describe('worker faults: each ends in a clear error and a working rerun', () => {
  it('a worker that closes itself (no error event) is noticed by the heartbeat', async () => {
    const { detectedMs } = await crashThenRecover(faulty.close, /stopped responding.*restarted/);
    expect(detectedMs).toBeLessThan(liveness.deadAfterMs + 3000);
  }, 30_000);

  it('a worker that hangs in a loop is noticed by the heartbeat', async () => {
    const { detectedMs } = await crashThenRecover(faulty.hang, /stopped responding.*restarted/);
    expect(detectedMs).toBeLessThan(liveness.deadAfterMs + 3000);
  }, 30_000);

  it('a worker that throws is reported by its error event', async () => {
    await crashThenRecover(
      faulty.throw,
      /crashed \(.*injected fault in the worker.*\); it has been restarted/,
    );
  }, 30_000);

  it('a worker terminated from outside in the middle of a run (no event) is noticed', async () => {
    const { detectedMs } = await crashThenRecover(realWorker, /stopped responding.*restarted/, (w) =>
      w.terminate(),
    );
    expect(detectedMs).toBeLessThan(liveness.deadAfterMs + 3000);
  }, 30_000);

  it('a busy but healthy worker is not mistaken for a dead one', async () => {
    const w = await startedWorker();
    client = new SimulationClient({ createWorker: () => w, liveness: { pingEveryMs: 40, deadAfterMs: 400 } });
    // With the spinal distribution on, this run takes a few seconds: at least three times the 0.4 s limit.
    const busy = { ...presetScenario('baclofen-programmable')!, durationDays: 2000 };
    const t0 = performance.now();
    const r = await client.run(busy);
    expect(performance.now() - t0).toBeGreaterThan(3 * 400);
    expect(r.summary.durationHours).toBe(2000 * 24);
  }, 30_000);

  it('a heartbeat timer that fires rarely (a throttled background tab) does not kill a healthy worker', async () => {
    // Ticks 0.6 s apart with a 0.3 s limit: silence counts from each ping, not from the last answer.
    const w = await startedWorker();
    client = new SimulationClient({
      createWorker: () => w,
      liveness: { pingEveryMs: 600, deadAfterMs: 300 },
    });
    const busy = { ...presetScenario('baclofen-programmable')!, durationDays: 3650 };
    const t0 = performance.now();
    const r = await client.run(busy);
    expect(performance.now() - t0).toBeGreaterThan(3 * 600);
    expect(r.summary.durationHours).toBe(3650 * 24);
  }, 30_000);
});
