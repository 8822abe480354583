/**
 * Success criteria as configurable rules, the measurement model that turns a drug effect into the score a
 * clinician records, and the decision (implant / no implant) with its reasons.
 *
 * Measurement model (estimate, stated in docs/trials.md):
 *   latent(t)   = baseline · (1 − E(t)) · (1 − placebo · [a dose has been given])
 *   recorded(t) = round(latent(t)) clamped to the scale (MAS 0–5 with 1+ coded 2; NRS 0–10)
 *   improvement = (recorded baseline − recorded(t)) / recorded baseline · 100 %
 * E(t) is the engine's drug-effect fraction (0–1). The criteria then read only recorded scores, as in clinic.
 */
import type {
  Assessment,
  DecisionCode,
  Measure,
  TrialDecision,
  TrialProtocol,
  VirtualPatient,
} from './types.js';
import { stepDose } from './protocols.js';

export type EfficacyRule =
  /** ≥ thresholdPct reduction of the score (pain trials: 50 % [D21]). */
  | { kind: 'relative-reduction'; thresholdPct: number }
  /** A drop of ≥ levels on the ordinal scale (continuous ITB trial: one MAS level [D17]). */
  | { kind: 'level-drop'; levels: number };

export interface Criteria {
  efficacy: EfficacyRule;
  /** Side-effect intensity (0–1) at any assessment at or above this is intolerable and ends the trial (estimate). */
  intolerableSideEffect: number;
  /** Intensity counted as "a side effect occurred" for incidence figures (estimate). */
  noticeableSideEffect: number;
}

export const SCALE_MAX: Record<Measure, number> = { spasticityMas: 5, painNrs: 10 };

/** Default criteria per measure: the published criterion, and estimated side-effect thresholds. */
export function defaultCriteria(measure: Measure): Criteria {
  return {
    efficacy:
      measure === 'painNrs'
        ? { kind: 'relative-reduction', thresholdPct: 50 }
        : { kind: 'level-drop', levels: 1 },
    intolerableSideEffect: 0.5,
    noticeableSideEffect: 0.15,
  };
}

export function recordScore(measure: Measure, latent: number): number {
  if (!Number.isFinite(latent)) return SCALE_MAX[measure];
  return Math.min(SCALE_MAX[measure], Math.max(0, Math.round(latent)));
}

/** The latent score at effect fraction e (0–1); the placebo part starts with the first dose. */
export function latentScore(patient: VirtualPatient, effectFraction: number, dosed: boolean): number {
  const e = Math.min(1, Math.max(0, Number.isFinite(effectFraction) ? effectFraction : 0));
  const placebo = dosed ? patient.placeboFraction : 0;
  return patient.baselineSeverity * (1 - e) * (1 - placebo);
}

export function improvementPct(baselineRecorded: number, recorded: number): number {
  return baselineRecorded > 0 ? ((baselineRecorded - recorded) / baselineRecorded) * 100 : 0;
}

export function meetsEfficacy(rule: EfficacyRule, baselineRecorded: number, recorded: number): boolean {
  if (baselineRecorded <= 0) return false;
  return rule.kind === 'relative-reduction'
    ? improvementPct(baselineRecorded, recorded) >= rule.thresholdPct
    : baselineRecorded - recorded >= rule.levels;
}

export function describeRule(rule: EfficacyRule, measure: Measure): string {
  const scale = measure === 'painNrs' ? 'pain NRS' : 'modified Ashworth score';
  return rule.kind === 'relative-reduction'
    ? `at least ${rule.thresholdPct} % reduction of the ${scale}`
    : `a drop of at least ${rule.levels} level${rule.levels === 1 ? '' : 's'} on the ${scale}`;
}

/**
 * Walks the assessments step by step and decides. A step responds when any of its efficacy assessments meets
 * the rule; any assessment at or above the intolerable side-effect level stops the trial without implant.
 * Later steps are given only when the earlier ones did not respond (protocols.ts).
 */
export function decide(
  protocol: TrialProtocol,
  criteria: Criteria,
  patient: VirtualPatient,
  assessments: Assessment[],
): { decision: TrialDecision; assessmentsUsed: Assessment[] } {
  const baselineRecorded = recordScore(protocol.measure, patient.baselineSeverity);
  const doseUpTo = (step: number) => protocol.steps.slice(0, step + 1).reduce((s, x) => s + x.doseUg, 0);
  const unit = protocol.steps[0]?.kind === 'infusion' ? 'µg/day' : 'µg';
  const make = (
    code: DecisionCode,
    step: number,
    reasons: string[],
    respondingDose: number | null,
    used: Assessment[],
  ) => ({
    decision: {
      implant: code === 'responded',
      code,
      reasons,
      decidingStep: step,
      doseGivenUg: doseUpTo(step),
      respondingDose,
    },
    assessmentsUsed: used,
  });
  const rule = describeRule(criteria.efficacy, protocol.measure);
  if (baselineRecorded <= 0) {
    return make(
      'invalid-baseline',
      0,
      ['The baseline score is already at the floor of the scale: nothing to improve.'],
      null,
      [],
    );
  }
  const used: Assessment[] = [];
  for (let step = 0; step < protocol.steps.length; step++) {
    const dose = stepDose(protocol.steps[step]);
    const ofStep = assessments.filter((a) => a.step === step).sort((a, b) => a.tHours - b.tHours);
    let responded = false;
    for (const a of ofStep) {
      used.push(a);
      if (a.sideEffect >= criteria.intolerableSideEffect) {
        return make(
          'intolerable-side-effects',
          step,
          [
            `Intolerable side effects at ${dose} ${unit} (intensity ${a.sideEffect.toFixed(2)} at ${a.tHours.toFixed(2)} h).`,
            'A pump is not implanted when the trial dose is not tolerated.',
          ],
          null,
          used,
        );
      }
      if (a.kind === 'efficacy' && meetsEfficacy(criteria.efficacy, baselineRecorded, a.score))
        responded = true;
    }
    if (responded) {
      // The whole step's assessments were read (side effects at later exams of the same step still count).
      const best = Math.max(...ofStep.filter((a) => a.kind === 'efficacy').map((a) => a.improvementPct));
      return make(
        'responded',
        step,
        [
          `Responded at ${dose} ${unit}: ${rule} (best ${best.toFixed(0)} %).`,
          'Side effects were tolerable, so the criterion for an implant is met.',
        ],
        dose,
        used,
      );
    }
  }
  const last = protocol.steps.length - 1;
  return make(
    'no-response-at-max-dose',
    last,
    [
      `No response up to ${stepDose(protocol.steps[last])} ${unit}: the criterion (${rule}) was not met at any step.`,
      'Without a response in the trial, a pump is not implanted.',
    ],
    null,
    used,
  );
}
