// Body size (issue 12): height and weight set the spinal length, the CSF volumes and the systemic compartment, for
// scenarios and for the trials' virtual patients. The plasma volume must be proportional to the weight exactly once:
// the 15 kg vs 70 kg ratio is 15/70, not (15/70)² as with the double count this replaced.
import { describe, expect, it } from 'vitest';
import { bodySize, heightForWeightCm } from '../../src/model/data/body-size.js';
import { PATIENT_DEFAULTS } from '../../src/model/data/patient.js';
import { CSF_PARAM_NAMES, packCsfParams, resolveCsfConfig } from '../../src/model/csf-config.js';
import { csfInputFor } from '../../src/engine/trials/trial-engine.js';
import { buildProtocol, PROTOCOLS } from '../../src/model/trials/protocols.js';
import { mapScenario } from '../../src/engine/scenario-mapping.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { medianPatient } from './trial-fixtures.js';
import { simulate } from '../../src/runtime/node/index.js';

const param = (params: Float64Array, name: (typeof CSF_PARAM_NAMES)[number]) =>
  params[CSF_PARAM_NAMES.indexOf(name)];

/** A trial patient of `kg` through the trial adapter (no height: it is estimated from the weight). */
function trialConfig(kg: number) {
  const protocol = buildProtocol(PROTOCOLS['baclofen-bolus'], medianPatient());
  return resolveCsfConfig(csfInputFor(protocol, medianPatient({ bodyMassKg: kg })));
}

describe('body size', () => {
  it('the reference adult keeps the published defaults', () => {
    const s = bodySize();
    expect(s.spinalLengthCm).toBe(PATIENT_DEFAULTS.spinalLengthCm.value);
    expect(s.spinalCsfVolumeUl).toBe(PATIENT_DEFAULTS.spinalCsfVolumeUl.value);
    expect(s.cranialCsfVolumeUl).toBe(PATIENT_DEFAULTS.cranialCsfVolumeUl.value);
    // an adult heavier than the reference is not taller
    expect(heightForWeightCm(120)).toBe(170);
  });

  it('a 15 kg child has a shorter column and less CSF than a 70 kg adult', () => {
    const child = trialConfig(15);
    const adult = trialConfig(70);
    expect(adult.grid.lengthCm).toBeCloseTo(60, 9);
    // 15 kg → about 102 cm tall → 36 cm of spinal axis (a 3–4-year-old is about 95–105 cm tall)
    expect(child.grid.lengthCm).toBeGreaterThan(33);
    expect(child.grid.lengthCm).toBeLessThan(39);
    expect(child.patient.spinalCsfVolumeUl / adult.patient.spinalCsfVolumeUl).toBeLessThan(0.45);
    expect(child.patient.cranialCsfVolumeUl).toBeLessThan(adult.patient.cranialCsfVolumeUl);
  });

  it('plasma volume is proportional to the weight once (fails on a double count), clearance allometric', () => {
    const vol = (kg: number) => param(packCsfParams(trialConfig(kg)), 'plasmaVolumeUl');
    expect(vol(15) / vol(70)).toBeCloseTo(15 / 70, 12);
    expect(vol(120) / vol(70)).toBeCloseTo(120 / 70, 12);
    // CL ∝ W^0.75, so the elimination rate constant CL/V ∝ W^−0.25: a child clears faster per kg
    const k = (kg: number) => param(packCsfParams(trialConfig(kg)), 'plasmaLossPerHour');
    expect(k(15) / k(70)).toBeCloseTo(Math.pow(15 / 70, -0.25), 12);
  });

  it('an infant has 30–50 mL of CSF in all [R1]; per kg a toddler has more spinal CSF than an adult [R85]', () => {
    const infant = bodySize(60, 6);
    const total = (infant.spinalCsfVolumeUl + infant.cranialCsfVolumeUl) / 1000;
    expect(total).toBeGreaterThanOrEqual(30);
    expect(total).toBeLessThanOrEqual(50);
    const toddler = bodySize(95, 14);
    const adult = bodySize(170, 70);
    expect(toddler.spinalCsfVolumeUl / 14).toBeGreaterThan(adult.spinalCsfVolumeUl / 70);
  });

  it('a scenario height and weight reach the pump level map and the distribution engine', () => {
    const base = presetScenario('baclofen-programmable');
    const r = validateScenario({ ...base, patient: { ...base.patient, heightCm: 110, weightKg: 18 } });
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    const inputs = mapScenario(r.scenario);
    expect(inputs.lengthCm).toBeCloseTo((60 * 110) / 170, 9);
    const config = resolveCsfConfig(inputs.csf!);
    expect(config.grid.lengthCm).toBeCloseTo(inputs.lengthCm, 9);
    expect(config.patient.spinalCsfVolumeUl).toBeCloseTo(97_300 * (110 / 170) ** 2, 6);
    expect(config.patient.heightCm).toBe(110);
  });

  it('the child preset: the adult dose gives higher spinal and cranial levels in an 18 kg child', async () => {
    const last = async (id: string) => {
      const d = (await simulate({ ...presetScenario(id), durationDays: 14 })).distribution!;
      const n = d.cranialNgPerMl.length - 1;
      return { target: d.spinalTargetNgPerMl![n], cranial: d.cranialNgPerMl[n] };
    };
    const adult = await last('baclofen-programmable');
    const child = await last('baclofen-child');
    // measured: target 975 vs 691 ng/mL, cranial 346 vs 205 ng/mL at day 14
    expect(child.target).toBeGreaterThan(1.2 * adult.target);
    expect(child.cranial).toBeGreaterThan(1.4 * adult.cranial);
  });

  it('a height out of range is refused with its field, range and unit', () => {
    const base = presetScenario('baclofen-programmable');
    const r = validateScenario({ ...base, patient: { ...base.patient, heightCm: 20 } });
    expect(r.ok).toBe(false);
    const text = JSON.stringify(r);
    expect(text).toContain('patient.heightCm');
    expect(text).toMatch(/40/);
    expect(text).toMatch(/cm/);
  });
});
