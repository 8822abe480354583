// simulate() in Node: the scenario → engines → result path, checked against hand-computed answers and
// invariants (exact delivery of an ideal pump, the accuracy envelope, dose = volume × concentration, the
// catheter dead-space delay, bridge vs no bridge, pocket fill to the blood, mass balance, determinism).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { findPreset, presetScenario } from '../../src/model/scenario/presets.js';
import { ScenarioError } from '../../src/model/scenario/validate.js';
import { resultToJson } from '../../src/model/export.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';
import { sum } from '../reference/pump-fixtures.js';

const preset = (id: string) => presetScenario(id)!;

describe('simulate (Node)', () => {
  it('an ideal programmable pump delivers exactly 0.2 mL/day × 90 days = 18 mL = 36 mg of baclofen', async () => {
    const r = await simulate(preset('baclofen-programmable'));
    expect(r.series.tHours.length).toBe(2160);
    expect(r.series.tHours[23]).toBeCloseTo(24, 12);
    expect(r.series.programmedCumulativeMl[23]).toBeCloseTo(0.2, 12);
    expect(r.summary.deliveredVolumeMl).toBeCloseTo(18, 9);
    expect(r.summary.deliveredDoseUg).toBeCloseTo(36000, 6);
    expect(r.summary.reservoirEndMl).toBeCloseTo(2, 9);
    expect(r.summary.emptyAtHours).toBeNull();
    expect(r.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
    expect(r.distribution!.levels.map((l) => l.name)).toContain('T11');
  });

  it('the default device stays inside the ±15 % accuracy envelope; dose = volume × concentration', async () => {
    const s = preset('baclofen-programmable');
    s.device = { kind: 'programmable', reservoirStartMl: 20 };
    const r = await simulate(s);
    expect(r.summary.deliveredVolumeMl).not.toBeCloseTo(18, 3);
    const ratio = r.summary.deliveredVolumeMl / r.summary.programmedVolumeMl;
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
    expect(r.summary.deliveredDoseUg).toBeCloseTo(r.summary.deliveredVolumeMl * 2000, 6);
    expect(sum(r.series.tipDoseUg)).toBeCloseTo(r.summary.deliveredDoseUg, 9);
    expect(r.series.batteryFraction).toBeDefined();
  });

  it('catheter dead space: an unprimed 286 µL catheter + 20 µL pump path at 0.1 mL/day: ≈ 3.06 days', async () => {
    const s = preset('catheter-dead-space');
    s.device = { ...s.device, kind: 'programmable', accuracyBiasPercent: 0, accuracyRandomPercent: 0 };
    const r = await simulate(s);
    // the front's centre: the tip concentration reaches half the reservoir's (Taylor–Aris dispersion, on by
    // default, spreads the front, so the first trace of drug arrives a little earlier than the dead-volume time)
    const c = (k: number) => r.series.tipDoseUg[k] / r.series.tipVolumeUl[k];
    const full = c(r.series.tHours.length - 1);
    const first = r.series.tHours.findIndex((_, k) => c(k) >= 0.5 * full);
    const tFirst = r.series.tHours[first];
    expect(tFirst).toBeGreaterThan(3.06 * 24 - 0.5);
    expect(tFirst).toBeLessThan(3.06 * 24 + 1);
  });

  it('a bridge bolus holds the tip dose after a concentration change; without it the dose dips', async () => {
    const bridge = await simulate(preset('concentration-change-bridge'));
    const none = await simulate(preset('concentration-change-no-bridge'));
    const k = bridge.series.tHours.findIndex((t) => t > 7 * 24);
    const day = 96; // 24 h of 15-min intervals after the change
    const withBridge = sum(bridge.series.tipDoseUg, k, k + day);
    const without = sum(none.series.tipDoseUg, k, k + day);
    expect(without).toBeLessThan(0.5 * withBridge);
    expect(withBridge).toBeGreaterThan(300); // ≈ 400 µg/day held (± device accuracy)
  });

  it('a pocket fill sends 20 mL × 2000 µg/mL = 40 mg to the blood, not the CSF', async () => {
    const r = await simulate(preset('pocket-fill'));
    expect(sum(r.series.systemicDoseUg!)).toBeCloseTo(40000, 6);
    expect(r.events.map((e) => e.code)).toContain('pocket-fill');
  });

  it('a gas pump delivers more during a fever and a flight (estimate model)', async () => {
    const r = await simulate(preset('gas-pump-fever-flight'));
    const perInterval = (h: number) => r.series.tipVolumeUl[r.series.tHours.findIndex((t) => t > h)];
    const base = perInterval(2 * 24);
    expect(perInterval(4 * 24)).toBeGreaterThan(base * 1.1); // 39.5 °C
    expect(perInterval(9 * 24 + 5)).toBeGreaterThan(base * 1.1); // cabin at 8,000 ft
    expect(perInterval(12 * 24)).toBeCloseTo(base, 6);
  });

  it('pump-only runs have no distribution; recordStrokes keeps every stroke (volumes carry the accuracy error)', async () => {
    const s: ScenarioInput = {
      ...preset('baclofen-programmable'),
      durationDays: 2,
      model: { distribution: false, recordStrokes: true },
    };
    const r = await simulate(s);
    expect(r.distribution).toBeUndefined();
    expect(r.strokes!.tHours.length).toBe(400); // 0.2 mL/day × 2 days in 1 µL strokes
    expect(sum(r.strokes!.volumeUl)).toBeCloseTo(sum(r.series.tipVolumeUl), 9);
  });

  it('is deterministic for a seed, and the seed matters', async () => {
    const s = { ...preset('morphine-cancer-pain'), durationDays: 10 };
    const a = resultToJson(await simulate(s));
    expect(resultToJson(await simulate(s))).toBe(a);
    expect(resultToJson(await simulate({ ...s, seed: 2 }))).not.toBe(a);
  });

  it('reports every invalid field at once with its path, value, range and unit', async () => {
    const bad = preset('baclofen-programmable') as Record<string, unknown>;
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
