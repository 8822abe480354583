// The stories the presets tell about tolerance and withdrawal (issue 12), through simulate(): the chronic morphine
// patient (tolerant) is not sedated, the same program in an opioid-naive patient is; a reservoir that runs dry
// brings baclofen withdrawal, reported as events a learner reads, and it is still there a week later. Thresholds:
// SYNDROME_THRESHOLDS (src/model/data/adaptation.ts), sedated at 0.2.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { SYNDROME_THRESHOLDS } from '../../src/model/data/adaptation.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';
import { PATIENT_DEFAULTS } from '../../src/model/data/patient.js';
import { validateScenario } from '../../src/model/scenario/validate.js';

const SEDATED = SYNDROME_THRESHOLDS.sedated.value;
const max = (a: Float64Array) => a.reduce((m, x) => Math.max(m, x), -Infinity);

function morphinePreset(opioidTolerance: 'naive' | 'tolerant'): ScenarioInput {
  const s = presetScenario('morphine-cancer-pain')!;
  return { ...s, patient: { ...s.patient, opioidTolerance } };
}

describe('patient.opioidTolerance input', () => {
  it('a bad value is an error naming the field, the value and the allowed values; no run', async () => {
    const bad = { ...morphinePreset('naive'), patient: { opioidTolerance: 'sometimes' } };
    const v = validateScenario(bad);
    expect(v.ok).toBe(false);
    const issue = !v.ok ? v.errors.find((e) => e.path === 'patient.opioidTolerance') : undefined;
    expect(issue?.value).toBe('sometimes');
    expect(issue?.message).toMatch(/must be one of: naive, tolerant/);
    await expect(simulate(bad)).rejects.toThrow(/opioidTolerance/);
  });

  it('has no effect on a drug without tolerance (baclofen): identical results', async () => {
    const s = presetScenario('baclofen-programmable')!;
    const a = await simulate({ ...s, durationDays: 3 });
    const b = await simulate({
      ...s,
      durationDays: 3,
      patient: { ...s.patient, opioidTolerance: 'tolerant' },
    });
    expect(Array.from(b.distribution!.effects.spasticityMas)).toEqual(
      Array.from(a.distribution!.effects.spasticityMas),
    );
    // and its tolerance output stays 0 (it is not an exposure read-out).
    expect(max(b.distribution!.effects.opioidToleranceFraction)).toBe(0);
  });
});

describe('opioid tolerance in the morphine-cancer-pain preset', () => {
  it('the preset is tolerant and not sedated (max < 0.2 over 14 days); a naive patient on it is (≥ 0.2)', async () => {
    expect(presetScenario('morphine-cancer-pain')!.patient?.opioidTolerance).toBe('tolerant');
    const tolerant = await simulate(morphinePreset('tolerant'));
    const naive = await simulate(morphinePreset('naive'));
    const sed = (r: typeof naive) => r.distribution!.effects.sedationFraction;
    expect(max(sed(tolerant))).toBeLessThan(SEDATED);
    expect(max(sed(naive))).toBeGreaterThanOrEqual(SEDATED);
    expect(tolerant.events.map((e) => e.code)).not.toContain('oversedation');
    const over = naive.events.find((e) => e.code === 'oversedation')!;
    expect(over.severity).toBe('warning');
    expect(over.tHours).toBeLessThan(48); // at the start, before tolerance develops
    expect(over.message).toMatch(/drowsy/);
  });
});

describe('the tolerance presets', () => {
  const dayMax = (r: { series: { tHours: Float64Array } }, a: Float64Array, day: number) => {
    const t = r.series.tHours;
    return max(a.filter((_, k) => t[k] > day * 24 && t[k] <= (day + 1) * 24));
  };

  it('morphine-naive-start: sedated on day 1 (event), a third of that by day 7 as tolerance develops', async () => {
    const r = await simulate(presetScenario('morphine-naive-start')!);
    const sed = r.distribution!.effects.sedationFraction;
    expect(r.events.find((e) => e.code === 'oversedation')!.tHours).toBeLessThan(24);
    expect(dayMax(r, sed, 0)).toBeGreaterThanOrEqual(SEDATED);
    expect(dayMax(r, sed, 6)).toBeLessThan(dayMax(r, sed, 0) / 3);
  });

  it('morphine-restart-after-gap: withdrawal in the gap, then 3× the sedation of before the gap', async () => {
    const r = await simulate(presetScenario('morphine-restart-after-gap')!);
    const e = r.distribution!.effects;
    const codes = r.events.map((x) => x.code);
    expect(codes).toEqual(expect.arrayContaining(['withdrawal-early', 'withdrawal']));
    const signs = r.events.filter((x) => x.code.startsWith('withdrawal'));
    for (const x of signs) expect(x.tHours > 7 * 24 && x.tHours < 21 * 24).toBe(true);
    expect(dayMax(r, e.sedationFraction, 21)).toBeGreaterThan(3 * dayMax(r, e.sedationFraction, 6));
    expect(dayMax(r, e.withdrawalFraction, 22)).toBeLessThan(0.01); // rescued by the restart
  });

  it('baclofen-bolus-screening: three test doses leave no Ashworth score above baseline and no withdrawal', async () => {
    const r = await simulate(presetScenario('baclofen-bolus-screening')!);
    const mas = r.distribution!.effects.spasticityMas;
    expect(max(mas)).toBeLessThanOrEqual(PATIENT_DEFAULTS.baselineMas.value + 0.01);
    expect(max(r.distribution!.effects.withdrawalFraction)).toBe(0);
    expect(r.events.some((x) => x.code.startsWith('withdrawal'))).toBe(false);
  });
});

describe('baclofen withdrawal after a dry reservoir (missed-refill preset)', () => {
  it('builds after the reservoir empties, is reported as events, and persists while the drug is off', async () => {
    const r = await simulate(presetScenario('missed-refill')!);
    // The pump stops delivering when what is left is below its reserve (then 'empty-reservoir').
    const stopped = r.events.find((e) => e.code === 'delivery-stopped')!.tHours;
    const w = r.distribution!.effects.withdrawalFraction;
    const t = r.series.tHours;
    const at = (h: number) => w[t.findIndex((x) => x >= h)];
    expect(
      max(
        w.subarray(
          0,
          t.findIndex((x) => x >= stopped),
        ),
      ),
    ).toBe(0);
    const signs = r.events.filter((e) => ['withdrawal-early', 'withdrawal'].includes(e.code));
    expect(signs.map((e) => e.code)).toEqual(['withdrawal-early', 'withdrawal']);
    for (const e of signs) {
      // Builds over 24–72 h: the first signs within a day, the full syndrome within three.
      expect(e.tHours).toBeGreaterThan(stopped);
      expect(e.tHours).toBeLessThan(stopped + 72);
      expect(e.message).toMatch(/baclofen/i);
    }
    // 7 days after delivery stopped the signs are still in the full-syndrome band (≥ 0.4).
    expect(at(stopped + 7 * 24)).toBeGreaterThanOrEqual(SYNDROME_THRESHOLDS.withdrawal.value);
    const full = r.events.find((e) => e.code === 'withdrawal')!;
    expect(full.severity).toBe('alarm');
    expect(full.message).toMatch(/fever/);
    // Events stay in time order with the pump's own.
    expect(r.events.map((e) => e.tHours)).toEqual([...r.events.map((e) => e.tHours)].sort((a, b) => a - b));
  });
});
