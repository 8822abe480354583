// The batched SIMD kernel agrees with the single column (same model without jet/tissue) to round-off.
import { describe, expect, it } from 'vitest';
import { CSF_BATCH_OUT, CsfBatch } from '../../src/sim/csf-batch.js';
import { CSF_OUT } from '../../src/sim/csf-driver.js';
import type { CsfConfigInput } from '../../src/core/csf-config.js';
import { loadBuild } from '../helpers/wasm.js';
import { makeDriver, record } from './csf-harness.js';

const patients: CsfConfigInput[] = (
  [
    { drug: 'baclofen' },
    { drug: 'morphine', patient: { catheterTipLevel: 'T6', breathingDepth: 2 } },
    { drug: 'ziconotide', multipliers: { csfClearance: 1.5, dispersion: 0.5 } },
    { drug: 'clonidine', patient: { driftCmPerHour: 1 }, multipliers: { ec50: 2 } },
    { drug: 'tracer', patient: { catheterTipLevel: 'L2' } },
  ] as CsfConfigInput[]
).map((p) => ({ ...p, numerics: { theta: 1 } }));

describe('batched kernel', () => {
  it('matches the single column lane by lane (≤ 1e-12 relative)', async () => {
    const wasm = await loadBuild('debug');
    const dt = 0.05;
    const nOut = 12;
    const steps = 20;
    const rates = new Float64Array(patients.length * nOut);
    patients.forEach((_, p) => {
      for (let k = 0; k < nOut; k++) rates[p * nOut + k] = k < 6 ? 10 + 5 * p : 2;
    });
    const batch = new CsfBatch(wasm, patients, dt);
    expect(batch.lanes).toBe(6);
    const out = batch.advance(nOut, steps, rates);
    for (let p = 0; p < patients.length; p++) {
      const { wasm: w, driver } = await makeDriver(patients[p]);
      let rec: Float64Array = new Float64Array(0);
      for (let k = 0; k < nOut; k++) {
        w.csfStepFixed(steps, dt, rates[p * nOut + k] * dt, 0);
        rec = record(w, driver.levels.length);
      }
      const b = out.subarray(((nOut - 1) * batch.lanes + p) * CSF_BATCH_OUT.stride);
      const pairs: [number, number][] = [
        [b[CSF_BATCH_OUT.tip], rec[CSF_OUT.tip]],
        [b[CSF_BATCH_OUT.cranial], rec[CSF_OUT.cranial]],
        [b[CSF_BATCH_OUT.plasma], rec[CSF_OUT.plasma]],
        [b[CSF_BATCH_OUT.target], rec[CSF_OUT.target]],
        [b[CSF_BATCH_OUT.spinalEffect], rec[CSF_OUT.spinalEffect]],
        [b[CSF_BATCH_OUT.withdrawal], rec[CSF_OUT.withdrawal]],
      ];
      for (const [x, y] of pairs)
        expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(y), 1e-30));
      expect(b[CSF_BATCH_OUT.massRelError]).toBeLessThan(1e-9);
    }
  });
});
