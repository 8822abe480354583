// Exact arithmetic of the stroke accumulator, hand-computed alarm times and the battery → ERI → end-of-service rule.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries } from '../reference/pump-fixtures.js';
import { deviceParams } from '../../src/model/data/devices.js';
import { HOURS_PER_YEAR } from '../../src/model/units.js';

let wasm: WasmExports;
let fast: WasmExports; // release build for the multi-year loops (the engine has no asserts to lose)
beforeAll(async () => {
  wasm = await loadBuild('debug');
  fast = await loadBuild('release');
});

const SEVEN_YEARS_H = Math.round(7 * HOURS_PER_YEAR);

describe('exact stroke accumulator', () => {
  it.each([
    { rateUlPerHour: 1000 / 24, strokeUl: 1, label: '1 mL/day, 1 µL' },
    { rateUlPerHour: 2, strokeUl: 0.7, label: '0.048 mL/day, 0.7 µL' },
    { rateUlPerHour: 1000, strokeUl: 3, label: '24 mL/day, 3 µL' },
  ])(
    '$label: delivered never lags programmed by a stroke or more over 7 years',
    ({ rateUlPerHour, strokeUl }) => {
      const cfg = baseConfig(
        { mode: 'continuous', rateUlPerHour },
        { device: { strokeVolumeUl: strokeUl, reservoirCapacityUl: 1e8, battery: null }, reservoirUl: 1e8 },
      );
      const { pump, series: s } = runSeries(fast, cfg, SEVEN_YEARS_H, 1, 4096);
      let worst = 0;
      for (let k = 0; k < SEVEN_YEARS_H; k++) {
        const exact = rateUlPerHour * (k + 1); // the programmed volume, computed independently
        if (Math.abs(s.programmedCumUl[k] - exact) > 1e-6)
          expect.fail(`programmed ${s.programmedCumUl[k]} ≠ ${exact}`);
        const lagStrokes = (exact - s.deliveredCumUl[k]) / strokeUl;
        worst = Math.max(worst, lagStrokes);
        if (!(lagStrokes > -1e-9 && lagStrokes < 1))
          expect.fail(`lag ${lagStrokes} strokes at hour ${k + 1}`);
      }
      expect(worst).toBeLessThan(1);
      const c = pump.strokeCounts();
      expect(c.missed).toBe(0);
      expect(c.delivered).toBe(Math.floor((rateUlPerHour * SEVEN_YEARS_H) / strokeUl + 1e-9));
    },
    60_000,
  );

  it('the accumulator keeps counting exactly across a million output steps of 1 min', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 1000 / 24 }, { reservoirUl: 20000 });
    cfg.device.reservoirCapacityUl = 1e9;
    cfg.reservoir.volumeUl = 1e9;
    const { pump } = runSeries(fast, cfg, 1_000_000, 1 / 60, 8192);
    // 1e6 minutes = 694.44 days at exactly 1000 strokes/day
    expect(pump.strokeCounts().delivered).toBe(Math.floor((1_000_000 / 1440) * 1000));
  }, 60_000);
});

describe('alarm times, hand-computed', () => {
  // 20 mL at 0.5 mL/day = 500/24 µL/h in 1 µL strokes: the calculated reservoir reaches
  //   3 mL (refill due)   after 17,000 µL = 816 h (day 34)
  //   2 mL (low alarm)    after 18,000 µL = 864 h (day 36)
  //   0    (empty alarm)  after 20,000 µL = 960 h (day 40); the 20,001st stroke fails
  it('refill due day 34, low-reservoir day 36, empty day 40, delivery stops at the next stroke', () => {
    const { pump } = runSeries(wasm, baseConfig({ mode: 'continuous', rateUlPerHour: 500 / 24 }), 24 * 45, 1);
    const ev = pump.events();
    const at = (code: string) => ev.find((e) => e.code === code)?.tHours;
    expect(ev.find((e) => e.code === 'next-refill')?.data?.dueAtHours).toBe(816);
    expect(at('refill-overdue')).toBe(816);
    expect(at('low-reservoir')).toBeCloseTo(864, 9);
    expect(at('empty-reservoir')).toBeCloseTo(960, 9);
    expect(at('delivery-stopped')).toBeCloseTo(960 + 24 / 500, 9);
    expect(at('withdrawal-risk')).toBeCloseTo(960 + 24 / 500, 9);
  });
});

