// The stationary-state skip (assembly/csf/column.ts): 7.5 years of the battery lifecycle with the distribution on
// (daily outputs, one rate per 84-day refill period) with the skip and with every step taken. The skip may only
// leave out steps that change nothing: every output series within 0.01 % (the norm of csf-accuracy-norm.ts at a
// hundredth of its tolerance), the mass balance still closed.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { loadBuild } from '../helpers/wasm.js';
import { worstSeries } from './csf-accuracy-norm.js';
import { fmt, validationGroup } from './csf-validation.js';

const check = validationGroup('stationary');

describe('stationary-state skip', () => {
  it('7.5 years of refills with the distribution on: the same outputs as every step, far fewer steps', async () => {
    const wasm = await loadBuild('release');
    const scenario = presetScenario('battery-end-of-service')!;
    scenario.model = { distribution: true };
    const fast = await simulate(wasm, scenario);
    const steps = wasm.csfSteps();
    wasm.csfSetStationarySkip(0);
    try {
      const every = await simulate(wasm, scenario);
      const allSteps = wasm.csfSteps();
      const w = worstSeries(fast.distribution!, every.distribution!);
      expect(
        check({
          case: `battery lifecycle, 7.5 years, distribution on: ${steps} steps with the stationary skip vs ${allSteps} without`,
          source: 'issue 19: years with the distribution on',
          target: 'every output series within 0.01 % of its maximum (effects: of their scale)',
          value: `worst: ${w.name}, ${fmt(w.error * 100)} %`,
          pass: w.error <= 1e-4,
        }),
      ).toBe(true);
      expect(steps).toBeLessThan(allSteps / 3);
      expect(fast.summary.massBalanceMaxRelError).toBeLessThanOrEqual(1e-9);
    } finally {
      wasm.csfSetStationarySkip(1);
    }
  }, 120_000);
});
