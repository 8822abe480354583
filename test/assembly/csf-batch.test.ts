// The batched SIMD kernel is the single-column model: with θ = 1 every lane equals the single column's fixed
// steps (csfStepFixed) to round-off, feature by feature (jet, cord tissue, posture/buoyancy, lumbar-puncture
// boluses, all at once), also when the step changes between advance calls; with θ = 1/2 every lane equals the
// column's adaptive advance at the same steps (start-up half steps, and the backward-Euler redo of a
// Crank–Nicolson step that went negative, lane by lane); the mass balance closes to 1e-9 in every lane.
import { describe, expect, it } from 'vitest';
import { CSF_BATCH_GROUP, CSF_BATCH_OUT, CsfBatch } from '../../src/engine/csf/csf-batch.js';
import { CSF_OUT } from '../../src/engine/csf/csf-driver.js';
import { cellAreasCm2, resolveCsfConfig, tipCm, type CsfConfigInput } from '../../src/model/csf-config.js';
import { loadBuild } from '../helpers/wasm.js';
import { columnState, makeDriver, record } from './csf-harness.js';
import { f64View } from '../../src/engine/wasm/views.js';

const DT = 0.05;
const N_OUT = 12;
const STEPS = 20;

interface Lane {
  input: CsfConfigInput;
  /** µg/h at the tip in interval k. */
  rate: (k: number) => number;
  /** µL/h inflow at the tip in interval k (near-tip jet). */
  inflow?: (k: number) => number;
  /** Lumbar puncture given at t = 0. */
  lp?: { doseUg: number; volumeUl: number; at: string; durationHours: number };
}

const be = (input: CsfConfigInput): CsfConfigInput => ({ ...input, numerics: { theta: 1 } });

interface Stepping {
  /** Kernel step of interval k, h (the batch changes it between advance calls; default DT). */
  dt?: (k: number) => number;
  /**
   * Compare with the column's adaptive advance at a fixed step (csfSetStepping(dt, dt), csfAdvanceConstant per
   * interval: start-up half steps after a change, per-step positivity fallback) instead of csfStepFixed. With
   * θ < 1 this is what the batch does when every lane changes input at the same intervals.
   */
  adaptive?: boolean;
  /**
   * After this interval, move each lane's spinal mass into its tip cell (mass-preserving; batch and column alike):
   * a one-cell peak that Crank–Nicolson steps, with no change of input to smooth it, turn partly negative.
   */
  concentrateAfter?: number;
}

/** Moves the spinal mass of the state `c` (cells, µg/µL) into cell `tip`, by the cell volumes (µL). */
function concentrate(c: Float64Array, vol: Float64Array, tip: number): void {
  let m = 0;
  for (let i = 0; i < vol.length; i++) m += vol[i] * c[i];
  c.fill(0, 0, vol.length);
  c[tip] = m / vol[tip];
}

function cellVolumesUl(input: CsfConfigInput): { vol: Float64Array; tip: number } {
  const config = resolveCsfConfig(input);
  const dx = config.grid.lengthCm / config.grid.cells;
  const vol = Float64Array.from(cellAreasCm2(config), (a) => 1000 * a * dx);
  return { vol, tip: Math.min(config.grid.cells - 1, Math.floor(tipCm(config) / dx)) };
}

