// Fault suite: cancelling a run at every chunk boundary (issue 17). simulate() checks its signal after every wasm
// call of the loop (a chunk of whole intervals, or one sub-stepped interval around a pulse); a signal that turns
// aborted at the m-th check stops the run there, for every m. Each time the run must reject with an AbortError and
// leave nothing behind: the next run on the same wasm instance — the same scenario, another one, or a trial cohort
// on the batched engine — equals a fresh run exactly.
import { describe, expect, it } from 'vitest';
import { loadBuild } from '../../helpers/wasm.js';
import { simulate } from '../../../src/engine/simulate.js';
import { cohortSlice } from '../../../src/runtime/worker/trial-api.js';
import { presetScenario } from '../../../src/model/scenario/presets.js';
import { resultToJson } from '../../../src/model/export.js';
import { TRIAL_PRESETS } from '../../../src/model/trials/spec.js';
import type { ScenarioInput } from '../../../src/model/scenario/schema.js';

/** A signal whose `aborted` turns true at its (m+1)-th read; counts its reads. */
function abortAtCheck(m: number) {
  let reads = 0;
  const signal = {
    get aborted() {
      return reads++ >= m;
    },
  };
  return { signal: signal as unknown as AbortSignal, reads: () => reads };
}

// Pulsed external-pump strokes (sub-stepped intervals), a hyperbaric drug with posture switches, a bolus, a refill.
const ext = presetScenario('continuous-trial-external')!;
const rich: ScenarioInput = {
  ...ext,
  durationDays: 1.3,
  drug: { name: 'bupivacaine', concentrationUgPerMl: 5000 },
  patient: { catheterTipLevel: 'T10', postureCycle: {} },
  program: {
    mode: 'continuous',
    rateMlPerDay: 2.4,
    boluses: [{ kind: 'single', atHours: 20, volumeUl: 200 }],
  },
  events: [{ type: 'refill', atHours: 12, volumeMl: 50 }],
};
const pumpOnly: ScenarioInput = {
  ...presetScenario('missed-refill')!,
  durationDays: 12,
  model: { distribution: false },
};
const opts = { chunkIntervals: 6 };
const trialSpec = {
  ...TRIAL_PRESETS.find((p) => p.id === 'baclofen-continuous')!.spec,
  cohortSize: 24,
  seed: 5,
};

describe('abort at every chunk boundary', () => {
  it.each([
    ['CSF with pulses, postures, bolus and refill', rich],
    ['pump only', pumpOnly],
  ])(
    '%s: every boundary rejects with AbortError; the next run equals a fresh one',
    async (_, scenario) => {
      const wasm = await loadBuild('release');
      const fresh = resultToJson(await simulate(wasm, scenario, opts));
      const other = presetScenario('baclofen-bolus-screening')!;
      const freshOther = resultToJson(await simulate(wasm, other, opts));
      const count = abortAtCheck(Infinity);
      await simulate(wasm, scenario, { ...opts, signal: count.signal });
      const checks = count.reads();
      expect(checks).toBeGreaterThan(30); // the run has many boundaries to stop at
      for (let m = 0; m < checks; m++) {
        const { signal } = abortAtCheck(m);
        await expect(simulate(wasm, scenario, { ...opts, signal }), `check ${m}`).rejects.toMatchObject({
          name: 'AbortError',
        });
        // alternately the same scenario and another one right after the cancelled run
        const next = m % 2 ? other : scenario;
        expect(resultToJson(await simulate(wasm, next, opts)), `after check ${m}`).toBe(
          m % 2 ? freshOther : fresh,
        );
      }
    },
    120_000,
  );

  it('between engines: a cancelled scenario run then a cohort, a cancelled cohort then a scenario run', async () => {
    const wasm = await loadBuild('release');
    const never = new AbortController().signal;
    const freshRows = await cohortSlice(wasm, trialSpec, 0, 24, never);
    const fresh = resultToJson(await simulate(wasm, rich, opts));
    for (const m of [1, 5, 20]) {
      await expect(simulate(wasm, rich, { ...opts, signal: abortAtCheck(m).signal })).rejects.toMatchObject({
        name: 'AbortError',
      });
      expect(await cohortSlice(wasm, trialSpec, 0, 24, never)).toEqual(freshRows);
      const c = new AbortController();
      const slice = cohortSlice(wasm, trialSpec, 0, 24, c.signal, (done) => {
        if (done >= m % 3) c.abort();
      });
      await expect(slice).rejects.toMatchObject({ name: 'AbortError' });
      expect(resultToJson(await simulate(wasm, rich, opts))).toBe(fresh);
    }
  }, 120_000);
});
