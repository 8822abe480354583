// Catheter complications and drug put into tissue (assembly/pump/tissue.ts, the tip loss of catheter.ts, the
// partial occlusion of engine.ts): each test checks the teaching point against a closed form.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries, sum } from '../reference/pump-fixtures.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

const codes = (ev: { code: string }[]) => ev.map((e) => e.code);
const cumulative = (a: Float64Array, n: number) => sum(a.subarray(0, n));

describe('drug put into tissue is absorbed into the blood over hours', () => {
  // 10 mL of 2 µg/µL into the pocket at t = 10 h, half-time 2 h: depot(t) = M · 2^(−(t − 10)/2), M = 20,000 µg.
  const M = 20000;
  const pocketFill = (halfTimeHours: number | undefined, aspirate?: { ul: number; afterHours: number }) => {
    const cfg = baseConfig({ mode: 'stopped' }, { conc: 2 });
    cfg.tissueHalfTimeHours = halfTimeHours;
    cfg.events.refills = [
      {
        tHours: 10,
        volumeUl: 10000,
        concentrationUgPerUl: 2,
        drug: 'baclofen',
        pocketFillFraction: 1,
        aspiratedUl: aspirate?.ul,
        aspiratedAfterHours: aspirate?.afterHours,
      },
    ];
    return runSeries(wasm, cfg, 40, 1);
  };

  it('a pocket fill reaches the blood with the stated half-time, not at once (the old behaviour)', () => {
    const { series: s } = pocketFill(2);
    expect(s.tissueDepositUg[9]).toBe(M); // the interval ending at 10 h holds the impulse
    expect(s.systemicMassUg[9]).toBe(0); // nothing in the blood yet; the old engine put all 20 mg there
    for (const h of [1, 2, 4, 10]) {
      const k = 9 + h; // record k ends at k + 1 h
      expect(s.tissueDepotUg[k]).toBeCloseTo(M * 2 ** (-h / 2), 6);
      // mass conservation: absorbed so far + still in tissue = deposited
      expect(cumulative(s.systemicMassUg, k + 1) + s.tissueDepotUg[k]).toBeCloseTo(M, 6);
    }
    expect(s.systemicMassUg[10]).toBeCloseTo(M * (1 - 2 ** -0.5), 6); // the first hour
  });

  it('a half-time of 0 puts it into the blood at once', () => {
    const { series: s } = pocketFill(0);
    expect(s.systemicMassUg[9]).toBe(M);
    expect(s.tissueDepotUg[9]).toBe(0);
  });

  it('aspirating the pocket removes its share of what is still there, and says how much', () => {
    const { pump, series: s } = pocketFill(2, { ul: 2500, afterHours: 2 });
    // at 12 h the pocket holds 5 mL and 10 mg; 2.5 mL drawn back remove half of it
    const asp = pump.events().find((e) => e.code === 'pocket-aspiration')!;
    expect(asp.tHours).toBe(12);
    expect(asp.data!.volumeUl).toBe(2500);
    expect(asp.data!.massUg).toBeCloseTo(M / 4, 6);
    expect(s.tissueDepotUg[11]).toBeCloseTo(M / 4, 6);
    expect(cumulative(s.systemicMassUg, 40) + s.tissueDepotUg[39] + M / 4).toBeCloseTo(M, 6);
  });

  it('a leak deposits at a constant rate: the depot follows r·t½/ln 2 · (1 − 2^(−t/t½))', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { conc: 2 });
    cfg.tissueHalfTimeHours = 3;
    cfg.events.faults = [{ kind: 'leak', tHours: 0, fraction: 1 }];
    const { series: s } = runSeries(wasm, cfg, 24, 1);
    const r = 20; // µg/h into tissue
    const k = Math.LN2 / 3;
    for (const t of [1, 5, 24])
      expect(s.tissueDepotUg[t - 1]).toBeCloseTo((r / k) * (1 - Math.exp(-k * t)), 6);
    expect(sum(s.tipMassUg)).toBe(0);
  });
});