/** Runs the lanes in one batch and each lane alone in the single column; compares outputs and state. */
async function compare(
  lanes: Lane[],
  stepping: Stepping = {},
): Promise<{
  worst: number;
  mass: number;
  tissueUg: number[];
  withdrawal: number[];
  fallbacks: number[][];
  least: number;
}> {
  const wasm = await loadBuild('debug');
  const dtOf = stepping.dt ?? (() => DT);
  const batch = new CsfBatch(
    wasm,
    lanes.map((l) => l.input),
    dtOf(0),
  );
  lanes.forEach(
    (l, p) => l.lp && batch.lumbarBolus(p, l.lp.doseUg, l.lp.volumeUl, l.lp.at, l.lp.durationHours),
  );
  // One advance call per run of intervals with the same step.
  const out = new Float64Array(N_OUT * batch.lanes * CSF_BATCH_OUT.stride);
  let least = Infinity;
  for (let k0 = 0; k0 < N_OUT;) {
    let k1 = k0 + 1;
    while (k1 < N_OUT && dtOf(k1) === dtOf(k0) && k1 - 1 !== stepping.concentrateAfter) k1++;
    const n = k1 - k0;
    const grid = (f: (l: Lane, k: number) => number) => {
      const a = new Float64Array(lanes.length * n);
      lanes.forEach((l, p) => {
        for (let k = 0; k < n; k++) a[p * n + k] = f(l, k0 + k);
      });
      return a;
    };
    batch.setDt(dtOf(k0));
    const part = batch.advance(
      n,
      STEPS,
      grid((l, k) => l.rate(k)),
      undefined,
      grid((l, k) => l.inflow?.(k) ?? 0),
    );
    out.set(part, k0 * batch.lanes * CSF_BATCH_OUT.stride);
    if (k1 - 1 === stepping.concentrateAfter) {
      const m = batch.cells + 1;
      const c = f64View(wasm, wasm.csfBatchConcPtr(), batch.lanes * m);
      lanes.forEach((l, p) => {
        const { vol, tip } = cellVolumesUl(l.input);
        const at = (i: number) => ((p >> 3) * m + i) * CSF_BATCH_GROUP + (p & 7);
        const cells = Float64Array.from({ length: batch.cells }, (_, i) => c[at(i)]);
        concentrate(cells, vol, tip);
        cells.forEach((v, i) => (c[at(i)] = v));
      });
    }
    for (let p = 0; p < lanes.length; p++) {
      const s = batch.laneState(p);
      least = Math.min(least, ...s.cells, s.cranial);
    }
    k0 = k1;
  }
  let worst = 0;
  let mass = 0;
  const tissueUg: number[] = [];
  const withdrawal: number[] = [];
  const fallbacks: number[][] = [];
  const rel = (x: number, y: number, scale: number) =>
    Math.abs(x - y) / Math.max(Math.abs(y), 1e-30 * scale, 1e-300);
  for (let p = 0; p < lanes.length; p++) {
    const l = lanes[p];
    const { wasm: w, driver } = await makeDriver(l.input);
    if (l.lp) driver.lumbarBolus(l.lp.doseUg, l.lp.volumeUl, l.lp.at, l.lp.durationHours);
    const state = batch.laneState(p);
    let rec: Float64Array = new Float64Array(0);
    for (let k = 0; k < N_OUT; k++) {
      const dt = dtOf(k);
      if (stepping.adaptive) {
        w.csfSetStepping(dt, dt);
        w.csfAdvanceConstant(STEPS * dt, l.rate(k), l.inflow?.(k) ?? 0, 0);
      } else w.csfStepFixed(STEPS, dt, l.rate(k) * dt, l.inflow?.(k) ?? 0);
      rec = record(w, driver.levels.length);
      const b = out.subarray((k * batch.lanes + p) * CSF_BATCH_OUT.stride);
      const pairs: [number, number][] = [
        [b[CSF_BATCH_OUT.tip], rec[CSF_OUT.tip]],
        [b[CSF_BATCH_OUT.cranial], rec[CSF_OUT.cranial]],
        [b[CSF_BATCH_OUT.plasma], rec[CSF_OUT.plasma]],
        [b[CSF_BATCH_OUT.target], rec[CSF_OUT.target]],
        [b[CSF_BATCH_OUT.spinalEffect], rec[CSF_OUT.spinalEffect]],
        [b[CSF_BATCH_OUT.sedation], rec[CSF_OUT.sedation]],
        [b[CSF_BATCH_OUT.respiratoryDepression], rec[CSF_OUT.respiratoryDepression]],
        [b[CSF_BATCH_OUT.severity], rec[CSF_OUT.painNrs] + rec[CSF_OUT.spasticityMas]],
        [b[CSF_BATCH_OUT.systemic], rec[CSF_OUT.systemic]],
        [b[CSF_BATCH_OUT.withdrawal], rec[CSF_OUT.withdrawal]],
        [b[CSF_BATCH_OUT.deliveredUg], rec[CSF_OUT.deliveredUg]],
        [b[CSF_BATCH_OUT.tissueUg], rec[CSF_OUT.tissueUg]],
      ];
      for (const [x, y] of pairs) worst = Math.max(worst, rel(x, y, 1));
      mass = Math.max(mass, b[CSF_BATCH_OUT.massRelError]);
      if (k === N_OUT - 1) tissueUg.push(b[CSF_BATCH_OUT.tissueUg]);
      if (k === N_OUT - 1) withdrawal.push(b[CSF_BATCH_OUT.withdrawal]);
      if (k === stepping.concentrateAfter) {
        const { vol, tip } = cellVolumesUl(l.input);
        concentrate(f64View(w, w.csfConcPtr(), vol.length), vol, tip);
      }
    }
    // The column took the steps the batch took (its adaptive step was not capped): with θ < 1 a pair of half
    // steps at each change of input (and t = 0), one step of dt otherwise.
    if (stepping.adaptive && !l.lp) {
      let changes = 0;
      for (let k = 0; k < N_OUT; k++) if (k === 0 || l.rate(k) !== l.rate(k - 1)) changes++;
      expect(w.csfSteps()).toBe(N_OUT * STEPS + ((l.input.numerics?.theta ?? 0.5) < 1 ? changes : 0));
    }
    fallbacks.push([batch.fallbacks(p), w.csfFallbacks()]);
    // The whole final state: every spinal cell, the cranial node and the cord tissue.
    const single = columnState(w);
    const tissue = f64View(w, w.csfTissuePtr(), single.cells.length);
    const top = Math.max(...single.cells);
    single.cells.forEach((c, i) => (worst = Math.max(worst, rel(state.cells[i], c, top))));
    tissue.forEach((c, i) => (worst = Math.max(worst, rel(state.tissue[i], c, top))));
    worst = Math.max(worst, rel(state.cranial, single.cranial, top));
    expect(rec[CSF_OUT.massRelError]).toBeLessThan(1e-9);
  }
  return { worst, mass, tissueUg, withdrawal, fallbacks, least };
}

