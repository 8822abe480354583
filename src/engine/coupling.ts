/**
 * Pump → CSF coupling inside one output interval (used by simulate.ts). The pump engine's records are interval
 * integrals, so an interval that holds a delivery change (a bolus start or end, an impulse such as an MRI dump or
 * a pocket fill, a concentration front, a sparse large stroke) would reach the CSF as its average over the whole
 * interval. Here such an interval is advanced in sub-steps cut at the pump's own change times
 * (`pumpNextChangeHours`), each sub-record feeding the CSF column for its true duration; the sub-records are then
 * summed into the one pump record the series keep, so the pump totals are exactly those of a single record.
 *
 *   sums over sub-records:    tip µL, tip µg, systemic µg, strokes;   flow µL/h = Σ flow_i · dt_i / dt
 *   last sub-record:          time, reservoir, estimate, cumulative volumes, battery, tip concentration
 *
 * Backflow (a gas pump whose flow runs backwards, assembly/pump/backflow.ts): the pump draws CSF at the CSF
 * model's tip concentration, so it is handed that concentration before each pump step and advances one interval
 * (or sub-step) ahead of the CSF at most; the CSF then removes exactly the drawn mass from its tip cell.
 */
import type { CsfConfig } from '../model/csf-config.js';
import type { WasmExports } from './wasm/load.js';
import type { CsfDriver, PumpRecordSource } from './csf/csf-driver.js';
import { OUT, type PumpDriver } from './pump/pump-driver.js';

const SEC_PER_HOUR = 3600;
/** Safety cap on sub-steps in one interval (then the rest of the interval goes in one record). */
const MAX_SUBSTEPS = 10_000;
/**
 * Numerical choice (not clinical data): a stroke is resolved as a pulse when it is at least 1 % of the tip cell's
 * volume and strokes are at least PULSE_MIN_SPACING_HOURS apart; smaller or denser strokes are averaged by the CSF
 * step itself anyway.
 */
const PULSE_FRACTION_OF_TIP_CELL = 0.01;
/**
 * Numerical choice: strokes at least this far apart are resolved as pulses (mirrored in
 * src/model/scenario/run-cost.ts). It was the CSF's largest step until that grew to 0.5 h (issue 19); kept, so that
 * what the column sees of a stroked pump did not change with the step.
 */
const PULSE_MIN_SPACING_HOURS = 0.125;

export interface CouplingLookahead {
  pulseMinHours: number;
  pulseMinUl: number;
  /** An impulse at a change time is given this short record before it (the CSF's fine step), h. */
  leadHours: number;
}

export function couplingLookahead(config: CsfConfig): CouplingLookahead {
  return {
    pulseMinHours: Math.min(PULSE_MIN_SPACING_HOURS, config.numerics.dtMaxHours),
    pulseMinUl: (PULSE_FRACTION_OF_TIP_CELL * config.patient.spinalCsfVolumeUl) / config.grid.cells,
    leadHours: Math.max(1 / SEC_PER_HOUR, config.numerics.dtFineHours),
  };
}

/** Whole output intervals from now that hold no delivery change (≥ 0; Infinity when nothing is pending). */
export function changeFreeIntervals(wasm: WasmExports, look: CouplingLookahead, dtSec: number): number {
  const nextH = wasm.pumpNextChangeHours(look.pulseMinHours, look.pulseMinUl, look.leadHours);
  if (!Number.isFinite(nextH)) return Infinity;
  const nowSec = Math.round(wasm.pumpTimeHours() * SEC_PER_HOUR);
  return Math.max(0, Math.floor((Math.round(nextH * SEC_PER_HOUR) - nowSec) / dtSec));
}

/** While the pump draws back, hands it the CSF tip concentration of now; true then (advance one interval only). */
export function shareTipConcentration(wasm: WasmExports): boolean {
  if (!wasm.pumpDrawingBack()) return false;
  wasm.pumpSetCsfTipConc(wasm.csfTipConc());
  return true;
}

const SUMMED: readonly number[] = [
  OUT.tipVolumeUl,
  OUT.tipMassUg,
  OUT.systemicMassUg,
  OUT.strokes,
  OUT.tissueDepositUg,
];

/**
 * Advances pump and CSF through one output interval of dtSec seconds in sub-steps; returns the interval's
 * aggregated pump record (a fresh array of `pump.stride` f64).
 */
export function advanceIntervalInSubsteps(
  wasm: WasmExports,
  pump: PumpDriver,
  csf: CsfDriver,
  look: CouplingLookahead,
  dtSec: number,
  source: Omit<PumpRecordSource, 'ptr'>,
): Float64Array {
  const agg = new Float64Array(pump.stride);
  const start = Math.round(wasm.pumpTimeHours() * SEC_PER_HOUR);
  const end = start + dtSec;
  let flowUl = 0;
  csf.beginInterval(dtSec / SEC_PER_HOUR);
  for (let t = start, k = 0; t < end; k++) {
    let next = end;
    if (k < MAX_SUBSTEPS) {
      const c = wasm.pumpNextChangeHours(look.pulseMinHours, look.pulseMinUl, look.leadHours);
      if (Number.isFinite(c)) next = Math.min(end, Math.max(t + 1, Math.round(c * SEC_PER_HOUR)));
    }
    const hours = (next - t) / SEC_PER_HOUR;
    shareTipConcentration(wasm);
    if (pump.advance(1, hours) !== 1) throw new Error('The pump engine made no progress.');
    const rec = pump.view();
    for (const f of SUMMED) agg[f] += rec[f];
    flowUl += rec[OUT.flowUlPerHour] * hours;
    for (let f = 0; f < pump.stride; f++) if (!SUMMED.includes(f)) agg[f] = rec[f];
    csf.advanceSub(hours, { ptr: pump.outPtr, ...source });
    t = next;
  }
  agg[OUT.flowUlPerHour] = flowUl / (dtSec / SEC_PER_HOUR);
  csf.closeInterval();
  return agg;
}
