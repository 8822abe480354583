/**
 * The two lesson events the learning-platform reports listen to, as <itp-lesson> emits them (issue 14). Their
 * detail shapes are repeated here, field for field, so that this folder does not depend on the lesson element's
 * code; when the lesson's own types are in src/ui/base/events.ts, these are the same shapes under the same names.
 */
export const LESSON_ANSWERED = 'itp-lesson-answered';
export const LESSON_COMPLETED = 'itp-lesson-completed';

/** A prediction question answered (each try, right or wrong). */
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

/** The learner reached the summary of a lesson. */
export interface LessonCompletedDetail {
  lesson: string;
  /** Questions whose first answer was right, of `total`; `scaled` = score / total (0–1, the xAPI form). */
  score: number;
  total: number;
  scaled: number;
}