const hydrophilic: Lane[] = [
  { input: be({ drug: 'baclofen' }), rate: (k) => (k < 6 ? 10 : 2) },
  {
    input: be({ drug: 'morphine', patient: { catheterTipLevel: 'T6', breathingDepth: 2 } }),
    rate: (k) => (k < 6 ? 15 : 2),
  },
  {
    input: be({ drug: 'ziconotide', multipliers: { csfClearance: 1.5, dispersion: 0.5 } }),
    rate: (k) => (k < 6 ? 20 : 2),
  },
  {
    input: be({ drug: 'clonidine', patient: { driftCmPerHour: 1 }, multipliers: { ec50: 2 } }),
    rate: (k) => (k < 6 ? 25 : 2),
  },
  { input: be({ drug: 'tracer', patient: { catheterTipLevel: 'L2' } }), rate: (k) => (k < 6 ? 30 : 2) },
];

describe('batched kernel = single column (θ = 1, ≤ 1e-12 relative)', () => {
  it('infusions without volume effects, five drugs in one batch', async () => {
    const r = await compare(hydrophilic);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
  });

  it('near-tip jet: a bolus given with volume (inflow changes between intervals)', async () => {
    const r = await compare([
      { input: be({ drug: 'morphine' }), rate: (k) => (k < 2 ? 500 : 5), inflow: (k) => (k < 2 ? 2000 : 20) },
      { input: be({ drug: 'baclofen' }), rate: () => 10, inflow: () => 0 },
      {
        input: be({ drug: 'tracer', patient: { catheterTipLevel: 'T10' } }),
        rate: (k) => (k % 3 === 0 ? 100 : 0),
        inflow: (k) => (k % 3 === 0 ? 6000 : 0),
      },
    ]);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
  });

  it('cord tissue: opioids and bupivacaine take up mass into the cord, lane by lane', async () => {
    const r = await compare([
      {
        input: be({ drug: 'fentanyl', patient: { catheterTipLevel: 'T10' } }),
        rate: (k) => (k < 6 ? 50 : 0),
      },
      { input: be({ drug: 'sufentanil' }), rate: () => 5 },
      { input: be({ drug: 'bupivacaine' }), rate: (k) => (k < 4 ? 500 : 100) },
      { input: be({ drug: 'morphine' }), rate: () => 10 },
      { input: be({ drug: 'baclofen' }), rate: () => 10 },
    ]);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
    expect(r.tissueUg.slice(0, 4).every((m) => m > 0)).toBe(true);
    expect(r.tissueUg[4]).toBe(0);
  });

  it('tolerance, dependence and withdrawal: 10 days, tolerant and naive opioid lanes, a supply that stops', async () => {
    // 1 h steps: 12 intervals × 20 steps = 240 h. Drug for 160 h, then none: dependence, then withdrawal.
    const stop = (k: number, r: number) => (k < 8 ? r : 0);
    const r = await compare(
      [
        { input: be({ drug: 'baclofen', patient: { catheterTipLevel: 'T11' } }), rate: (k) => stop(k, 25) },
        {
          input: be({ drug: 'morphine', patient: { catheterTipLevel: 'T10', opioidTolerance: 'naive' } }),
          rate: (k) => stop(k, 125),
        },
        {
          input: be({ drug: 'morphine', patient: { catheterTipLevel: 'T10', opioidTolerance: 'tolerant' } }),
          rate: (k) => stop(k, 125),
        },
        { input: be({ drug: 'hydromorphone', patient: { opioidTolerance: 'tolerant' } }), rate: () => 20 },
      ],
      { dt: () => 1 },
    );
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
    // The feature ran: the stopped lanes are in withdrawal, the one still infused is not.
    expect(Math.min(...r.withdrawal.slice(0, 3))).toBeGreaterThan(0.1);
    expect(r.withdrawal[3]).toBe(0);
  });

  it('posture: a hyperbaric drug drifts along the axial slope of each lane (buoyancy)', async () => {
    const r = await compare([
      {
        input: be({ drug: 'bupivacaine', formulation: 'hyperbaric', patient: { posture: 'upright' } }),
        rate: () => 200,
      },
      {
        input: be({
          drug: 'bupivacaine',
          formulation: 'hyperbaric',
          patient: { posture: 'prone', catheterTipLevel: 'T10' },
        }),
        rate: () => 200,
      },
      { input: be({ drug: 'morphine', patient: { posture: 'upright' } }), rate: () => 10 },
      {
        input: be({ drug: 'tracer', densityRelativeToCsf: 1.02, patient: { posture: 'supine' } }),
        rate: (k) => (k < 3 ? 50 : 0),
      },
    ]);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
  });

  it('body size: lanes of a child and adults keep their own spinal length and CSF volumes', async () => {
    const r = await compare([
      { input: be({ drug: 'baclofen', patient: { bodyWeightKg: 15 } }), rate: () => 5 },
      { input: be({ drug: 'baclofen', patient: { heightCm: 190, bodyWeightKg: 90 } }), rate: () => 5 },
      {
        input: be({ drug: 'morphine', patient: { bodyWeightKg: 40 } }),
        rate: () => 0,
        lp: { doseUg: 100, volumeUl: 1000, at: 'L3', durationHours: 0.05 },
      },
    ]);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
  });

  it('lumbar-puncture boluses (own site, volume and duration) next to pump lanes', async () => {
    const r = await compare([
      {
        input: be({ drug: 'morphine' }),
        rate: () => 0,
        lp: { doseUg: 200, volumeUl: 2000, at: 'L3', durationHours: 0.1 },
      },
      { input: be({ drug: 'baclofen' }), rate: () => 10 },
      {
        input: be({ drug: 'tracer' }),
        rate: () => 3,
        lp: { doseUg: 50, volumeUl: 0, at: 'L4', durationHours: 1 },
      },
    ]);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
  });

  it('all at once: a lipophilic drug with cord tissue, a lumbar bolus and a pump infusion with volume', async () => {
    const r = await compare([
      {
        input: be({ drug: 'fentanyl', patient: { catheterTipLevel: 'T8' } }),
        rate: (k) => (k < 3 ? 40 : 4),
        inflow: (k) => (k < 3 ? 400 : 40),
        lp: { doseUg: 100, volumeUl: 5000, at: 'L4', durationHours: 0.15 },
      },
      {
        input: be({ drug: 'bupivacaine' }),
        rate: () => 0,
        lp: { doseUg: 10_000, volumeUl: 3000, at: 'L3', durationHours: 0.05 },
      },
      ...hydrophilic.slice(0, 2),
    ]);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
  });
});

