// Programmable pump, simple continuous mode, against hand-computed answers (debug build: asserts on).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries } from '../reference/pump-fixtures.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

describe('programmable pump, continuous rate', () => {
  it('delivers 0.2 mL/day of 2 mg/mL as 1 µL strokes: 90 days → 18 mL, 36 mg, 2 mL left', () => {
    const { series: s } = runSeries(
      wasm,
      baseConfig({ mode: 'continuous', rateUlPerHour: 200 / 24 }),
      2160,
      1,
    );
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    expect(sum(s.tipVolumeUl)).toBe(18000);
    expect(sum(s.tipMassUg)).toBe(36000);
    expect(s.reservoirUl[2159]).toBe(2000);
    // 8.33 µL/h in whole strokes: every hour gets 8 or 9 strokes, never anything else.
    for (const v of s.tipVolumeUl) expect([8, 9]).toContain(v);
    for (const n of s.strokes) expect([8, 9]).toContain(n);
  });

  it('stroke interval = stroke volume / rate: 2 µL strokes at 3 µL/h are 40 min apart', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 3 }, { device: { strokeVolumeUl: 2 } });
    cfg.recordStrokes = 100;
    const { pump } = runSeries(wasm, cfg, 24, 1);
    const t = pump.strokes().tHours;
    expect(t.length).toBe(36);
    for (let i = 1; i < t.length; i++) expect(t[i] - t[i - 1]).toBeCloseTo(2 / 3, 12);
    expect(t[0]).toBeCloseTo(2 / 3, 12);
  });

  it('stops when the reservoir cannot supply a stroke, and says so at the failing stroke', () => {
    const { pump, series: s } = runSeries(
      wasm,
      baseConfig({ mode: 'continuous', rateUlPerHour: 100 }, { reservoirUl: 250 }),
      5,
      1,
    );
    expect(Array.from(s.tipVolumeUl)).toEqual([100, 100, 50, 0, 0]);
    const stop = pump.events().find((e) => e.code === 'delivery-stopped')!;
    expect(stop.tHours).toBeCloseTo(2.51, 12); // stroke 251 of 100 per hour
    expect(pump.events().some((e) => e.code === 'withdrawal-risk')).toBe(true); // baclofen
  });
});
