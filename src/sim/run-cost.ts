/**
 * estimateRunCost(): how much work a scenario asks of the engines, from the scenario alone (pure TS, no wasm,
 * well under a millisecond for ordinary scenarios), so the CLI can warn and the app can ask before an expensive
 * run.
 *
 * The distribution engine dominates: every CSF step costs work in proportion to the cell count. Its step size is
 * dtMax in steady stretches (capped at 0.3 / fastest first-order rate, as assembly/csf/column.ts does), at most one
 * step per output interval less, and after every change of input it restarts at dtFine and doubles back up to
 * dtMax (plus one backward-Euler half step). Changes are counted from the scenario: pump strokes large and sparse
 * enough to be coupled as pulses (src/sim/coupling.ts), boluses, refills, reprograms, faults, scans, posture
 * switches of a hyperbaric drug, tip migrations. The pump engine's work is per stroke and per output interval.
 *
 * Calibration (Node 20 on this project's 2-core development machine, shared with other jobs; CPU time per run):
 *   per CSF step 0.75 µs + 14 ns per cell (bupivacaine and baclofen, 120–1000 cells, 60 days, constant-rate pump);
 *   per change of input 2 µs + 70 ns per cell (coupling sub-steps: an external pump's 50 µL strokes, 2880 changes
 *   in 30 days, 0.08 s at 120 cells and 0.46 s at 1000);
 *   per output interval 2.5 µs with the CSF column, 0.3 µs without (60 days at 1-min outputs: 0.35 s); per stroke
 *   5 ns.
 * Checked against measured runs: the 10-year bupivacaine external-pump run with a posture cycle and 1000 cells
 * (issue 17: 53 s wall on a busy machine) took 24.2 s CPU here over 1 266 963 steps; the estimate is 1 265 600
 * steps and 19.7 s. A 1-year variant with refills: 4.1 s measured, 4.1 s estimated. Every preset is under 0.1 s
 * and estimated within a few hundredths of a second. test/unit/run-cost.test.ts checks the step counts against the
 * engine's own count. A slow laptop or phone may take several times longer.
 */
import type { Scenario } from '../core/scenario/schema.js';
import { ScenarioError, validateScenario } from '../core/scenario/validate.js';
import { packCsfParams, resolveCsfConfig, CSF_PARAM_NAMES } from '../core/csf-config.js';
import { buoyancySpeedCmPerHour } from '../core/posture.js';
import type { BasalProgram } from '../core/pump-config.js';
import { mapScenario, type EngineInputs } from './scenario-mapping.js';

export interface RunCostEstimate {
  /** Output intervals (records in every series). */
  outputIntervals: number;
  /** Cells of the distribution column (0 for a pump-only run). */
  cells: number;
  /** Distribution-engine steps (0 for a pump-only run). */
  csfSteps: number;
  /** csfSteps × cells: the work of the distribution engine. */
  cellSteps: number;
  /** Pump strokes (delivery quanta) expected at the programmed rates. */
  strokes: number;
  /** Expected CPU time on a desktop machine, s (see the calibration above). */
  estimatedSeconds: number;
}

/** Seconds per CSF step, per cell-step, per change (fixed and per cell), per output interval, per stroke. */
export const RUN_COST_CALIBRATION = {
  stepSeconds: 0.75e-6,
  cellStepSeconds: 14e-9,
  changeSeconds: 2e-6,
  changeCellSeconds: 70e-9,
  pumpIntervalSeconds: 0.3e-6,
  csfIntervalSeconds: 2.5e-6,
  strokeSeconds: 5e-9,
} as const;

/** Runs estimated to take longer than this, s, get a warning in the CLI and a question in the app. */
export const EXPENSIVE_RUN_SECONDS = 10;

const PULSE_FRACTION_OF_TIP_CELL = 0.01; // as in src/sim/coupling.ts
const STABILITY = 0.3; // k·dt ≤ 0.3, as in assembly/csf/column.ts

const param = (p: Float64Array, name: (typeof CSF_PARAM_NAMES)[number]): number =>
  p[CSF_PARAM_NAMES.indexOf(name)];

/** Steps the adaptive controller takes over a change-free gap of `gapHours` that starts at dtFine. */
export function stepsAfterChange(gapHours: number, dtFine: number, dtMax: number): number {
  let steps = 1; // the extra backward-Euler half step of the smoothing start
  let t = 0;
  let dt = dtFine;
  while (t < gapHours && dt < dtMax) {
    t += dt;
    steps++;
    dt = Math.min(dt * 2, dtMax);
  }
  return steps + Math.max(0, Math.ceil((gapHours - t) / dtMax - 1e-9));
}

/** Mean basal rate of a program, µL/h. */
function meanRateUlPerHour(p: BasalProgram): number {
  if (p.mode === 'stopped') return 0;
  if (p.mode === 'continuous') return p.rateUlPerHour;
  const period = p.period === 'week' ? 168 : 24;
  const steps = [...p.steps].sort((a, b) => a.startHours - b.startHours);
  if (!steps.length) return 0;
  // Before the first step of a period, the last step of the previous period holds.
  let sum = (steps.at(-1) as (typeof steps)[number]).rateUlPerHour * steps[0].startHours;
  steps.forEach((s, i) => {
    const end = i + 1 < steps.length ? steps[i + 1].startHours : period;
    sum += s.rateUlPerHour * (end - s.startHours);
  });
  return sum / period;
}

