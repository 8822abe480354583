/**
 * A lesson as <itp-lesson> shows it: predict → observe → explain, step by step, then a summary. Built-in
 * lessons are assembled from their plan (lesson-plan.ts) and texts (strings-lessons.ts); other lessons (e.g.
 * patient cases) are registered with `registerLesson` (lesson-registry.ts) and need both in one object.
 */
import type { LessonStepText, LessonText } from '../../i18n/strings-lessons.js';

/** The focused pictures a 'pictures' step can show (at most two per step). */
export const PICTURES = [
  'dose',
  'tip',
  'reservoir',
  'battery',
  'plasma',
  'events',
  'delay',
  'sedation',
  'withdrawal',
] as const;
export type PictureId = (typeof PICTURES)[number];

/** What a step shows once its question is answered: a view of the app running one of `stories` (presets). */
export interface LessonObserve {
  view: 'compare' | 'routes' | 'lifecycle' | 'trial' | 'pictures';
  /** Preset ids; the first is shown, the others can be picked by the learner (unless the lesson is locked). */
  stories: string[];
  /** For 'compare': which pump the story is ('constant-preset', the default) or both ('preset'). */
  presetAttr?: 'preset' | 'constant-preset';
  /** Controls the learner may use in the view (space-separated, the view's `controls`); none when locked. */
  controls?: string;
  /** For 'pictures': one or two of PICTURES. */
  pictures?: PictureId[];
  /** For 'pictures': a preset whose daily dose (or sedation) is drawn beside the first story's (before/after), e.g.
   * the same refill without a bridge bolus. Only with the first story (another story is not its counterpart). */
  compareWith?: string;
}

export interface LessonStep extends LessonStepText {
  observe: LessonObserve;
}

export interface LessonDefinition extends Omit<LessonText, 'steps'> {
  steps: LessonStep[];
}
