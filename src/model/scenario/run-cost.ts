/**
 * estimateRunCost(): how much work a scenario asks of the engines, from the scenario alone (model layer: no engine,
 * no wasm; well under a millisecond for ordinary scenarios), so the CLI can warn and the app can ask before an
 * expensive run. It reads the scenario as src/engine/scenario-mapping.ts does, for the few numbers the cost
 * depends on (rates, stroke volume, fills, events, the CSF column's fastest rate).
 *
 * The distribution engine dominates: every CSF step costs work in proportion to the cell count. Its step size is
 * dtMax in steady stretches (capped at 0.3 / fastest first-order rate, as assembly/csf/column.ts does), at most one
 * step per output interval less, and after every change of input it restarts at dtFine and grows back (× 1.5 per step) up to
 * dtMax (plus one backward-Euler half step). Changes are counted from the scenario: pump strokes large and sparse
 * enough to be coupled as pulses (src/engine/coupling.ts), boluses, refills, reprograms, faults, scans, posture
 * switches of a hyperbaric drug, tip migrations. The pump engine's work is per stroke and per output interval.
 * The column's stationary skip (a steady input whose state no longer changes is not stepped; assembly/csf/column.ts)
 * is not modelled: when it starts depends on the drug's slowest time constant, so the estimate counts the steps
 * without it and is an upper bound for long steady stretches (a 20-day steady gas pump: 3–12 times the steps taken).
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
import type { Scenario } from './schema.js';
import { ScenarioError, validateScenario } from './validate.js';
import { catheterDeadVolumeUl, resolveDevice } from './resolve.js';
import { outputGrid } from './output-grid.js';
import { packCsfParams, resolveCsfConfig, CSF_PARAM_NAMES } from '../csf-config.js';
import { buoyancySpeedCmPerHour, POSTURE_DEFAULTS, postureTimeline } from '../posture.js';
import { daysToHours, minutesToHours, mlPerDayToUlPerHour, mlPerMinToUlPerHour, mlToUl } from '../units.js';

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

const PULSE_FRACTION_OF_TIP_CELL = 0.01; // as in src/engine/coupling.ts
const PULSE_MIN_SPACING_HOURS = 0.125; // as in src/engine/coupling.ts
const STABILITY = 0.3; // k·dt ≤ 0.3, as in assembly/csf/column.ts
const STEP_GROWTH = 1.5; // the step's growth after a change, as in assembly/csf/column.ts

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
    dt = Math.min(dt * STEP_GROWTH, dtMax);
  }
  return steps + Math.max(0, Math.ceil((gapHours - t) / dtMax - 1e-9));
}

type ProgramLike = {
  mode?: 'stopped' | 'continuous' | 'flex';
  rateMlPerDay?: number;
  flex?: { periodHours: number; steps: { startHours: number; rateMlPerDay: number }[] };
};

/** Mean basal rate of a program, mL/day, and its rate changes per period (flex steps). */
function meanRate(p: ProgramLike): { mlPerDay: number; stepsPerPeriod: number; periodHours: number } {
  const mode = p.mode ?? (p.flex ? 'flex' : 'continuous');
  if (mode === 'stopped') return { mlPerDay: 0, stepsPerPeriod: 0, periodHours: 24 };
  if (mode !== 'flex' || !p.flex)
    return { mlPerDay: p.rateMlPerDay ?? 0, stepsPerPeriod: 0, periodHours: 24 };
  const period = p.flex.periodHours;
  const steps = [...p.flex.steps].sort((a, b) => a.startHours - b.startHours);
  // Before the first step of a period, the last step of the previous period holds.
  let sum = steps[steps.length - 1].rateMlPerDay * steps[0].startHours;
  steps.forEach((s, i) => {
    const end = i + 1 < steps.length ? steps[i + 1].startHours : period;
    sum += s.rateMlPerDay * (end - s.startHours);
  });
  return { mlPerDay: sum / period, stepsPerPeriod: steps.length, periodHours: period };
}

/** Programmed volume over the run, µL, and the number of rate changes (reprograms, flex steps). */
function programmedDelivery(s: Scenario, durationHours: number): { volumeUl: number; changes: number } {
  const d = resolveDevice(s);
  const gas = s.device.kind === 'constant-rate';
  const segments: { tHours: number; p: ProgramLike }[] = [
    { tHours: 0, p: gas ? { rateMlPerDay: d.nominalRateMlPerDay } : s.program },
  ];
  for (const e of s.events) if (e.type === 'reprogram' && !gas) segments.push({ tHours: e.atHours, p: e });
  segments.sort((a, b) => a.tHours - b.tHours);
  let volumeUl = 0;
  let changes = segments.length - 1;
  segments.forEach((seg, i) => {
    const end = Math.min(durationHours, segments[i + 1]?.tHours ?? durationHours);
    const hours = Math.max(0, end - seg.tHours);
    const r = meanRate(seg.p);
    volumeUl += mlPerDayToUlPerHour(r.mlPerDay) * hours;
    changes += r.stepsPerPeriod * Math.ceil(hours / r.periodHours);
  });
  const deadUl = catheterDeadVolumeUl(s);
  for (const b of s.program.boluses ?? []) volumeUl += b.volumeUl ?? deadUl;
  const pb = s.program.patientBolus;
  if (pb)
    volumeUl +=
      (pb.doseUg / (s.drug.concentrationUgPerMl / 1000)) * (s.program.patientBolusRequests ?? []).length;
  return { volumeUl, changes };
}

