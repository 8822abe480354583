// Analytic checks of the column: a dispersing Gaussian pulse, the steady exponential profile λ = √(D/k), and the
// observed order of convergence in space and time (θ = 1/2 → 2, θ = 1 → 1). Uniform D via oscFloor = 1.
import { describe, expect, it } from 'vitest';
import type { CsfParamName } from '../../src/model/csf-config.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { loadBuild } from '../helpers/wasm.js';
import { columnState, configureRaw, setColumn } from './csf-harness.js';
import { fmt, validationGroup } from './csf-validation.js';

const check = validationGroup('analytic');
const L = 60;
const D = 20; // cm²/h
const K = 0.5; // 1/h
const X0 = 30;
const S0 = 2; // initial σ, cm
const T = 0.3; // h → σ² = 4 + 12 = 16

const uniform = (theta: number, cells: number, extra: Partial<Record<CsfParamName, number>> = {}) => ({
  oscFloor: 1,
  dMolCm2PerHour: 0,
  dRefCm2PerHour: D,
  csfLossPerHour: K,
  cranialBulkPerHour: 0,
  driftCmPerHour: 0,
  jetStrength: 0,
  theta,
  cells,
  ...extra,
});

const gauss = (x: number, t: number) => {
  const s2 = S0 * S0 + 2 * D * t;
  return Math.sqrt((S0 * S0) / s2) * Math.exp(-((x - X0) ** 2) / (2 * s2)) * Math.exp(-K * t);
};

function pulse(wasm: WasmExports, cells: number, steps: number, theta = 0.5): Float64Array {
  configureRaw(wasm, { drug: 'tracer', grid: { cells } }, uniform(theta, cells));
  setColumn(wasm, L, (x) => gauss(x, 0));
  wasm.csfStepFixed(steps, T / steps, 0, 0);
  return columnState(wasm).cells.slice();
}

const maxErrVsAnalytic = (c: Float64Array) => {
  const n = c.length;
  let e = 0;
  for (let i = 0; i < n; i++) e = Math.max(e, Math.abs(c[i] - gauss(((i + 0.5) * L) / n, T)));
  return e / gauss(X0, T);
};
const maxDiff = (a: Float64Array, b: Float64Array) =>
  a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i])), 0);

describe('analytic solutions', () => {
  it('a pulse disperses as the Gaussian solution (with first-order loss)', async () => {
    const wasm = await loadBuild('debug');
    const err = maxErrVsAnalytic(pulse(wasm, 240, 600));
    expect(
      check({
        case: 'Pulse dispersion vs Gaussian, 240 cells, CN, D = 20 cm²/h, k = 0.5/h, σ 2 → 4 cm',
        source: 'analytic: C = C0 σ0/σ exp(−(x−x0)²/2σ²) e^{−kt}',
        target: 'max error ≤ 0.5 % of peak',
        value: `${fmt(err * 100)} %`,
        pass: err <= 5e-3,
      }),
    ).toBe(true);
    expect(wasm.csfFallbacks()).toBe(0);
  });

  it('steady infusion gives the exponential profile with λ = √(D/k)', async () => {
    const wasm = await loadBuild('debug');
    const k = 0.8;
    const lambda = Math.sqrt(D / k); // 5 cm
    configureRaw(
      wasm,
      { drug: 'tracer', grid: { cells: 240 } },
      uniform(0.5, 240, { csfLossPerHour: k, tipCm: X0 }),
    );
    wasm.csfStepFixed(5000, 0.02, 0.02, 0); // 100 h ≫ 1/k; small k·dt keeps the splitting error negligible
    const c = columnState(wasm).cells;
    const dx = L / 240;
    const tip = wasm.csfTipCell();
    // Fit λ from the log-slope between 2.5 and 15 cm above the tip.
    const i1 = tip + Math.round(2.5 / dx);
    const i2 = tip + Math.round(15 / dx);
    const fitted = ((i2 - i1) * dx) / Math.log(c[i1] / c[i2]);
    const rel = Math.abs(fitted - lambda) / lambda;
    expect(
      check({
        case: 'Steady infusion profile, uniform D = 20 cm²/h, k = 0.8/h, 240 cells',
        source: 'analytic: C ∝ exp(−|x − x_tip|/λ), λ = √(D/k) = 5 cm',
        target: 'fitted λ within 0.5 %',
        value: `λ = ${fmt(fitted, 5)} cm (${fmt(rel * 100, 2)} %)`,
        pass: rel <= 5e-3,
      }),
    ).toBe(true);
    // Symmetric below the tip (up to the reflection from the closed caudal end, e^{−10} ≈ 5e-5).
    expect(Math.abs(c[tip - 20] / c[tip + 20] - 1)).toBeLessThan(2e-4);
  });

  it('converges at second order in space', async () => {
    const wasm = await loadBuild('debug');
    const errs = [60, 120, 240, 480].map((n) => maxErrVsAnalytic(pulse(wasm, n, 1200)));
    const orders = errs.slice(1).map((e, i) => Math.log2(errs[i] / e));
    const ok = orders.every((p) => p > 1.8 && p < 2.3);
    expect(
      check({
        case: 'Grid refinement 60 → 480 cells (pulse, CN, small dt)',
        source: 'cell-centred finite volumes: order 2',
        target: 'observed order 1.8–2.3',
        value: orders.map((p) => fmt(p)).join(', '),
        pass: ok,
      }),
    ).toBe(true);
  });

  it('converges at second order in time with Crank–Nicolson and first order with backward Euler', async () => {
    const wasm = await loadBuild('debug');
    for (const [theta, lo, hi, name] of [
      [0.5, 1.8, 2.3, 'Crank–Nicolson + Strang'],
      [1, 0.9, 1.15, 'backward Euler + Strang'],
    ] as const) {
      const ref = pulse(wasm, 120, 5120, theta);
      const errs = [10, 20, 40, 80].map((s) => maxDiff(pulse(wasm, 120, s, theta), ref));
      const orders = errs.slice(1).map((e, i) => Math.log2(errs[i] / e));
      const ok = orders.every((p) => p > lo && p < hi);
      expect(
        check({
          case: `Time-step refinement T/10 → T/80, ${name}`,
          source: `θ-scheme: order ${theta === 0.5 ? 2 : 1}`,
          target: `observed order ${lo}–${hi}`,
          value: orders.map((p) => fmt(p)).join(', '),
          pass: ok,
        }),
      ).toBe(true);
    }
  });
});
