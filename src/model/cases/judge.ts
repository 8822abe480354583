/**
 * Feedback on the learner's decisions: a chosen option against the case's teaching, and the implant decision
 * against the trial's own result (whatever the simulated patient did). Pure.
 */
import type { TrialDecision } from '../trials/types.js';
import type { CaseOption, CaseQuestion } from './types.js';

export interface Verdict {
  /** The chosen answer is one the case teaches. */
  best: boolean;
  feedback: string;
  /** The answers the case teaches, as labels (shown after a wrong answer). */
  bestLabels: string[];
}

/** Thrown for an option id the question does not have: names the question, the value and the allowed ids. */
export class UnknownOptionError extends Error {
  override readonly name = 'UnknownOptionError';
}

export function findOption(question: CaseQuestion, optionId: string): CaseOption {
  const option = question.options.find((o) => o.id === optionId);
  if (!option)
    throw new UnknownOptionError(
      `${question.id}: "${optionId}" is not an answer; allowed: ${question.options.map((o) => o.id).join(', ')}`,
    );
  return option;
}

export function judgeAnswer(question: CaseQuestion, optionId: string): Verdict {
  const option = findOption(question, optionId);
  return {
    best: option.best,
    feedback: option.feedback,
    bestLabels: question.options.filter((o) => o.best).map((o) => o.label),
  };
}

export type ImplantChoice = 'implant' | 'no-implant';

/** The trial's outcome as the decision needs it (a subset of TrialResult). */
export interface TrialOutcome {
  decision: Pick<TrialDecision, 'implant' | 'code'>;
  bestImprovementPct: number;
  peakSideEffect: number;
}

/** The implant decision's words, English (the CLI and the model's tests); the page passes its own language's. */
export const IMPLANT_WORDS = {
  met: (pct: number) => `The trial met its criterion: the best improvement was ${pct} %.`,
  sideEffects: (pct: number) =>
    `The trial did not meet its criterion: the side effects were too strong (best improvement ${pct} %).`,
  tooLittle: (pct: number) =>
    `The trial did not meet its criterion: the best improvement was ${pct} %, too little.`,
  rightImplant: (why: string) =>
    `${why} A permanent pump is implanted only after a successful trial [D21, D17], and this one succeeded.`,
  rightNoImplant: (why: string) =>
    `${why} So no pump: the team looks at other treatments and may reconsider later.`,
  wrongDecline: (why: string) =>
    `${why} Declining now withholds a therapy the patient has just shown to work; the team goes ahead with the implant.`,
  wrongImplant: (why: string) =>
    `${why} A pump implanted after a failed trial is unlikely to help and carries the risks of surgery [D21]; the team does not implant.`,
  implant: 'Implant the pump',
  noImplant: 'Do not implant',
};
export type ImplantWords = typeof IMPLANT_WORDS;

/**
 * The implant decision against the criterion the trial applied (≥ 50 % pain relief [D21] or a one-level drop
 * of the modified Ashworth score [D17], without intolerable side effects): right when it follows the result.
 */
export function judgeImplantDecision(
  outcome: TrialOutcome,
  choice: ImplantChoice,
  words: ImplantWords = IMPLANT_WORDS,
): Verdict {
  const met = outcome.decision.implant;
  const pct = Math.round(outcome.bestImprovementPct);
  const best = (choice === 'implant') === met;
  const why = met
    ? words.met(pct)
    : outcome.decision.code === 'intolerable-side-effects'
      ? words.sideEffects(pct)
      : words.tooLittle(pct);
  const feedback = best
    ? met
      ? words.rightImplant(why)
      : words.rightNoImplant(why)
    : met
      ? words.wrongDecline(why)
      : words.wrongImplant(why);
  return { best, feedback, bestLabels: [met ? words.implant : words.noImplant] };
}
