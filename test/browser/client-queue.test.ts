// The concurrency rule of docs/api.md in Chromium: one SimulationClient (one Web Worker) runs calls one at a
// time in call order, like simulate() and NodeWorkerClient — two simultaneous run() calls both finish (the
// worker used to cancel the first); a queued call aborted while waiting rejects at once and never starts.
import { describe, expect, it } from 'vitest';
import { SimulationClient } from '../../src/runtime/browser/simulation-client.js';
import { findPreset } from '../../src/model/scenario/presets.js';

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
