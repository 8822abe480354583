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

interface ItpEventMap {
  'itp-run-finished': ItpRunFinishedEvent;
  'itp-alarm': ItpAlarmEvent;
  'itp-run-failed': ItpRunFailedEvent;
  'itp-trial-result': ItpTrialResultEvent;
  'itp-scenario-change': ItpScenarioChangeEvent;
}

declare global {
  // The events bubble and are composed, so a host page can listen on an element or on the document.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ItpEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ItpEventMap {}
}

export function emit<K extends 'itp-run-finished' | 'itp-alarm' | 'itp-run-failed' | 'itp-scenario-change'>(
  target: EventTarget,
  name: K,
  detail: HTMLElementEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
