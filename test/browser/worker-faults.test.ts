// Fault suite for the simulation worker (issue 17), in Chromium with real workers: a worker that closes itself,
// hangs, throws, or is terminated from outside in the middle of a run. Closing and terminating fire no error
// event at all (nor does an out-of-memory kill), so only the client's heartbeat can notice them. Every fault
// must end in a WorkerCrashedError within the heartbeat's limit (never a hang), and the next run on the same
// client must succeed on a fresh worker.
import { afterEach, describe, expect, it } from 'vitest';
import { SimulationClient, WorkerCrashedError } from '../../src/runtime/browser/simulation-client.js';
import { presetScenario } from '../../src/model/scenario/presets.js';

const realWorker = () =>
  new Worker(new URL('../../src/runtime/worker/sim.worker.ts', import.meta.url), { type: 'module' });
const faulty = {
  close: () => new Worker(new URL('./fault-workers/close.worker.ts', import.meta.url), { type: 'module' }),
  hang: () => new Worker(new URL('./fault-workers/hang.worker.ts', import.meta.url), { type: 'module' }),
  throw: () => new Worker(new URL('./fault-workers/throw.worker.ts', import.meta.url), { type: 'module' }),
  busy: () => new Worker(new URL('./fault-workers/busy.worker.ts', import.meta.url), { type: 'module' }),
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

  // A worker busy for 3 s in 40 ms slices (test/browser/fault-workers/busy.worker.ts), as a long run is: it
  // answers between slices, whatever the machine's load.
  it('a busy but healthy worker is not mistaken for a dead one', async () => {
    client = new SimulationClient({
      createWorker: faulty.busy,
      liveness: { pingEveryMs: 50, deadAfterMs: 1000 },
    });
    const r = await client.run(quick);
    expect(r.summary.deliveredVolumeMl).toBeCloseTo(0.2, 9);
  }, 30_000);

  it('a heartbeat timer that fires rarely (a throttled background tab) does not kill a healthy worker', async () => {
    // Ticks 1.2 s apart with a 1 s limit over a 3 s run: silence counts from each ping, not from the last answer
    // (which would have killed the worker at the second tick).
    client = new SimulationClient({
      createWorker: faulty.busy,
      liveness: { pingEveryMs: 1200, deadAfterMs: 1000 },
    });
    const r = await client.run(quick);
    expect(r.summary.deliveredVolumeMl).toBeCloseTo(0.2, 9);
  }, 30_000);

  it('a run given a longer limit (a big run) is not killed within it', async () => {
    client = new SimulationClient({
      createWorker: faulty.hang,
      liveness: { pingEveryMs: 100, deadAfterMs: 500 },
    });
    const t0 = performance.now();
    const err = await client.run(long, { chunkIntervals: 64, deadAfterMs: 2000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerCrashedError);
    expect(performance.now() - t0).toBeGreaterThan(2000);
  }, 30_000);
});
