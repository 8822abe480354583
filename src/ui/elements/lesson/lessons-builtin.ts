/** The built-in lessons: each plan (lesson-plan.ts) joined, step by step, with its texts (strings-lessons.ts). */
import { LESSON_TEXTS } from '../../i18n/strings-lessons.js';
import { LESSON_PLANS } from './lesson-plan.js';
import type { LessonDefinition } from './lesson-types.js';

export function builtinLessons(): LessonDefinition[] {
  return LESSON_TEXTS.map((text) => {
    const plan = LESSON_PLANS.find((p) => p.id === text.id);
    if (!plan || plan.steps.length !== text.steps.length)
      throw new Error(`lesson ${text.id}: its plan must have one entry per step of its text`);
    return { ...text, steps: text.steps.map((s, i) => ({ ...s, observe: plan.steps[i] })) };
  });
}
