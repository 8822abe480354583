// Constant-rate gas pump: flow against fill (an unusable residual and a taper before it), the solution's viscosity
// (Hagen–Poiseuille: flow ∝ 1/μ through the restrictor), this fill's accuracy error, and the device's own accuracy
// envelope and discrepancy check (assembly/pump/engine.ts gasSegment; src/model/data/devices.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries, sum } from '../reference/pump-fixtures.js';
import { DEVICE_PRESETS } from '../../src/model/data/devices.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

const gasConfig = (reservoirUl: number) => {
  const cfg = baseConfig({ mode: 'stopped' }, { preset: 'constant-rate', reservoirUl });
  cfg.device.gas = { ...cfg.device.gas!, nominalRateUlPerHour: 100 };
  return cfg;
};

describe('gas pump against its fill', () => {
  it('a full pump delivers the nominal rate; the viscosity of the solution divides it', () => {
    const water = runSeries(wasm, gasConfig(20000), 24, 1).series;
    const cfg = gasConfig(20000);
    cfg.device.gas!.viscosityRatio = 2;
    const thick = runSeries(wasm, cfg, 24, 1).series;
    expect(water.tipVolumeUl[5]).toBeCloseTo(100, 9);
    expect(thick.tipVolumeUl[5]).toBeCloseTo(50, 9); // the old engine ignored viscosity: 100
  });

  it('slows in the last 2 mL above the residual and never delivers the residual 1 mL', () => {
    // 5 mL at 100 µL/h: 20 h at full flow down to 3 mL, then x(t) = 2000·e^(−100 t/2000) above the 1 mL residual
    const { pump, series: s } = runSeries(wasm, gasConfig(5000), 200, 1);
    expect(s.tipVolumeUl[10]).toBeCloseTo(100, 9);
    const x = (h: number) => 2000 * Math.exp((-100 * (h - 20)) / 2000);
    expect(s.reservoirUl[59]).toBeCloseTo(1000 + x(60), 6);
    expect(s.reservoirUl[199]).toBeGreaterThan(1000); // the old engine ran to 0 at 50 h
    expect(sum(s.tipVolumeUl)).toBeLessThan(4000);
    // "ran dry" when the flow is down to 5 %: x = 100 µL, at 20 + 20·ln 20 h
    const stop = pump.events().find((e) => e.code === 'delivery-stopped')!;
    expect(stop.tHours).toBeCloseTo(20 + 20 * Math.log(20), 6);
  });

  it("the fill's accuracy error applies to the gas pump's flow too", () => {
    const cfg = gasConfig(20000);
    cfg.device.accuracyBiasFraction = 0.1;
    const { series: s } = runSeries(wasm, cfg, 10, 1);
    expect(s.tipVolumeUl[5]).toBeCloseTo(110, 9);
  });

  it('has its own accuracy envelope and a discrepancy check scaled to its 30 mL reservoir, both estimates', () => {
    const gas = DEVICE_PRESETS['constant-rate'];
    expect(gas.discrepancyThresholdUl.value).toBe(1500);
    expect(gas.discrepancyThresholdUl.tag).toBe('estimate');
    expect(gas.accuracyEnvelopeFraction.tag).toBe('estimate');
    expect(gas.accuracyEnvelopeFraction.source).not.toBe(
      DEVICE_PRESETS['accumulator-gen2'].accuracyEnvelopeFraction.source,
    );
    expect(gas.gas!.driveKpa.tag).toBe('estimate');
  });

  it('says the flow after an environment change as an estimate to the nearest 5 %, not an exact percent', () => {
    const cfg = gasConfig(20000);
    cfg.environment.changes = [{ tHours: 2, temperatureC: 39.5, ambientKpa: 101.325 }];
    const { pump } = runSeries(wasm, cfg, 4, 1);
    const e = pump.events().find((x) => x.code === 'environment-change')!;
    expect(e.message).toMatch(/about \d+ % of nominal \(an estimate/);
    expect(Number(/about (\d+) %/.exec(e.message)![1]) % 5).toBe(0);
  });
});
