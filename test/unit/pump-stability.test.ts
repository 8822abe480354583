// Drug stability in the pump (src/model/data/drug-stability.ts): a refill interval longer than the drug's limit is
// a warning with the field path, the value, the limit and its unit; the shipped presets stay inside their limits.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { PRESETS, findPreset } from '../../src/model/scenario/presets.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';

const H = 24;
const stability = (x: unknown) => {
  const v = validateScenario(x);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
  return v.warnings.filter((w) => w.message.includes('is known to keep in the pump'));
};
/** The programmable baclofen preset, run longer and refilled at the given days. */
function baclofen(durationDays: number, refillDays: number[]): ScenarioInput {
  const s = structuredClone(findPreset('baclofen-programmable')!.scenario);
  return {
    ...s,
    durationDays,
    events: refillDays.map((d) => ({ type: 'refill' as const, atHours: d * H, volumeMl: 20 })),
  };
}
function ziconotide(
  concentrationUgPerMl: number,
  events: NonNullable<ScenarioInput['events']>,
): ScenarioInput {
  const s = structuredClone(findPreset('ziconotide-titration')!.scenario);
  return { ...s, durationDays: 60, drug: { name: 'ziconotide', concentrationUgPerMl }, events };
}

describe('drug stability in the pump', () => {
  it('baclofen: a refill 200 days after the initial fill, then 200 days to the run end, each warns (6 months)', () => {
    const w = stability(baclofen(400, [200]));
    expect(w.map((x) => [x.path, x.value])).toEqual([
      ['events.0.atHours', 4800],
      ['durationDays', 400],
    ]);
    expect(w[0].message).toBe(
      'events.0.atHours = 4800: this refill comes 200 days after the initial fill (baclofen 2000 µg/mL, day 0, 00:00), ' +
        'longer than baclofen is known to keep in the pump: at most 182.6 days, ' +
        'stable for 6 months in the programmable pump (Medtronic, SynchroMed II documentation)',
    );
    expect(w[1].message).toMatch(
      /^durationDays = 400: the refill .* stays in the pump 200 days with no refill/,
    );
    for (const x of w) expect(x.severity).toBe('warning');
  });

  it('baclofen: refills every 180 days do not warn, and a run shorter than the limit needs no refill', () => {
    expect(stability(baclofen(540, [180, 360]))).toEqual([]);
    expect(stability(baclofen(180, []))).toEqual([]);
  });

  it('ziconotide: 45 days warns diluted (40) but not undiluted (84); a new pump must be refilled within 14 days', () => {
    const refill = { type: 'refill' as const, atHours: 45 * H, volumeMl: 20 };
    expect(stability(ziconotide(50, [refill])).map((x) => x.message)).toEqual([
      expect.stringMatching(/comes 45 days after the initial fill .*at most 40 days/),
    ]);
    expect(stability(ziconotide(25, [refill]))).toEqual([]);
    const replaced = stability(
      ziconotide(25, [
        { type: 'replacement', atHours: 10 * H, volumeMl: 20 },
        { ...refill, atHours: 30 * H },
      ]),
    );
    expect(replaced.map((x) => [x.path, x.value])).toEqual([['events.1.atHours', 30 * H]]);
    expect(replaced[0].message).toMatch(
      /this refill comes 20 days after the new pump's first fill .*at most 14 days/,
    );
  });

  it('drugs without a known limit and external pumps are not checked', () => {
    const long = baclofen(400, []);
    expect(stability({ ...long, drug: { name: 'clonidine', concentrationUgPerMl: 500 } })).toEqual([]);
    const external = structuredClone(findPreset('continuous-trial-external')!.scenario);
    expect(stability({ ...external, durationDays: 400 })).toEqual([]);
  });

  it('no shipped preset keeps a fill in the pump beyond its limit', () => {
    for (const p of PRESETS) expect(stability(p.scenario), p.id).toEqual([]);
  });
});
