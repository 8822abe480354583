// The host page's own code in the embed demo: it listens to the elements' typed events (as an LMS would for
// analytics) and writes what it got as plain text — never as HTML.
// The itp- events' types (HTMLElementEventMap), as a host would import them from the package.
import type {} from '../src/ui/base/events.js';

const log = document.getElementById('log')!;

function add(text: string): void {
  const li = document.createElement('li');
  li.textContent = text;
  log.append(li);
  while (log.children.length > 12) log.firstElementChild!.remove();
}

document.addEventListener('itp-run-finished', (e) => {
  const { result, run } = e.detail;
  add(
    `itp-run-finished (${run}): ${result.scenarioName}, ${result.summary.deliveredDoseUg.toFixed(0)} µg delivered`,
  );
});
document.addEventListener('itp-alarm', (e) => add(`itp-alarm (${e.detail.run}): ${e.detail.event.message}`));
document.addEventListener('itp-run-failed', (e) =>
  add(`itp-run-failed (${e.detail.run}): ${e.detail.message}`),
);
document.addEventListener('itp-trial-result', () => add('itp-trial-result'));
document.addEventListener('itp-lesson-answered', (e) =>
  add(
    `itp-lesson-answered (${e.detail.lesson}, step ${e.detail.step + 1}): ${e.detail.correct ? 'right' : 'wrong'}`,
  ),
);
document.addEventListener('itp-lesson-completed', (e) =>
  add(`itp-lesson-completed (${e.detail.lesson}): ${e.detail.score} of ${e.detail.total}`),
);