describe('battery', () => {
  it('ERI when the used fraction reaches its level; the pump stops exactly 90 days later', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { reservoirUl: 1e6 });
    cfg.device.reservoirCapacityUl = 1e6;
    cfg.device.battery = {
      idleFractionPerHour: 0.001,
      strokeFraction: 0,
      telemetryFraction: 0,
      eriUsedFraction: 0.5,
      endOfServiceAfterEriHours: 90 * 24,
      startUsedFraction: 0,
    };
    const { pump, series: s } = runSeries(wasm, cfg, 3000, 1);
    expect(pump.eriHours()).toBeCloseTo(500, 9);
    expect(pump.endOfServiceHours()).toBe(500 + 2160);
    const ev = pump.events();
    expect(ev.find((e) => e.code === 'eri')?.tHours).toBeCloseTo(500, 9);
    expect(ev.find((e) => e.code === 'end-of-service')?.tHours).toBe(2660);
    expect(s.tipVolumeUl[2659]).toBe(10); // hour ending at 2660 still delivered
    expect(s.tipVolumeUl[2660]).toBe(0);
    expect(s.batteryFraction[499]).toBeCloseTo(0.5, 9);
  });

  it.each([
    { mlPerDay: 0, eosYears: [6.99, 7.01] },
    { mlPerDay: 0.5, eriYears: [5.99, 6.01] },
    { mlPerDay: 1, eosYears: [5, 7] },
  ])(
    'default calibration at $mlPerDay mL/day: inside the published 5–7-year life',
    ({ mlPerDay, eriYears, eosYears }) => {
      const cfg = baseConfig(
        { mode: 'continuous', rateUlPerHour: (mlPerDay * 1000) / 24 },
        { reservoirUl: 1e7 },
      );
      cfg.device = deviceParams('programmable', {
        reservoirCapacityUl: 1e7,
        accuracyBiasFraction: 0,
        accuracyRandomHalfWidthFraction: 0,
      });
      const { pump } = runSeries(wasm, cfg, 8 * 365, 24);
      const eri = pump.eriHours()! / HOURS_PER_YEAR;
      const eos = pump.endOfServiceHours()! / HOURS_PER_YEAR;
      if (eriYears) {
        expect(eri).toBeGreaterThan(eriYears[0]);
        expect(eri).toBeLessThan(eriYears[1]);
      }
      if (eosYears) {
        expect(eos).toBeGreaterThanOrEqual(eosYears[0]);
        expect(eos).toBeLessThanOrEqual(eosYears[1]);
      }
    },
  );

  it('projects ERI and end of service from the current draw and plans replacement 6 months before', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { reservoirUl: 1e6 });
    cfg.device.reservoirCapacityUl = 1e6;
    cfg.device.battery = {
      idleFractionPerHour: 0.0001,
      strokeFraction: 0.00001, // 10 strokes/h → 0.0001/h: 0.0002/h in all
      telemetryFraction: 0,
      eriUsedFraction: 0.9,
      endOfServiceAfterEriHours: 2160,
      startUsedFraction: 0,
    };
    const { pump } = runSeries(wasm, cfg, 100, 1);
    const p = pump.projectedBattery()!;
    expect(p.eriHours).toBeCloseTo(4500, 6); // 100 h + (0.9 − 0.02) / 0.0002
    expect(p.endOfServiceHours).toBeCloseTo(4500 + 2160, 6);
    expect(p.replaceByHours).toBeCloseTo(4500 + 2160 - 182.625 * 24, 6);
    const later = runSeries(wasm, cfg, 5000, 1).pump;
    expect(later.eriHours()).toBeCloseTo(4500, 6); // the run agrees with the projection
  });
});
