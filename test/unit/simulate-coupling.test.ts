// Pump → CSF coupling keeps the true timing of short deliveries (src/engine/coupling.ts): a 15-min bolus seen with
// 1-h or 6-h output intervals gives the CSF the same history as with 1-min outputs, the pump totals are unchanged,
// and the mass balance still closes. With the old per-interval average (substeps: false) the same check fails.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';
import type { SimResult } from '../../src/model/result.js';

/** 100 µg in a 15-min single bolus (100 µL at 1 mg/mL) at 2 h 10 min, no basal: only the bolus reaches the CSF. */
function bolusScenario(drug: 'morphine' | 'baclofen', outputMinutes: number): ScenarioInput {
  return {
    schemaVersion: 1,
    name: `15-min bolus, ${outputMinutes}-min output`,
    seed: 1,
    durationDays: 1,
    outputIntervalMinutes: outputMinutes,
    drug: { name: drug, concentrationUgPerMl: 1000 },
    device: {
      kind: 'programmable',
      reservoirMl: 20,
      reservoirStartMl: 20,
      accuracyBiasPercent: 0,
      accuracyRandomPercent: 0,
    },
    patient: { catheterTipLevel: 'T10' },
    program: {
      mode: 'stopped',
      boluses: [{ kind: 'single', atHours: 2 + 10 / 60, volumeUl: 100, durationMinutes: 15 }],
    },
  } as ScenarioInput;
}

const sum = (a: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
};

/** Largest difference of the tip concentration at the coarse run's output times, relative to the fine peak. */
function tipMismatch(fine: SimResult, coarse: SimResult): number {
  const f = fine.distribution!.tipNgPerMl!;
  const c = coarse.distribution!.tipNgPerMl!;
  const peak = Math.max(...f);
  const ratio = Math.round(coarse.series.tHours[0] / fine.series.tHours[0]);
  let worst = 0;
  for (let k = 0; k < c.length; k++) worst = Math.max(worst, Math.abs(c[k] - f[(k + 1) * ratio - 1]) / peak);
  return worst;
}

/** Same for the cumulative mass cleared from CSF (an AUC: ∫ k·m_CSF dt), relative to its final fine value. */
function clearedMismatch(fine: SimResult, coarse: SimResult): number {
  const f = fine.distribution!.massBalanceUg!.clearedFromCsf;
  const c = coarse.distribution!.massBalanceUg!.clearedFromCsf;
  const ratio = Math.round(coarse.series.tHours[0] / fine.series.tHours[0]);
  let worst = 0;
  for (let k = 0; k < c.length; k++) worst = Math.max(worst, Math.abs(c[k] - f[(k + 1) * ratio - 1]));
  return worst / f[f.length - 1];
}

describe('pump boluses keep their timing in the CSF', () => {
  for (const drug of ['morphine', 'baclofen'] as const) {
    it(`${drug}: a 15-min 100 µg bolus at 1-h and 6-h outputs matches 1-min outputs (tip within 1 % of peak)`, async () => {
      const fine = await simulate(bolusScenario(drug, 1));
      for (const minutes of [60, 360]) {
        const coarse = await simulate(bolusScenario(drug, minutes));
        // exact pump totals: the sub-steps sum to the same tip dose as the fine run
        expect(sum(coarse.series.tipDoseUg)).toBeCloseTo(100, 9);
        expect(sum(coarse.series.tipDoseUg)).toBeCloseTo(sum(fine.series.tipDoseUg), 9);
        expect(coarse.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
        expect(tipMismatch(fine, coarse)).toBeLessThan(0.01);
        expect(clearedMismatch(fine, coarse)).toBeLessThan(0.01);
        // the old coupling (interval average) misses the same check
        const smeared = await simulate(bolusScenario(drug, minutes), { substeps: false });
        expect(tipMismatch(fine, smeared)).toBeGreaterThan(0.02);
      }
      expect(fine.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
    });
  }

  it('external pump, 50 µL strokes every 2.5 h: 6-h outputs see each stroke when it happens (as 1-min outputs do)', async () => {
    const external = (minutes: number): ScenarioInput =>
      ({
        ...bolusScenario('baclofen', minutes),
        name: `external strokes, ${minutes}-min output`,
        durationDays: 2,
        drug: { name: 'baclofen', concentrationUgPerMl: 500 },
        // CADD-like 50 µL per activation [D15]; 0.48 mL/day = one stroke per 2.5 h
        device: { kind: 'external', access: 'temporary-catheter', reservoirMl: 100, strokeVolumeUl: 50 },
        program: { mode: 'continuous', rateMlPerDay: 0.48 },
      }) as ScenarioInput;
    const fine = await simulate(external(1));
    const coarse = await simulate(external(360));
    expect(sum(coarse.series.tipDoseUg)).toBeCloseTo(sum(fine.series.tipDoseUg), 9);
    expect(coarse.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
    expect(tipMismatch(fine, coarse)).toBeLessThan(0.01);
    const smeared = await simulate(external(360), { substeps: false });
    expect(tipMismatch(fine, smeared)).toBeGreaterThan(0.02);
  });
});
