// Helpers of the UI end-to-end tests (not a test file: the runner only loads *.e2e.mjs).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const axePath = require.resolve('axe-core/axe.min.js');

/** axe-core violations on the whole page (shadow DOM included), as readable strings. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/** Text of the time read-out of the first time-control group inside `host` (a CSS selector). */
export function timeText(page, host) {
  return page.locator(`${host} .time-controls output`).first().textContent();
}

export const shot = (resultsDir, name) => new URL(name, resultsDir).pathname;
