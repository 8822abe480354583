// Lifecycle: refills (plug flow of a new concentration, pocket fill, volume-discrepancy check, missed refill),
// faults (occlusion, leak, motor stall, tip migration), MRI per device, replacement.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries, sum } from '../reference/pump-fixtures.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

const codes = (ev: { code: string }[]) => ev.map((e) => e.code);

describe('refills', () => {
  it('a new concentration reaches the tip only after the dead volume (286 µL at 10 µL/h = 28.6 h)', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { conc: 1 });
    cfg.events.refills = [{ tHours: 100, volumeUl: 20000, concentrationUgPerUl: 3, drug: 'morphine' }];
    const { series: s } = runSeries(wasm, cfg, 160, 1);
    expect(s.tipMassUg[127]).toBe(10); // hour 127–128 still old drug
    expect(s.tipMassUg[128]).toBe(6 * 1 + 4 * 3); // 128.6 h: 6 µL old + 4 µL new
    expect(s.tipMassUg[129]).toBe(30);
    expect(s.reservoirUl[100]).toBe(20000 - 10);
  });

  it('pocket fill: the injected drug that missed the reservoir is a systemic dose; the check flags the deficit', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { conc: 2 });
    cfg.events.refills = [
      { tHours: 10, volumeUl: 18000, concentrationUgPerUl: 2, drug: 'baclofen', pocketFillFraction: 0.5 },
      { tHours: 20, volumeUl: 18000, concentrationUgPerUl: 2, drug: 'baclofen' },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 30, 1);
    expect(s.tissueDepositUg[9]).toBe(9000 * 2); // interval ending at t = 10 h holds the refill
    expect(s.reservoirUl[10]).toBe(9000 - 10);
    const ev = pump.events();
    expect(codes(ev)).toContain('pocket-fill');
    const disc = ev.find((e) => e.code === 'volume-discrepancy')!;
    expect(disc.tHours).toBe(20);
    expect(disc.data).toEqual({ expectedUl: 18000 - 100, aspiratedUl: 9000 - 100 });
  });

  it('accuracy error appears as a discrepancy between the calculated and the aspirated volume', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 500 / 24 });
    cfg.device.accuracyBiasFraction = 0.1; // delivers 10 % more than programmed
    cfg.events.refills = [{ tHours: 30 * 24, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen' }];
    const { pump } = runSeries(wasm, cfg, 31, 24);
    const r = pump.events().find((e) => e.code === 'refill')!;
    expect(r.data!.expectedUl).toBe(20000 - 15000);
    expect(r.data!.aspiratedUl).toBeCloseTo(20000 - 15000 * 1.1, 6);
    expect(codes(pump.events())).toContain('volume-discrepancy');
  });

  it('a missed refill runs the pump dry and flags baclofen withdrawal risk', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 500 / 24 }, { reservoirUl: 5000 });
    cfg.events.refills = [
      { tHours: 24 * 5, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen', missed: true },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 15, 24);
    const c = codes(pump.events());
    expect(c).toContain('missed-refill');
    expect(c.indexOf('delivery-stopped')).toBeGreaterThan(c.indexOf('missed-refill'));
    expect(c).toContain('withdrawal-risk');
    expect(sum(s.tipVolumeUl)).toBe(5000);
  });
});

describe('faults', () => {
  it('occlusion: nothing reaches the tip, the pump keeps counting (no detection) and the reservoir stays', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    cfg.events.faults = [{ kind: 'occlusion', tHours: 5, durationHours: 5 }];
    const { pump, series: s } = runSeries(wasm, cfg, 12, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 10, 10]);
    expect(s.reservoirEstimateUl[9]).toBe(20000 - 100);
    expect(s.reservoirUl[9]).toBe(20000 - 50);
    const occ = pump.events().find((e) => e.code === 'occlusion')!;
    expect(occ.severity).toBe('warning'); // not detected by this pump
  });

  it('an external pump detects occlusion and alarms', () => {
    const cfg = baseConfig(
      { mode: 'continuous', rateUlPerHour: 1000 },
      { preset: 'external', reservoirUl: 50000 },
    );
    cfg.events.faults = [{ kind: 'occlusion', tHours: 1 }];
    const { pump } = runSeries(wasm, cfg, 2, 1);
    expect(pump.events().find((e) => e.code === 'occlusion')?.severity).toBe('alarm');
  });

  it('leak: the lost fraction goes to tissue (systemic), the rest to CSF; mass is conserved', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { conc: 2 });
    cfg.events.faults = [{ kind: 'leak', tHours: 2, fraction: 0.25 }];
    const { pump, series: s } = runSeries(wasm, cfg, 4, 1);
    expect(Array.from(s.tipMassUg)).toEqual([20, 20, 15, 15]);
    expect(Array.from(s.tissueDepositUg)).toEqual([0, 0, 5, 5]);
    expect(codes(pump.events())).toContain('catheter-leak');
  });

  it('motor stall stops delivery (alarm) until recovery; strokes are missed, not caught up', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    cfg.events.faults = [{ kind: 'motor-stall', tHours: 2, durationHours: 3 }];
    const { pump, series: s } = runSeries(wasm, cfg, 7, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 0, 0, 0, 10, 10]);
    expect(pump.strokeCounts()).toEqual({ programmed: 70, delivered: 40, missed: 30 });
    expect(codes(pump.events())).toEqual(
      expect.arrayContaining(['motor-stall', 'withdrawal-risk', 'motor-stall-recovery']),
    );
  });

  it('tip migration is reported as an event with the new position', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    cfg.events.faults = [{ kind: 'tip-migration', tHours: 3, tipXCm: 12.5 }];
    const ev = runSeries(wasm, cfg, 4, 1)
      .pump.events()
      .find((e) => e.code === 'tip-migration')!;
    expect([ev.tHours, ev.data?.tipXCm]).toEqual([3, 12.5]);
  });
});

