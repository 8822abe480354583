// Buoyancy drift with posture (src/model/posture.ts, assembly/csf/transport.ts): the slope profiles, and the wasm
// step against the TypeScript reference with a per-face drift (morphine's block with a buoyancy speed set directly:
// the reference has no cord tissue), staying non-negative. Conservation in a full run: test/unit/simulate-posture.
import { describe, expect, it } from 'vitest';
import { POSTURES, axialSlopeAt, axialSlopeAtFaces } from '../../src/model/posture.js';
import { levelToCm } from '../../src/model/data/patient.js';
import { ReferenceColumn } from '../reference/csf-reference.js';
import { loadBuild } from '../helpers/wasm.js';
import { columnState, configureRaw, setColumn } from './csf-harness.js';
import { f64View } from '../../src/engine/wasm/views.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';

const L = 60;
const at = (level: string) => levelToCm(level, L)!;

function setSlope(wasm: WasmExports, slope: Float64Array): void {
  const ptr = wasm.allocF64(slope.length);
  f64View(wasm, ptr, slope.length).set(slope);
  wasm.csfSetAxialSlope(ptr, slope.length);
  wasm.freeF64(ptr);
}

describe('posture profiles', () => {
  it('upright is vertical; supine rises to L3 and falls to T5–T6; prone mirrors supine; |slope| ≤ 1', () => {
    for (const x of [0.5, 20, 59.5]) expect(axialSlopeAt('upright', x, L)).toBe(1);
    expect(axialSlopeAt('supine', (at('L5') + at('L4')) / 2, L)).toBeGreaterThan(0);
    for (const [a, b] of [
      ['L2', 'L1'],
      ['T12', 'T11'],
      ['T9', 'T8'],
    ])
      expect(axialSlopeAt('supine', (at(a) + at(b)) / 2, L)).toBeLessThan(0);
    expect(axialSlopeAt('supine', (at('T3') + at('T2')) / 2, L)).toBeGreaterThan(0);
    for (const p of POSTURES)
      for (const s of axialSlopeAtFaces(p, L, 120)) expect(Math.abs(s)).toBeLessThanOrEqual(1);
    const sup = axialSlopeAtFaces('supine', L, 120);
    axialSlopeAtFaces('prone', L, 120).forEach((s, f) => expect(s + sup[f]).toBe(0));
  });
});

describe('buoyancy drift: wasm vs TypeScript reference', () => {
  for (const [posture, theta] of [
    ['supine', 0.5],
    ['upright', 0.5],
    ['upright', 1],
  ] as const) {
    it(`${posture}, θ = ${theta}: agrees to 1e-12 over 400 steps, stays ≥ 0`, async () => {
      const wasm = await loadBuild('debug');
      const cells = 120;
      const { params, areas } = configureRaw(
        wasm,
        { drug: 'morphine', grid: { cells } },
        { theta, jetStrength: 0, buoyancyCmPerHour: 3.6, tissueOn: 0 }, // the reference has no cord tissue
      );
      const slope = axialSlopeAtFaces(posture, L, cells);
      setSlope(wasm, slope);
      const init = (x: number) => 1e-3 * Math.exp(-((x - 12) ** 2) / 8);
      setColumn(wasm, L, init, 0);
      const dt = 0.05;
      const ref = new ReferenceColumn(params, areas, dt, slope);
      for (let i = 0; i < cells; i++) ref.c[i] = init(((i + 0.5) * L) / cells);
      ref.c[cells] = 0;
      for (let s = 0; s < 400; s++) {
        wasm.csfStepFixed(1, dt, 0.2, 0);
        ref.step(0.2);
      }
      const w = columnState(wasm);
      const scale = Math.max(...ref.c);
      let err = Math.abs(w.cranial - ref.c[cells]) / scale;
      w.cells.forEach((c, i) => (err = Math.max(err, Math.abs(c - ref.c[i]) / scale)));
      expect(err).toBeLessThan(1e-12);
      expect(Math.min(...w.cells, w.cranial)).toBeGreaterThanOrEqual(0);
      expect(wasm.csfFallbacks()).toBe(ref.fallbacks);
    });
  }
});
