// web/lesson.html?lesson=<id>: one lesson per page for course sites that only allow iframes. Under the embed
// demo's strict CSP and without cross-origin isolation. Every lesson walked step by step at desktop and phone
// width: the question first (no result), a wrong and a right answer with their feedback, the result, axe clean,
// no sideways scrolling at 360 px, a screenshot of each state, next and the summary; progress kept after a
// reload; instructor mode, the worksheet and its print; a hostile or missing id gives a message and the lesson
// list, never a blank page and never HTML from the address; in an iframe.
/* global crossOriginIsolated, setTimeout -- these run inside the page (page.evaluate) */
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { axeViolations, shot, strictHost } from './ui-helpers.mjs';

const LESSONS = [
  ['why-intrathecal', 2],
  ['constant-vs-programmable', 2],
  ['fever-and-flight', 2],
  ['dead-space', 2],
  ['mri', 2],
  ['refills-alarms-pocket', 2],
  ['battery', 1],
  ['screening-trial', 1],
  ['tolerance-withdrawal', 3],
];

const lessonUrl = (baseUrl, query) => new URL(`lesson.html${query}`, baseUrl).href;

/** Waits until the lesson's hosted view (if any) has no run in progress. */
async function lessonReady(page, root = page) {
  await root.locator('itp-lesson h2').first().waitFor({ timeout: 15000 });
  await root.locator('itp-lesson').evaluate(
    (l) =>
      new Promise((resolve, reject) => {
        const t0 = Date.now();
        const busy = () =>
          [...(l.shadowRoot?.querySelectorAll('*') ?? [])]
            .filter((e) => e.shadowRoot)
            .some((e) => /Simulating…/.test(e.shadowRoot.textContent));
        const tick = () => {
          if (!busy()) resolve(null);
          else if (Date.now() - t0 > 30000) reject(new Error('still simulating after 30 s'));
          else setTimeout(tick, 100);
        };
        tick();
      }),
  );
  await page.waitForTimeout(600);
}

/** Checks choice `k`; returns the feedback's class ('right' or 'wrong'). */
async function check(page, k) {
  await page.locator('itp-lesson .predict label.choice').nth(k).click();
  await page.locator('itp-lesson .predict button[type="submit"]').click();
  const fb = page.locator('itp-lesson .feedback');
  await fb.locator('p').first().waitFor();
  return (await fb.getAttribute('class')).includes('right') ? 'right' : 'wrong';
}

/** The step's Next (or, on the last step, Summary) button. */
const nextButton = (page) => page.locator('itp-lesson .step .pager button.primary');

const pageWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const [width, tag] of [
  [1280, 'desktop'],
  [360, 'phone'],
]) {
  test(`every lesson walked at ${width} px: question, wrong and right feedback, result, summary`, async ({
    page,
    baseUrl,
    resultsDir,
  }) => {
    test.setTimeout(240000);
    await page.setViewportSize({ width, height: 900 });
    for (const [id, steps] of LESSONS) {
      await page.goto(lessonUrl(baseUrl, `?lesson=${id}`));
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      for (let s = 1; s <= steps; s++) {
        await page.locator('itp-lesson .step-heading').getByText(`Step ${s} of ${steps}`).waitFor();
        // Predict first: no result on screen, Next disabled.
        assert.equal(
          await page.locator('itp-lesson .observe').count(),
          0,
          `${id} ${s}: result before answer`,
        );
        assert.equal(await nextButton(page).isDisabled(), true);
        if (s === 1)
          await page.screenshot({
            path: shot(resultsDir, `lesson-${tag}-${id}-s${s}-question.png`),
            fullPage: true,
          });
        // Try the choices in order until both a wrong and a right answer have been seen (feedback for each).
        const seen = new Set();
        const n = await page.locator('itp-lesson .predict label.choice').count();
        for (let k = 0; k < n && seen.size < 2; k++) {
          const got = await check(page, k);
          assert.match(
            await page.locator('itp-lesson .feedback').textContent(),
            got === 'right' ? /Right\./ : /Not quite\./,
          );
          if (!seen.has(got) && s === 1 && width === 1280)
            await page.screenshot({ path: shot(resultsDir, `lesson-${tag}-${id}-s${s}-${got}.png`) });
          seen.add(got);
        }
        assert.deepEqual([...seen].sort(), ['right', 'wrong'], `${id} step ${s}: a right and a wrong answer`);
        await page.locator('itp-lesson .observe').waitFor();
        await lessonReady(page);
        if (width === 1280) {
          const v = await axeViolations(page);
          assert.deepEqual(v, [], `${id} step ${s}: ${v.join('\n')}`);
        }
        const w = await pageWidth(page);
        assert.ok(w <= width + 2, `${id} step ${s}: page is ${w} px wide at ${width} px`);
        await page.screenshot({
          path: shot(resultsDir, `lesson-${tag}-${id}-s${s}-result.png`),
          fullPage: true,
        });
        await nextButton(page).click();
      }
      await page.locator('itp-lesson .summary').waitFor();
      assert.match(await page.locator('itp-lesson .score').textContent(), /You predicted \d of \d/);
      await page.screenshot({ path: shot(resultsDir, `lesson-${tag}-${id}-summary.png`), fullPage: true });
    }
  });
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
  await check(page, 0);
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
  assert.equal(await page.locator('itp-lesson .lesson-list').count(), 0);
  assert.match(await page.title(), /Fever and flying/);
  const width = await pageWidth(page);
  assert.ok(width <= 362, `page is ${width} px wide at 360 px`);
  await page.screenshot({ path: shot(resultsDir, 'lesson-page-360-csp.png'), fullPage: true });
});

