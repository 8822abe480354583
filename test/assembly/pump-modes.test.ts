// Dosing modes of the programmable pump: flex steps, clinician boluses (single, priming, bridge), patient-activated
// boluses with their rules, and the maximum stroke frequency. Hand-computed answers, 1 µL strokes.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries } from '../reference/pump-fixtures.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

describe('flex dosing', () => {
  it('daily steps repeat every day at the programmed hours', () => {
    const cfg = baseConfig({
      mode: 'flex',
      period: 'day',
      steps: [
        { startHours: 8, rateUlPerHour: 30 },
        { startHours: 0, rateUlPerHour: 10 },
        { startHours: 20, rateUlPerHour: 5 },
      ],
    });
    const { series: s } = runSeries(wasm, cfg, 72, 1);
    for (let h = 0; h < 72; h++) {
      const hod = h % 24;
      expect(s.tipVolumeUl[h]).toBe(hod < 8 ? 10 : hod < 20 ? 30 : 5);
    }
  });

  it('a weekly pattern wraps: before the first step the last step’s rate holds', () => {
    const cfg = baseConfig({
      mode: 'flex',
      period: 'week',
      steps: [
        { startHours: 24, rateUlPerHour: 24 },
        { startHours: 48, rateUlPerHour: 0 },
      ],
    });
    const { series: s } = runSeries(wasm, cfg, 14, 24);
    expect(Array.from(s.tipVolumeUl)).toEqual([0, 576, 0, 0, 0, 0, 0, 0, 576, 0, 0, 0, 0, 0]);
  });
});

describe('clinician boluses', () => {
  // 10 µL/h basal in 1 µL strokes; a 50 µL bolus over 0.5 h at 5 h replaces the basal while it runs.
  const bolusRun = (then?: 'resume' | 'stop') => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    cfg.program.boluses = [{ tHours: 5, kind: 'single', volumeUl: 50, durationHours: 0.5, then }];
    return runSeries(wasm, cfg, 10, 1);
  };
  const strokeCount = (s: { strokes: Float64Array }) => s.strokes.reduce((a, b) => a + b, 0);

  it('by default the basal program continues after a bolus: basal + bolus, exactly, in strokes', () => {
    const { pump, series: s } = bolusRun();
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 10, 10, 10, 50 + 5, 10, 10, 10, 10]);
    // 9.5 h of basal at 10 strokes/h + 50 bolus strokes
    expect(strokeCount(s)).toBe(95 + 50);
    expect(s.deliveredCumUl[9]).toBe(145);
    expect(pump.events().filter((e) => e.code === 'program-change')).toHaveLength(1); // only the initial program
    expect(Array.from(bolusRun('resume').series.strokes)).toEqual(Array.from(s.strokes));
  });

  it("'stop' is the single-bolus mode: the pump reverts to stopped when the bolus ends", () => {
    const { pump, series: s } = bolusRun('stop');
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 10, 10, 10, 50, 0, 0, 0, 0]);
    expect(strokeCount(s)).toBe(50 + 50);
    const stop = pump
      .events()
      .filter((e) => e.code === 'program-change')
      .at(-1)!;
    expect(stop.tHours).toBeCloseTo(5.5, 9);
    expect(stop.data?.mode).toBe(0);
  });

  it('the maximum stroke frequency caps a bolus, which then lasts longer', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { device: { maxStrokesPerHour: 100 } });
    cfg.program.boluses = [{ tHours: 2, kind: 'priming', volumeUl: 150, durationHours: 0.1 }];
    const { pump, series: s } = runSeries(wasm, cfg, 6, 1);
    expect(Array.from(s.tipVolumeUl)).toEqual([10, 10, 100, 55, 10, 10]); // 50 µL bolus tail + 0.5 h basal
    expect(pump.events().find((e) => e.code === 'bolus-start')?.data?.durationHours).toBeCloseTo(1.5, 9);
    for (const v of s.tipVolumeUl) expect(v).toBeLessThanOrEqual(100);
  });

  it('a priming bolus fills an unprimed catheter so the drug reaches the tip within the hour', () => {
    const primed = (prime: boolean) => {
      const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
      cfg.catheter.primed = false; // 110 cm × 2.6 µL/cm = 286 µL of CSF
      if (prime) cfg.program.boluses = [{ tHours: 0, kind: 'priming' }];
      return runSeries(wasm, cfg, 40, 1).series;
    };
    const p = primed(true);
    expect(p.tipVolumeUl[0]).toBe(286 + 7); // 0.286 h at 1000 µL/h, then 7 strokes at 10 µL/h
    expect(p.tipMassUg[0]).toBe(7 * 2);
    expect(p.tipConcentrationUgPerUl[0]).toBe(2);
    const u = primed(false);
    const firstDrugHour = u.tipMassUg.findIndex((m) => m > 0);
    expect(firstDrugHour).toBe(28); // 286 µL / 10 µL/h = 28.6 h
    expect(u.tipMassUg.slice(0, 28).every((m) => m === 0)).toBe(true);
  });

  it('a bridge bolus keeps the dose steady through a concentration change; without it the dose dips', () => {
    const run = (bridge: boolean) => {
      const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { conc: 2 }); // 20 µg/h
      cfg.events.refills = [{ tHours: 100, volumeUl: 20000, concentrationUgPerUl: 4, drug: 'baclofen' }];
      cfg.program.changes = [{ tHours: 100, program: { mode: 'continuous', rateUlPerHour: 5 } }]; // still 20 µg/h
      if (bridge) cfg.program.boluses = [{ tHours: 100, kind: 'bridge' }];
      return runSeries(wasm, cfg, 250, 1).series.tipMassUg;
    };
    const withBridge = run(true);
    for (let h = 0; h < 250; h++) expect(Math.abs(withBridge[h] - 20)).toBeLessThanOrEqual(4);
    const without = run(false);
    expect(Math.min(...without.slice(100, 150))).toBe(10); // old 2 µg/µL drug pushed at the new 5 µL/h
  });
});

