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

/** The Content-Security-Policy a strict host page sets for the embed (issue 6). */
export const STRICT_CSP = "script-src 'self' 'wasm-unsafe-eval'";

/**
 * Serves every response with the strict CSP and records requests to other origins (data: and blob: are local).
 * Returns the list the requests are collected in; the test asserts it is empty.
 */
export async function strictHost(page, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const foreign = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:') foreign.push(r.url());
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
    });
  });
  return foreign;
}

/** The app's views: nav button label, element tag, short id (screenshots). */
export const VIEWS = [
  ['Pump comparison', 'itp-pump-compare', 'compare'],
  ['Spine', 'itp-spine', 'spine'],
  ['Charts', 'itp-charts', 'charts'],
  ['Programming', 'itp-programming', 'programming'],
  ['Lifecycle', 'itp-lifecycle', 'lifecycle'],
  ['Troubleshooting', 'itp-troubleshoot', 'troubleshoot'],
  ['Route comparison', 'itp-route-compare', 'routes'],
  ['Lessons', 'itp-lesson', 'lessons'],
];
