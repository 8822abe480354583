/**
 * The two lesson events the learning-platform reports listen to, as <itp-lesson> emits them (issue 14). Their
 * detail types are the lesson's own, from the events every element sends (src/ui/base/events.ts, types only):
 * this folder does not depend on the lesson element's code.
 */
export const LESSON_ANSWERED = 'itp-lesson-answered';
export const LESSON_COMPLETED = 'itp-lesson-completed';

export type { LessonAnsweredDetail, LessonCompletedDetail } from '../base/events.js';
