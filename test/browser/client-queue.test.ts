// The concurrency rule of docs/api.md in Chromium: one SimulationClient (one Web Worker) runs calls one at a
// time in call order, like simulate() and NodeWorkerClient — two simultaneous run() calls both finish (the
// worker used to cancel the first); a queued call aborted while waiting rejects at once and never starts.
// prepare() starts the worker before the first call (a view does when it connects, for the cold start).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulationClient } from '../../src/runtime/browser/simulation-client.js';
import { createSimulationWorker } from '../../src/runtime/browser/assets.js';
import { getDefaultClient } from '../../src/runtime/browser/default-client.js';
import { findPreset } from '../../src/model/scenario/presets.js';
import '../../src/elements.js';

const scenario = (id: string, durationDays: number) => ({ ...findPreset(id)!.scenario, durationDays });

describe('SimulationClient: calls queue', () => {
  it('two simultaneous run() calls both finish, in call order', async () => {
    const client = new SimulationClient();
    try {
      const finished: string[] = [];
      const a = client.run(scenario('baclofen-programmable', 365)).then((r) => (finished.push('a'), r));
      const b = client.run(scenario('morphine-cancer-pain', 2)).then((r) => (finished.push('b'), r));
      const [ra, rb] = await Promise.all([a, b]);
      expect(ra.summary.durationHours).toBe(365 * 24);
      expect(rb.summary.durationHours).toBe(48);
      expect(finished).toEqual(['a', 'b']);
    } finally {
      client.dispose();
    }
  }, 60_000);

  it('a queued call aborted while waiting rejects with AbortError; the running one finishes', async () => {
    const client = new SimulationClient();
    try {
      const ac = new AbortController();
      const first = client.run(scenario('baclofen-programmable', 30));
      const second = client.run(scenario('morphine-cancer-pain', 2), { signal: ac.signal });
      ac.abort();
      await expect(second).rejects.toMatchObject({ name: 'AbortError' });
      expect((await first).summary.durationHours).toBe(30 * 24);
    } finally {
      client.dispose();
    }
  }, 60_000);
});

describe('SimulationClient.prepare()', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('starts the worker once, before any call; the first run uses that worker', async () => {
    let made = 0;
    const client = new SimulationClient({ createWorker: () => (made++, createSimulationWorker()) });
    try {
      client.prepare();
      client.prepare();
      expect(made).toBe(1);
      const r = await client.run(scenario('morphine-cancer-pain', 2));
      expect(r.summary.durationHours).toBe(48);
      expect(made).toBe(1);
    } finally {
      client.dispose();
    }
  }, 60_000);

  it('a view that connects prepares the shared client at once, before its first render', () => {
    const prepare = vi.spyOn(getDefaultClient(), 'prepare');
    const el = document.createElement('itp-charts');
    document.body.append(el);
    // Synchronously on connect: the update (and the view's first run) comes a microtask later.
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(el.hasUpdated).toBe(false);
  });
});
