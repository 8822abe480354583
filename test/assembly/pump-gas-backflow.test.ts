// Gas-pump backflow (assembly/pump/backflow.ts): when ambient + CSF pressure exceeds the propellant drive (a
// hyperbaric chamber at 2.4 ATA), the flow through the restrictor runs backwards: the catheter's contents go back
// into the reservoir and CSF at the tip's concentration enters the catheter. The old engine stopped the flow.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, sum } from '../reference/pump-fixtures.js';
import { OUT, PumpDriver } from '../../src/engine/pump/pump-driver.js';
import { ataToKpa, SEA_LEVEL_KPA } from '../../src/model/units.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

const DT_H = 0.25;
const CONC = 2; // µg/µL in the reservoir
const CSF_CONC = 0.05; // µg/µL at the tip, as the coupling would hand it over

/** 36 h of a gas pump; a 90-min session at 2.4 ATA from 24 h. Records tip µL/µg, reservoir and catheter µg. */
function run(csfConc: number) {
  const cfg = baseConfig({ mode: 'stopped' }, { preset: 'constant-rate', reservoirUl: 20000, conc: CONC });
  cfg.environment.changes = [
    { tHours: 24, temperatureC: 37, ambientKpa: ataToKpa(2.4) },
    { tHours: 25.5, temperatureC: 37, ambientKpa: SEA_LEVEL_KPA },
  ];
  const pump = new PumpDriver(wasm, 1);
  pump.configure(cfg);
  const start = wasm.pumpReservoirMassUg() + wasm.pumpCatheterMassUg();
  const n = 36 / DT_H;
  const tipUl: number[] = [];
  const tipUg: number[] = [];
  const balance: number[] = [];
  let cumUg = 0;
  for (let k = 0; k < n; k++) {
    wasm.pumpSetCsfTipConc(csfConc);
    pump.advance(1, DT_H);
    const v = pump.view();
    tipUl.push(v[OUT.tipVolumeUl]);
    tipUg.push(v[OUT.tipMassUg]);
    cumUg += v[OUT.tipMassUg];
    // drug put in = reservoir + catheter + net to the CSF (what left the tip less what was drawn back)
    balance.push(wasm.pumpReservoirMassUg() + wasm.pumpCatheterMassUg() + cumUg);
  }
  const factor = wasm.pumpGasFlowFactor(37, ataToKpa(2.4));
  const nominalUlPerH = cfg.device.gas!.nominalRateUlPerHour;
  return { pump, tipUl, tipUg, balance, start, factor, nominalUlPerH };
}

const K24 = 24 / DT_H;
const K255 = 25.5 / DT_H;

describe('gas pump backflow above the drive pressure', () => {
  it('reverses the flow while ambient + CSF pressure exceeds the drive (signed flow, ΔP < 0)', () => {
    const r = run(0);
    expect(r.factor).toBeLessThan(0); // the old engine: 0 (flow stopped)
    for (let k = K24; k < K255; k++) expect(r.tipUl[k]).toBeLessThan(0);
    const ev = r.pump.events();
    const startEv = ev.find((e) => e.code === 'backflow-start')!;
    expect(startEv.tHours).toBe(24);
    expect(startEv.data!.backflowUlPerHour).toBeCloseTo(-r.factor * r.nominalUlPerH, 9);
    expect(ev.find((e) => e.code === 'backflow-end')!.tHours).toBe(25.5);
    r.pump.dispose();
  });

  it('the volume drawn back equals ∫|Q| dt over the session', () => {
    const r = run(0);
    const drawn = -sum(r.tipUl, K24, K255);
    expect(drawn).toBeCloseTo(-r.factor * r.nominalUlPerH * 1.5, 9);
    expect(r.pump.events().find((e) => e.code === 'backflow-end')!.data!.volumeUl).toBeCloseTo(drawn, 9);
    r.pump.dispose();
  });

  it('mass balance: reservoir + catheter + net to the CSF = drug put in, to 1e-9 relative, drug drawn at the CSF concentration', () => {
    const r = run(CSF_CONC);
    for (const b of r.balance) expect(Math.abs(b - r.start) / r.start).toBeLessThan(1e-9);
    const drawnUl = -sum(r.tipUl, K24, K255);
    expect(-sum(r.tipUg, K24, K255)).toBeCloseTo(drawnUl * CSF_CONC, 9);
    r.pump.dispose();
  });

  it('flows forward again after the pressure drops: the nominal volume, first the drawn-in CSF mixture', () => {
    const r = run(CSF_CONC);
    const k = K255 + 2;
    expect(r.tipUl[k] / DT_H).toBeCloseTo(r.nominalUlPerH, 9);
    // the first fluid out is the CSF that was drawn in, then catheter drug: below the reservoir's concentration
    expect(r.tipUg[K255] / r.tipUl[K255]).toBeLessThan(CONC);
    expect(r.tipUg[K255 + 40] / r.tipUl[K255 + 40]).toBeCloseTo(CONC, 6);
    r.pump.dispose();
  });
});
