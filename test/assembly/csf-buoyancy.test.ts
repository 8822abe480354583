// Buoyancy drift with posture (src/model/posture.ts, assembly/csf/transport.ts): the slope profiles, and the wasm
// step against the TypeScript reference with a per-face drift (morphine's block with a buoyancy speed set directly:
// the reference has no cord tissue), staying non-negative; the drift speed itself on a vertical axis, and which
// formulation drifts. Conservation in a full run: test/unit/simulate-posture. Whether the speed is right for a real
// hyperbaric spinal bolus is a held-out prediction (Povey 1989, test/assembly/csf-human.test.ts): it is not.
import { describe, expect, it } from 'vitest';
import { POSTURES, axialSlopeAt, axialSlopeAtFaces } from '../../src/model/posture.js';
import { levelToCm } from '../../src/model/data/patient.js';
import { ReferenceColumn } from '../reference/csf-reference.js';
import { loadBuild } from '../helpers/wasm.js';
import { columnState, configureRaw, setColumn } from './csf-harness.js';
import { f64View } from '../../src/engine/wasm/views.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import {
  CSF_PARAM_NAMES,
  packCsfParams,
  resolveCsfConfig,
  type CsfConfigInput,
} from '../../src/model/csf-config.js';

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

describe('buoyancy drift speed and formulations', () => {
  it('plain bupivacaine (the pump default) has no drift; the hyperbaric solution drifts at 3.6 cm/h', () => {
    const speed = (input: CsfConfigInput) =>
      packCsfParams(resolveCsfConfig(input))[CSF_PARAM_NAMES.indexOf('buoyancyCmPerHour')];
    expect(speed({ drug: 'bupivacaine' })).toBe(0);
    expect(speed({ drug: 'bupivacaine', formulation: 'hyperbaric' })).toBeCloseTo(3.6, 12);
    expect(speed({ drug: 'morphine', formulation: 'hyperbaric' })).toBe(0); // no hyperbaric morphine in the table
  });

  it('on a vertical axis a pulse sinks at exactly the drift speed (centre of mass, θ = 1/2 and 1)', async () => {
    const wasm = await loadBuild('debug');
    const cells = 240;
    const speed = 3.6;
    const hours = 2;
    for (const theta of [0.5, 1]) {
      configureRaw(
        wasm,
        { drug: 'tracer', grid: { cells } },
        {
          theta,
          oscFloor: 1,
          dMolCm2PerHour: 0,
          dRefCm2PerHour: 5,
          csfLossPerHour: 0,
          cranialBulkPerHour: 0,
          driftCmPerHour: 0,
          jetStrength: 0,
          buoyancyCmPerHour: speed,
        },
      );
      setSlope(wasm, axialSlopeAtFaces('upright', L, cells));
      setColumn(wasm, L, (x) => Math.exp(-((x - 40) ** 2) / 8), 0);
      const centre = () => {
        const c = columnState(wasm).cells;
        let m = 0;
        let mx = 0;
        c.forEach((v, i) => {
          m += v;
          mx += (v * ((i + 0.5) * L)) / cells;
        });
        return mx / m;
      };
      const x0 = centre();
      wasm.csfStepFixed(200, hours / 200, 0, 0);
      // Upwinded drift moves the first moment exactly; only mass lost to the cranial node (≈ 4σ away) perturbs it.
      expect(centre() - x0).toBeCloseTo(-speed * hours, 2);
    }
  });
});
