/**
 * The words of the app's install and update prompt (web/app-pwa.ts) and of the lesson page's report to a course
 * platform. Kept apart from strings.ts so that the offline and learning-platform work does not collide with edits
 * of the elements' strings.
 */
export const PWA_TEXT = {
  offlineReady: 'The simulator is now saved in this browser: it opens and simulates without a network.',
  needRefresh: 'A new version of the simulator is ready. Reload the page to use it.',
  reload: 'Reload now',
  later: 'Later',
  dismiss: 'OK',
};