describe('catheter complications', () => {
  it('granuloma: on an unchanged program the dose reaching the CSF falls linearly over the growth time', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { conc: 1 });
    cfg.events.faults = [
      { kind: 'tip-loss', cause: 'granuloma', tHours: 24, fraction: 0.8, rampHours: 10 * 24 },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 16, 24);
    expect(s.tipMassUg[0]).toBe(240);
    // day d (record d ends at d + 1 days): loss at the day's midpoint = 0.8 · (d + 0.5 − 1) / 10
    for (const d of [1, 3, 6]) expect(s.tipMassUg[d]).toBeCloseTo(240 * (1 - (0.8 * (d - 0.5)) / 10), 6);
    expect(s.tipMassUg[14]).toBeCloseTo(240 * 0.2, 6);
    // programmed, pumped and the reservoir are untouched: the pump cannot tell
    expect(s.reservoirUl[15]).toBe(20000 - 16 * 240);
    for (let d = 0; d < 16; d++) expect(s.tipMassUg[d] + s.tissueDepositUg[d]).toBeCloseTo(240, 9);
    const ev = pump.events().find((e) => e.code === 'tip-loss-granuloma')!;
    expect(ev.message).toMatch(/inflammatory mass/);
    expect(ev.message).toMatch(/10 days/);
  });

  it('a tip that migrated out of the intrathecal space delivers nothing to the CSF: baclofen withdrawal risk', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    cfg.events.faults = [{ kind: 'tip-loss', cause: 'migration-out', tHours: 5, fraction: 1, rampHours: 0 }];
    const { pump, series: s } = runSeries(wasm, cfg, 8, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 10, 10, 10, 0, 0, 0]);
    expect(codes(pump.events())).toEqual(
      expect.arrayContaining(['tip-loss-migration-out', 'withdrawal-risk']),
    );
  });

  it('a kink blocks part of the flow: the blocked drug stays in the reservoir, found as a surplus at the refill', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 20 });
    cfg.events.faults = [{ kind: 'occlusion', tHours: 0, fraction: 0.4 }];
    cfg.events.refills = [{ tHours: 200, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen' }];
    const { pump, series: s } = runSeries(wasm, cfg, 200, 1);
    expect(sum(s.tipVolumeUl)).toBe(2400); // 60 % of 4000 µL, to the whole stroke
    expect(pump.strokeCounts()).toEqual({ programmed: 4000, delivered: 2400, missed: 1600 });
    const refill = pump.events().find((e) => e.code === 'refill')!;
    // 1.6 mL more than the pump calculated: above the 1 mL check of a 20 mL pump [D10]
    expect(refill.data).toEqual({ volumeUl: 20000, aspiratedUl: 17600, expectedUl: 16000 });
    expect(codes(pump.events())).toEqual(expect.arrayContaining(['partial-occlusion', 'volume-discrepancy']));
    // the blocked strokes are not a dry reservoir
    expect(codes(pump.events())).not.toContain('delivery-stopped');
  });

  it('a fracture sends its fraction of the flow to tissue and is named as such', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { conc: 2 });
    cfg.events.faults = [{ kind: 'leak', site: 'fracture', tHours: 2, fraction: 0.5, durationHours: 2 }];
    const { pump, series: s } = runSeries(wasm, cfg, 6, 1);
    expect(Array.from(s.tipMassUg)).toEqual([20, 20, 10, 10, 20, 20]);
    expect(Array.from(s.tissueDepositUg)).toEqual([0, 0, 10, 10, 0, 0]);
    expect(codes(pump.events())).toEqual(expect.arrayContaining(['catheter-fracture', 'catheter-repaired']));
  });

  it('a gas pump behind a kink: the flow drops by the blocked fraction', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 0 }, { preset: 'constant-rate' });
    cfg.events.faults = [{ kind: 'occlusion', tHours: 0, fraction: 0.25 }];
    const { series: s } = runSeries(wasm, cfg, 4, 24);
    expect(s.tipVolumeUl[1]).toBeCloseTo(500 * 0.75, 9);
  });
});
