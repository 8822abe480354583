// Constant-rate gas-driven pump: flow from propellant vapour pressure, ambient + CSF pressure and capillary
// viscosity (an estimate; docs/sources.md). Sensitivities are checked against the model's table for the same drive pressure.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries } from '../reference/pump-fixtures.js';
import { PumpDriver, PUMP_CONSTANTS as C } from '../../src/engine/pump/pump-driver.js';
import { altitudeFtToKpa, ataToKpa, SEA_LEVEL_KPA, seaDepthMToKpa } from '../../src/model/units.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

const ATM = SEA_LEVEL_KPA;

/** Flow factor Q/Q_nom for a pump with drive ΔP (atm) and CSF gauge 0.01 atm, as in the model's table. */
function factor(driveAtm: number, tempC: number, ambKpa: number): number {
  const cfg = baseConfig({ mode: 'stopped' }, { preset: 'constant-rate' });
  cfg.device.gas = { ...cfg.device.gas!, driveKpa: driveAtm * ATM, csfGaugeKpa: 0.01 * ATM };
  const pump = new PumpDriver(wasm, 1);
  pump.configure(cfg);
  const f = wasm.pumpGasFlowFactor(tempC, ambKpa);
  pump.dispose();
  return f;
}

describe('gas pump physics', () => {
  it('is calibrated to the nominal rate at 37 °C and sea level', () => {
    for (const d of [0.39, 0.99, 1.99]) expect(factor(d, 37, ATM)).toBeCloseTo(1, 12);
  });

  it('flow rises with temperature and altitude, falls with ambient pressure, reverses above the drive', () => {
    let prev = 0;
    for (let t = 33; t <= 41; t += 0.5) {
      const f = factor(0.99, t, ATM);
      expect(f).toBeGreaterThan(prev);
      prev = f;
    }
    prev = 0;
    for (let ft = 0; ft <= 10000; ft += 1000) {
      const f = factor(0.99, 37, altitudeFtToKpa(ft));
      expect(f).toBeGreaterThan(prev);
      prev = f;
    }
    prev = Infinity;
    for (let m = 0; m <= 10; m += 1) {
      const f = factor(0.99, 37, seaDepthMToKpa(m));
      expect(f).toBeLessThan(prev);
      prev = f;
    }
    // ambient + CSF above the propellant pressure: the flow runs backwards (backflow.ts; pump-gas-backflow.test.ts)
    expect(factor(0.99, 37, seaDepthMToKpa(10.1))).toBeLessThan(0);
  });

  // The model's sensitivity table (an estimate, same physics): drive ΔP → per +1 °C, per +1,000 ft, at 8,000 ft
  // cabin, hyperbaric 2.4 ATA — signed: (P_v − 2.41 atm)/ΔP, negative = backflow (the table said "stops")
  it.each([
    { drive: 0.39, perC: 13, per1000ft: 9, cabin: 66, hyperbaric: -259 },
    { drive: 0.99, perC: 8, per1000ft: 3.6, cabin: 26, hyperbaric: -41 },
    { drive: 1.99, perC: 7, per1000ft: 1.8, cabin: 13, hyperbaric: 30 },
  ])('ΔP $drive atm: sensitivities match the table', ({ drive, perC, per1000ft, cabin, hyperbaric }) => {
    const pct = (f: number) => (f - 1) * 100;
    // the table's per-°C figure is the derivative; compare the symmetric difference within 1 %-point
    const dT = (factor(drive, 37.5, ATM) - factor(drive, 36.5, ATM)) * 100;
    expect(Math.abs(dT - perC)).toBeLessThan(1);
    expect(Math.abs(pct(factor(drive, 37, altitudeFtToKpa(1000))) - per1000ft)).toBeLessThan(0.3);
    expect(Math.abs(pct(factor(drive, 37, altitudeFtToKpa(8000))) - cabin)).toBeLessThan(2);
    expect(Math.abs(factor(drive, 37, ataToKpa(2.4)) * 100 - hyperbaric)).toBeLessThan(2);
  });

  it('in a run: fever raises the delivered volume, a hyperbaric session reverses it with an alarm', () => {
    const cfg = baseConfig({ mode: 'stopped' }, { preset: 'constant-rate', reservoirUl: 30000 });
    cfg.environment.changes = [
      { tHours: 24, temperatureC: 39, ambientKpa: ATM },
      { tHours: 48, temperatureC: 37, ambientKpa: ataToKpa(2.4) },
      { tHours: 50, temperatureC: 37, ambientKpa: ATM },
    ];
    const { pump, series: s } = runSeries(wasm, cfg, 72, 1);
    const nominal = 500 / 24;
    expect(s.tipVolumeUl[0]).toBeCloseTo(nominal, 9);
    expect(s.tipVolumeUl[30] / nominal).toBeCloseTo(wasm.pumpGasFlowFactor(39, ATM), 12); // this run's parameters
    expect(s.tipVolumeUl[30] / nominal).toBeGreaterThan(1.15);
    const back = wasm.pumpGasFlowFactor(37, ataToKpa(2.4));
    expect(back).toBeLessThan(0);
    expect(s.tipVolumeUl[48]).toBeCloseTo(back * nominal, 9);
    expect(s.tipVolumeUl[49]).toBeCloseTo(back * nominal, 9);
    expect(s.tipVolumeUl[50]).toBeCloseTo(nominal, 9);
    expect(pump.events().find((e) => e.code === 'backflow-start')?.tHours).toBe(48);
  });

  it('the dose changes only with the concentration at refill: program changes are ignored', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 100 }, { preset: 'constant-rate', conc: 1 });
    cfg.program.changes = [{ tHours: 5, program: { mode: 'continuous', rateUlPerHour: 1 } }];
    cfg.events.refills = [{ tHours: 24, volumeUl: 30000, concentrationUgPerUl: 2, drug: 'morphine' }];
    const { series: s } = runSeries(wasm, cfg, 72, 1);
    const nominal = 500 / 24;
    for (const v of s.tipVolumeUl) expect(v).toBeCloseTo(nominal, 9);
    // 286 µL of old drug in the catheter at 20.83 µL/h: the new concentration arrives after 13.7 h
    expect(s.tipMassUg[30]).toBeCloseTo(nominal, 9);
    expect(s.tipMassUg[40]).toBeCloseTo(2 * nominal, 9);
    expect(C.KIND_CONSTANT_RATE).toBe(2);
  });
});
