/**
 * From what the engine computed (drug-effect fraction and side-effect intensity at each assessment time) to
 * a judged trial: recorded scores, the decision, the steps actually given and the long-term question.
 * Pure: the engines are wired in src/engine/trials/trial.ts.
 */
import {
  decide,
  improvementPct,
  latentScore,
  meetsEfficacy,
  recordScore,
  type Criteria,
} from './criteria.js';
import type { Assessment, TrialProtocol, TrialResult, VirtualPatient } from './types.js';

/** Engine output at the protocol's assessment times (same order as protocol.assessments). */
export interface EffectsAtAssessments {
  effectFraction: ArrayLike<number>;
  sideEffect: ArrayLike<number>;
}

const finite01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** The recorded assessments of the protocol's first `count` assessments (all by default), from the engine's output. */
function scoreAssessments(
  protocol: TrialProtocol,
  patient: VirtualPatient,
  effects: EffectsAtAssessments,
  count = protocol.assessments.length,
): Assessment[] {
  const baselineRecorded = recordScore(protocol.measure, patient.baselineSeverity);
  return protocol.assessments.slice(0, count).map((a, i) => {
    const e = finite01(effects.effectFraction[i]);
    const score = recordScore(
      protocol.measure,
      latentScore(patient, e, a.tHours >= (protocol.steps[0]?.tHours ?? 0)),
    );
    return {
      tHours: a.tHours,
      step: a.step,
      kind: a.kind,
      score,
      improvementPct: improvementPct(baselineRecorded, score),
      sideEffect: finite01(effects.sideEffect[i]),
    };
  });
}

/**
 * Is the trial decided by the end of `step`'s assessments (effects given for every assessment of steps 0 … step)?
 * True after a response, intolerable side effects or an invalid baseline, and at the last step. decide() reads the
 * steps in order and stops at the deciding one, so a decided patient's later steps (never given) cannot change it:
 * the cohort stops simulating them (src/engine/trials/trial.ts).
 */
export function decidedBy(
  protocol: TrialProtocol,
  criteria: Criteria,
  patient: VirtualPatient,
  effects: EffectsAtAssessments,
  step: number,
): boolean {
  if (step >= protocol.steps.length - 1) return true;
  const count = protocol.assessments.filter((a) => a.step <= step).length;
  const { decision } = decide(
    protocol,
    criteria,
    patient,
    scoreAssessments(protocol, patient, effects, count),
  );
  return decision.code !== 'no-response-at-max-dose';
}

export function evaluateTrial(
  protocol: TrialProtocol,
  criteria: Criteria,
  patient: VirtualPatient,
  effects: EffectsAtAssessments,
  /** Drug-effect fraction at steady state on the chronic maintenance dose (0–1). */
  longTermEffectFraction: number,
): TrialResult {
  const baselineRecorded = recordScore(protocol.measure, patient.baselineSeverity);
  const assessments = scoreAssessments(protocol, patient, effects);
  const { decision, assessmentsUsed } = decide(protocol, criteria, patient, assessments);
  const efficacy = assessmentsUsed.filter((a) => a.kind === 'efficacy');
  // Long term: chronic therapy without the trial's expectation effect (placebo fades, an estimate: docs/trials.md).
  const ltScore = recordScore(
    protocol.measure,
    latentScore(patient, finite01(longTermEffectFraction), false),
  );
  return {
    protocolId: protocol.id,
    patient,
    stepsGiven: protocol.steps.slice(0, decision.decidingStep + 1),
    assessments: assessmentsUsed,
    bestImprovementPct: efficacy.length ? Math.max(...efficacy.map((a) => a.improvementPct)) : 0,
    peakSideEffect: assessmentsUsed.length ? Math.max(...assessmentsUsed.map((a) => a.sideEffect)) : 0,
    decision,
    longTerm: {
      benefit: meetsEfficacy(criteria.efficacy, baselineRecorded, ltScore),
      improvementPct: improvementPct(baselineRecorded, ltScore),
    },
  };
}
