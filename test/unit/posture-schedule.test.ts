// Posture schedules in the scenario format (patient.postureCycle, patient.postureChanges; src/model/posture.ts):
// the timeline they expand to, the errors for bad values (path, value, range, unit), old scenarios loading as
// before, and full runs: a hyperbaric daily cycle sits between all-supine and all-upright with the mass balance
// closed across every switch; an isobaric drug gives identical results whatever the schedule.
/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit scenario documents as free-form JSON */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { PRESETS, presetScenario } from '../../src/model/scenario/presets.js';
import { mapScenario } from '../../src/engine/scenario-mapping.js';
import { postureTimeline } from '../../src/model/posture.js';
import type { SimResult } from '../../src/model/result.js';

const bupivacaine = (patient: Record<string, any>): Record<string, any> => ({
  schemaVersion: 1,
  name: 'Hyperbaric bupivacaine',
  durationDays: 3,
  outputIntervalMinutes: 50, // 7 h and 23 h are not output boundaries
  drug: { name: 'bupivacaine', formulation: 'hyperbaric', concentrationUgPerMl: 7500 },
  device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
  patient: { catheterTipLevel: 'T12', ...patient },
  program: { mode: 'continuous', rateMlPerDay: 0.48 }, // 20 µL/h as in Flack & Bernards 2010 [R37]
});

/** Concentration-weighted mean level position (cm), averaged over the outputs of the last day. */
function meanCentreCm(r: SimResult): number {
  const d = r.distribution!;
  const nl = d.levels.length;
  const nOut = d.csfNgPerMl.length / nl;
  const perDay = Math.round(nOut / 3);
  let sum = 0;
  for (let k = nOut - perDay; k < nOut; k++) {
    let m = 0;
    let mx = 0;
    d.levels.forEach((l, j) => {
      m += d.csfNgPerMl[k * nl + j];
      mx += d.csfNgPerMl[k * nl + j] * l.xCm;
    });
    sum += mx / m;
  }
  return sum / perDay;
}

describe('posture timeline', () => {
  it('daily cycle (defaults 16 h upright from 07:00) and explicit changes, merged in time order', () => {
    expect(postureTimeline('supine', { uprightHours: 16, fromClockHour: 7 }, [], 48)).toEqual({
      initial: 'supine',
      changes: [
        { tHours: 7, posture: 'upright' },
        { tHours: 23, posture: 'supine' },
        { tHours: 31, posture: 'upright' },
        { tHours: 47, posture: 'supine' },
      ],
    });
    // A nap at 14 h holds until the cycle's next switch (23 h, which then changes nothing).
    const nap = postureTimeline(
      'supine',
      { uprightHours: 16, fromClockHour: 7 },
      [{ tHours: 14, posture: 'supine' }],
      30,
    );
    expect(nap.changes).toEqual([
      { tHours: 7, posture: 'upright' },
      { tHours: 14, posture: 'supine' },
    ]);
    // A night shift: up from 20:00 for 8 h, so upright at 00:00 already.
    const night = postureTimeline('prone', { uprightHours: 8, fromClockHour: 20 }, [], 24);
    expect(night).toEqual({
      initial: 'upright',
      changes: [
        { tHours: 4, posture: 'prone' },
        { tHours: 20, posture: 'upright' },
      ],
    });
    // No cycle: the fixed posture, then the explicit changes (same-time changes: the later one holds).
    expect(
      postureTimeline(
        'supine',
        undefined,
        [
          { tHours: 0, posture: 'prone' },
          { tHours: 5, posture: 'upright' },
          { tHours: 5, posture: 'supine' },
          { tHours: 9, posture: 'upright' },
          { tHours: 99, posture: 'supine' },
        ],
        24,
      ),
    ).toEqual({
      initial: 'prone',
      changes: [
        { tHours: 5, posture: 'supine' },
        { tHours: 9, posture: 'upright' },
      ],
    });
    expect(postureTimeline('upright', { uprightHours: 24, fromClockHour: 3 }, [], 72).changes).toEqual([]);
  });
});

