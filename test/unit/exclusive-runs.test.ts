// Runs on one wasm instance queue (src/engine/wasm/exclusive.ts): the engines keep their state in the instance and a run
// yields between chunks, so concurrent runs must give exactly what the same runs give one after the other.
import { describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import { AbortError, simulate } from '../../src/engine/simulate.js';
import { cohortSlice } from '../../src/runtime/worker/trial-api.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { TRIAL_PRESETS } from '../../src/model/trials/spec.js';
import type { SimResult } from '../../src/model/result.js';

const morphine = presetScenario('morphine-cancer-pain')!;
const baclofen = presetScenario('baclofen-programmable')!;
// Small chunks: many yields to the event loop, where the other run would step in.
const small = { chunkIntervals: 4 };
// A continuous trial: its delivery goes through the pump engine, which the scenario run is using too.
const trialSpec = {
  ...TRIAL_PRESETS.find((p) => p.id === 'morphine-continuous')!.spec,
  cohortSize: 130,
  seed: 3,
};

function fingerprint(r: SimResult) {
  return {
    summary: r.summary,
    tip: Array.from(r.series.tipVolumeUl),
    csf: r.distribution ? Array.from(r.distribution.csfNgPerMl) : null,
  };
}

describe('one run at a time per wasm instance', () => {
  it('two scenarios started together give the results they give one after the other (exactly)', async () => {
    const wasm = await loadBuild('release');
    const alone = [await simulate(wasm, morphine, small), await simulate(wasm, baclofen, small)];
    const together = await Promise.all([simulate(wasm, morphine, small), simulate(wasm, baclofen, small)]);
    expect(fingerprint(together[0])).toEqual(fingerprint(alone[0]));
    expect(fingerprint(together[1])).toEqual(fingerprint(alone[1]));
  }, 60_000);

  it('a scenario and a trial cohort slice started together do not disturb each other', async () => {
    const never = new AbortController().signal;
    const first = await loadBuild('release');
    const run = await simulate(first, baclofen, small);
    const rows = await cohortSlice(first, trialSpec, 0, 130, never);
    // A fresh instance: nothing cached from the runs above.
    const wasm = await loadBuild('release');
    const [run2, rows2] = await Promise.all([
      simulate(wasm, baclofen, small),
      cohortSlice(wasm, trialSpec, 0, 130, never),
    ]);
    expect(fingerprint(run2)).toEqual(fingerprint(run));
    expect(rows2).toEqual(rows);
  }, 60_000);

  it('a cancelled or invalid run does not block the queue', async () => {
    const wasm = await loadBuild('release');
    const expected = fingerprint(await simulate(wasm, morphine, small));
    const controller = new AbortController();
    const cancelled = simulate(wasm, baclofen, { ...small, signal: controller.signal });
    const invalid = simulate(wasm, { ...morphine, durationDays: -1 }, small);
    const next = simulate(wasm, morphine, small);
    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(AbortError);
    await expect(invalid).rejects.toThrow(/durationDays/);
    expect(fingerprint(await next)).toEqual(expected);
  }, 60_000);
});
