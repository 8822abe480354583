/**
 * xAPI-shaped statements about a lesson (xAPI 1.0.3: actor–verb–object, optional result). The iframe messages
 * carry them without an actor (the hosting platform knows its learner); the cmi5 session (cmi5.ts) adds the
 * actor and context it got at launch. Verbs are the ADL vocabulary's; activity ids are IRIs that name a lesson
 * and its steps — identifiers, never fetched.
 */
import type { LessonAnsweredDetail, LessonCompletedDetail } from './lesson-events.js';

export const VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VERBS;

/** Where a lesson's activity id starts when the platform gives none (outside cmi5). */
export const ACTIVITY_BASE = 'https://intrathecal-pump-sim.github.io/activities/lessons/';

export interface Score {
  raw: number;
  min: number;
  max: number;
  /** raw / max, 0–1. */
  scaled: number;
}
export interface Result {
  response?: string;
  success?: boolean;
  completion?: boolean;
  score?: Score;
  /** ISO 8601 duration, e.g. "PT95.3S". */
  duration?: string;
}
export interface Statement {
  verb: { id: string; display: { 'en-US': VerbName } };
  object: {
    objectType: 'Activity';
    id: string;
    definition?: { name?: { 'en-US': string }; description?: { 'en-US': string } };
  };
  result?: Result;
}

export const verb = (name: VerbName): Statement['verb'] => ({
  id: VERBS[name],
  display: { 'en-US': name },
});

/** The lesson's activity id: under `base` (the platform's id in cmi5, else ACTIVITY_BASE + id). */
export const lessonActivityId = (lesson: string, base?: string) =>
  base ?? `${ACTIVITY_BASE}${encodeURIComponent(lesson)}`;

/** One question of a lesson: the lesson's id with `/steps/<n>` (steps from 0, as the lesson counts them). */
export const stepActivityId = (lessonId: string, step: number) => `${lessonId}/steps/${step}`;

/** ISO 8601 duration of `ms` milliseconds (xAPI's form), to 0.1 s. */
export function isoDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 100) / 10);
  return `PT${s}S`;
}

export function attempted(lessonId: string, title: string): Statement {
  return {
    verb: verb('attempted'),
    object: { objectType: 'Activity', id: lessonId, definition: { name: { 'en-US': title } } },
  };
}

export function answered(lessonId: string, d: LessonAnsweredDetail): Statement {
  return {
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: stepActivityId(lessonId, d.step),
      definition: { description: { 'en-US': d.question } },
    },
    result: { response: d.answer, success: d.correct },
  };
}

/**
 * A clean score out of a completion detail: integers within 0…total, scaled recomputed (never NaN). None for a
 * lesson without questions (xAPI wants max > min).
 */
export function scoreOf(d: LessonCompletedDetail): Score | undefined {
  if (!Number.isFinite(d.total) || Math.round(d.total) < 1) return undefined;
  const max = Math.round(d.total);
  const raw = Number.isFinite(d.score) ? Math.min(Math.max(Math.round(d.score), 0), max) : 0;
  return { raw, min: 0, max, scaled: raw / max };
}

const withScore = (d: LessonCompletedDetail) => {
  const score = scoreOf(d);
  return score ? { score } : {};
};

export function completed(lessonId: string, d: LessonCompletedDetail, durationMs: number): Statement {
  return {
    verb: verb('completed'),
    object: { objectType: 'Activity', id: lessonId },
    result: { completion: true, ...withScore(d), duration: isoDuration(durationMs) },
  };
}