describe('MRI', () => {
  it('programmable pump by default: stalls for the scan only, resumes at its end, and the log asks for an interrogation', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    expect(cfg.device.mriRestartDelayHours).toBe(0); // the preset's default
    cfg.environment.mriScans = [{ tHours: 2, durationHours: 1 }];
    const { pump, series: s } = runSeries(wasm, cfg, 6, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 0, 10, 10, 10]);
    const ev = pump.events();
    expect(ev.find((e) => e.code === 'mri-restart')?.tHours).toBe(3);
    const ask = ev.find((e) => e.code === 'mri-interrogate')!;
    expect(ask.tHours).toBe(3);
    expect(ask.message).toMatch(/^MRI scan over: interrogate the pump/);
  });

  it('a late restart is a fault given per scan: 2 h after the scan ends', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    cfg.environment.mriScans = [{ tHours: 2, durationHours: 1, resumeDelayHours: 2 }];
    const { pump, series: s } = runSeries(wasm, cfg, 8, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 0, 0, 0, 10, 10, 10]);
    expect(pump.events().find((e) => e.code === 'mri-restart')?.tHours).toBe(5);
    expect(pump.events().find((e) => e.code === 'mri-interrogate')?.tHours).toBe(3); // at scan end
  });

  it('programmable pump: stalls for the scan and restarts after the configured delay', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    cfg.device.mriRestartDelayHours = 3;
    cfg.environment.mriScans = [{ tHours: 2, durationHours: 1 }];
    const { pump, series: s } = runSeries(wasm, cfg, 8, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 0, 0, 0, 0, 10, 10]);
    expect(pump.events().find((e) => e.code === 'mri-restart')?.tHours).toBe(6);
  });

  it('a scan that finds the pump sounding an alarm holds infusion until the pump is interrogated', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { reservoirUl: 1500 }); // below the 2 mL alarm
    cfg.device.mriRestartDelayHours = 0;
    cfg.environment.mriScans = [{ tHours: 2, durationHours: 1 }];
    cfg.events.telemetrySessions = [6];
    const { pump, series: s } = runSeries(wasm, cfg, 8, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 0, 0, 0, 0, 10, 10]);
    const c = codes(pump.events());
    expect(c.indexOf('mri-held')).toBeGreaterThan(c.indexOf('low-reservoir'));
    expect(pump.events().find((e) => e.code === 'mri-restart')?.tHours).toBe(6);
  });

  it('first-generation accumulator: the reservoir is discharged through the catheter into the patient', () => {
    const cfg = baseConfig(
      { mode: 'continuous', rateUlPerHour: 10 },
      { preset: 'accumulator-gen1', reservoirUl: 5000 },
    );
    cfg.environment.mriScans = [{ tHours: 2, durationHours: 0.5 }];
    const { pump, series: s } = runSeries(wasm, cfg, 4, 1);
    // the scan at t = 2 h belongs to the interval (1 h, 2 h]: 10 µL pumped + 5000 − 20 µL discharged
    expect(s.tipVolumeUl[1]).toBeCloseTo(10 + 4980, 9);
    expect(s.tipMassUg[1]).toBeCloseTo((10 + 4980) * 2, 6);
    expect(s.reservoirUl[1]).toBe(0);
    expect(s.tipVolumeUl[2]).toBe(0);
    expect(codes(pump.events())).toEqual(expect.arrayContaining(['mri-dump', 'delivery-stopped']));
  });

  it('second-generation accumulator: ≤ 10 µL, then no delivery until the pump is reset', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { preset: 'accumulator-gen2' });
    cfg.environment.mriScans = [{ tHours: 2, durationHours: 0.5 }];
    cfg.events.resets = [6];
    const { series: s } = runSeries(wasm, cfg, 8, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10 + 10, 0, 0, 0, 0, 10, 10]); // 10 µL through the valve at 2 h
  });

  it('constant-rate gas pump: unaffected at 1.5 T', () => {
    const cfg = baseConfig({ mode: 'stopped' }, { preset: 'constant-rate', reservoirUl: 20000 });
    const base = runSeries(wasm, cfg, 8, 1).series.tipVolumeUl;
    cfg.environment.mriScans = [{ tHours: 2, durationHours: 1 }];
    expect(Array.from(runSeries(wasm, cfg, 8, 1).series.tipVolumeUl)).toEqual(Array.from(base));
  });
});

describe('replacement after end of service', () => {
  it('a new pump restarts delivery with a fresh battery', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { reservoirUl: 1e6 });
    cfg.device.reservoirCapacityUl = 1e6;
    cfg.device.battery = {
      idleFractionPerHour: 0.01,
      strokeFraction: 0,
      telemetryFraction: 0,
      eriUsedFraction: 0.5,
      endOfServiceAfterEriHours: 10,
      startUsedFraction: 0,
    };
    cfg.events.replacements = [{ tHours: 70, volumeUl: 20000, concentrationUgPerUl: 2, drug: 'baclofen' }];
    const { pump, series: s } = runSeries(wasm, cfg, 80, 1);
    expect(s.tipVolumeUl[59]).toBe(10);
    expect(s.tipVolumeUl[60]).toBe(0); // end of service at 50 + 10 h
    expect(s.tipVolumeUl[70]).toBe(10);
    expect(s.batteryFraction[70]).toBeCloseTo(1 - 0.01, 9);
    expect(codes(pump.events())).toEqual(expect.arrayContaining(['eri', 'end-of-service', 'replacement']));
  });
});
