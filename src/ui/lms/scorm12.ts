/**
 * SCORM 1.2 run-time reporting of one lesson (an SCO), for platforms that import SCORM 1.2 packages rather than
 * cmi5 (scripts/lms-package.mjs writes both). The platform offers its API as an object named `API` on one of
 * the windows above the lesson (SCORM 1.2 run-time environment, section 3.3: search the parent chain, then the opener's). The lesson:
 *   1. LMSInitialize(""); a first attempt's status "not attempted" becomes "incomplete"; LMSCommit("");
 *   2. at the summary: cmi.core.score.raw/min/max from the completed lesson, and cmi.core.lesson_status
 *      "passed" or "failed" against the platform's mastery score (cmi.student_data.mastery_score), else
 *      "completed"; LMSCommit("");
 *   3. LMSFinish("") when the page is hidden or closed; nothing after it.
 * In review or browse mode (cmi.core.lesson_mode) nothing that changes the learner's standing is written.
 */
import type { LessonCompletedDetail } from './lesson-events.js';
import { scoreOf } from './statements.js';

/** The SCORM 1.2 API functions the lesson calls (values are strings, results "true"/"false"). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** How many windows up the search goes before giving up (as the ADL sample's findAPI). */
const MAX_PARENTS = 7;

const isApi = (v: unknown): v is Scorm12Api =>
  typeof v === 'object' && v !== null && typeof (v as Scorm12Api).LMSInitialize === 'function';

function apiAbove(win: Window): Scorm12Api | null {
  let w: Window = win;
  for (let i = 0; i <= MAX_PARENTS; i++) {
    try {
      const api = (w as unknown as { API?: unknown }).API;
      if (isApi(api)) return api;
    } catch {
      return null; // a window of another origin: the search cannot go on
    }
    if (w.parent === w) return null;
    w = w.parent;
  }
  return null;
}

/** The platform's SCORM 1.2 API above `win` (its parents, then its opener's), or null outside SCORM. */
export function findScormApi(win: Window): Scorm12Api | null {
  const here = apiAbove(win);
  if (here) return here;
  const opener = win.opener as Window | null;
  return opener ? apiAbove(opener) : null;
}

/** One SCORM 1.2 attempt of one lesson. Methods never throw; a call the platform refuses goes to `onError`. */
export class Scorm12Session {
  private finished = false;
  private readonly record: boolean;

  private constructor(
    private readonly api: Scorm12Api,
    private readonly onError: (e: Error) => void,
  ) {
    this.record = !/^(browse|review)$/.test(this.get('cmi.core.lesson_mode'));
  }

  /** Initialises the attempt; null when the platform refuses LMSInitialize. */
  static start(api: Scorm12Api, opts: { onError: (e: Error) => void }): Scorm12Session | null {
    if (String(api.LMSInitialize('')) !== 'true') {
      opts.onError(new Error(`the course platform refused to start (error ${api.LMSGetLastError()})`));
      return null;
    }
    const s = new Scorm12Session(api, opts.onError);
    if (s.record && /^(not attempted|)$/.test(s.get('cmi.core.lesson_status'))) {
      s.set('cmi.core.lesson_status', 'incomplete');
      s.call('LMSCommit');
    }
    return s;
  }

  /** The lesson's summary: its score and whether the learner passed, completed or failed. */
  complete(d: LessonCompletedDetail): void {
    if (this.finished || !this.record) return;
    const score = scoreOf(d);
    if (score) {
      this.set('cmi.core.score.min', String(score.min));
      this.set('cmi.core.score.max', String(score.max));
      this.set('cmi.core.score.raw', String(score.raw));
    }
    const mastery = Number.parseFloat(this.get('cmi.student_data.mastery_score'));
    // SCORM 1.2 scores are 0–100 against the mastery score: the lesson's share of right first answers.
    const status =
      score && Number.isFinite(mastery)
        ? (100 * score.raw) / score.max >= mastery
          ? 'passed'
          : 'failed'
        : 'completed';
    this.set('cmi.core.lesson_status', status);
    this.call('LMSCommit');
  }

  /** Ends the attempt (once). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.call('LMSFinish');
  }

  private get(element: string): string {
    try {
      return String(this.api.LMSGetValue(element) ?? '');
    } catch {
      return '';
    }
  }

  private set(element: string, value: string): void {
    this.check(() => this.api.LMSSetValue(element, value), `${element}`);
  }

  private call(fn: 'LMSCommit' | 'LMSFinish'): void {
    this.check(() => this.api[fn](''), fn);
  }

  private check(run: () => string, what: string): void {
    try {
      if (String(run()) !== 'true')
        this.onError(
          new Error(`the course platform did not accept ${what} (error ${this.api.LMSGetLastError()})`),
        );
    } catch (e) {
      this.onError(e instanceof Error ? e : new Error(String(e)));
    }
  }
}
