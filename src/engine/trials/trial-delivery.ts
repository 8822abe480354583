/**
 * What reaches the catheter tip during a trial, from the pump engine (assembly/pump via PumpDriver): a
 * continuous trial runs on the external pump (50 µL activations [D15]) through a primed temporary
 * catheter; a lumbar-puncture bolus is the 'injection' device (a syringe, no catheter); the chronic therapy after
 * the decision runs on the implanted programmable pump. The result is the
 * tip dose rate per output interval, the same for every patient on the same ladder, so it is computed once
 * per protocol and fed to the batched distribution kernel.
 */
import { defaultCatheter, deviceParams } from '../../model/data/devices.js';
import type { ClinicianBolus, ProgramChange, PumpConfig } from '../../model/pump-config.js';
import type { TrialProtocol } from '../../model/trials/types.js';
import { SEA_LEVEL_KPA } from '../../model/units.js';
import type { WasmExports } from '../wasm/load.js';
import { PumpDriver } from '../pump/pump-driver.js';

export function trialPumpConfig(protocol: TrialProtocol): PumpConfig {
  const bolus = protocol.route === 'lumbar-puncture-bolus';
  const id = bolus ? 'injection' : protocol.route === 'implanted-pump' ? 'programmable' : 'external';
  // A syringe delivers what was drawn up (estimate); the pumps keep their presets' accuracy models.
  const device = deviceParams(
    id,
    bolus ? { accuracyBiasFraction: 0, accuracyRandomHalfWidthFraction: 0 } : {},
  );
  const changes: ProgramChange[] = [];
  const boluses: ClinicianBolus[] = [];
  for (const s of protocol.steps) {
    if (s.kind === 'bolus') {
      boluses.push({
        tHours: s.tHours,
        kind: 'single',
        volumeUl: s.volumeUl,
        durationHours: s.durationHours,
      });
    } else {
      changes.push({ tHours: s.tHours, program: { mode: 'continuous', rateUlPerHour: s.volumeUl } });
      changes.push({ tHours: s.tHours + s.durationHours, program: { mode: 'stopped' } });
    }
  }
  // A later step's start replaces the previous step's stop at the same instant (stable sort keeps stop first).
  changes.sort((a, b) => a.tHours - b.tHours);
  const needUl = protocol.steps.reduce(
    (s, x) => s + (x.kind === 'bolus' ? x.volumeUl : x.volumeUl * x.durationHours),
    0,
  );
  return {
    device: { ...device, reservoirCapacityUl: Math.max(device.reservoirCapacityUl, needUl * 1.1) },
    // The catheter is primed with the solution before the first dose (usual practice, an estimate).
    catheter: { ...defaultCatheter(id), primed: true },
    reservoir: {
      volumeUl: Math.max(device.reservoirCapacityUl, needUl * 1.1),
      concentrationUgPerUl: protocol.concentrationUgPerUl,
      drug: protocol.drug,
    },
    program: { initial: { mode: 'stopped' }, changes, boluses, patientBolus: null, patientRequests: [] },
    environment: { temperatureC: 37, ambientKpa: SEA_LEVEL_KPA, changes: [], mriScans: [] },
    events: { refills: [], faults: [], telemetrySessions: [], resets: [], replacements: [] },
    seed: 1,
    recordStrokes: false,
  };
}

/** Tip dose rate, µg/h, in each of n intervals of dtHours (interval k covers [k·dt, (k+1)·dt)). */
export function deliveredTipRates(
  wasm: WasmExports,
  protocol: TrialProtocol,
  n: number,
  dtHours: number,
): Float64Array {
  const driver = new PumpDriver(wasm);
  const rates = new Float64Array(n);
  try {
    driver.configure(trialPumpConfig(protocol));
    let done = 0;
    while (done < n) {
      const got = driver.advance(n - done, dtHours);
      if (got <= 0) break;
      for (let i = 0; i < got; i++) rates[done + i] = driver.get(i, 'tipMassUg') / dtHours;
      done += got;
    }
  } finally {
    driver.dispose();
  }
  return rates;
}
