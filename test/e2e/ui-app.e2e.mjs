// The built teaching app in Chromium: first run already animating, every view clicked through with axe and a
// screenshot, 360 px layout, reduced motion, print, share link round trip, broken link, JSON and CSV export.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { VIEWS, axeViolations, shot, timeText } from './ui-helpers.mjs';

test('first run: both pumps side by side, animated, with the education-not-dosing sentence', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.goto(baseUrl);
  await page.getByText('for learning, not for dosing').waitFor();
  await page.locator('itp-pump-compare .side').first().locator('.num').first().waitFor({ timeout: 15000 });
  assert.equal(await page.locator('itp-pump-compare .side h3').count(), 2);
  const t1 = await timeText(page, 'itp-pump-compare');
  await page.waitForTimeout(800);
  const t2 = await timeText(page, 'itp-pump-compare');
  assert.notEqual(t1, t2, 'the default scenario plays by itself');
  await page.screenshot({ path: shot(resultsDir, 'app-first-run.png'), fullPage: true });
});

test('every view: renders, zero axe violations, screenshot', async ({ page, baseUrl, resultsDir }) => {
  await page.goto(baseUrl);
  for (const [label, tag, id] of VIEWS) {
    await page.locator('itp-app nav').getByRole('button', { name: label, exact: true }).click();
    await page.locator(tag).first().waitFor();
    await page.locator(`${tag} h2`).first().waitFor();
    await page.waitForTimeout(1200);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${id}: ${v.join('\n')}`);
    await page.screenshot({ path: shot(resultsDir, `app-view-${id}.png`), fullPage: true });
  }
});

test('a 360 px phone: no horizontal scrolling on any view', async ({ page, baseUrl, resultsDir }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(baseUrl);
  for (const [label, tag, id] of VIEWS) {
    await page.locator('itp-app nav').getByRole('button', { name: label, exact: true }).click();
    await page.locator(`${tag} h2`).first().waitFor();
    await page.waitForTimeout(800);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    if (id === 'compare' || id === 'spine')
      await page.screenshot({ path: shot(resultsDir, `app-360-${id}.png`), fullPage: true });
    assert.ok(overflow <= 362, `${id}: page is ${overflow} px wide at 360 px`);
  }
});

test('prefers-reduced-motion: nothing plays by itself; Play still works', async ({ page, baseUrl }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(baseUrl);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  const t1 = await timeText(page, 'itp-pump-compare');
  await page.waitForTimeout(700);
  assert.equal(await timeText(page, 'itp-pump-compare'), t1);
  await page.locator('itp-pump-compare .time-controls').getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(700);
  assert.notEqual(await timeText(page, 'itp-pump-compare'), t1);
});

test('print stylesheet hides navigation and controls', async ({ page, baseUrl, resultsDir }) => {
  await page.goto(baseUrl);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('itp-app nav').first().isVisible(), false);
  await page.screenshot({ path: shot(resultsDir, 'app-print.png'), fullPage: true });
});

test('share link round trip, broken link message, saved scenario, JSON and CSV export', async ({
  page,
  baseUrl,
}) => {
  await page.goto(baseUrl);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: 'Copy a link to this scenario' }).click();
  const link = await page.locator('itp-app input[readonly]').inputValue();
  assert.match(link, /[#&]scenario=/);
  await page.goto(link);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  assert.equal(await page.locator('itp-app .notice').count(), 0);
  await page.goto(`${baseUrl}#scenario=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
  await page.getByText('could not be used').waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'link text is never HTML');
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  await page.getByLabel('Name').fill('My run');
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await page.getByRole('button', { name: 'Load My run' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const d = await download;
  assert.match(d.suggestedFilename(), /\.json$/);
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const c = await csvDownload;
  assert.match(c.suggestedFilename(), /\.csv$/);
  const csv = await readFile(await c.path(), 'utf8');
  // The comparison exports both pumps, each column named by its run.
  assert.match(
    csv.split('\n')[0],
    /^programmable\.tHours,programmable\.tipVolumeUl,programmable\.tipDoseUg,/,
  );
  assert.match(csv.split('\n')[0], /,constant-rate\.tHours,/);
});