describe('posture schedule in the scenario format', () => {
  it('bad values: path, value, allowed values or range and unit', () => {
    const v = validateScenario(
      bupivacaine({
        postureCycle: { uprightHours: 30, fromClockHour: -1, nap: 1 },
        postureChanges: [
          { atHours: 5, posture: 'sitting' },
          { atHours: -2, posture: 'upright' },
        ],
      }),
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const by = Object.fromEntries(v.errors.map((e) => [e.path, e.message]));
    expect(by['patient.postureCycle.uprightHours']).toBe(
      'patient.postureCycle.uprightHours = 30: must be a number from 0 to 24 h',
    );
    expect(by['patient.postureCycle.fromClockHour']).toBe(
      'patient.postureCycle.fromClockHour = -1: must be a number from 0 to 24 h',
    );
    expect(by['patient.postureChanges.0.posture']).toBe(
      'patient.postureChanges.0.posture = "sitting": must be one of: supine, upright, prone',
    );
    expect(by['patient.postureChanges.1.atHours']).toMatch(
      /^patient\.postureChanges\.1\.atHours = -2: .* h$/,
    );
    expect(Object.keys(by).some((p) => p.startsWith('patient.postureCycle') && /nap/.test(by[p]))).toBe(true);
  });

  it('a change after the end of the run is a warning, not an error', () => {
    const v = validateScenario(bupivacaine({ postureChanges: [{ atHours: 500, posture: 'upright' }] }));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.warnings.map((w) => w.path)).toContain('patient.postureChanges.0.atHours');
  });

  it('old scenarios load unchanged: no schedule added, fixed posture for the whole run', () => {
    for (const p of PRESETS) {
      const v = validateScenario(p.scenario);
      expect(v.ok, p.id).toBe(true);
      if (!v.ok) continue;
      expect(v.scenario.patient).not.toHaveProperty('postureCycle');
      expect(v.scenario.patient).not.toHaveProperty('postureChanges');
      const csf = mapScenario(v.scenario).csf;
      if (csf) expect(csf.postureChanges).toEqual([]);
    }
    for (const posture of ['supine', 'upright', 'prone', undefined]) {
      const v = validateScenario(bupivacaine({ posture }));
      if (!v.ok) throw new Error('invalid');
      const csf = mapScenario(v.scenario).csf!;
      expect(csf.patient!.posture).toBe(posture ?? 'supine');
      expect(csf.postureChanges).toEqual([]);
    }
  });
});

describe('posture schedule in a full run', () => {
  it('hyperbaric daily cycle: between all-supine and all-upright; mass balance ≤ 1e-9, no negatives', async () => {
    const cycle = await simulate(bupivacaine({ postureCycle: {} }));
    const supine = await simulate(bupivacaine({ posture: 'supine' }));
    const upright = await simulate(bupivacaine({ posture: 'upright' }));
    for (const r of [cycle, supine, upright]) {
      expect(r.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
      expect(Math.min(...r.distribution!.csfNgPerMl)).toBeGreaterThanOrEqual(0);
    }
    const c = { cycle: meanCentreCm(cycle), supine: meanCentreCm(supine), upright: meanCentreCm(upright) };
    expect(c.upright).toBeLessThan(c.supine - 0.5);
    expect(c.cycle).toBeGreaterThan(c.upright + 0.1);
    expect(c.cycle).toBeLessThan(c.supine - 0.1);
  });

  it('a switch inside a sub-stepped interval (clinician bolus ending there) lands at its time', async () => {
    const run = (atHours: number | null, outputIntervalMinutes: number) =>
      simulate({
        ...bupivacaine({ postureChanges: atHours === null ? [] : [{ atHours, posture: 'upright' }] }),
        durationDays: 0.5,
        outputIntervalMinutes,
        program: {
          mode: 'continuous',
          rateMlPerDay: 0.48,
          boluses: [{ atHours: 6.5, kind: 'single', volumeUl: 200, durationMinutes: 60 }],
        },
      });
    /** The posture's effect on the last output's level profile (time-stepping error common to both cancels). */
    const effect = async (atHours: number, minutes: number) => {
      const a = await run(atHours, minutes);
      const b = await run(null, minutes);
      expect(a.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
      expect(Math.min(...a.distribution!.csfNgPerMl)).toBeGreaterThanOrEqual(0);
      const nl = a.distribution!.levels.length;
      const last = (r: SimResult) => r.distribution!.csfNgPerMl.slice(-nl);
      const lb = last(b);
      return last(a).map((v, j) => v - lb[j]);
    };
    const hourly = await effect(7.1, 60); // 7.1 h: inside [7, 8), where the bolus ends at 7.5 h
    const fine = await effect(7.1, 6); // on an output boundary
    const late = await effect(8, 60);
    const scale = Math.max(...fine.map(Math.abs));
    const err = (x: Float64Array) => Math.max(...x.map((v, j) => Math.abs(v - fine[j]))) / scale;
    expect(err(hourly)).toBeLessThan(0.02);
    expect(err(late)).toBeGreaterThan(10 * err(hourly));
  });

  it('isobaric (the default preset, baclofen): identical results whatever the schedule (to 0)', async () => {
    const base: any = {
      ...presetScenario('baclofen-programmable'),
      durationDays: 3,
      outputIntervalMinutes: 70,
    };
    const scheduled = {
      ...base,
      patient: {
        ...base.patient,
        postureCycle: { uprightHours: 15.5 },
        postureChanges: [{ atHours: 13.3, posture: 'prone' }],
      },
    };
    const a = await simulate(base);
    const b = await simulate(scheduled);
    expect(b.distribution!.csfNgPerMl).toEqual(a.distribution!.csfNgPerMl);
    expect(b.distribution!.cranialNgPerMl).toEqual(a.distribution!.cranialNgPerMl);
    expect(b.distribution!.plasmaNgPerMl).toEqual(a.distribution!.plasmaNgPerMl);
    expect(b.distribution!.effects).toEqual(a.distribution!.effects);
  });
});
