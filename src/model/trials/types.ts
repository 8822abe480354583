/**
 * Trial and cohort types. Internal units only (h, µL, µg); every name carries its unit.
 *
 * A trial is a protocol (what is given, when, and when the patient is assessed) run on one virtual patient,
 * judged by criteria (rules) into a decision (implant / no implant) with its reasons. A cohort is many
 * virtual patients drawn from documented distributions under one seed.
 */

import type { Sourced as SourcedValue, SourceTag } from '../sources.js';

export type { SourceTag };
/** Where a number comes from (src/model/sources.ts), for values without a unit: counts, descriptions, fractions. */
export type Sourced<T = number> = Omit<SourcedValue<T>, 'unit'>;

export type TrialDrug = 'baclofen' | 'morphine';

/** The outcome measure a criterion looks at. */
export type Measure = 'spasticityMas' | 'painNrs';

/** One dose step. A bolus is given over `durationHours` (a lumbar puncture takes 1–2 min); an infusion runs until the next step. */
export interface DoseStep {
  /** Start of the step, h from the start of the trial. */
  tHours: number;
  kind: 'bolus' | 'infusion';
  /** Bolus dose, µg (bolus steps). */
  doseUg: number;
  /** Infusion rate, µg/h (infusion steps). */
  rateUgPerHour: number;
  /** Volume of the bolus or the infusion rate in volume, µL or µL/h, from the concentration used. */
  volumeUl: number;
  durationHours: number;
}

export interface AssessmentTime {
  /** h from the start of the trial. */
  tHours: number;
  /** Which dose step this assessment belongs to (index into the protocol's steps). */
  step: number;
  kind: 'cardiopulmonary' | 'efficacy';
}

export interface TrialProtocol {
  id: string;
  title: string;
  drug: TrialDrug;
  /** How the drug gets in: lumbar-puncture bolus, a temporary catheter on an external pump, or (after the
   * decision) the implanted programmable pump. */
  route: 'lumbar-puncture-bolus' | 'temporary-catheter-external-pump' | 'implanted-pump';
  /** Concentration of the solution given, µg/µL (internal). */
  concentrationUgPerUl: number;
  /** Catheter tip or puncture level (vertebral level name, e.g. 'L3'). */
  tipLevel: string;
  steps: DoseStep[];
  assessments: AssessmentTime[];
  /** Whole trial length, h. */
  durationHours: number;
  /** The measure judged for efficacy. */
  measure: Measure;
  /** Where the protocol's numbers come from. */
  sources: string[];
}

/** A virtual patient: a seeded draw of the model's uncertain parameters (virtual-patients.ts). */
export interface VirtualPatient {
  id: number;
  /** The 64-bit stream seed this patient was drawn from: (cohortSeed << 32) | id. */
  seedHi: number;
  seedLo: number;
  /** Multipliers on the drug's default (median 1). */
  csfClearanceFactor: number;
  dispersionFactor: number;
  /** Multiplier on the drug's EC50: > 1 means less sensitive. */
  ec50Factor: number;
  /** Multiplier on the side-effect EC50: > 1 means better tolerance. */
  sideEffectEc50Factor: number;
  /** Baseline of the judged measure before the trial (MAS 0–4 or NRS 0–10). */
  baselineSeverity: number;
  /** Fractional improvement that comes from expectation alone (may be negative). */
  placeboFraction: number;
  bodyMassKg: number;
  /** Relies on spasticity for standing or transfers: gets the reduced first bolus [D16]. */
  reliesOnTone: boolean;
}

/** What the engine returns for one patient: drug-driven effect and side-effect intensity over time. */
export interface PatientEffects {
  tHours: Float64Array;
  /** Fraction of the maximal drug effect, 0–1 (effect-site Emax/Hill output). */
  effectFraction: Float64Array;
  /** Supraspinal side-effect intensity, 0–1 (sedation / respiratory depression index). */
  sideEffect: Float64Array;
}

export interface Assessment {
  tHours: number;
  step: number;
  kind: 'cardiopulmonary' | 'efficacy';
  /** Recorded score of the judged measure (efficacy assessments). */
  score: number;
  /** Improvement against baseline, % (efficacy assessments). */
  improvementPct: number;
  /** Side-effect intensity at this time, 0–1. */
  sideEffect: number;
}

export type DecisionCode =
  'responded' | 'no-response-at-max-dose' | 'intolerable-side-effects' | 'invalid-baseline';

export interface TrialDecision {
  implant: boolean;
  code: DecisionCode;
  /** Plain-language reasons, in order. */
  reasons: string[];
  /** Index of the dose step that decided (the responding step, or the last step given). */
  decidingStep: number;
  /** Total dose given up to the decision, µg. */
  doseGivenUg: number;
  /** Dose of the responding step (bolus µg, or infusion µg/day), null without a response. */
  respondingDose: number | null;
}

export interface TrialResult {
  protocolId: string;
  patient: VirtualPatient;
  /** Steps actually given (the trial stops at the decision). */
  stepsGiven: DoseStep[];
  assessments: Assessment[];
  /** Best improvement seen at an efficacy assessment, %. */
  bestImprovementPct: number;
  /** Largest side-effect intensity seen, 0–1. */
  peakSideEffect: number;
  decision: TrialDecision;
  /** After implant (or not): would chronic therapy help this patient? (see stats.ts / docs/trials.md). */
  longTerm: { benefit: boolean; improvementPct: number };
}

/** One patient's outcome in a cohort, compact enough to send 10,000 of them between threads. */
export interface OutcomeRow {
  id: number;
  implant: boolean;
  code: DecisionCode;
  bestImprovementPct: number;
  peakSideEffect: number;
  /** Ladder doses given up to the decision: µg (bolus) or µg/day (infusion). */
  dosesGiven: number[];
  respondingDose: number | null;
  longTermBenefit: boolean;
  longTermImprovementPct: number;
}
