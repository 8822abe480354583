/**
 * The words of the lesson element itself (buttons, headings, feedback, instructor panel, worksheet); the
 * lessons' own texts are in strings-lessons.ts. Loaded with the lesson chunk only.
 */
import { registerCatalogue } from './locale.js';

export const LESSON_UI = {
  lessons: 'Lessons',
  lessonsDone: (done: number, total: number) => `${done} of ${total} done`,
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  steps: 'Steps',
  summaryStep: 'Summary',
  predict: 'Predict',
  check: 'Check my answer',
  pickFirst: 'Choose an answer first.',
  right: 'Right.',
  notQuite: 'Not quite.',
  tryOthers: 'You can choose another answer to read its feedback; your first answer is the one counted.',
  observe: 'Observe',
  theStory: 'The story',
  lookAt: 'What to look at',
  explain: 'Explain',
  hiddenUntilAnswered: 'The simulation appears once you have answered.',
  previous: 'Previous',
  next: 'Next',
  toSummary: 'Summary',
  summary: 'Summary',
  score: (right: number, total: number) =>
    `You predicted ${right} of ${total} ${total === 1 ? 'question' : 'questions'} right on the first try.`,
  reviewAgain: 'Review the steps',
  restart: 'Start this lesson again',
  previousLesson: (title: string) => `Previous lesson: ${title}`,
  nextLesson: (title: string) => `Next lesson: ${title}`,
  done: 'done',
  doneScore: (right: number, total: number) => `done, ${right} of ${total} right`,
  inProgress: 'started',
  scenario: 'Scenario',
  moreEvents: (n: number) => `…and ${n} more.`,
  progressUnreadable:
    'Your saved lesson progress could not be read; it was kept aside unchanged and this lesson starts fresh.',
  progressStuck:
    'Your saved lesson progress could not be read and there is no room to keep a copy; progress is not saved until it is cleared.',
  progressUnavailable: 'This browser does not let the page save progress; it lasts until the page is closed.',
  // Instructor mode
  teacher: 'For the teacher',
  teacherNotes: 'Teacher notes',
  answers: 'Answers',
  lock: 'Lock the controls (learners only watch the stories)',
  locked: 'The teacher has fixed the settings of this lesson.',
  linkHeading: 'Link to this lesson',
  linkStart: 'Start at',
  linkPaused: 'Start with the animation paused',
  linkLocked: 'With the controls locked',
  linkStory: 'Story',
  linkStoryDefault: 'Each step’s own story',
  link: 'Link',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Copying is blocked here; select the link and copy it.',
  print: 'Print a worksheet',
  printAnswers: 'Print the answer sheet',
  answerSheet: (title: string) => `Answer sheet: ${title}`,
  worksheetAnswer: 'Answer:',
  // Worksheet
  worksheet: (title: string) => `Worksheet: ${title}`,
  worksheetName: 'Name',
  worksheetDate: 'Date',
  worksheetPredict: 'Your prediction (tick one):',
  worksheetWhy: 'Why do you think so?',
  worksheetObserved: 'What did the simulation show?',
  worksheetExplain: 'Explain what you saw in your own words:',
  worksheetFooter: 'An educational simulation of intrathecal drug pumps — for learning, not for dosing.',
} as const;

registerCatalogue('LESSON_UI', LESSON_UI);
