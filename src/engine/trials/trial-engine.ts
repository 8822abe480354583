/**
 * The trial's TrialEngine over the distribution engine (src/engine/csf/csf-driver.ts, assembly/csf): each virtual
 * patient becomes a CsfConfig with its multipliers, the protocol's steps become lumbar-puncture boluses and
 * constant-rate infusions at the catheter tip, and the engine's own outputs are read at the sample times:
 *   effectFraction = spinal drug effect before placebo (CSF_OUT.spinalEffect, Emax/Hill at the effect site)
 *   sideEffect     = max(sedation, respiratory depression) from cranial CSF (the cardiopulmonary checks)
 * The trial layer adds baseline, placebo and the recorded scores (src/model/trials/criteria.ts).
 */
import { CSF_OUT, CsfDriver } from '../csf/csf-driver.js';
import type { CsfConfigInput } from '../../model/csf-config.js';
import { levelToCm } from '../../model/data/patient.js';
import type { TrialProtocol, VirtualPatient } from '../../model/trials/types.js';
import type { WasmExports } from '../wasm/load.js';
import { WasmF64Buffer } from '../wasm/views.js';
import type { EffectBatch, TrialEngine } from './trial.js';

export function csfInputFor(protocol: TrialProtocol, p: VirtualPatient): CsfConfigInput {
  return {
    drug: protocol.drug,
    indication: protocol.measure === 'painNrs' ? 'pain' : 'spasticity',
    patient: { catheterTipLevel: protocol.tipLevel, bodyWeightKg: p.bodyMassKg },
    multipliers: {
      csfClearance: p.csfClearanceFactor,
      dispersion: p.dispersionFactor,
      ec50: p.ec50Factor,
      // The engine divides side-effect EC50s by its sensitivity; ours multiplies them by a factor.
      sideEffectSensitivity: 1 / p.sideEffectEc50Factor,
      // The patient's own mass is already the body weight above; bodySize scales *that* weight, so 1 here
      // (mass/70 counted the mass twice: 2.2 L of plasma for a 15 kg child, 144 L for 120 kg).
      bodySize: 1,
      placeboResponse: 0,
    },
  };
}

/**
 * Where a trial bolus goes in, cm from the sacral end: the protocol's level (the puncture level for a lumbar
 * puncture), or the sacral end if the level is unknown. Both trial engines use it.
 */
export function bolusSiteCm(protocol: TrialProtocol, lengthCm: number): number {
  return levelToCm(protocol.tipLevel, lengthCm) ?? 0;
}

interface Change {
  tHours: number;
  bolus?: { doseUg: number; volumeUl: number; durationHours: number };
  /** New constant input from here on (µg/h at the tip, µL/h inflow). */
  rate?: { ugPerHour: number; ulPerHour: number };
}

/** The protocol as a time-ordered list of input changes. */
export function inputChanges(protocol: TrialProtocol): Change[] {
  const out: Change[] = [];
  for (const s of protocol.steps) {
    if (s.kind === 'bolus')
      out.push({
        tHours: s.tHours,
        bolus: { doseUg: s.doseUg, volumeUl: s.volumeUl, durationHours: s.durationHours },
      });
    else {
      out.push({ tHours: s.tHours, rate: { ugPerHour: s.rateUgPerHour, ulPerHour: s.volumeUl } });
      out.push({ tHours: s.tHours + s.durationHours, rate: { ugPerHour: 0, ulPerHour: 0 } });
    }
  }
  // A later step's start replaces the previous step's stop at the same instant: stable sort, stops first.
  return out.sort((a, b) => a.tHours - b.tHours || (a.rate?.ugPerHour ?? 1) - (b.rate?.ugPerHour ?? 1));
}

export class CsfTrialEngine implements TrialEngine {
  readonly batchSize = 32;
  private readonly driver: CsfDriver;
  private record: WasmF64Buffer | null = null;

  constructor(private readonly wasm: WasmExports) {
    this.driver = new CsfDriver(wasm);
  }

  run(protocol: TrialProtocol, patients: VirtualPatient[], sampleHours: number[]): EffectBatch {
    const m = sampleHours.length;
    const effectFraction = new Float64Array(patients.length * m);
    const sideEffect = new Float64Array(patients.length * m);
    const changes = inputChanges(protocol);
    const order = sampleHours.map((t, j) => [t, j] as const).sort((a, b) => a[0] - b[0]);
    patients.forEach((p, i) => {
      const config = this.driver.configure(csfInputFor(protocol, p));
      const stride = this.driver.outStride;
      if (!this.record || this.record.length < stride) {
        this.record?.dispose();
        this.record = new WasmF64Buffer(this.wasm, stride);
      }
      const lpCm = bolusSiteCm(protocol, config.grid.lengthCm);
      let t = 0;
      let rate = 0;
      let q = 0;
      let c = 0;
      const advanceTo = (target: number) => {
        if (target > t) this.wasm.csfAdvanceConstant(target - t, rate, q, 0);
        t = Math.max(t, target);
      };
      for (const [ts, j] of order) {
        while (c < changes.length && changes[c].tHours <= ts) {
          const ch = changes[c++];
          advanceTo(ch.tHours);
          if (ch.bolus)
            this.wasm.csfLumbarBolus(
              ch.bolus.doseUg,
              ch.bolus.volumeUl,
              lpCm,
              Math.max(1e-6, ch.bolus.durationHours),
            );
          if (ch.rate) {
            rate = ch.rate.ugPerHour;
            q = ch.rate.ulPerHour;
          }
        }
        advanceTo(ts);
        this.wasm.csfWriteRecord(this.record.ptr);
        const rec = this.record.view;
        effectFraction[i * m + j] = rec[CSF_OUT.spinalEffect];
        sideEffect[i * m + j] = Math.max(rec[CSF_OUT.sedation], rec[CSF_OUT.respiratoryDepression]);
      }
    });
    return { effectFraction, sideEffect };
  }

  dispose(): void {
    this.record?.dispose();
    this.record = null;
    this.driver.dispose();
  }
}
