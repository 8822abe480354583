/**
 * The patient's slow adaptation to the drug (model: assembly/csf/adapt.ts): opioid tolerance, physical dependence
 * and the withdrawal syndrome, and the thresholds at which the result reports their signs as events. Units in the
 * names; times in hours (internal). Almost every number is an estimate: the sources give the clinical facts
 * (tolerance after about a week of regular use [R87]; withdrawal builds over 24–72 h [R73] with the signs of
 * [R72, R85]), not rate constants. The reasoning for each estimate is next to it.
 */
import { sourced, type Sourced } from '../sources.js';

/** Opioid tolerance at the start of a run: naive (trials, first starts) or tolerant (chronic pump patients). */
export const OPIOID_TOLERANCE_STATES = ['naive', 'tolerant'] as const;
export type OpioidTolerance = (typeof OPIOID_TOLERANCE_STATES)[number];

const est = (value: number, unit: string, why: string): Sourced => sourced(value, unit, 'estimate', why);

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
  /** Tolerance of an opioid-tolerant patient at the start of a run (0–1): supraspinal, analgesic. */
  tolerantStart: { supraspinal: Sourced; analgesia: Sourced };
}

export const OPIOID_TOLERANCE: ToleranceData = {
  sedationFold: est(
    20,
    '×',
    'chronic pump doses that sedate an opioid-naive patient leave a tolerant one alert: a shift of an order of magnitude (estimate)',
  ),
  respiratoryFold: est(
    10,
    '×',
    'half the sedation fold: the lethal dose rises less than the effective dose [R88] (estimate)',
  ),
  analgesiaFold: est(1, '×', 'at most a doubling: doses escalate over months, not days (estimate)'),
  supraspinalUpHours: est(
    5 * 24,
    'h',
    '5 days: three quarters of it after the week of regular use that defines opioid tolerance [R87] (estimate)',
  ),
  analgesiaUpHours: est(21 * 24, 'h', '3 weeks: slower than to sedation and breathing (estimate)'),
  offHours: est(5 * 24, 'h', '5 days: mostly lost after a gap of two weeks (estimate)'),
  tolerantStart: {
    supraspinal: est(0.5, '0–1', 'a patient on a moderate chronic dose (estimate)'),
    analgesia: est(0.5, '0–1', 'a patient on a moderate chronic dose (estimate)'),
  },
};

/** Dependence and withdrawal (drugs with a withdrawal syndrome: baclofen, opioids, clonidine). */
export const WITHDRAWAL = {
  dependenceUpHours: est(
    5 * 24,
    'h',
    '5 days: a single test dose adds little; continuous exposure for days builds it (estimate)',
  ),
  dependenceDownHours: est(
    30 * 24,
    'h',
    '30 days: the syndrome persists while the drug stays off [R85] (estimate)',
  ),
  threshold: est(
    0.25,
    '0–1',
    'dependence must exceed the exposure by a quarter of full occupancy before signs appear, so a single test dose leaves no rebound (estimate)',
  ),
  onsetHours: est(24, 'h', 'builds over 24–72 h [R73]: 63 % at 24 h, 95 % at 72 h'),
  rescueHours: est(6, 'h', 'signs settle within hours once the drug is restored (estimate)'),
} as const;

/**
 * Bands of the result's syndrome events (0–1 intensities of the effect series), estimates: where a learner should
 * notice something. An event is reported when a series rises into a band and again only after it fell below
 * `HYSTERESIS` × the band's threshold.
 */
export const SYNDROME_THRESHOLDS = {
  withdrawalEarly: est(0.15, '0–1', 'first signs (estimate)'),
  withdrawal: est(0.4, '0–1', 'full syndrome (estimate)'),
  withdrawalSevere: est(0.7, '0–1', 'life-threatening (estimate)'),
  /** Sedation at or above this is "sedated" (drowsy, hard to keep awake). */
  sedated: est(0.2, '0–1', 'drowsy (estimate)'),
  /** Respiratory depression at or above this is an overdose. */
  overdoseBreathing: est(0.2, '0–1', 'slowed breathing needing treatment (estimate)'),
} as const;

export const HYSTERESIS = 0.8;