/** Estimates the cost of a scenario (validated here; throws ScenarioError when it is invalid). */
export function estimateRunCost(input: unknown): RunCostEstimate {
  const v = validateScenario(input);
  if (!v.ok) throw new ScenarioError(v.errors);
  return estimateValidRunCost(v.scenario);
}

/** estimateRunCost() for a scenario that has been validated already. */
export function estimateValidRunCost(s: Scenario): RunCostEstimate {
  const durationHours = daysToHours(s.durationDays);
  const dtHours = minutesToHours(s.outputIntervalMinutes);
  const { nOut } = outputGrid(durationHours, dtHours);
  const d = resolveDevice(s);
  const delivery = programmedDelivery(s, durationHours);
  const fills = s.events.reduce(
    (sum, e) => sum + (e.type === 'refill' || e.type === 'replacement' ? mlToUl(e.volumeMl) : 0),
    mlToUl(Math.min(d.reservoirStartMl, d.reservoirMl)),
  );
  const deliveredUl = Math.min(delivery.volumeUl, fills);
  const strokeUl = d.strokeVolumeUl;
  const stroked = s.device.kind !== 'constant-rate' && strokeUl > 0;
  const strokes = stroked ? deliveredUl / strokeUl : 0;
  const C = RUN_COST_CALIBRATION;
  const pumpSeconds = nOut * C.pumpIntervalSeconds + strokes * C.strokeSeconds;
  if (s.model.distribution === false) {
    return {
      outputIntervals: nOut,
      cells: 0,
      csfSteps: 0,
      cellSteps: 0,
      strokes: Math.round(strokes),
      estimatedSeconds: pumpSeconds,
    };
  }
  const c = s.patient.csf ?? {};
  const opt = <T>(x: T | undefined, f: (v: T) => number): number | undefined =>
    x === undefined ? undefined : f(x);
  const config = resolveCsfConfig({
    drug: s.drug.name,
    densityRelativeToCsf: s.drug.densityRelativeToCsf,
    formulation: s.drug.formulation,
    grid: { cells: s.model.csfCells },
    patient: {
      spinalCsfVolumeUl: opt(c.spinalCsfVolumeMl, mlToUl),
      cranialCsfVolumeUl: opt(c.cranialCsfVolumeMl, mlToUl),
      csfProductionUlPerHour: opt(c.csfProductionMlPerMin, mlPerMinToUlPerHour),
      bodyWeightKg: s.patient.weightKg,
      heightCm: s.patient.heightCm,
      catheterTipLevel: s.patient.catheterTipLevel,
    },
    multipliers: { dispersion: c.dispersionFactor },
  });
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
  const rate = deliveredUl / durationHours;
  const spacingHours = rate > 0 ? strokeUl / rate : Infinity;
  if (
    stroked &&
    strokes >= 1 &&
    strokeUl >= pulseMinUl &&
    spacingHours >= Math.min(PULSE_MIN_SPACING_HOURS, config.numerics.dtMaxHours)
  ) {
    const gap = Math.min(spacingHours, durationHours);
    const extra = 1 + stepsAfterChange(gap, dtFine, dtMax) - Math.ceil(gap / dtMax - 1e-9);
    steps += strokes * Math.max(0, extra);
    changes += 2 * strokes;
  }
  // Other changes of input, each restarting the step at dtFine.
  const count = (type: Scenario['events'][number]['type']) => s.events.filter((e) => e.type === type).length;
  const postures = buoyancySpeedCmPerHour(config.densityRelativeToCsf)
    ? postureTimeline(
        s.patient.posture ?? POSTURE_DEFAULTS.posture,
        s.patient.postureCycle,
        (s.patient.postureChanges ?? []).map((p) => ({ tHours: p.atHours, posture: p.posture })),
        durationHours,
      ).changes.length
    : 0;
  const discrete =
    delivery.changes +
    2 * (s.program.boluses?.length ?? 0) +
    2 * (s.program.patientBolus ? (s.program.patientBolusRequests?.length ?? 0) : 0) +
    count('refill') +
    count('pocket-fill') +
    count('missed-refill') +
    2 * count('fault') +
    2 * count('mri') +
    2 * count('replacement') +
    count('tip-migration') +
    postures;
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
