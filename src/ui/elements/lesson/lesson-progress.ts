/**
 * Progress through the lessons, in localStorage: per lesson the step reached, the first and the latest answer
 * of each step (the first is the one scored), and whether the summary was reached with which score.
 * Nothing saved is lost: an unreadable store is copied aside unchanged under a timestamped key before a fresh
 * one is started; if no copy can be made (storage full), the store is left as it is and nothing is written
 * (`writable` false) — progress then lasts for the page only. Entries that do not fit the shape are dropped
 * field by field on reading, never the whole store. Every function takes the Storage (tests inject faulty ones).
 */
export const PROGRESS_KEY = 'itp-sim:lesson-progress';
const VERSION = 1;

export interface LessonProgress {
  /** Step reached (index; equal to the number of steps on the summary). */
  step: number;
  /** First answer (choice index) per step, null where unanswered. */
  first: (number | null)[];
  /** Latest answer per step. */
  last: (number | null)[];
  /** Score when the summary was last reached. */
  completed?: { score: number; total: number };
}

export interface ProgressStore {
  lessons: Record<string, LessonProgress>;
  /** False when the saved store could not be read nor set aside: writing would destroy it. */
  writable: boolean;
  /** What went wrong on reading, for a one-line note: null when nothing did. */
  problem: 'unreadable' | 'stuck' | 'unavailable' | null;
}

const isIndex = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1000;
const answers = (v: unknown): (number | null)[] =>
  Array.isArray(v) ? v.slice(0, 1000).map((a) => (isIndex(a) ? a : null)) : [];

/** One lesson's entry, repaired field by field (null when it is not an object at all). */
function readEntry(v: unknown): LessonProgress | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const e = v as Record<string, unknown>;
  const out: LessonProgress = {
    step: isIndex(e.step) ? e.step : 0,
    first: answers(e.first),
    last: answers(e.last),
  };
  const c = e.completed as Record<string, unknown> | undefined;
  if (c && isIndex(c.score) && isIndex(c.total) && c.score <= c.total)
    out.completed = { score: c.score, total: c.total };
  return out;
}

export function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadProgress(ls: Storage | null = pageStorage(), now = new Date()): ProgressStore {
  if (!ls) return { lessons: {}, writable: false, problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = ls.getItem(PROGRESS_KEY);
  } catch {
    return { lessons: {}, writable: false, problem: 'unavailable' };
  }
  if (raw === null) return { lessons: {}, writable: true, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const p = parsed as { version?: unknown; lessons?: unknown } | undefined;
  if (p && p.version === VERSION && typeof p.lessons === 'object' && p.lessons !== null) {
    const lessons: Record<string, LessonProgress> = {};
    for (const [id, v] of Object.entries(p.lessons)) {
      const e = readEntry(v);
      if (e) lessons[id] = e;
    }
    return { lessons, writable: true, problem: null };
  }
  try {
    ls.setItem(`${PROGRESS_KEY}:unreadable:${now.toISOString()}`, raw);
    ls.removeItem(PROGRESS_KEY);
    return { lessons: {}, writable: true, problem: 'unreadable' };
  } catch {
    return { lessons: {}, writable: false, problem: 'stuck' };
  }
}

/**
 * Saves one lesson's entry into the store as it is now in storage (another tab's progress in other lessons is
 * kept); false when nothing was written (read-only store, blocked or full storage).
 */
export function saveLessonProgress(
  lesson: string,
  entry: LessonProgress,
  ls: Storage | null = pageStorage(),
): boolean {
  const store = loadProgress(ls);
  if (!ls || !store.writable) return false;
  store.lessons[lesson] = entry;
  try {
    ls.setItem(PROGRESS_KEY, JSON.stringify({ version: VERSION, lessons: store.lessons }));
    return true;
  } catch {
    return false;
  }
}

/** The entry of `lesson` (a fresh one when there is none), sized to `steps`. */
export function lessonProgress(store: ProgressStore, lesson: string, steps: number): LessonProgress {
  const e = store.lessons[lesson] ?? { step: 0, first: [], last: [] };
  const fit = (a: (number | null)[]) => Array.from({ length: steps }, (_, i) => a[i] ?? null);
  return { ...e, step: Math.min(e.step, steps), first: fit(e.first), last: fit(e.last) };
}
