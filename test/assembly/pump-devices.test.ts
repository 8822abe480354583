// The other device kinds (external pump, lumbar-puncture injection, accumulator pulses) and bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries } from '../reference/pump-fixtures.js';
import { OUT } from '../../src/engine/pump/pump-driver.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

describe('external pump (CADD-like)', () => {
  it('reproduces the manual’s example: 0.100 mL activations at 20 mL/h are 18 s apart', () => {
    const cfg = baseConfig(
      { mode: 'continuous', rateUlPerHour: 20000 },
      { preset: 'external', reservoirUl: 100000, device: { strokeVolumeUl: 100 } },
    );
    cfg.recordStrokes = 1000;
    const { pump, series: s } = runSeries(wasm, cfg, 2, 1);
    const t = pump.strokes().tHours;
    expect(t.length).toBe(400);
    for (let i = 1; i < t.length; i++) expect((t[i] - t[i - 1]) * 3600).toBeCloseTo(18, 9);
    expect(s.tipVolumeUl[0]).toBe(20000);
  });

  it('continuous delivery in 50 µL strokes with patient boluses on top', () => {
    const cfg = baseConfig(
      { mode: 'continuous', rateUlPerHour: 1000 },
      { preset: 'external', reservoirUl: 100000 },
    );
    cfg.program.patientBolus = { doseUl: 500, durationHours: 0.1, lockoutHours: 1, maxPerDay: 6 };
    cfg.program.patientRequests = [2, 2.5, 4];
    const { pump, series: s } = runSeries(wasm, cfg, 6, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([1000, 1000, 1500, 1000, 1500, 1000]);
    for (const v of s.tipVolumeUl) expect(v % 50).toBe(0);
    expect(
      pump
        .events()
        .filter((e) => e.code === 'patient-bolus-accepted')
        .map((e) => e.tHours),
    ).toEqual([2, 4]);
  });
});

describe('lumbar-puncture bolus injection (screening trial)', () => {
  it('delivers the whole 50 µg dose straight to the CSF within the injection minute', () => {
    // 1 mL of 50 µg/mL = 0.05 µg/µL, injected over 1 min at t = 1 h; no catheter dead volume
    const cfg = baseConfig({ mode: 'stopped' }, { preset: 'injection', reservoirUl: 1000, conc: 0.05 });
    cfg.catheter.primed = false;
    cfg.program.boluses = [{ tHours: 1, kind: 'single', volumeUl: 1000, durationHours: 1 / 60 }];
    const { pump, series: s } = runSeries(wasm, cfg, 3, 1);
    expect(s.tipMassUg[1]).toBeCloseTo(50, 9);
    expect(s.tipMassUg[0] + s.tipMassUg[2]).toBe(0);
    expect(s.reservoirUl[2]).toBeCloseTo(0, 9);
    const end = pump.events().find((e) => e.code === 'bolus-end')!;
    expect(end.tHours).toBeCloseTo(1 + 1 / 60, 9);
    expect(pump.events().some((e) => /reservoir|refill-overdue|withdrawal/.test(e.code))).toBe(false);
    expect(pump.hasBattery).toBe(false);
  });
});

describe('valve-gated accumulator pump', () => {
  it('rate = pulse volume / pulse interval: 2 µL pulses at 0.5 mL/day every 5.76 min', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 500 / 24 }, { preset: 'accumulator-gen2' });
    cfg.recordStrokes = 1000;
    const { pump, series: s } = runSeries(wasm, cfg, 24, 1);
    const t = pump.strokes().tHours;
    expect(t.length).toBe(250);
    for (let i = 1; i < t.length; i++) expect((t[i] - t[i - 1]) * 60).toBeCloseTo(5.76, 9);
    expect(s.tipVolumeUl.reduce((a, b) => a + b, 0)).toBe(500);
  });
});

describe('bad input', () => {
  it('never throws and never writes NaN or Infinity', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: NaN }, { reservoirUl: -5 });
    cfg.device.strokeVolumeUl = 0;
    cfg.device.maxStrokesPerHour = Infinity;
    cfg.device.accuracyBiasFraction = NaN;
    cfg.catheter.lengthCm = NaN;
    cfg.environment.temperatureC = NaN;
    cfg.program.changes = [{ tHours: NaN, program: { mode: 'flex', period: 'day', steps: [] } }];
    cfg.program.boluses = [{ tHours: -3, kind: 'single', volumeUl: Infinity, durationHours: 0 }];
    cfg.program.patientBolus = { doseUl: NaN, durationHours: -1, lockoutHours: NaN, maxPerDay: Infinity };
    cfg.program.patientRequests = [NaN, 1, 1e308];
    cfg.events.refills = [
      { tHours: 2, volumeUl: NaN, concentrationUgPerUl: -1, drug: 'x', pocketFillFraction: 7 },
    ];
    cfg.events.faults = [{ kind: 'leak', tHours: 1, fraction: NaN }];
    cfg.environment.mriScans = [{ tHours: 1, durationHours: -4 }];
    for (const preset of [
      'programmable',
      'constant-rate',
      'accumulator-gen1',
      'external',
      'injection',
    ] as const) {
      const c = {
        ...cfg,
        device: { ...baseConfig({ mode: 'stopped' }, { preset }).device, strokeVolumeUl: 0 },
      };
      if (preset === 'constant-rate') c.device.gas = { ...c.device.gas!, driveKpa: NaN };
      const { pump, series: s } = runSeries(wasm, c, 6, 1);
      for (const f of Object.keys(OUT) as (keyof typeof OUT)[])
        for (const x of s[f]) if (!Number.isFinite(x)) expect.fail(`${preset}: ${f} = ${x}`);
      for (const e of pump.events()) expect(Number.isFinite(e.tHours)).toBe(true);
    }
  });
});
