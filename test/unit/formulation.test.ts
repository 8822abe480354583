// Formulations (issue 12): pump bupivacaine is the plain solution (isobaric here, an estimate), the default; the
// hyperbaric dextrose solution of spinal anaesthesia [R64] is an option and only it moves with posture.
import { describe, expect, it } from 'vitest';
import { resolveCsfConfig } from '../../src/model/csf-config.js';
import { mapScenario } from '../../src/engine/scenario-mapping.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { simulate } from '../../src/runtime/node/index.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';

const infusion = (drug: Record<string, unknown>, posture: 'supine' | 'upright'): ScenarioInput =>
  ({
    schemaVersion: 1,
    durationDays: 1,
    outputIntervalMinutes: 60,
    drug: { name: 'bupivacaine', concentrationUgPerMl: 7500, ...drug },
    device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
    patient: { catheterTipLevel: 'T12', posture },
    program: { mode: 'continuous', rateMlPerDay: 0.48 },
  }) as ScenarioInput;

describe('bupivacaine formulations', () => {
  it('plain is the default and isobaric; hyperbaric has the dextrose density; a density overrides both', () => {
    expect(resolveCsfConfig({ drug: 'bupivacaine' }).densityRelativeToCsf).toBe(1);
    expect(resolveCsfConfig({ drug: 'bupivacaine', formulation: 'hyperbaric' }).densityRelativeToCsf).toBe(
      1.0325,
    );
    const v = validateScenario(infusion({ formulation: 'hyperbaric', densityRelativeToCsf: 1.02 }, 'supine'));
    expect(v.ok && resolveCsfConfig(mapScenario(v.scenario).csf!).densityRelativeToCsf).toBe(1.02);
  });

  it('posture moves the hyperbaric solution and leaves the plain one where it was', async () => {
    const last = async (drug: Record<string, unknown>, posture: 'supine' | 'upright') => {
      const d = (await simulate(infusion(drug, posture))).distribution!;
      const n = d.levels.length;
      return Array.from(d.csfNgPerMl.subarray(d.csfNgPerMl.length - n));
    };
    expect(await last({}, 'upright')).toEqual(await last({}, 'supine'));
    const up = await last({ formulation: 'hyperbaric' }, 'upright');
    const sup = await last({ formulation: 'hyperbaric' }, 'supine');
    expect(up).not.toEqual(sup);
  });

  it('refuses a hyperbaric formulation of a drug that has none, naming the field', () => {
    const v = validateScenario({
      ...infusion({}, 'supine'),
      drug: { name: 'morphine', concentrationUgPerMl: 1000, formulation: 'hyperbaric' },
    });
    expect(v.ok).toBe(false);
    expect(JSON.stringify(v)).toContain('drug.formulation');
  });
});
