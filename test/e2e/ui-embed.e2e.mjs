// web/embed.html as a training site would host it: under a strict CSP (script-src 'self' 'wasm-unsafe-eval'),
// without cross-origin isolation, only same-origin requests, typed events received by the host page.
/* global crossOriginIsolated, getComputedStyle, location -- these run inside the page (page.evaluate) */
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { shot, strictHost } from './ui-helpers.mjs';

test('embed demo works under a strict CSP, not cross-origin isolated, no foreign requests', async ({
  page,
  baseUrl,
  resultsDir,
  consoleErrors,
}) => {
  const foreign = await strictHost(page, baseUrl);
  await page.goto(new URL('embed.html', baseUrl).href);
  await page.locator('#log li').first().waitFor({ timeout: 15000 });
  // The lesson shows its comparison once its question is answered; the host page hears the answer.
  await page.locator('itp-lesson .predict label.choice').first().click();
  await page.locator('itp-lesson .predict button[type="submit"]').click();
  await page.locator('itp-lesson itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  await page
    .locator('#log li')
    .filter({ hasText: 'itp-lesson-answered (fever-and-flight, step 1): right' })
    .waitFor();
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  const log = await page.locator('#log').textContent();
  assert.match(log, /itp-run-finished \(spine\)/);
  assert.match(log, /itp-run-finished \(programmable\)/);
  assert.deepEqual(foreign, []);
  const csp = consoleErrors.filter((m) => /Content.Security.Policy/i.test(m));
  assert.deepEqual(csp, []);
  // Theming reached the shadow DOM through the custom property.
  const accent = await page
    .locator('itp-lesson itp-pump-compare .time-controls button')
    .first()
    .evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(accent, 'rgb(107, 44, 145)');
  await page.screenshot({ path: shot(resultsDir, 'embed-csp.png'), fullPage: true });
});

test('loading the element script twice does not throw', async ({ page, baseUrl }) => {
  await page.goto(new URL('embed.html', baseUrl).href);
  await page.locator('#log li').first().waitFor({ timeout: 15000 });
  const src = await page.locator('script[type="module"]').first().getAttribute('src');
  await page.evaluate(async (s) => {
    await import(`${new URL(s, location.href).href}?again`);
  }, src);
  await page.waitForTimeout(300);
});
