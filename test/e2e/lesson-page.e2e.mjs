// web/lesson.html?lesson=<id>: one lesson per page for course sites that only allow iframes. Under the embed
// demo's strict CSP and without cross-origin isolation; every lesson axe-clean with a screenshot (the stories
// are looked at there: MRI, missed refill, pocket fill, bridge bolus, fever and flight); a hostile or missing
// id gives a message and the lesson list, never a blank page and never HTML from the address; in an iframe.
/* global crossOriginIsolated -- these run inside the page (page.evaluate) */
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { axeViolations, shot, strictHost } from './ui-helpers.mjs';

const LESSONS = [
  'why-intrathecal',
  'constant-vs-programmable',
  'fever-and-flight',
  'dead-space',
  'mri',
  'refills-alarms-pocket',
  'battery',
  'screening-trial',
  'tolerance-withdrawal',
];
/** Extra scenario buttons inside a lesson whose story gets its own screenshot. */
const STORIES = [
  ['refills-alarms-pocket', 'A pocket fill', 'pocket-fill'],
  ['dead-space', 'with a bridge bolus', 'bridge-bolus'],
  ['mri', 'first-generation accumulator', 'mri-accumulator'],
  ['tolerance-withdrawal', 'opioid-naive patient', 'morphine-naive-start'],
];

const lessonUrl = (baseUrl, query) => new URL(`lesson.html${query}`, baseUrl).href;

/** Waits until the lesson's hosted view has a heading and (for simulating views) a finished run. */
async function lessonReady(page) {
  await page.locator('itp-lesson h2').first().waitFor({ timeout: 15000 });
  await page.waitForFunction(
    () => {
      const l = document.querySelector('itp-lesson');
      const text = l?.shadowRoot?.textContent ?? '';
      const inner = [...(l?.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.shadowRoot);
      return text.length > 0 && inner.every((e) => !/Simulating…/.test(e.shadowRoot.textContent));
    },
    null,
    { timeout: 20000 },
  );
  await page.waitForTimeout(800);
}

test('lesson page under a strict CSP, not cross-origin isolated, no foreign requests, 360 px', async ({
  page,
  baseUrl,
  resultsDir,
  consoleErrors,
}) => {
  const foreign = await strictHost(page, baseUrl);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(lessonUrl(baseUrl, '?lesson=fever-and-flight'));
  await page.locator('itp-lesson itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  assert.deepEqual(foreign, []);
  assert.deepEqual(
    consoleErrors.filter((m) => /Content.Security.Policy/i.test(m)),
    [],
  );
  // Exactly one lesson and nothing else: no app navigation, no lesson list, no share panel.
  assert.equal(await page.locator('itp-lesson').count(), 1);
  assert.equal(await page.locator('itp-app').count(), 0);
  assert.match(await page.title(), /Fever and flying/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 362, `page is ${width} px wide at 360 px`);
  await page.screenshot({ path: shot(resultsDir, 'lesson-page-360-csp.png'), fullPage: true });
});

test('every lesson on its own page: zero axe violations, screenshot', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  for (const id of LESSONS) {
    await page.goto(lessonUrl(baseUrl, `?lesson=${id}`));
    await lessonReady(page);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${id}: ${v.join('\n')}`);
    await page.screenshot({ path: shot(resultsDir, `lesson-${id}.png`), fullPage: true });
  }
  for (const [id, button, name] of STORIES) {
    await page.goto(lessonUrl(baseUrl, `?lesson=${id}`));
    await lessonReady(page);
    await page.locator('itp-lesson [role="group"] button').filter({ hasText: button }).click();
    await page.waitForTimeout(300);
    await lessonReady(page);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${name}: ${v.join('\n')}`);
    await page.screenshot({ path: shot(resultsDir, `lesson-story-${name}.png`), fullPage: true });
  }
});

test('unknown, hostile or missing lesson id: message and the lesson list, never HTML from the address', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.goto(lessonUrl(baseUrl, '?lesson=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'));
  await page.getByText('There is no lesson called').waitFor();
  assert.equal(await page.locator('img').count(), 0, 'the id is never HTML');
  assert.match(await page.locator('[role="alert"]').textContent(), /“<img src=x onerror=alert\(1\)>”/);
  const links = page.locator('main ul a');
  assert.equal(await links.count(), LESSONS.length);
  assert.deepEqual(await page.locator('itp-lesson').count(), 0);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], v.join('\n'));
  await page.screenshot({ path: shot(resultsDir, 'lesson-page-unknown.png'), fullPage: true });
  // A link from the list opens that lesson.
  await links.filter({ hasText: 'MRI and your pump' }).click();
  await page.locator('itp-lesson h2').first().waitFor({ timeout: 15000 });
  assert.match(page.url(), /lesson=mri$/);
  await page.goto(lessonUrl(baseUrl, ''));
  await page.getByText('This page shows one lesson').waitFor();
  assert.equal(await links.count(), LESSONS.length);
});

test('the lesson page inside an iframe of another page (the LMS snippet), starting paused', async ({
  page,
  baseUrl,
}) => {
  const src = lessonUrl(baseUrl, '?lesson=constant-vs-programmable&paused');
  await page.setContent(
    `<!doctype html><title>Course</title><main><iframe title="Pump lesson" src="${src}" width="800" height="900"></iframe></main>`,
  );
  const frame = page.frameLocator('iframe');
  await frame.locator('itp-lesson itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  const t1 = await frame.locator('itp-pump-compare .time-controls output').first().textContent();
  await page.waitForTimeout(700);
  const t2 = await frame.locator('itp-pump-compare .time-controls output').first().textContent();
  assert.equal(t1, t2, 'paused in the address starts the lesson paused');
});
