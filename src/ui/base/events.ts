/**
 * Typed, prefixed events of the itp- elements (Shoelace habit: custom only, kebab-case, namespaced). All bubble
 * and are composed so that a host page can listen on any ancestor.
 */
import type { SimEvent, SimResult } from '../../model/result.js';
import type { ScenarioIssue } from '../../model/scenario/errors.js';
import type { CohortResult } from '../../model/trials/cohort.js';

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
  'itp-case-answer': ItpCaseAnswerEvent;
}

declare global {
  // The events bubble and are composed, so a host page can listen on an element or on the document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ItpEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ItpEventMap {}
}

export function emit<K extends 'itp-run-finished' | 'itp-alarm' | 'itp-run-failed'>(
  target: EventTarget,
  name: K,
  detail: HTMLElementEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
