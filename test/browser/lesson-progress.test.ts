// Lesson progress in localStorage: kept across loads, repaired field by field, never lost when unreadable (kept
// aside, or left in place and not overwritten when no copy fits), and the lesson registry's checks.
import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  lessonProgress,
  loadProgress,
  saveLessonProgress,
} from '../../src/ui/elements/lesson/lesson-progress.js';
import { lessonList, lessonProblem, registerLesson } from '../../src/ui/elements/lesson/lesson-registry.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { LESSON_TEXTS } from '../../src/ui/i18n/strings-lessons.js';
import type { LessonDefinition } from '../../src/ui/elements/lesson/lesson-types.js';

class MemoryStorage implements Storage {
  data = new Map<string, string>();
  /** Writes fail with a quota error once the store holds this many keys. */
  constructor(private maxKeys = Infinity) {}
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (!this.data.has(k) && this.data.size >= this.maxKeys)
      throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
}

describe('lesson progress store', () => {
  it('round-trips one lesson and keeps the others', () => {
    const ls = new MemoryStorage();
    expect(saveLessonProgress('mri', { step: 1, first: [0, null], last: [2, null] }, ls)).toBe(true);
    expect(
      saveLessonProgress(
        'battery',
        { step: 1, first: [1], last: [1], completed: { score: 1, total: 1 } },
        ls,
      ),
    ).toBe(true);
    const s = loadProgress(ls);
    expect(s.problem).toBeNull();
    expect(s.lessons.mri).toEqual({ step: 1, first: [0, null], last: [2, null] });
    expect(s.lessons.battery.completed).toEqual({ score: 1, total: 1 });
  });

  it('repairs bad fields without dropping the rest', () => {
    const ls = new MemoryStorage();
    ls.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        lessons: {
          mri: { step: -3, first: [1, 'x', 2.5, null], last: 'nope', completed: { score: 5, total: 2 } },
          battery: 7,
        },
      }),
    );
    const s = loadProgress(ls);
    expect(s.problem).toBeNull();
    expect(s.lessons).toEqual({ mri: { step: 0, first: [1, null, null, null], last: [] } });
    // Sized to the lesson: missing answers are null, a step past the end is the summary.
    expect(lessonProgress({ ...s, lessons: { mri: { step: 9, first: [1], last: [] } } }, 'mri', 2)).toEqual({
      step: 2,
      first: [1, null],
      last: [null, null],
    });
  });

  it('an unreadable store is kept aside unchanged before a fresh one starts', () => {
    const ls = new MemoryStorage();
    ls.setItem(PROGRESS_KEY, 'not json {');
    const s = loadProgress(ls, new Date('2026-01-02T03:04:05Z'));
    expect(s.problem).toBe('unreadable');
    expect(s.writable).toBe(true);
    expect(ls.getItem(`${PROGRESS_KEY}:unreadable:2026-01-02T03:04:05.000Z`)).toBe('not json {');
    expect(ls.getItem(PROGRESS_KEY)).toBeNull();
    // An unknown version counts as unreadable too (a newer app's data is not ours to overwrite).
    ls.setItem(PROGRESS_KEY, '{"version":2,"lessons":{}}');
    expect(loadProgress(ls).problem).toBe('unreadable');
  });

  it('when no copy fits, the unreadable store stays where it is and is never overwritten', () => {
    const ls = new MemoryStorage(1);
    ls.setItem(PROGRESS_KEY, '{broken');
    const s = loadProgress(ls);
    expect(s).toMatchObject({ writable: false, problem: 'stuck' });
    expect(saveLessonProgress('mri', { step: 1, first: [0], last: [0] }, ls)).toBe(false);
    expect(ls.getItem(PROGRESS_KEY)).toBe('{broken');
  });

  it('no storage (blocked): nothing is saved, nothing throws', () => {
    expect(loadProgress(null)).toMatchObject({ writable: false, problem: 'unavailable' });
    expect(saveLessonProgress('mri', { step: 0, first: [], last: [] }, null)).toBe(false);
  });
});

describe('lesson registry', () => {
  const base = (): LessonDefinition => structuredClone(lessonList().find((l) => l.id === 'battery')!);

  it('every built-in lesson has a question with a right answer per step and ends with a summary', () => {
    // Every built-in lesson is registered, in the order of its texts.
    expect(
      lessonList()
        .slice(0, LESSON_TEXTS.length)
        .map((l) => l.id),
    ).toEqual(LESSON_TEXTS.map((t) => t.id));
    for (const l of lessonList()) {
      expect(lessonProblem(l), l.id).toBeNull();
      expect(l.summary.length, l.id).toBeGreaterThan(0);
      expect(l.teacherNotes.length, l.id).toBeGreaterThan(0);
      for (const s of l.steps)
        expect(
          s.choices.some((c) => !c.correct),
          l.id,
        ).toBe(true);
    }
  });

  it('refuses a lesson that cannot be shown, with the reason', () => {
    const noRight = base();
    noRight.steps[0].choices.forEach((c) => delete c.correct);
    expect(() => registerLesson({ ...noRight, id: 'x-case' })).toThrow(/step 1: no choice is marked correct/);
    const many = base();
    many.steps[0].observe = {
      view: 'pictures',
      stories: ['battery-end-of-service'],
      pictures: ['dose', 'tip', 'events'],
    };
    expect(lessonProblem(many)).toMatch(/one or two pictures/);
    expect(lessonProblem({ ...base(), id: 'Bad Id' })).toMatch(/lower-case/);
    const own = base();
    own.steps[0].observe = {
      view: 'compare',
      stories: [
        { id: 'own', title: 'Own', description: 'An own scenario', scenario: presetScenario('pocket-fill') },
      ],
    };
    expect(lessonProblem(own)).toMatch(/the compare view takes preset ids/);
    expect(lessonList().some((l) => l.id === 'x-case')).toBe(false);
  });

  it('registers a new lesson at the end, and replaces one with the same id in place', () => {
    const n = lessonList().length;
    registerLesson({ ...base(), id: 'patient-case-test', title: 'A case' });
    expect(lessonList().length).toBe(n + 1);
    registerLesson({ ...base(), id: 'patient-case-test', title: 'The case' });
    expect(lessonList().length).toBe(n + 1);
    expect(lessonList()[n].title).toBe('The case');
  });
});
