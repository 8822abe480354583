// Pump replacement (assembly/pump/replacement.ts): the old pump is explanted with what its reservoir holds, the new
// one (same or another model) starts with a new battery and a filled reservoir; a same-day swap keeps delivery
// continuous, an interruption stops it; the catheter is kept (its contents flow on) or revised (new contents).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import type { PumpConfig } from '../../src/model/pump-config.js';
import { deviceParams } from '../../src/model/data/devices.js';
import { baseConfig, runSeries, sum } from '../reference/pump-fixtures.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

/** 10 µL/h of baclofen 2 µg/µL from a full 20 mL pump whose battery is at ERI after 50 h (0.01/h idle). */
function agingPump(): PumpConfig {
  const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
  cfg.device.battery = {
    idleFractionPerHour: 0.01,
    strokeFraction: 0,
    telemetryFraction: 0,
    eriUsedFraction: 0.5,
    endOfServiceAfterEriHours: 100,
    startUsedFraction: 0,
  };
  return cfg;
}

describe('state right after a replacement', () => {
  it('new battery, reservoir = the fill, ERI and end of service cleared, reservoir alarms re-armed', () => {
    const cfg = agingPump();
    cfg.events.replacements = [{ tHours: 60, volumeUl: 2300, concentrationUgPerUl: 2, drug: 'baclofen' }];
    const { pump, series: s } = runSeries(wasm, cfg, 100, 1);
    // record k covers (k, k+1] h: record 59 ends at the swap, record 60 is the new pump's first hour
    expect(s.batteryFraction[58]).toBeCloseTo(1 - 0.59, 12);
    expect(s.batteryFraction[59]).toBeCloseTo(1, 12);
    expect(s.batteryFraction[60]).toBeCloseTo(1 - 0.01, 12);
    expect(s.reservoirUl[59]).toBe(2300);
    expect(s.reservoirUl[60]).toBe(2300 - 10);
    expect(pump.eriHours()).toBeNull(); // the old pump's ERI (50 h) left with it
    expect(pump.endOfServiceHours()).toBeNull();
    const ev = pump.events();
    const explant = ev.find((e) => e.code === 'explant')!;
    expect(explant.tHours).toBe(60);
    expect(explant.data).toEqual({
      removedUl: 20000 - 600,
      removedUg: (20000 - 600) * 2,
      interruptionHours: 0,
    });
    const rep = ev.find((e) => e.code === 'replacement')!;
    expect(rep.tHours).toBe(60);
    expect(rep.data).toEqual({ volumeUl: 2300, concentrationUgPerUl: 2, deviceKind: 0 });
    const eri = ev.filter((e) => e.code === 'eri').map((e) => e.tHours);
    expect(eri).toHaveLength(1);
    expect(eri[0]).toBeCloseTo(50, 9);
    // the new fill sounds its own low-reservoir alarm (2 mL left after 30 h); the old pump never got there
    expect(ev.filter((e) => e.code === 'low-reservoir').map((e) => e.tHours)).toEqual([90]);
    const due = ev.filter((e) => e.code === 'next-refill').at(-1)!;
    expect(due.tHours).toBe(60); // the refill calendar restarts from the new fill
  });

  it('the new battery runs its own course: ERI 50 h after the swap, end of service 100 h later', () => {
    const cfg = agingPump();
    cfg.events.replacements = [{ tHours: 60, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen' }];
    const { pump } = runSeries(wasm, cfg, 300, 1);
    const ev = pump.events();
    const eri = ev.filter((e) => e.code === 'eri').map((e) => e.tHours);
    expect(eri).toHaveLength(2);
    expect(eri[0]).toBeCloseTo(50, 9);
    expect(eri[1]).toBeCloseTo(110, 9);
    expect(ev.filter((e) => e.code === 'end-of-service').map((e) => e.tHours)).toEqual([210]);
  });
});

describe('delivered dose across the swap', () => {
  it('same-day swap (interruption 0): the tip gets 10 µL every hour, before, at and after the swap', () => {
    const cfg = agingPump();
    cfg.events.replacements = [{ tHours: 60, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen' }];
    const { series: s } = runSeries(wasm, cfg, 100, 1);
    for (let k = 0; k < 100; k++) expect(s.tipVolumeUl[k]).toBe(10);
    expect(sum(s.tipMassUg)).toBe(100 * 10 * 2);
  });

  it('an interruption: no dose while no pump is implanted, withdrawal risk for baclofen, then delivery resumes', () => {
    const cfg = agingPump();
    cfg.events.replacements = [
      { tHours: 60, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen', interruptionHours: 24 },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 120, 1);
    expect(s.tipVolumeUl[59]).toBe(10);
    for (let k = 60; k < 84; k++) expect(s.tipVolumeUl[k]).toBe(0);
    expect(s.tipVolumeUl[84]).toBe(10);
    // nothing is programmed without a pump: 96 h of 10 µL/h in 120 h
    expect(s.programmedCumUl[119]).toBeCloseTo(960, 9);
    expect(s.reservoirUl[70]).toBe(0);
    const ev = pump.events();
    expect(ev.find((e) => e.code === 'explant')!.data!.interruptionHours).toBe(24);
    expect(ev.find((e) => e.code === 'withdrawal-risk')!.tHours).toBe(60);
    expect(ev.find((e) => e.code === 'replacement')!.tHours).toBe(84);
  });
});

describe('pump totals balance across replacements', () => {
  it('start + fills − removed at explant − reservoir at the end = what left the reservoir = what reached the tip', () => {
    const cfg = agingPump();
    cfg.device.accuracyBiasFraction = 0.03; // the real strokes are 3 % larger than the pump counts
    cfg.events.refills = [{ tHours: 30, volumeUl: 10000, concentrationUgPerUl: 2, drug: 'baclofen' }];
    cfg.events.replacements = [
      { tHours: 45.5, volumeUl: 8000, concentrationUgPerUl: 2, drug: 'baclofen' },
      { tHours: 170, volumeUl: 12000, concentrationUgPerUl: 2, drug: 'baclofen', interruptionHours: 5 },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 400, 1);
    const removed = pump
      .events()
      .filter((e) => e.code === 'explant')
      .reduce((a, e) => a + e.data!.removedUl, 0);
    const refillAspirated = pump.events().find((e) => e.code === 'refill')!.data!.aspiratedUl;
    // a refill replaces the reservoir contents (what is aspirated leaves the system too)
    const inflow = 20000 + 10000 + 8000 + 12000 - refillAspirated - removed;
    const left = s.deliveredCumUl[399];
    expect(Math.abs(inflow - s.reservoirUl[399] - left)).toBeLessThan(1e-6);
    // catheter kept and primed, no leak: plug flow passes exactly what enters
    expect(Math.abs(sum(s.tipVolumeUl) - left)).toBeLessThan(1e-6);
    expect(Math.abs(sum(s.tipMassUg) - 2 * left)).toBeLessThan(1e-6);
    // programmed: 10 µL/h for 400 h less the 5 h without a pump (to within one stroke's fraction per swap)
    expect(Math.abs(s.programmedCumUl[399] - 10 * 395)).toBeLessThan(2);
  });
});

describe('another model, and the catheter', () => {
  it('programmable → gas pump: flow at the gas pump nominal rate, no battery, program events ignored', () => {
    const cfg = agingPump();
    const gas = deviceParams('constant-rate');
    cfg.events.replacements = [
      { tHours: 24, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen', device: gas },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 72, 1);
    const q = gas.gas!.nominalRateUlPerHour;
    expect(s.tipVolumeUl[23]).toBe(10);
    expect(s.tipVolumeUl[40]).toBeCloseTo(q, 9);
    expect(s.batteryFraction[40]).toBe(0);
    expect(pump.events().find((e) => e.code === 'replacement')!.data!.deviceKind).toBe(2);
    // programmed: 24 h at 10 µL/h, then the gas pump's nominal volume
    expect(s.programmedCumUl[71]).toBeCloseTo(240 + 48 * q, 6);
  });

  it('programmable → accumulator: the new pulse volume sets the delivery quantum, the programmed volume runs on', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    const acc = deviceParams('accumulator-gen2', {
      accuracyBiasFraction: 0,
      accuracyRandomHalfWidthFraction: 0,
    });
    cfg.events.replacements = [
      { tHours: 10, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen', device: acc },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 100, 1);
    const p = acc.strokeVolumeUl;
    expect(p).not.toBe(cfg.device.strokeVolumeUl);
    // every hour after the swap delivers whole pulses; over 90 h exactly floor(900 / p) of them
    expect(sum(s.strokes, 10)).toBe(Math.floor(900 / p + 1e-9));
    expect(sum(s.tipVolumeUl, 10)).toBeCloseTo(Math.floor(900 / p + 1e-9) * p, 6);
    expect(s.programmedCumUl[99]).toBeCloseTo(1000, 6);
    expect(pump.strokeCounts().programmed).toBe(100 + Math.floor(900 / p + 1e-9));
  });

  it('a revised, unprimed catheter: the old catheter leaves with its drug, the new dead volume delays the drug', () => {
    const cfg = agingPump();
    const dead = cfg.catheter.lengthCm * cfg.catheter.volumeUlPerCm;
    cfg.events.replacements = [
      {
        tHours: 50,
        volumeUl: 20000,
        concentrationUgPerUl: 2,
        drug: 'baclofen',
        catheter: { lengthCm: 50, volumeUlPerCm: 2, primed: false },
      },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 100, 1);
    const rev = pump.events().find((e) => e.code === 'catheter-revised')!;
    expect(rev.data).toEqual({ deadVolumeUl: 100, removedUg: dead * 2, concentrationUgPerUl: 0 });
    // 100 µL of CSF/saline leave first at 10 µL/h: no drug for 10 h, volume still flows
    for (let k = 50; k < 60; k++) {
      expect(s.tipVolumeUl[k]).toBe(10);
      expect(s.tipMassUg[k]).toBe(0);
    }
    expect(s.tipMassUg[60]).toBe(20);
  });
});