test('progress is kept after a reload: the step, the answers, the score', async ({ page, baseUrl }) => {
  await page.goto(lessonUrl(baseUrl, '?lesson=battery'));
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  let k = 0;
  while ((await check(page, k)) !== 'right') k++;
  await nextButton(page).click();
  await page.locator('itp-lesson .score').waitFor();
  const score = await page.locator('itp-lesson .score').textContent();
  await page.reload();
  await page.locator('itp-lesson .score').waitFor();
  assert.equal(await page.locator('itp-lesson .score').textContent(), score);
  // Corrupt saved data: kept aside unchanged, the lesson says so and starts fresh.
  await page.evaluate(() => window.localStorage.setItem('itp-sim:lesson-progress', '{"version":1,'));
  await page.reload();
  await page.getByText('it was kept aside unchanged').waitFor();
  const kept = await page.evaluate(() =>
    Object.keys(window.localStorage)
      .filter((key) => key.startsWith('itp-sim:lesson-progress:unreadable:'))
      .map((key) => window.localStorage.getItem(key)),
  );
  assert.deepEqual(kept, ['{"version":1,']);
  // From the summary to the next lesson: the address and the title follow.
  await check(page, 0);
  await nextButton(page).click();
  await page.getByRole('button', { name: 'Next lesson: The screening trial' }).click();
  await page.locator('itp-lesson .step-heading').getByText('Step 1 of 1').waitFor();
  assert.match(page.url(), /\?lesson=screening-trial$/);
  assert.match(await page.title(), /The screening trial/);
});

test('the app’s Lessons view: the list with progress beside the lesson; a select on a phone', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.goto(baseUrl);
  await page.evaluate(() => window.localStorage.clear());
  await page.locator('itp-app nav').getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.locator('itp-lesson .lesson-list').waitFor();
  await page.locator('itp-lesson .lesson-list button').filter({ hasText: 'Battery and replacement' }).click();
  await page.locator('itp-lesson h2').filter({ hasText: 'Battery and replacement' }).waitFor();
  await check(page, 0);
  await nextButton(page).click();
  await page
    .locator('itp-lesson .lesson-list button')
    .filter({ hasText: /Battery and replacement \(done, \d of 1 right\)/ })
    .waitFor();
  assert.equal(await page.locator('itp-lesson .done-count').textContent(), '1 of 9 done');
  // Another view and back: the same lesson, at its summary.
  await page.locator('itp-app nav').getByRole('button', { name: 'Spine', exact: true }).click();
  await page.locator('itp-app nav').getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.locator('itp-lesson .summary').waitFor();
  await page.screenshot({ path: shot(resultsDir, 'lesson-app-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.locator('itp-lesson .lesson-list select').selectOption('mri');
  await page.locator('itp-lesson .step-heading').getByText('Step 1 of 2').waitFor();
  assert.equal(await page.locator('itp-lesson .lesson-list ol').isVisible(), false);
  const w = await pageWidth(page);
  assert.ok(w <= 362, `page is ${w} px wide at 360 px`);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], v.join('\n'));
  await page.screenshot({ path: shot(resultsDir, 'lesson-app-phone.png'), fullPage: true });
});

test('instructor mode: notes, answers, link with settings, worksheet and its print', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.goto(lessonUrl(baseUrl, '?lesson=mri&instructor'));
  await page.locator('itp-lesson .instructor').waitFor();
  const v = await axeViolations(page);
  assert.deepEqual(v, [], v.join('\n'));
  await page.locator('itp-lesson .link-form select[name="start"]').selectOption('2');
  await page.locator('itp-lesson .link-form input[name="locked"]').check();
  const href = await page.locator('itp-lesson .link a').getAttribute('href');
  assert.match(href, /lesson\.html\?lesson=mri&step=2&locked$/);
  await page.screenshot({ path: shot(resultsDir, 'lesson-instructor.png'), fullPage: true });
  // The link opens step 2 with no story choice for the learner and no teacher panel.
  await page.goto(href);
  await page.locator('itp-lesson .step-heading').getByText('Step 2 of 2').waitFor();
  assert.equal(await page.locator('itp-lesson .instructor').count(), 0);
  await check(page, 0);
  await page.locator('itp-lesson .observe').waitFor();
  assert.equal(await page.locator('itp-lesson .stories').count(), 0);
  // Print a worksheet: the print shows the worksheet, not the live lesson.
  await page.goto(lessonUrl(baseUrl, '?lesson=mri&instructor'));
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'Print a worksheet' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.locator('itp-lesson .worksheet').waitFor();
  assert.equal(await page.locator('itp-lesson .live').isVisible(), false);
  await page.screenshot({ path: shot(resultsDir, 'lesson-worksheet-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(lessonUrl(baseUrl, '?lesson=dead-space&worksheet'));
  await page.locator('itp-lesson .worksheet').waitFor();
  assert.ok((await pageWidth(page)) <= 362);
  await page.screenshot({ path: shot(resultsDir, 'lesson-worksheet-360.png'), fullPage: true });
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
  await frame.locator('itp-lesson .predict label.choice').first().click();
  await frame.locator('itp-lesson .predict button[type="submit"]').click();
  await frame.locator('itp-lesson itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  const t1 = await frame.locator('itp-pump-compare .time-controls output').first().textContent();
  await page.waitForTimeout(700);
  const t2 = await frame.locator('itp-pump-compare .time-controls output').first().textContent();
  assert.equal(t1, t2, 'paused in the address starts the lesson paused');
});
