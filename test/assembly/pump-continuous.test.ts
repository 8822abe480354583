// Programmable pump, simple continuous mode, against hand-computed answers (debug build: asserts on).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/wasm/load.js';
import { WasmF64Buffer } from '../../src/wasm/views.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

function run(
  rateUlPerHour: number,
  strokeUl: number,
  reservoirUl: number,
  nIntervals: number,
  dtHours: number,
) {
  const stride = wasm.PUMP_OUT_STRIDE.value;
  wasm.pumpResetContinuous(rateUlPerHour, strokeUl, 2, reservoirUl);
  const buf = new WasmF64Buffer(wasm, nIntervals * stride);
  wasm.pumpAdvance(nIntervals, dtHours, buf.ptr);
  const rows = Array.from({ length: nIntervals }, (_, i) =>
    Array.from(buf.view.subarray(i * stride, (i + 1) * stride)),
  );
  buf.dispose();
  return rows;
}

describe('programmable pump, continuous rate', () => {
  it('delivers 0.2 mL/day of 2 mg/mL as 1 µL strokes: 90 days → 18 mL, 36 mg, 2 mL left', () => {
    // 0.2 mL/day = 200/24 µL/h; 2160 hourly intervals.
    const rows = run(200 / 24, 1, 20000, 2160, 1);
    const deliveredUl = rows.reduce((s, r) => s + r[wasm.OUT_TIP_VOLUME_UL.value], 0);
    const doseUg = rows.reduce((s, r) => s + r[wasm.OUT_TIP_MASS_UG.value], 0);
    expect(deliveredUl).toBe(18000);
    expect(doseUg).toBe(36000);
    expect(rows[2159][wasm.OUT_RESERVOIR_UL.value]).toBe(2000);
    // 8.33 µL/h in whole strokes: every hour gets 8 or 9 strokes, never anything else.
    for (const r of rows) expect([8, 9]).toContain(r[wasm.OUT_TIP_VOLUME_UL.value]);
  });

  it('never lets delivered volume drift from programmed by a stroke or more', () => {
    const rows = run(1000 / 24, 1, 1e9, 24 * 365, 1);
    let cum = 0;
    for (const r of rows) {
      cum += r[wasm.OUT_TIP_VOLUME_UL.value];
      const lag = r[wasm.OUT_PROGRAMMED_CUM_UL.value] - cum;
      expect(lag).toBeGreaterThanOrEqual(-1e-9);
      expect(lag).toBeLessThan(1);
    }
  });

  it('stops when the reservoir cannot supply a stroke', () => {
    const rows = run(100, 1, 250, 5, 1);
    expect(rows.map((r) => r[wasm.OUT_TIP_VOLUME_UL.value])).toEqual([100, 100, 50, 0, 0]);
    expect(wasm.pumpReservoirEmpty()).toBe(true);
  });
});
