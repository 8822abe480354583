// The trial view on the built app: run a cohort, open a patient from the histogram, screenshot both.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';

test('trial cohort and drill-down', async ({ page, baseUrl, resultsDir }) => {
  await page.goto(baseUrl);
  await page.locator('itp-app').waitFor();
  // <itp-trial> is a lazy chunk: not defined until one appears in the page (src/elements-lazy.ts).
  assert.equal(await page.evaluate(() => window.customElements.get('itp-trial') === undefined), true);
  await page.evaluate(() => {
    const el = document.createElement('itp-trial');
    el.id = 'e2e-trial';
    el.setAttribute('cohort', '200');
    el.setAttribute('seed', '1');
    document.body.prepend(el);
  });
  await page.waitForFunction(() => window.customElements.get('itp-trial') !== undefined);
  const trial = page.locator('#e2e-trial');
  await trial.getByRole('button', { name: 'Run cohort' }).click();
  const ours = trial.locator('[data-key="ours"]');
  await ours.waitFor({ timeout: 30000 });
  assert.match(await ours.textContent(), /of 200/);
  await page.screenshot({ path: new URL('trial-cohort.png', resultsDir).pathname, fullPage: true });
  await trial.locator('rect.bar[tabindex="0"]').first().click();
  const heading = trial.locator('#patient-heading');
  await heading.waitFor({ timeout: 15000 });
  assert.match(await heading.textContent(), /Virtual patient #\d+/);
  assert.match(await trial.locator('[data-key="decision"]').textContent(), /Decision: (Implant|No implant)/);
  await page.screenshot({ path: new URL('trial-patient.png', resultsDir).pathname, fullPage: true });
});
