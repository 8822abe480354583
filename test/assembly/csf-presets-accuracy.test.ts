// Every preset with the distribution on, run through simulate() with the production step control and again with a
// fine-step reference (dt = 18 s throughout, the same pump input): every distribution output within 1 %.
//
// Norm: test/assembly/csf-accuracy-norm.ts (1 % of each output series' maximum; effects on their full scale).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { PRESETS } from '../../src/model/scenario/presets.js';
import { loadBuild } from '../helpers/wasm.js';
import { worstSeries } from './csf-accuracy-norm.js';
import { fmt, validationGroup } from './csf-validation.js';

const check = validationGroup('accuracy-presets');
const FINE = { dtMaxHours: 0.005, dtFineHours: 0.005 };

describe('every preset against a fine-step reference', () => {
  const withCsf = PRESETS.filter((p) => p.scenario.model?.distribution !== false);

  it.each(withCsf.map((p) => [p.id, p] as const))(
    '%s: every output within 1 % of its series maximum; mass balance closes',
    async (_id, preset) => {
      const wasm = await loadBuild('release');
      const fast = await simulate(wasm, preset.scenario);
      const steps = wasm.csfSteps();
      // The reference takes every step (no stationary-state skip, column.ts).
      wasm.csfSetStationarySkip(0);
      const ref = await simulate(wasm, preset.scenario, { csfNumerics: FINE }).finally(() =>
        wasm.csfSetStationarySkip(1),
      );
      const refSteps = wasm.csfSteps();
      const w = worstSeries(fast.distribution!, ref.distribution!);
      expect(
        check({
          case: `${preset.id}: ${steps} adaptive steps vs ${refSteps} fine steps`,
          source: 'issue 19: within 1 % of a fine-step reference at every output, for every preset',
          target: 'max |error| ≤ 1 % of the series maximum, every output series',
          value: `worst: ${w.name}, ${fmt(w.error * 100)} %`,
          pass: w.ok,
        }),
      ).toBe(true);
      expect(Math.max(...fast.distribution!.massBalanceRelError)).toBeLessThanOrEqual(1e-9);
    },
    60_000,
  );
});
