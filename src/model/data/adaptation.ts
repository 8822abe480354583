/**
 * The patient's slow adaptation to the drug (model: assembly/csf/adapt.ts): opioid tolerance, physical dependence
 * and the withdrawal syndrome, and the thresholds at which the result reports their signs as events. Units in the
 * names; times in hours (internal). Almost every number is an estimate: the sources give the clinical facts
 * (tolerance after about a week of regular use [R102]; withdrawal builds over 24–72 h [R73] with the signs of
 * [R72, R100]), not rate constants. The reasoning for each estimate is next to it.
 */
import { sourced, type Sourced } from '../sources.js';

/** Opioid tolerance at the start of a run: naive (trials, first starts) or tolerant (chronic pump patients). */
export const OPIOID_TOLERANCE_STATES = ['naive', 'tolerant'] as const;
export type OpioidTolerance = (typeof OPIOID_TOLERANCE_STATES)[number];

/** Estimates: the reasoning is in the comment above each value (kept out of the bundle). */
const est = (value: number, unit: string, source = 'estimate'): Sourced =>
  sourced(value, unit, 'estimate', source);

/** Opioid tolerance (opioids only): EC50 × (1 + fold × tolerance), tolerance 0–1 follows exposure. */
export interface ToleranceData {
  /** Fold of the sedation EC50 at full tolerance. */
  sedationFold: Sourced;
  /** Fold of the respiratory-depression EC50 at full tolerance. */
  respiratoryFold: Sourced;
  /** Fold of the analgesic (spinal) EC50 at full tolerance. */
  analgesiaFold: Sourced;
  /** Time constant of supraspinal tolerance (sedation, breathing) building up, h. */
  supraspinalUpHours: Sourced;
  /** Time constant of analgesic tolerance building up, h. */
  analgesiaUpHours: Sourced;
  /** Time constant of both tolerances fading without drug, h. */
  offHours: Sourced;
  /** State of an opioid-tolerant patient at the start of a run (0–1): tolerances and dependence. */
  tolerantStart: { supraspinal: Sourced; analgesia: Sourced; dependence: Sourced };
  /** Opioid dependence fades faster than baclofen's (WITHDRAWAL.dependenceDownHours), h. */
  dependenceDownHours: Sourced;
}

export const OPIOID_TOLERANCE: ToleranceData = {
  // Chronic pump doses that sedate an opioid-naive patient leave a tolerant one alert: an order of magnitude.
  sedationFold: est(20, '×'),
  // Half the sedation fold: the lethal dose rises less than the effective dose [R103].
  respiratoryFold: est(10, '×', 'estimate after [R103]'),
  // Tuned: at a constant 1.11 mg/day the concentration that gives the first day's relief rises 2.4× in 6 months,
  // as the mean dose after implant rose from 1.11 to 3.1 mg/day [D19] (part of that may be disease: an upper bound).
  analgesiaFold: est(2, '×', 'estimate after [D19]'),
  // 5 days: three quarters of it after the week of regular use that defines opioid tolerance [R102].
  supraspinalUpHours: est(5 * 24, 'h', 'estimate after [R102]'),
  // 3 weeks: slower than to sedation and breathing.
  analgesiaUpHours: est(21 * 24, 'h'),
  // 5 days: mostly lost after a gap of two weeks.
  offHours: est(5 * 24, 'h'),
  // A patient on a moderate chronic dose, tolerant and physically dependent.
  tolerantStart: { supraspinal: est(0.5, '0–1'), analgesia: est(0.5, '0–1'), dependence: est(0.5, '0–1') },
  // 5 days: acute morphine withdrawal is usually described as over in about a week (signs end near day 6 here).
  dependenceDownHours: est(5 * 24, 'h'),
};

/** Dependence and withdrawal (drugs with a withdrawal syndrome: baclofen, opioids, clonidine). */
export const WITHDRAWAL = {
  // 5 days: a single test dose adds little; continuous exposure for days builds it.
  dependenceUpHours: est(5 * 24, 'h'),
  // 30 days: baclofen withdrawal persists while the drug stays off [R100] (opioids: OPIOID_TOLERANCE).
  dependenceDownHours: est(30 * 24, 'h', 'estimate after [R100]'),
  // Dependence must exceed the exposure by a quarter of full occupancy before signs appear, so a single test dose
  // leaves no rebound.
  threshold: est(0.25, '0–1'),
  // Builds over 24–72 h [R73]: a first-order onset of 24 h is at 63 % by 24 h and 95 % by 72 h.
  onsetHours: est(24, 'h', 'estimate after [R73]'),
  // Signs settle within hours once the drug is restored.
  rescueHours: est(6, 'h'),
} as const;

/**
 * Bands of the result's syndrome events (0–1 intensities of the effect series), estimates: where a learner should
 * notice something. An event is reported when a series rises into a band and again only after it fell below
 * `HYSTERESIS` × the band's threshold.
 */
export const SYNDROME_THRESHOLDS = {
  withdrawalEarly: est(0.15, '0–1'), // first signs
  withdrawal: est(0.4, '0–1'), // the full syndrome
  withdrawalSevere: est(0.7, '0–1'), // life-threatening
  /** Sedation at or above this is "sedated" (drowsy, hard to keep awake). */
  sedated: est(0.2, '0–1'),
  /** Respiratory depression at or above this is an overdose (slowed breathing needing treatment). */
  overdoseBreathing: est(0.2, '0–1'),
} as const;

export const HYSTERESIS = 0.8;