describe('patient-activated bolus', () => {
  const rules = { doseUl: 20, durationHours: 0.25, lockoutHours: 2, maxPerDay: 3 };

  it('accepts or denies each request with its reason', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    cfg.program.patientBolus = rules;
    cfg.program.patientRequests = [1, 1.1, 1.5, 3, 5, 7, 25.5];
    const { pump, series: s } = runSeries(wasm, cfg, 30, 1);
    const answers = pump
      .events()
      .filter((e) => e.code.startsWith('patient-bolus'))
      .map((e) => [e.tHours, e.code === 'patient-bolus-accepted' ? 'ok' : e.message.split(': ')[1]]);
    expect(answers).toEqual([
      [1, 'ok'],
      [1.1, 'another bolus is still running.'],
      [1.5, 'the lockout time since the last bolus has not passed (1.50 h to wait).'],
      [3, 'ok'],
      [5, 'ok'],
      [7, 'the maximum number of boluses in 24 hours has been reached.'],
      [25.5, 'ok'],
    ]);
    expect(s.tipVolumeUl[1]).toBe(30); // basal 10 + bolus 20 on top
    expect(s.tipVolumeUl[2]).toBe(10);
  });

  it('denies every request when patient boluses are not enabled, or the pump is stopped', () => {
    const off = baseConfig({ mode: 'continuous', rateUlPerHour: 10 });
    off.program.patientRequests = [1];
    expect(
      runSeries(wasm, off, 2, 1)
        .pump.events()
        .find((e) => e.code === 'patient-bolus-denied')?.data?.reasonCode,
    ).toBe(1);
    const stopped = baseConfig({ mode: 'stopped' });
    stopped.program.patientBolus = rules;
    stopped.program.patientRequests = [1];
    expect(
      runSeries(wasm, stopped, 2, 1)
        .pump.events()
        .find((e) => e.code === 'patient-bolus-denied')?.data?.reasonCode,
    ).toBe(2);
  });
});
