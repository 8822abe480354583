// The run is simulated to its exact length (issue 17): a length that is not a whole number of output intervals
// ends with a shorter last interval instead of being rounded (10 days of weekly outputs used to stop at 168 h and
// drop a refill at 200 h; 10.5 days of daily outputs ran 11 days).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { outputGrid } from '../../src/model/scenario/output-grid.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';
import { sum } from '../reference/pump-fixtures.js';

// The ideal programmable pump of the preset (no accuracy error): 0.2 mL/day of baclofen 2000 µg/mL, 20 mL.
const ideal = (patch: Partial<ScenarioInput>): ScenarioInput => ({
  ...presetScenario('baclofen-programmable')!,
  ...patch,
});

describe('run length', () => {
  it('10 days of weekly outputs: 168 h then a 72 h interval, the refill at 200 h happens', async () => {
    const r = await simulate(
      ideal({
        durationDays: 10,
        outputIntervalMinutes: 10080,
        device: {
          kind: 'programmable',
          reservoirMl: 20,
          reservoirStartMl: 2,
          accuracyBiasPercent: 0,
          accuracyRandomPercent: 0,
        },
        events: [{ type: 'refill', atHours: 200, volumeMl: 10 }],
      }),
    );
    expect(Array.from(r.series.tHours)).toEqual([168, 240]);
    expect(r.summary.durationHours).toBe(240);
    expect(r.events.some((e) => e.code === 'refill' && e.tHours === 200)).toBe(true);
    expect(r.summary.deliveredVolumeMl).toBeCloseTo(2, 9); // 0.2 mL/day × 10 days, exactly
    expect(r.summary.programmedVolumeMl).toBeCloseTo(2, 9);
    // the refill replaces what is left at 200 h; 40 h of 0.2 mL/day follow it
    expect(r.summary.reservoirEndMl).toBeCloseTo(10 - (0.2 * 40) / 24, 2); // whole 1 µL strokes
    expect(r.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
    expect(r.distribution!.cranialNgPerMl).toHaveLength(2);
  });

  it('the short last interval gives the same totals and end state as hourly outputs', async () => {
    const coarse = await simulate(ideal({ durationDays: 10.5, outputIntervalMinutes: 1440 }));
    const fine = await simulate(ideal({ durationDays: 10.5, outputIntervalMinutes: 60 }));
    expect(coarse.series.tHours.at(-1)).toBe(252);
    expect(coarse.series.tHours).toHaveLength(11);
    expect(coarse.series.tHours.at(-1)! - coarse.series.tHours.at(-2)!).toBe(12);
    expect(coarse.summary.deliveredVolumeMl).toBeCloseTo(2.1, 9);
    expect(coarse.summary.deliveredDoseUg).toBeCloseTo(fine.summary.deliveredDoseUg, 6);
    expect(sum(coarse.series.tipDoseUg)).toBeCloseTo(coarse.summary.deliveredDoseUg, 6);
    expect(coarse.summary.reservoirEndMl).toBeCloseTo(fine.summary.reservoirEndMl, 9);
    const end = (x: Float64Array) => x[x.length - 1];
    // the CSF steps end at output boundaries, so the two grids differ by the step error only (< 0.5 %)
    const rel = (a: Float64Array, b: Float64Array) => Math.abs(end(a) / end(b) - 1);
    expect(rel(coarse.distribution!.cranialNgPerMl, fine.distribution!.cranialNgPerMl)).toBeLessThan(5e-3);
    expect(rel(coarse.distribution!.plasmaNgPerMl, fine.distribution!.plasmaNgPerMl)).toBeLessThan(5e-3);
    expect(coarse.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
  });

  it('pump-only, a run shorter than one interval, and an external pump with a bolus in the last interval', async () => {
    const pumpOnly = await simulate(
      ideal({ durationDays: 0.5, outputIntervalMinutes: 10080, model: { distribution: false } }),
    );
    expect(Array.from(pumpOnly.series.tHours)).toEqual([12]);
    expect(pumpOnly.summary.deliveredVolumeMl).toBeCloseTo(0.1, 9);

    const ext = presetScenario('continuous-trial-external')!;
    const r = await simulate({
      ...ext,
      durationDays: 5.3,
      outputIntervalMinutes: 60,
      program: {
        ...ext.program,
        boluses: [{ atHours: 127, kind: 'single', volumeUl: 200, durationMinutes: 10 }],
      },
    } as ScenarioInput);
    expect(r.series.tHours.at(-1)).toBeCloseTo(127.2, 9);
    expect(r.series.tHours.at(-2)).toBe(127);
    expect(r.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
    // the bolus started in the short last interval and is counted there
    expect(r.series.tipVolumeUl.at(-1)!).toBeGreaterThan(r.series.tipVolumeUl.at(-3)!);
  });

  it('outputGrid: whole intervals plus the rest; a rest under 1 s joins the last interval', () => {
    expect(outputGrid(240, 168)).toEqual({ nOut: 2, lastDtHours: 72 });
    expect(outputGrid(240, 24)).toEqual({ nOut: 10, lastDtHours: 24 });
    expect(outputGrid(12, 168)).toEqual({ nOut: 1, lastDtHours: 12 });
    const g = outputGrid(24 + 0.1 / 3600, 1);
    expect(g.nOut).toBe(24);
    expect(g.lastDtHours).toBeCloseTo(1 + 0.1 / 3600, 12);
  });
});
