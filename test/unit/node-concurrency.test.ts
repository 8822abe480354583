// The concurrency rule of docs/api.md: one engine (simulate() in a thread, one NodeWorkerClient) runs calls one at
// a time in call order and never cancels one for another; a pool runs `size` at once and watches a caller's
// AbortSignal with one listener however many scenarios share it (no MaxListenersExceededWarning); pool sizes are
// capped at a multiple of the cores.
import { afterEach, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { NodeWorkerClient, createNodePool, simulate } from '../../src/runtime/node/index.js';
import { maxWorkers } from '../../src/runtime/node/pool.js';
import { readWasmBytes } from '../../src/runtime/node/wasm-file.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { resultToJson } from '../../src/model/export.js';
import { RunnerPool } from '../../src/runtime/runner-pool.js';
import { TrialPool } from '../../src/runtime/trial-pool.js';
import { runCohortSlice } from '../../src/engine/trials/run-cohort.js';
import { trialEngineFor } from '../../src/runtime/worker/trial-api.js';
import { loadWasm } from '../../src/runtime/node/index.js';
import { exclusive } from '../../src/engine/wasm/exclusive.js';

const WORKER_URL = new URL('../../dist/node/worker.js', import.meta.url);
const short = (id: string, days = 1) => ({ ...presetScenario(id)!, durationDays: days });

/** Collects process warnings emitted while `fn` runs (Node emits them on the next tick). */
async function warningsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const onWarning = (w: Error) => seen.push(`${w.name}: ${w.message}`);
  process.on('warning', onWarning);
  try {
    await fn();
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    process.off('warning', onWarning);
  }
  return seen;
}

const disposers: (() => void)[] = [];
afterEach(() => {
  for (const d of disposers.splice(0)) d();
});

describe('one engine: calls queue', () => {
  it('two simultaneous NodeWorkerClient.run() calls both finish, like simulate()', async () => {
    const client = new NodeWorkerClient({ wasmBytes: await readWasmBytes(), workerUrl: WORKER_URL });
    disposers.push(() => client.dispose());
    const a = short('baclofen-programmable', 365);
    const b = short('morphine-cancer-pain', 2);
    const [ra, rb] = await Promise.all([client.run(a), client.run(b)]);
    expect(resultToJson(ra)).toBe(resultToJson(await simulate(a)));
    expect(resultToJson(rb)).toBe(resultToJson(await simulate(b)));
  }, 60_000);

  it('a queued call aborted while waiting rejects with AbortError and never starts; the running one finishes', async () => {
    const client = new NodeWorkerClient({ wasmBytes: await readWasmBytes(), workerUrl: WORKER_URL });
    disposers.push(() => client.dispose());
    const ac = new AbortController();
    const first = client.run(short('baclofen-programmable', 3));
    const second = client.run(short('morphine-cancer-pain'), { signal: ac.signal });
    ac.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect((await first).summary.durationHours).toBe(72);
  }, 60_000);
});

describe('pools: one abort listener per signal', () => {
  it('runAll of 40 scenarios prints no MaxListenersExceededWarning (in-thread runners)', async () => {
    const pool = new RunnerPool(() => ({ run: (s, o) => simulate(s, o), dispose() {} }), 2);
    const ac = new AbortController();
    const scenarios = Array.from({ length: 40 }, () => short('baclofen-programmable'));
    const warnings = await warningsDuring(() => pool.runAll(scenarios, { signal: ac.signal }));
    expect(warnings.filter((w) => w.includes('MaxListeners'))).toEqual([]);
  }, 60_000);

  it('runAll of 12 scenarios on 2 worker threads prints no warning and cancel still works', async () => {
    const pool = await createNodePool({ size: 2, workerUrl: WORKER_URL });
    disposers.push(() => pool.dispose());
    const scenarios = Array.from({ length: 12 }, () => short('catheter-dead-space'));
    const warnings = await warningsDuring(() => pool.runAll(scenarios));
    expect(warnings.filter((w) => w.includes('MaxListeners'))).toEqual([]);
    const ac = new AbortController();
    const batch = pool.runAll(
      Array.from({ length: 12 }, () => short('baclofen-programmable', 30)),
      { signal: ac.signal },
    );
    ac.abort();
    await expect(batch).rejects.toMatchObject({ name: 'AbortError' });
    expect((await pool.run(short('catheter-dead-space'))).summary.durationHours).toBe(24);
  }, 60_000);
});

describe('trial pools: one abort listener per worker signal', () => {
  it('a cohort on 12 runners prints no MaxListenersExceededWarning', async () => {
    const wasm = await loadWasm();
    const engine = trialEngineFor(wasm);
    // Like WorkerBridge: each slice call listens to the signal it is given while it runs.
    const pool = new TrialPool(
      () => ({
        async runCohortSlice(spec, first, count, options = {}) {
          const onAbort = () => undefined;
          options.signal?.addEventListener('abort', onAbort);
          try {
            await new Promise((r) => setTimeout(r, 5));
            // One wasm instance: slices take turns (src/engine/wasm/exclusive.ts).
            return await exclusive(wasm, () => runCohortSlice(engine, spec, first, count));
          } finally {
            options.signal?.removeEventListener('abort', onAbort);
          }
        },
        runTrialTimeline: () => Promise.reject(new Error('not used')),
        dispose() {},
      }),
      12,
    );
    const spec = { protocol: 'morphine-bolus', population: 'pain-chronic', cohortSize: 200, seed: 1 };
    let n = 0;
    const warnings = await warningsDuring(async () => (n = (await pool.runCohort(spec)).summary.n));
    expect(n).toBe(200);
    expect(warnings.filter((w) => w.includes('MaxListeners'))).toEqual([]);
  }, 60_000);
});

describe('pool size cap', () => {
  it('caps a pool at twice the cores (256 on this machine would take gigabytes)', async () => {
    const pool = await createNodePool({ size: 256, workerUrl: WORKER_URL });
    disposers.push(() => pool.dispose());
    expect(maxWorkers()).toBe(2 * availableParallelism());
    expect(pool.size).toBe(maxWorkers());
  });
});
