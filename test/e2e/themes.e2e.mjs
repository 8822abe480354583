// Themes (issue 15) on the built app: dark (following prefers-color-scheme, and chosen with the selector,
// remembered), Windows high contrast (forced-colors) — every view axe-clean with a screenshot in each — and the
// embed: elements follow the host page's color-scheme, so a host that says nothing stays light.
/* global getComputedStyle -- these run inside the page (page.evaluate) */
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { VIEWS, axeViolations, shot } from './ui-helpers.mjs';

/** Background colour of the app's first nav button and the page's, as computed (rgb strings). */
const colours = (page) =>
  page.evaluate(() => {
    const app = document.querySelector('itp-app');
    // A button that is not the current view's (that one has the accent colour).
    const button = app.shadowRoot.querySelector('nav button:not([aria-pressed="true"]):not([aria-current])');
    return {
      page: getComputedStyle(document.documentElement).backgroundColor,
      button: getComputedStyle(button).backgroundColor,
      text: getComputedStyle(button).color,
    };
  });
const luminance = (rgb) => {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)
    .slice(0, 3)
    .map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

async function everyView(page, resultsDir, name) {
  for (const [label, tag, id] of VIEWS) {
    await page.locator('itp-app nav').getByRole('button', { name: label, exact: true }).click();
    await page.locator(`${tag} h2`).first().waitFor();
    await page.waitForTimeout(1200);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${name} ${id}: ${v.join('\n')}`);
    await page.screenshot({ path: shot(resultsDir, `theme-${name}-${id}.png`), fullPage: true });
  }
}

test('dark (system setting): every view dark, axe-clean, screenshot', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(baseUrl);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  const c = await colours(page);
  assert.ok(luminance(c.page) < 0.1, `page background ${c.page}`);
  assert.ok(luminance(c.text) > 0.8, `button text ${c.text}`);
  await everyView(page, resultsDir, 'dark');
});

test('forced colours (Windows high contrast): every view axe-clean, screenshot', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(baseUrl);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  await everyView(page, resultsDir, 'forced');
  // A pressed button keeps a visible state: the system highlight, not the page colour.
  const pressed = await page.evaluate(() => {
    const b = document
      .querySelector('itp-app')
      .shadowRoot.querySelector('nav button[aria-current="page"], nav button[aria-pressed="true"]');
    return b ? getComputedStyle(b).forcedColorAdjust : null;
  });
  assert.ok(pressed === null || pressed === 'none');
});

test('the selector: dark on a light system, remembered after a reload, back to the system', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(baseUrl);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  assert.ok(luminance((await colours(page)).page) > 0.9);
  // A segmented choice (a radio group): the three themes side by side, chosen by a click or the arrow keys.
  const themeChoice = page.getByRole('radiogroup', { name: 'Colours' });
  const chosen = () => themeChoice.getByRole('radio', { checked: true }).textContent();
  await themeChoice.getByRole('radio', { name: 'Dark' }).click();
  assert.ok(luminance((await colours(page)).page) < 0.1);
  await page.reload();
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  assert.equal((await chosen()).trim(), 'Dark');
  assert.ok(luminance((await colours(page)).button) < 0.15, 'elements follow the chosen theme');
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: shot(resultsDir, 'theme-chosen-dark.png'), fullPage: true });
  // The lesson page (same site) uses the chosen theme too.
  await page.goto(new URL('lesson.html?lesson=mri', baseUrl).href);
  await page.locator('itp-lesson h2').first().waitFor({ timeout: 15000 });
  await page.waitForTimeout(1000);
  assert.ok(luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)) < 0.1);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: shot(resultsDir, 'theme-lesson-dark.png'), fullPage: true });
  await page.goto(baseUrl);
  await themeChoice.getByRole('radio', { name: 'Dark' }).focus();
  await page.keyboard.press('Home');
  assert.ok(luminance((await colours(page)).page) > 0.9);
  await page.reload();
  assert.equal((await chosen()).trim(), 'Like the system');
});

test('embedded elements follow the host page: light when it says nothing, dark when it asks', async ({
  page,
  baseUrl,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(new URL('embed.html', baseUrl).href);
  // The spine (the lesson above it shows its comparison only once its question is answered).
  const el = page.locator('itp-spine').first();
  await el.locator('h2').first().waitFor({ timeout: 15000 });
  const fg = () => el.evaluate((e) => getComputedStyle(e.shadowRoot.querySelector('h2') ?? e).color);
  assert.ok(luminance(await fg()) < 0.2, 'a host without color-scheme keeps the light theme');
  await page.evaluate(() => (document.documentElement.style.colorScheme = 'dark'));
  assert.ok(luminance(await fg()) > 0.8, 'a dark host gets dark elements');
});