/** Programmed basal volume over the run, µL, and the program changes (flex steps included). */
function programmedDelivery(
  inputs: EngineInputs,
  durationHours: number,
): { volumeUl: number; changes: number } {
  const p = inputs.pump.program;
  const segments = [{ tHours: 0, program: p.initial }, ...p.changes].sort((a, b) => a.tHours - b.tHours);
  let volumeUl = 0;
  let changes = segments.length - 1;
  segments.forEach((s, i) => {
    const end = Math.min(durationHours, segments[i + 1]?.tHours ?? durationHours);
    const hours = Math.max(0, end - s.tHours);
    volumeUl += meanRateUlPerHour(s.program) * hours;
    if (s.program.mode === 'flex') {
      changes += s.program.steps.length * Math.ceil(hours / (s.program.period === 'week' ? 168 : 24));
    }
  });
  for (const b of p.boluses) volumeUl += b.volumeUl ?? 0;
  if (p.patientBolus) volumeUl += p.patientBolus.doseUl * p.patientRequests.length;
  return { volumeUl, changes };
}

/** Estimates the cost of a scenario (validated here; throws ScenarioError when it is invalid). */
export function estimateRunCost(input: unknown): RunCostEstimate {
  const v = validateScenario(input);
  if (!v.ok) throw new ScenarioError(v.errors);
  return estimateValidRunCost(v.scenario);
}

/** estimateRunCost() for a scenario that has been validated already. */
export function estimateValidRunCost(scenario: Scenario): RunCostEstimate {
  const inputs = mapScenario(scenario);
  const { dtHours, nOut, pump } = inputs;
  const durationHours = dtHours * (nOut - 1) + inputs.lastDtHours;
  const ev = pump.events;
  const delivery = programmedDelivery(inputs, durationHours);
  const available =
    pump.reservoir.volumeUl +
    ev.refills.reduce((s, r) => s + r.volumeUl, 0) +
    ev.replacements.reduce((s, r) => s + r.volumeUl, 0);
  const deliveredUl = Math.min(delivery.volumeUl, available);
  const strokeUl = pump.device.strokeVolumeUl;
  const stroked = pump.device.kind !== 'constant-flow' && strokeUl > 0;
  const strokes = stroked ? deliveredUl / strokeUl : 0;
  const C = RUN_COST_CALIBRATION;
  const pumpSeconds = nOut * C.pumpIntervalSeconds + strokes * C.strokeSeconds;
  if (!inputs.csf) {
    return {
      outputIntervals: nOut,
      cells: 0,
      csfSteps: 0,
      cellSteps: 0,
      strokes: Math.round(strokes),
      estimatedSeconds: pumpSeconds,
    };
  }
  const config = resolveCsfConfig(inputs.csf);
  const params = packCsfParams(config);
  let kFast = param(params, 'csfLossPerHour') + param(params, 'cranialBulkPerHour');
  if (param(params, 'tissueOn') > 0.5)
    kFast += param(params, 'tissueExchangePerHour') + param(params, 'tissueToPlasmaPerHour');
  const dtMax = Math.min(config.numerics.dtMaxHours, kFast > 0 ? STABILITY / kFast : Infinity);
  const dtFine = Math.min(config.numerics.dtFineHours, dtMax);
  const cells = config.grid.cells;

  // Steady stepping: whole dtMax steps in each output interval.
  let steps = nOut * Math.ceil(dtHours / dtMax - 1e-9);
  let changes = 0;
  // Strokes coupled as pulses: each is two changes (start and end); the gap after it restarts at dtFine.
  const pulseMinUl = (PULSE_FRACTION_OF_TIP_CELL * config.patient.spinalCsfVolumeUl) / cells;
  const meanRate = deliveredUl / durationHours;
  const spacingHours = meanRate > 0 ? strokeUl / meanRate : Infinity;
  if (stroked && strokes >= 1 && strokeUl >= pulseMinUl && spacingHours >= config.numerics.dtMaxHours) {
    const gap = Math.min(spacingHours, durationHours);
    const extra = 1 + stepsAfterChange(gap, dtFine, dtMax) - Math.ceil(gap / dtMax - 1e-9);
    steps += strokes * Math.max(0, extra);
    changes += 2 * strokes;
  }
  // Other changes of input, each restarting the step at dtFine.
  const buoyant = buoyancySpeedCmPerHour(config.densityRelativeToCsf) !== 0;
  const discrete =
    delivery.changes +
    2 * pump.program.boluses.length +
    2 * pump.program.patientRequests.length +
    ev.refills.length +
    2 * ev.faults.length +
    2 * pump.environment.mriScans.length +
    2 * ev.replacements.length +
    inputs.tipMigrations.length +
    (buoyant ? config.postureChanges.length : 0);
  const gapEach = durationHours / Math.max(1, discrete);
  steps +=
    discrete * Math.max(0, stepsAfterChange(gapEach, dtFine, dtMax) - Math.ceil(gapEach / dtMax - 1e-9));
  changes += discrete;

  const estimatedSeconds =
    pumpSeconds +
    nOut * C.csfIntervalSeconds +
    steps * (C.stepSeconds + cells * C.cellStepSeconds) +
    changes * (C.changeSeconds + cells * C.changeCellSeconds);
  return {
    outputIntervals: nOut,
    cells,
    csfSteps: Math.round(steps),
    cellSteps: Math.round(steps * cells),
    strokes: Math.round(strokes),
    estimatedSeconds,
  };
}
