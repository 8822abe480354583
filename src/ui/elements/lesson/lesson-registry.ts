/**
 * The lessons <itp-lesson> can show, in order: the built-in ones, then those added with `registerLesson`, the
 * extension point for lessons that are not built in (call it before the element renders, e.g. from a module
 * that lesson.define.ts imports — from a function it calls, not a bare top-level statement: the package is
 * marked side-effect free except *.define files, so the bundler may drop a module's bare statements).
 * A definition is checked when it is registered, so a broken lesson fails loudly in development instead of
 * showing a question without a right answer to a learner.
 */
import { PICTURES, type LessonDefinition } from './lesson-types.js';
import { builtinLessons } from './lessons-builtin.js';

let registered: LessonDefinition[] | null = null;

/** The list, with the built-in lessons checked and added on first use. */
function all(): LessonDefinition[] {
  if (!registered) {
    registered = [];
    for (const def of builtinLessons()) add(registered, def);
  }
  return registered;
}

function add(list: LessonDefinition[], def: LessonDefinition): void {
  const problem = lessonProblem(def);
  if (problem) throw new Error(`registerLesson: ${problem}`);
  const i = list.findIndex((l) => l.id === def.id);
  if (i >= 0) list[i] = def;
  else list.push(def);
}

/** Why `def` cannot be shown, or null when it can. */
export function lessonProblem(def: LessonDefinition): string | null {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(def.id))
    return `lesson id “${def.id}” must be lower-case words joined by -`;
  if (!def.title.trim()) return `lesson ${def.id}: the title is empty`;
  if (!def.steps.length) return `lesson ${def.id}: no steps`;
  for (const [i, s] of def.steps.entries()) {
    const at = `lesson ${def.id}, step ${i + 1}`;
    if (s.choices.length < 2) return `${at}: a question needs at least 2 choices`;
    if (!s.choices.some((c) => c.correct)) return `${at}: no choice is marked correct`;
    if (s.choices.some((c) => !c.text.trim() || !c.feedback.trim()))
      return `${at}: every choice needs a text and its feedback`;
    if (!s.observe.stories.length) return `${at}: no story to observe`;
    const own = s.observe.stories.filter((x) => typeof x !== 'string');
    if (own.length && (s.observe.view === 'compare' || s.observe.view === 'trial'))
      return `${at}: the ${s.observe.view} view takes preset ids, not own scenarios`;
    if (own.some((x) => !x.id || !x.title.trim() || typeof x.scenario !== 'object'))
      return `${at}: an own story needs an id, a title and a scenario`;
    const pics = s.observe.pictures ?? [];
    if (s.observe.view === 'pictures' && (pics.length < 1 || pics.length > 2))
      return `${at}: a pictures step shows one or two pictures`;
    const unknown = pics.find((p) => !(PICTURES as readonly string[]).includes(p));
    if (unknown) return `${at}: unknown picture “${unknown}”`;
  }
  return null;
}

/** Adds a lesson at the end of the list (or replaces the one with the same id, in place). */
export function registerLesson(def: LessonDefinition): void {
  add(all(), def);
}

export function lessonList(): readonly LessonDefinition[] {
  return all();
}

export function findLesson(id: string): LessonDefinition | undefined {
  return all().find((l) => l.id === id);
}
