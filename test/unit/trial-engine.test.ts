// The trial adapter on the real distribution engine: input ordering, zero before the first dose, dose–response
// and sensitivity in the right directions, causality (what batching relies on), and determinism.
import { describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import { medianPatient } from './trial-fixtures.js';
import { CsfTrialEngine, inputChanges } from '../../src/sim/trial-engine.js';
import { buildProtocol, PROTOCOLS } from '../../src/core/trials/protocols.js';
import { runCohort } from '../../src/sim/cohort.js';

const patient = medianPatient;

describe('CsfTrialEngine', () => {
  it('orders input changes with a step stop before the next start at the same instant', () => {
    const ch = inputChanges(buildProtocol(PROTOCOLS['morphine-continuous'], patient()));
    expect(ch.map((c) => [c.tHours, c.rate!.ugPerHour > 0])).toEqual([
      [0, true],
      [24, false],
      [24, true],
      [48, false],
      [48, true],
      [72, false],
    ]);
  });

  it('gives no effect before the bolus, a peak after it, and more effect for a larger dose or a lower EC50', async () => {
    const engine = new CsfTrialEngine(await loadBuild('release'));
    const p = buildProtocol(PROTOCOLS['baclofen-bolus'], patient());
    const times = [0, 1, 2, 4, 6, 12, 25, 26, 28];
    const base = engine.run(p, [patient(), patient({ ec50Factor: 0.5 }), patient({ ec50Factor: 2 })], times);
    const m = times.length;
    const e = (i: number, j: number) => base.effectFraction[i * m + j];
    expect(e(0, 0)).toBe(0);
    expect(Math.max(e(0, 1), e(0, 2), e(0, 3))).toBeGreaterThan(0.05);
    expect(e(0, 5)).toBeLessThan(Math.max(e(0, 1), e(0, 2), e(0, 3)));
    // 75 µg on day 2 peaks higher than 50 µg on day 1.
    expect(Math.max(e(0, 6), e(0, 7), e(0, 8))).toBeGreaterThan(Math.max(e(0, 1), e(0, 2), e(0, 3)));
    for (let j = 1; j < m; j++) {
      expect(e(1, j)).toBeGreaterThanOrEqual(e(0, j));
      expect(e(0, j)).toBeGreaterThanOrEqual(e(2, j));
    }
    for (const v of [...base.effectFraction, ...base.sideEffect])
      expect(Number.isFinite(v) && v >= 0 && v <= 1).toBe(true);
  });

  it('is causal: samples within step 1 do not depend on the later steps (the premise of batching)', async () => {
    const engine = new CsfTrialEngine(await loadBuild('release'));
    const full = buildProtocol(PROTOCOLS['morphine-continuous'], patient());
    const first = { ...full, steps: full.steps.slice(0, 1) };
    const times = [1, 4, 12, 20, 23];
    const a = engine.run(full, [patient()], times);
    const b = engine.run(first, [patient()], times);
    expect(Array.from(a.effectFraction)).toEqual(Array.from(b.effectFraction));
    expect(Array.from(a.sideEffect)).toEqual(Array.from(b.sideEffect));
  });

  it('gives byte-identical cohort JSON for the same seed, and a different cohort for another seed', async () => {
    const engine = new CsfTrialEngine(await loadBuild('release'));
    const spec = { protocol: 'morphine-continuous', population: 'pain-chronic', cohortSize: 40, seed: 8 };
    const a = JSON.stringify(await runCohort(engine, spec));
    const b = JSON.stringify(await runCohort(new CsfTrialEngine(await loadBuild('release')), spec));
    expect(a).toBe(b);
    expect(JSON.stringify(await runCohort(engine, { ...spec, seed: 9 }))).not.toBe(a);
  });
});
