// patient.targetLevel (issue 12): the spinal effect is read where the scenario says, separately from the catheter
// tip, so a cervical tip for upper-limb spasticity or a tip far from the painful dermatomes can be taught.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';

type Target = NonNullable<NonNullable<ScenarioInput['patient']>['targetLevel']>;

/** Baclofen at 100 µg/day for 2 days from `tip`, effect read at `target`: mean spinal effect over day 2. */
async function baclofen(tip: string, target?: Target) {
  const base = presetScenario('baclofen-programmable');
  const r = await simulate({
    ...base,
    durationDays: 2,
    events: [],
    drug: { name: 'baclofen', concentrationUgPerMl: 500 },
    program: { mode: 'continuous', rateMlPerDay: 0.2 },
    patient: { catheterTipLevel: tip as 'T11', ...(target === undefined ? {} : { targetLevel: target }) },
  });
  const d = r.distribution!;
  const e = d.effects.spinalEffectFraction;
  const day2 = e.slice(Math.floor(e.length / 2));
  return { effect: day2.reduce((s, x) => s + x, 0) / day2.length, target: d.target! };
}

describe('patient.targetLevel', () => {
  it('a cervical tip helps the arms (cervical target) more than the legs (default lumbar target)', async () => {
    const arms = await baclofen('C6', { from: 'C5', to: 'T1' });
    const legs = await baclofen('C6');
    expect(legs.target).toMatchObject({ fromLevel: 'L1', toLevel: 'T10' });
    expect(arms.target).toMatchObject({ fromLevel: 'T1', toLevel: 'C5' });
    expect(arms.effect).toBeGreaterThan(1.5 * legs.effect);
  });

  it('a lumbar tip helps the legs more than the arms; a single level or a reversed range works', async () => {
    const legs = await baclofen('T11');
    const arms = await baclofen('T11', 'C6');
    const armsReversed = await baclofen('T11', { from: 'C6', to: 'C6' });
    expect(arms.target).toMatchObject({ fromLevel: 'C6', toLevel: 'C6' });
    expect(legs.effect).toBeGreaterThan(1.5 * arms.effect);
    expect(armsReversed.effect).toBe(arms.effect);
    const range = await baclofen('T11', { from: 'T12', to: 'T10' });
    const reversed = await baclofen('T11', { from: 'T10', to: 'T12' });
    expect(range.effect).toBe(reversed.effect);
  });

  it('pain reads the effect at the tip ± 2 levels by default', async () => {
    const base = presetScenario('morphine-cancer-pain');
    const r = await simulate({ ...base, durationDays: 1, patient: { catheterTipLevel: 'T6' } });
    expect(r.distribution!.target).toMatchObject({ fromLevel: 'T8', toLevel: 'T4' });
  });

  it('refuses an unknown level with the field and the allowed form', () => {
    const base = presetScenario('baclofen-programmable');
    const r = validateScenario({ ...base, patient: { targetLevel: { from: 'C5', to: 'X9' } } });
    expect(r.ok).toBe(false);
    const text = JSON.stringify(r);
    expect(text).toContain('patient.targetLevel');
  });
});
