// Distribution engine contract: parameter layout, pump-record consumption, mass balance, positivity, bad input.
import { describe, expect, it } from 'vitest';
import { CSF_PARAM_NAMES, packCsfParams, resolveCsfConfig } from '../../src/model/csf-config.js';
import { DRUGS, DRUG_NAMES } from '../../src/model/data/drugs.js';
import { CSF_OUT, CsfDriver } from '../../src/engine/csf/csf-driver.js';
import { WasmF64Buffer } from '../../src/engine/wasm/views.js';
import { loadBuild } from '../helpers/wasm.js';
import { columnState, makeDriver } from './csf-harness.js';

describe('csf engine contract', () => {
  it('has the same parameter and output layout in wasm and TS', async () => {
    const wasm = await loadBuild('debug');
    expect(wasm.CSF_PARAM_COUNT.value).toBe(CSF_PARAM_NAMES.length);
    expect(wasm.CSF_OUT_FIXED.value).toBe(CSF_OUT.fixed);
    expect(packCsfParams(resolveCsfConfig({ drug: 'baclofen' })).every(Number.isFinite)).toBe(true);
  });

  it('consumes pump records in place and closes the mass balance to 1e-9 at every output', async () => {
    const wasm = await loadBuild('debug');
    const driver = new CsfDriver(wasm);
    driver.configure({ drug: 'morphine' });
    // A pump-like buffer: stride 5, mass at 1, volume at 0, systemic at 3; 48 hourly records with a stop.
    const n = 48;
    const stride = 5;
    const buf = new WasmF64Buffer(wasm, n * stride);
    const v = buf.view;
    for (let k = 0; k < n; k++) {
      const on = k < 30 ? 1 : 0;
      v[k * stride] = 20 * on; // µL
      v[k * stride + 1] = 40 * on; // µg
      v[k * stride + 3] = k === 10 ? 500 : 0; // a pocket-fill dose, µg
    }
    driver.advance(n, 1, { ptr: buf.ptr, stride, offMass: 1, offVolume: 0, offSystemic: 3 });
    buf.dispose();
    const d = driver.result();
    expect(d.massBalanceRelError.length).toBe(n);
    for (const e of d.massBalanceRelError) expect(e).toBeLessThan(1e-9);
    const mb = d.massBalanceUg!;
    expect(mb.delivered[n - 1]).toBeCloseTo(30 * 40 + 500, 9);
    expect(mb.systemicInput[n - 1]).toBe(500);
    for (const c of d.csfNgPerMl) expect(c).toBeGreaterThanOrEqual(0);
    // The pocket-fill dose shows in plasma (500 µg in 245 L ≈ 2 ng/mL, less 1 h of elimination), not in CSF.
    expect(d.plasmaNgPerMl[10] - d.plasmaNgPerMl[9]).toBeGreaterThan(1.2);
    expect(d.plasmaNgPerMl[10] - d.plasmaNgPerMl[9]).toBeLessThan(2.1);
  });

  it('closes the mass balance to 1e-9 for every drug (cord tissue, lumbar bolus, systemic dose, tip move)', async () => {
    for (const drug of DRUG_NAMES) {
      const { wasm, driver } = await makeDriver(
        { drug, tipMigrations: [{ tHours: 6, level: 'T6' }] },
        'release',
      );
      driver.lumbarBolus(40, 2000, 'L4', 0.1);
      const n = 24;
      const stride = 3;
      const buf = new WasmF64Buffer(wasm, n * stride);
      for (let k = 0; k < n; k++) buf.view.set([k % 3 === 0 ? 30 : 0, 12, k === 4 ? 100 : 0], k * stride);
      driver.advance(n, 1, { ptr: buf.ptr, stride, offMass: 0, offVolume: 1, offSystemic: 2 });
      buf.dispose();
      const d = driver.result();
      for (const e of d.massBalanceRelError) expect(e, drug).toBeLessThan(1e-9);
      if (DRUGS[drug].tissue) expect(d.massBalanceUg!.cordTissue[n - 1], drug).toBeGreaterThan(0);
      for (const c of d.csfNgPerMl) expect(c).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps concentrations non-negative after a sharp lumbar bolus (CN falls back to BE when needed)', async () => {
    const { wasm, driver } = await makeDriver({ drug: 'baclofen', grid: { cells: 240 } });
    driver.lumbarBolus(50, 1000, 'L3', 1 / 60);
    for (let i = 0; i < 50; i++) {
      wasm.csfAdvanceConstant(0.05, 0, 0, 0);
      const s = columnState(wasm);
      for (const c of s.cells) expect(c).toBeGreaterThanOrEqual(0);
      expect(s.cranial).toBeGreaterThanOrEqual(0);
    }
  });

  it('never yields NaN for bad input', async () => {
    const { wasm, driver } = await makeDriver({
      drug: 'nonsense' as 'tracer',
      grid: { cells: NaN, lengthCm: -5 },
      patient: { heartRatePerMin: Infinity, catheterTipLevel: 'X9', spinalCsfVolumeUl: -1 },
      multipliers: { dispersion: NaN },
    });
    const buf = new WasmF64Buffer(wasm, 6);
    buf.view.set([NaN, -3, Infinity, 1e308, 5, 2]);
    driver.advance(3, NaN, { ptr: buf.ptr, stride: 2, offMass: 0, offVolume: 1, offSystemic: -1 });
    buf.dispose();
    const d = driver.result();
    for (const a of [
      d.csfNgPerMl,
      d.cranialNgPerMl,
      d.plasmaNgPerMl,
      d.massBalanceRelError,
      ...Object.values(d.effects),
    ])
      for (const x of a) expect(Number.isFinite(x)).toBe(true);
  });

  it('applies tip migrations at interval boundaries', async () => {
    const { driver } = await makeDriver({ drug: 'tracer', tipMigrations: [{ tHours: 5, level: 'T4' }] });
    const before = driver.tipCm;
    driver.advanceEmpty(10, 1);
    expect(driver.tipCm).toBeGreaterThan(before + 10);
  });
});
