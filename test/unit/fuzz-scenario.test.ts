// Property-based fuzzing of the scenario API (issue 5): 10,500 random and mutated scenarios through validation
// — it never throws, every error names its path and says what is allowed — and a subset of valid mutated
// scenarios through the full simulation with short durations — never NaN or Infinity anywhere in the result.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { allFinite, checkValidation } from '../helpers/fuzz-checks.js';
import { simulate } from '../../src/runtime/node/index.js';
import { resultToJson } from '../../src/model/export.js';
import { mutatedScenarioArb, scaledScenarioArb } from '../helpers/scenario-mutation.js';

describe('scenario fuzzing', () => {
  it('validates 3,000 arbitrary JSON values without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (x) => checkValidation(x)),
      { numRuns: 3000, seed: 5 },
    );
  }, 60_000);

  it('validates 7,500 mutated presets without throwing; errors name path, value and rule', () => {
    fc.assert(
      fc.property(mutatedScenarioArb, (doc) => checkValidation(doc)),
      { numRuns: 7500, seed: 11 },
    );
  }, 60_000);

  it('simulates valid mutated presets (short runs) with finite numbers everywhere', async () => {
    let simulated = 0;
    await fc.assert(
      fc.asyncProperty(scaledScenarioArb, async (doc) => {
        const v = validateScenario(doc);
        if (!v.ok) return;
        const s = structuredClone(doc) as Record<string, unknown>;
        s.durationDays = Math.min(Number(s.durationDays), 2);
        s.outputIntervalMinutes = Math.max(Number(s.outputIntervalMinutes ?? 60), 30);
        if (!validateScenario(s).ok) return;
        const r = await simulate(s);
        simulated++;
        expect(allFinite(r)).toBe(true);
        expect(resultToJson(r)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 120, seed: 3 },
    );
    expect(simulated).toBeGreaterThan(40);
  }, 60_000);
});