describe('batched kernel: the step changes between advance calls', () => {
  // Fine, coarse, back to fine (both cached), then third and fourth step sizes (each replaces the cached one not
  // in use, and is rebuilt): each lane still equals the single column stepping the same sizes.
  const sizes = [0.05, 0.05, 0.2, 0.2, 0.05, 0.1, 0.15, 0.2, 0.05, 0.05, 0.2, 0.1];
  it('θ = 1: every feature, lane by lane, ≤ 1e-12', async () => {
    const r = await compare(
      [
        ...hydrophilic.slice(0, 2),
        {
          input: be({ drug: 'fentanyl', patient: { catheterTipLevel: 'T8', posture: 'upright' } }),
          rate: (k) => (k < 3 ? 40 : 4),
          inflow: (k) => (k < 3 ? 400 : 40),
          lp: { doseUg: 100, volumeUl: 5000, at: 'L4', durationHours: 0.15 },
        },
        {
          input: be({ drug: 'tracer', patient: { catheterTipLevel: 'T10' } }),
          rate: (k) => (k % 3 === 0 ? 100 : 0),
          inflow: (k) => (k % 3 === 0 ? 6000 : 0),
        },
      ],
      { dt: (k) => sizes[k] },
    );
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
  });

  it('θ = 1/2 with start-up half steps: equal to the adaptive column at the same steps, ≤ 1e-12', async () => {
    const r = await compare(
      ['morphine', 'baclofen', 'clonidine'].map((drug) => ({
        input: { drug } as CsfConfigInput,
        rate: (k: number) => (k % 4 < 2 ? 30 : 3),
      })),
      { dt: (k) => sizes[k], adaptive: true },
    );
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
  });
});

