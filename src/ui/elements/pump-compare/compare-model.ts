/**
 * One patient, one drug, one starting dose for both pumps of the comparison. The stories' presets do not agree
 * (the programmable one gives 0.2 mL/day × 2000 µg/mL = 400 µg/day, the gas one 1 mL/day × 500 µg/mL =
 * 500 µg/day), so the gas pump is made up for the programmable pump's patient:
 *
 *   c_gas = D / Q_gas,   D = Q_prog · c_prog   (µg/day = mL/day · µg/mL)
 *
 * where Q_gas is the gas pump's nominal flow (fixed by its restrictor: a clinician changes its dose only through
 * the concentration, which is what is done here), and every refill of its story is scaled by the same factor
 * c_gas / c_gas,story, so the story keeps its proportions (a refill "a fifth weaker" stays a fifth weaker).
 */
import type { ScenarioInput } from '../../../model/scenario/schema.js';
import * as edit from '../../scenario/scenario-edit.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};

export interface Baseline {
  /** The common nominal daily dose, µg/day. */
  doseUgPerDay: number;
  drugName: string;
  progRateMlPerDay: number;
  progConcentrationUgPerMl: number;
  gasRateMlPerDay: number;
  gasConcentrationUgPerMl: number;
}

export interface Matched {
  gas: ScenarioInput;
  /** The common baseline, or null when it could not be set (the gas pump then keeps its story's dose). */
  baseline: Baseline | null;
  /** The gas story's own nominal dose, µg/day (NaN when unknown). */
  storyDoseUgPerDay: number;
}

const positive = (x: number) => Number.isFinite(x) && x > 0;

/**
 * The gas scenario with the programmable scenario's drug, patient and nominal daily dose. Unmatched (returned
 * as is, baseline null) when the programmable pump has no one steady rate (flex, stopped) or a number is
 * missing: there is then no single dose to match.
 */
export function matchGasToProgrammable(prog: ScenarioInput, gas: ScenarioInput): Matched {
  const progRate = Number(obj(prog.program).rateMlPerDay);
  const mode = obj(prog.program).mode;
  const progConc = edit.concentrationOf(prog);
  const gasRate = Number(obj(gas.device).nominalRateMlPerDay);
  const gasConc = edit.concentrationOf(gas);
  const storyDoseUgPerDay = gasRate * gasConc;
  const steady = mode === undefined || mode === 'continuous';
  if (!steady || !positive(progRate) || !positive(progConc) || !positive(gasRate) || !positive(gasConc))
    return { gas, baseline: null, storyDoseUgPerDay };
  const doseUgPerDay = progRate * progConc;
  const concentration = doseUgPerDay / gasRate;
  const factor = concentration / gasConc;
  const out = edit.clone(gas) as Json;
  out.drug = { ...obj(prog.drug), concentrationUgPerMl: concentration };
  if (prog.patient !== undefined) out.patient = edit.clone(prog.patient);
  if (Array.isArray(out.events))
    out.events = (out.events as Json[]).map((e) =>
      e.type === 'refill' && typeof e.concentrationUgPerMl === 'number'
        ? { ...e, concentrationUgPerMl: e.concentrationUgPerMl * factor }
        : e,
    );
  return {
    gas: out as ScenarioInput,
    storyDoseUgPerDay,
    baseline: {
      doseUgPerDay,
      drugName: String(obj(prog.drug).name ?? ''),
      progRateMlPerDay: progRate,
      progConcentrationUgPerMl: progConc,
      gasRateMlPerDay: gasRate,
      gasConcentrationUgPerMl: concentration,
    },
  };
}
