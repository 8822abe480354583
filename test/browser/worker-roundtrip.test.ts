// A real Worker + comlink round trip in Chromium: the wasm runs in the worker and the result's series come
// back transferred (the worker's buffers are detached after sending), not structured-cloned.
import { describe, expect, it } from 'vitest';
import { SimulationClient } from '../../src/runtime/browser/simulation-client.js';
import { findPreset } from '../../src/model/scenario/presets.js';
import { ScenarioError } from '../../src/model/scenario/validate.js';

const preset = findPreset('baclofen-programmable')!.scenario;

describe('SimulationClient in Chromium', () => {
  it('runs the default preset in a worker and transfers the series', async () => {
    const client = new SimulationClient();
    const progress: number[] = [];
    const r = await client.run(preset, { chunkIntervals: 256, onProgress: (p) => progress.push(p.fraction) });
    expect(r.summary.deliveredVolumeMl).toBeCloseTo(18, 12);
    expect(r.series.tipVolumeUl).toBeInstanceOf(Float64Array);
    expect(r.series.tipVolumeUl.length).toBe(2160);
    expect(progress.at(-1)).toBe(1);
    const d = await client.diagnostics();
    // Pump series, distribution series and effects: every buffer moved, none copied.
    expect(d.buffers).toBeGreaterThan(10);
    expect(d.bytes).toBeGreaterThan(2160 * 8 * (5 + r.distribution!.levels.length));
    expect(d.detachedAfterSend).toBe(true);
    client.dispose();
  });

  it('brings a ScenarioError with its issues across the worker boundary', async () => {
    const client = new SimulationClient();
    const err = await client.run({ ...preset, durationDays: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScenarioError);
    expect((err as ScenarioError).issues[0].path).toBe('durationDays');
    client.dispose();
  });

  it('an aborted run rejects with AbortError and the next run works on a new worker', async () => {
    const client = new SimulationClient();
    const ac = new AbortController();
    const long = { ...preset, durationDays: 3000, outputIntervalMinutes: 1 };
    const p = client.run(long, { signal: ac.signal, chunkIntervals: 64 });
    setTimeout(() => ac.abort(), 20);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    const r = await client.run(preset);
    expect(r.summary.deliveredVolumeMl).toBeCloseTo(18, 12);
    client.dispose();
  });
});
