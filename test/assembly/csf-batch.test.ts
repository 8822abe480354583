// The batched SIMD kernel is the single-column model: with θ = 1 every lane equals the single column's fixed
// steps (csfStepFixed) to round-off, feature by feature (jet, cord tissue, posture/buoyancy, lumbar-puncture
// boluses, all at once),
// and the mass balance closes to 1e-9 in every lane, also with Crank–Nicolson and its start-up half steps.
import { describe, expect, it } from 'vitest';
import { CSF_BATCH_OUT, CsfBatch } from '../../src/sim/csf-batch.js';
import { CSF_OUT } from '../../src/sim/csf-driver.js';
import type { CsfConfigInput } from '../../src/core/csf-config.js';
import { loadBuild } from '../helpers/wasm.js';
import { columnState, makeDriver, record } from './csf-harness.js';
import { f64View } from '../../src/wasm/views.js';

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

/** Runs the lanes in one batch and each lane alone in the single column; compares outputs and state. */
async function compare(lanes: Lane[]): Promise<{ worst: number; mass: number; tissueUg: number[] }> {
  const wasm = await loadBuild('debug');
  const batch = new CsfBatch(
    wasm,
    lanes.map((l) => l.input),
    DT,
  );
  const grid = (f: (l: Lane, k: number) => number) => {
    const a = new Float64Array(lanes.length * N_OUT);
    lanes.forEach((l, p) => {
      for (let k = 0; k < N_OUT; k++) a[p * N_OUT + k] = f(l, k);
    });
    return a;
  };
  lanes.forEach(
    (l, p) => l.lp && batch.lumbarBolus(p, l.lp.doseUg, l.lp.volumeUl, l.lp.at, l.lp.durationHours),
  );
  const out = batch.advance(
    N_OUT,
    STEPS,
    grid((l, k) => l.rate(k)),
    undefined,
    grid((l, k) => l.inflow?.(k) ?? 0),
  );
  let worst = 0;
  let mass = 0;
  const tissueUg: number[] = [];
  const rel = (x: number, y: number, scale: number) =>
    Math.abs(x - y) / Math.max(Math.abs(y), 1e-30 * scale, 1e-300);
  for (let p = 0; p < lanes.length; p++) {
    const l = lanes[p];
    const { wasm: w, driver } = await makeDriver(l.input);
    if (l.lp) driver.lumbarBolus(l.lp.doseUg, l.lp.volumeUl, l.lp.at, l.lp.durationHours);
    const state = batch.laneState(p);
    let rec: Float64Array = new Float64Array(0);
    for (let k = 0; k < N_OUT; k++) {
      w.csfStepFixed(STEPS, DT, l.rate(k) * DT, l.inflow?.(k) ?? 0);
      rec = record(w, driver.levels.length);
      const b = out.subarray((k * batch.lanes + p) * CSF_BATCH_OUT.stride);
      const pairs: [number, number][] = [
        [b[CSF_BATCH_OUT.tip], rec[CSF_OUT.tip]],
        [b[CSF_BATCH_OUT.cranial], rec[CSF_OUT.cranial]],
        [b[CSF_BATCH_OUT.plasma], rec[CSF_OUT.plasma]],
        [b[CSF_BATCH_OUT.target], rec[CSF_OUT.target]],
        [b[CSF_BATCH_OUT.spinalEffect], rec[CSF_OUT.spinalEffect]],
        [b[CSF_BATCH_OUT.sedation], rec[CSF_OUT.sedation]],
        [b[CSF_BATCH_OUT.systemic], rec[CSF_OUT.systemic]],
        [b[CSF_BATCH_OUT.withdrawal], rec[CSF_OUT.withdrawal]],
        [b[CSF_BATCH_OUT.deliveredUg], rec[CSF_OUT.deliveredUg]],
        [b[CSF_BATCH_OUT.tissueUg], rec[CSF_OUT.tissueUg]],
      ];
      for (const [x, y] of pairs) worst = Math.max(worst, rel(x, y, 1));
      mass = Math.max(mass, b[CSF_BATCH_OUT.massRelError]);
      if (k === N_OUT - 1) tissueUg.push(b[CSF_BATCH_OUT.tissueUg]);
    }
    // The whole final state: every spinal cell, the cranial node and the cord tissue.
    const single = columnState(w);
    const tissue = f64View(w, w.csfTissuePtr(), single.cells.length);
    const top = Math.max(...single.cells);
    single.cells.forEach((c, i) => (worst = Math.max(worst, rel(state.cells[i], c, top))));
    tissue.forEach((c, i) => (worst = Math.max(worst, rel(state.tissue[i], c, top))));
    worst = Math.max(worst, rel(state.cranial, single.cranial, top));
    expect(rec[CSF_OUT.massRelError]).toBeLessThan(1e-9);
  }
  return { worst, mass, tissueUg };
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

  it('cord tissue: lipophilic drugs take up mass into the cord, lane by lane', async () => {
    const r = await compare([
      {
        input: be({ drug: 'fentanyl', patient: { catheterTipLevel: 'T10' } }),
        rate: (k) => (k < 6 ? 50 : 0),
      },
      { input: be({ drug: 'sufentanil' }), rate: () => 5 },
      { input: be({ drug: 'bupivacaine' }), rate: (k) => (k < 4 ? 500 : 100) },
      { input: be({ drug: 'morphine' }), rate: () => 10 },
    ]);
    expect(r.worst).toBeLessThanOrEqual(1e-12);
    expect(r.mass).toBeLessThan(1e-9);
    expect(r.tissueUg.slice(0, 3).every((m) => m > 0)).toBe(true);
    expect(r.tissueUg[3]).toBe(0);
  });

  it('posture: a hyperbaric drug drifts along the axial slope of each lane (buoyancy)', async () => {
    const r = await compare([
      { input: be({ drug: 'bupivacaine', patient: { posture: 'upright' } }), rate: () => 200 },
      {
        input: be({ drug: 'bupivacaine', patient: { posture: 'prone', catheterTipLevel: 'T10' } }),
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
