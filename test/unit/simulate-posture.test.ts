// Posture and baricity through the scenario API: the optional fields validate with path, value, range and unit;
// a hyperbaric infusion run upright for days keeps the mass balance ≤ 1e-9 and no negative concentration, and
// sits more caudally than supine; an isobaric drug gives identical results in every posture.
/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit scenario documents as free-form JSON */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import type { SimResult } from '../../src/model/result.js';

const bupivacaine = (posture?: string, densityRelativeToCsf?: number): Record<string, any> => ({
  schemaVersion: 1,
  name: 'Hyperbaric bupivacaine',
  seed: 1,
  durationDays: 5,
  outputIntervalMinutes: 60,
  drug: { name: 'bupivacaine', formulation: 'hyperbaric', concentrationUgPerMl: 7500, densityRelativeToCsf },
  device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
  patient: { catheterTipLevel: 'T12', posture },
  program: { mode: 'continuous', rateMlPerDay: 0.48 }, // 20 µL/h as in Flack & Bernards 2010 [R37]
});

/** Concentration-weighted mean level position (cm) of the last output. */
function centreCm(r: SimResult): number {
  const d = r.distribution!;
  const nl = d.levels.length;
  const last = d.csfNgPerMl.subarray(d.csfNgPerMl.length - nl);
  let m = 0;
  let mx = 0;
  d.levels.forEach((l, j) => {
    m += last[j];
    mx += last[j] * l.xCm;
  });
  return mx / m;
}

describe('posture and baricity in a scenario', () => {
  it('bad posture or density: path, value, allowed values or range and unit', () => {
    const v = validateScenario(bupivacaine('standing', 1.5));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const by = Object.fromEntries(v.errors.map((e) => [e.path, e.message]));
    expect(by['patient.posture']).toBe(
      'patient.posture = "standing": must be one of: supine, upright, prone',
    );
    expect(by['drug.densityRelativeToCsf']).toBe(
      'drug.densityRelativeToCsf = 1.5: must be a number from 0.9 to 1.1 ratio',
    );
  });

  it('hyperbaric upright for 5 days: mass balance ≤ 1e-9, no negative concentration, caudal of supine', async () => {
    const upright = await simulate(bupivacaine('upright'));
    const supine = await simulate(bupivacaine());
    for (const r of [upright, supine]) {
      expect(r.summary.massBalanceMaxRelError!).toBeLessThan(1e-9);
      expect(Math.min(...r.distribution!.csfNgPerMl)).toBeGreaterThanOrEqual(0);
    }
    expect(centreCm(upright)).toBeLessThan(centreCm(supine) - 0.5);
  });

  it('isobaric (density 1): identical results upright, supine and prone', async () => {
    // One at a time: simulate() in this thread shares one wasm instance (the column state is module-global).
    const runs: SimResult[] = [];
    for (const p of ['upright', 'supine', 'prone']) runs.push(await simulate(bupivacaine(p, 1)));
    for (const r of runs.slice(1))
      expect(r.distribution!.csfNgPerMl).toEqual(runs[0].distribution!.csfNgPerMl);
  });
});
