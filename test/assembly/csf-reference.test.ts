// The wasm column step against the independent TypeScript reference (test/reference/csf-reference.ts): same
// parameter block, same inputs, agreement to 1e-12 relative after many steps (with drift and a non-uniform area).
import { describe, expect, it } from 'vitest';
import { ReferenceColumn } from '../reference/csf-reference.js';
import { loadBuild } from '../helpers/wasm.js';
import { columnState, configureRaw, setColumn } from './csf-harness.js';
import { fmt, validationGroup } from './csf-validation.js';

const check = validationGroup('reference');

describe('wasm vs TypeScript reference', () => {
  for (const theta of [0.5, 1]) {
    it(`agrees to 1e-12 over 500 steps (θ = ${theta})`, async () => {
      const wasm = await loadBuild('debug');
      const cells = 120;
      const profile = Array.from({ length: cells }, (_, i) => 1 + 0.4 * Math.sin(i / 9));
      const { params, areas } = configureRaw(
        wasm,
        { drug: 'morphine', grid: { cells, areaProfile: profile }, patient: { driftCmPerHour: 0.7 } },
        { theta, jetStrength: 0, tissueOn: 0 }, // the reference has no cord tissue
      );
      const init = (x: number) => 1e-3 * (0.2 + Math.exp(-((x - 25) ** 2) / 50));
      setColumn(wasm, 60, init, 2e-5);
      const dt = 0.05;
      const ref = new ReferenceColumn(params, areas, dt);
      for (let i = 0; i < cells; i++) ref.c[i] = init(((i + 0.5) * 60) / cells);
      ref.c[cells] = 2e-5;
      for (let s = 0; s < 500; s++) {
        wasm.csfStepFixed(1, dt, 0.4, 0);
        ref.step(0.4);
      }
      const w = columnState(wasm);
      const scale = Math.max(...ref.c);
      let err = Math.abs(w.cranial - ref.c[cells]) / scale;
      w.cells.forEach((c, i) => (err = Math.max(err, Math.abs(c - ref.c[i]) / scale)));
      const perr = Math.abs(wasm.csfPlasmaUg() - ref.plasmaUg) / ref.plasmaUg;
      expect(wasm.csfFallbacks()).toBe(ref.fallbacks);
      expect(
        check({
          case: `Transport + first-order step, 500 steps, θ = ${theta}, drift 0.7 cm/h, varying area`,
          source: 'independent TS implementation of the same equations',
          target: 'max relative difference ≤ 1e-12 (column and plasma)',
          value: `${fmt(err)} (column), ${fmt(perr)} (plasma)`,
          pass: err <= 1e-12 && perr <= 1e-12,
        }),
      ).toBe(true);
    });
  }
});
