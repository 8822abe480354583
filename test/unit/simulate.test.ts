// simulate() in Node: the preset against the hand-computed answer, and invalid input reported field by field.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/node/index.js';
import { findPreset } from '../../src/core/scenario/presets.js';
import { ScenarioError } from '../../src/core/scenario/validate.js';

describe('simulate (Node)', () => {
  it('runs the default preset: 0.2 mL/day for 90 days delivers 18 mL = 36 mg of baclofen', async () => {
    const r = await simulate(findPreset('baclofen-programmable')!.scenario);
    expect(r.series.tHours.length).toBe(2160);
    expect(r.summary.deliveredVolumeMl).toBeCloseTo(18, 12);
    expect(r.summary.deliveredDoseUg).toBeCloseTo(36000, 9);
    expect(r.summary.reservoirEndMl).toBeCloseTo(2, 12);
    expect(r.summary.emptyAtHours).toBeNull();
  });

  it('reports every invalid field at once with its path, value, range and unit', async () => {
    const bad = structuredClone(findPreset('baclofen-programmable')!.scenario) as Record<string, unknown>;
    (bad.program as Record<string, unknown>).rateMlPerDay = 9999;
    bad.durationDays = -1;
    const err = await simulate(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScenarioError);
    const issues = (err as ScenarioError).issues;
    expect(issues.map((i) => i.path).sort()).toEqual(['durationDays', 'program.rateMlPerDay']);
    const rate = issues.find((i) => i.path === 'program.rateMlPerDay')!;
    expect(rate.value).toBe(9999);
    expect(rate.message).toContain('from 0 to 2400 mL/day');
  });

  it('honours an abort signal between chunks', async () => {
    const ac = new AbortController();
    const p = simulate(findPreset('baclofen-programmable')!.scenario, {
      signal: ac.signal,
      chunkIntervals: 1,
      onProgress: (pr) => {
        if (pr.fraction > 0.1) ac.abort();
      },
    });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});
