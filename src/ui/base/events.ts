/**
 * Typed, prefixed events of the itp- elements (Shoelace habit: custom only, kebab-case, namespaced). All bubble
 * and are composed so that a host page can listen on any ancestor.
 */
import type { SimEvent, SimResult } from '../../model/result.js';
import type { ScenarioIssue } from '../../model/scenario/errors.js';
import type { CohortResult } from '../../model/trials/cohort.js';
import type { ScenarioInput } from '../../model/scenario/schema.js';

export interface RunFinishedDetail {
  result: SimResult;
  /** Which run of the view finished (a view may run several scenarios, e.g. 'programmable'). */
  run: string;
}
export interface AlarmDetail {
  event: SimEvent;
  run: string;
}
export interface RunFailedDetail {
  /** Plain-language reason. */
  message: string;
  /** Validation issues with field paths (empty when the failure was not a validation error). */
  issues: ScenarioIssue[];
  run: string;
}

export type ItpRunFailedEvent = CustomEvent<RunFailedDetail>;
export type ItpRunFinishedEvent = CustomEvent<RunFinishedDetail>;
export type ItpAlarmEvent = CustomEvent<AlarmDetail>;
/** <itp-trial>, after each cohort run. */
export interface TrialResultDetail {
  result: CohortResult;
}
export type ItpTrialResultEvent = CustomEvent<TrialResultDetail>;
/** A view's scenario changed by the learner (a control, the tip, a program), after its run succeeded. */
export interface ScenarioChangeDetail {
  scenario: ScenarioInput;
}
export type ItpScenarioChangeEvent = CustomEvent<ScenarioChangeDetail>;

/** <itp-lesson>, when the learner answers a prediction question (each try, right or wrong). */
export interface LessonAnsweredDetail {
  /** Lesson id (e.g. 'fever-and-flight'). */
  lesson: string;
  /** Step index, from 0. */
  step: number;
  /** The question as shown. */
  question: string;
  /** Index of the chosen answer, from 0, and its text as shown. */
  choice: number;
  answer: string;
  correct: boolean;
  /** True for the first answer given to this question (the one the score counts). */
  first: boolean;
}
/** <itp-lesson>, when the learner reaches the summary of a lesson. */
export interface LessonCompletedDetail {
  lesson: string;
  /** Questions whose first answer was right, of `total`; `scaled` = score / total (0–1, the xAPI form). */
  score: number;
  total: number;
  scaled: number;
}
/** <itp-lesson>, when the shown lesson or step changes (for a host that keeps them in its address). */
export interface LessonStepDetail {
  lesson: string;
  /** Step index from 0; equal to the number of steps on the summary. */
  step: number;
  steps: number;
}
export type ItpLessonAnsweredEvent = CustomEvent<LessonAnsweredDetail>;
export type ItpLessonCompletedEvent = CustomEvent<LessonCompletedDetail>;
export type ItpLessonStepEvent = CustomEvent<LessonStepDetail>;
/** <itp-case>, for each answer the learner checks (an LMS can record the learner's path). */
export interface CaseAnswerDetail {
  caseId: string;
  /** Question id (src/model/cases), or 'implant-decision' for the decision after the trial. */
  question: string;
  /** Option id chosen ('implant' / 'no-implant' for the implant decision). */
  answer: string;
  /** The answer is one the case teaches. */
  best: boolean;
}
export type ItpCaseAnswerEvent = CustomEvent<CaseAnswerDetail>;

interface ItpEventMap {
  'itp-run-finished': ItpRunFinishedEvent;
  'itp-alarm': ItpAlarmEvent;
  'itp-run-failed': ItpRunFailedEvent;
  'itp-trial-result': ItpTrialResultEvent;
  'itp-scenario-change': ItpScenarioChangeEvent;
  'itp-lesson-answered': ItpLessonAnsweredEvent;
  'itp-lesson-completed': ItpLessonCompletedEvent;
  'itp-lesson-step': ItpLessonStepEvent;
  'itp-case-answer': ItpCaseAnswerEvent;
}

declare global {
  // The events bubble and are composed, so a host page can listen on an element or on the document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ItpEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ItpEventMap {}
}

export function emit<
  K extends
    | 'itp-run-finished'
    | 'itp-alarm'
    | 'itp-run-failed'
    | 'itp-scenario-change'
    | 'itp-lesson-answered'
    | 'itp-lesson-completed'
    | 'itp-lesson-step',
>(target: EventTarget, name: K, detail: HTMLElementEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