describe('batched kernel: positivity with Crank–Nicolson (as the column)', () => {
  it("redoes a lane's negative Crank–Nicolson solve with backward Euler, exactly when the column does", async () => {
    // After 1 h of infusion each lane's mass is gathered into its tip cell: the Crank–Nicolson steps that follow
    // (same input, so no start-up half steps) undershoot below zero next to the peak. The column redoes those
    // steps with backward Euler (transport.ts), so must each lane, and only those lanes.
    const r = await compare(
      [
        ...['morphine', 'baclofen', 'tracer', 'clonidine'].map((drug) => ({
          input: { drug } as CsfConfigInput,
          rate: () => 20,
        })),
        // A lane without drug next to them: nothing to redo.
        { input: { drug: 'morphine' }, rate: () => 0 },
      ],
      { dt: () => 0.05, adaptive: true, concentrateAfter: 0 },
    );
    expect(r.least).toBeGreaterThanOrEqual(0);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    for (const [batchCount, columnCount] of r.fallbacks) expect(batchCount).toBe(columnCount);
    expect(r.fallbacks.slice(0, 4).every(([, c]) => c > 0)).toBe(true);
    expect(r.fallbacks[4][1]).toBe(0);
    expect(r.mass).toBeLessThan(1e-9);
  });
});

describe('batched kernel, Crank–Nicolson', () => {
  it('closes the mass balance to 1e-9 with every feature and the start-up half steps', async () => {
    const wasm = await loadBuild('debug');
    const inputs: CsfConfigInput[] = [{ drug: 'fentanyl' }, { drug: 'morphine' }, { drug: 'baclofen' }];
    const batch = new CsfBatch(wasm, inputs, 0.125);
    batch.lumbarBolus(0, 100, 3000, 'L3', 0.25);
    const n = 48;
    const rates = Float64Array.from({ length: 3 * n }, (_, j) => ((j % n) % 8 < 2 ? 30 : 3));
    const inflow = Float64Array.from(rates, (r) => r * 20);
    const out = batch.advance(n, 2, rates, undefined, inflow);
    for (let k = 0; k < n; k++)
      for (let p = 0; p < 3; p++) {
        const b = out.subarray((k * batch.lanes + p) * CSF_BATCH_OUT.stride);
        expect(b[CSF_BATCH_OUT.massRelError]).toBeLessThan(1e-9);
        expect(Number.isFinite(b[CSF_BATCH_OUT.cranial])).toBe(true);
      }
    expect(out[((n - 1) * batch.lanes + 0) * CSF_BATCH_OUT.stride + CSF_BATCH_OUT.tissueUg]).toBeGreaterThan(
      0,
    );
  });
});
