// Taylor–Aris dispersion in the catheter (assembly/pump/catheter.ts): a drug front pushed through a saline-filled
// catheter arrives as an error-function breakthrough curve centred on the dead volume, with the variance of the
// analytic dispersion coefficient D_eff = D + a²U²/(48 D) (Taylor 1953, Aris 1956); plug flow stays a step.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries, sum } from '../reference/pump-fixtures.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

const UL_PER_CM = 2.6;
const LENGTH_CM = 110;
const DEAD_UL = UL_PER_CM * LENGTH_CM; // 286 µL
const D = 6e-6; // cm²/s
const Q_UL_PER_H = 1000; // the pump's maximum rate: a priming bolus
const STEP_H = 20 / 3600;

/** Breakthrough: cumulative volume out (µL) and tip concentration / reservoir concentration per record. */
function breakthrough(diffusivity: number) {
  const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: Q_UL_PER_H }, { conc: 2 });
  cfg.catheter = {
    lengthCm: LENGTH_CM,
    volumeUlPerCm: UL_PER_CM,
    primed: false,
    diffusivityCm2PerS: diffusivity,
  };
  const n = Math.round(0.6 / STEP_H); // 600 µL pushed
  const { series: s } = runSeries(wasm, cfg, n, STEP_H);
  const vOut: number[] = [];
  const c: number[] = [];
  let v = 0;
  for (let k = 0; k < n; k++) {
    v += s.tipVolumeUl[k];
    vOut.push(v - s.tipVolumeUl[k] / 2); // the record's midpoint
    c.push(s.tipVolumeUl[k] > 0 ? s.tipMassUg[k] / s.tipVolumeUl[k] / 2 : 0);
  }
  return { vOut, c, s };
}

/** Volume out at which the relative concentration first reaches `level` (linear interpolation). */
function volumeAt(b: { vOut: number[]; c: number[] }, level: number): number {
  const k = b.c.findIndex((x) => x >= level);
  const [v0, v1, c0, c1] = [b.vOut[k - 1], b.vOut[k], b.c[k - 1], b.c[k]];
  return v0 + ((level - c0) / (c1 - c0)) * (v1 - v0);
}

describe('Taylor–Aris dispersion in the catheter', () => {
  it('a priming front arrives centred on the dead volume with σ² = 2·D_eff·t (volume units)', () => {
    const b = breakthrough(D);
    const a2 = (UL_PER_CM * 1e-3) / Math.PI; // radius² in cm²
    const u = Q_UL_PER_H / 3600 / UL_PER_CM; // cm/s
    const dEff = D + (a2 * u * u) / (48 * D);
    expect(dEff / D).toBeGreaterThan(1000); // at priming rates shear dispersion dwarfs diffusion
    const tTransit = DEAD_UL / (Q_UL_PER_H / 3600);
    const sigmaUl = Math.sqrt(2 * dEff * tTransit) * UL_PER_CM; // ≈ 21 µL
    expect(volumeAt(b, 0.5)).toBeCloseTo(DEAD_UL, -0.7); // within ±2.5 µL (one parcel is 2.2 µL)
    const width = volumeAt(b, 0.8413) - volumeAt(b, 0.1587); // ±1σ of the normal distribution
    expect(width / (2 * sigmaUl)).toBeGreaterThan(0.9);
    expect(width / (2 * sigmaUl)).toBeLessThan(1.1);
    // drug reaches the CSF before the dead volume has been pushed (the labelled priming-bolus warning)
    expect(volumeAt(b, 0.05)).toBeLessThan(DEAD_UL - 30);
  });

  it('plug flow (no diffusivity) keeps a sharp step: the old behaviour, which the test above rejects', () => {
    const b = breakthrough(0);
    const width = volumeAt(b, 0.8413) - volumeAt(b, 0.1587);
    expect(width).toBeLessThan(12); // two output records of 5.6 µL (2σ with dispersion: 43 µL)
    expect(volumeAt(b, 0.05)).toBeGreaterThan(DEAD_UL - 12);
  });

  it('conserves mass: what left the tip is what went in less what the catheter holds at the end', () => {
    const { s } = breakthrough(D);
    const pumpedUl = sum(s.tipVolumeUl);
    // by 600 µL the catheter is full of drug again (the front is > 10 σ past the tip)
    expect(sum(s.tipMassUg)).toBeCloseTo((pumpedUl - DEAD_UL) * 2, 6);
  });
});
