// Fuzzing in Chromium (issue 5): mutated presets through validation in the page, and valid ones through the
// real worker client — never a throw, never NaN or Infinity in what comes back across the worker boundary.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SimulationClient } from '../../src/runtime/browser/simulation-client.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { resultToJson } from '../../src/model/export.js';
import { mutatedScenarioArb, scaledScenarioArb } from '../helpers/scenario-mutation.js';
import { allFinite, checkValidation } from '../helpers/fuzz-checks.js';

describe('scenario fuzzing in Chromium', () => {
  it('validates 2,000 mutated presets without throwing; errors name path, value and rule', () => {
    fc.assert(
      fc.property(mutatedScenarioArb, (doc) => checkValidation(doc)),
      { numRuns: 2000, seed: 29 },
    );
  }, 60_000);

  it('runs valid mutated presets in the worker with finite numbers everywhere', async () => {
    const client = new SimulationClient();
    let simulated = 0;
    await fc.assert(
      fc.asyncProperty(scaledScenarioArb, async (doc) => {
        const s = structuredClone(doc) as Record<string, unknown>;
        s.durationDays = Math.min(Number(s.durationDays), 1);
        s.outputIntervalMinutes = Math.max(Number(s.outputIntervalMinutes ?? 60), 60);
        if (!validateScenario(s).ok) return;
        const r = await client.run(s);
        simulated++;
        expect(allFinite(r)).toBe(true);
        expect(resultToJson(r)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 40, seed: 31 },
    );
    client.dispose();
    expect(simulated).toBeGreaterThan(10);
  }, 120_000);
});
