/**
 * The words of the app's install and update prompt (web/app-pwa.ts) and of the lesson page's report to a course
 * platform. Kept apart from strings.ts so that the offline and learning-platform work does not collide with edits
 * of the elements' strings.
 */
import { registerCatalogue } from './locale.js';

export const PWA_TEXT = {
  offlineReady: 'The simulator is now saved in this browser: it opens and simulates without a network.',
  needRefresh: 'A new version of the simulator is ready. Reload the page to use it.',
  reload: 'Reload now',
  later: 'Later',
  dismiss: 'OK',
};

/** The lesson page, when a course platform launched it (cmi5). */
export const LMS_TEXT = {
  launchFailed: (why: string) =>
    `Your course cannot be told about your progress in this lesson (${why}). The lesson itself works as usual.`,
  notRecorded: (why: string) => `Your course did not record your last step (${why}).`,
  recorded: 'Your course has recorded that you finished this lesson.',
  backToCourse: 'Back to the course',
};

/** The colour theme selector (<itp-theme-select>). */
export const THEME_TEXT = {
  label: 'Colours',
  options: { system: 'Like the system', light: 'Light', dark: 'Dark' },
};

/** The language selector (<itp-lang-select>); the language names themselves are not translated. */
export const LANG_TEXT = {
  label: 'Language',
  failed: 'That language could not be loaded (no network?). Try again when online.',
};

registerCatalogue('PWA_TEXT', PWA_TEXT);
registerCatalogue('LMS_TEXT', LMS_TEXT);
registerCatalogue('THEME_TEXT', THEME_TEXT);
registerCatalogue('LANG_TEXT', LANG_TEXT);
