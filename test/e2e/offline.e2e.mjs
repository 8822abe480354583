// Offline and installable (issue 15): the built app served from its own short-lived server (a copy of dist/app,
// so the test can change it and stop it). One visit installs the service worker; with the server STOPPED and the
// browser offline, a reload still opens the app and simulates, and so does a lesson page. A changed build is
// offered through the update prompt, never applied silently. The embed demo registers no service worker.
/* global navigator, fetch -- these run inside the page (page.evaluate) */
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from './serve-folder.mjs';
import { axeViolations, shot, timeText } from './ui-helpers.mjs';

const dist = new URL('../../dist/app/', import.meta.url).pathname;

/** Serves a fresh copy of dist/app; returns its URL, folder and a stop function. */
async function serveCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'itp-offline-'));
  await cp(dist, dir, { recursive: true });
  const server = await serveFolder(dir);
  return {
    url: server.url,
    dir,
    stop: server.stop,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Waits until the page is controlled by an activated service worker (the precache is complete then). */
const controlled = (page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
    timeout: 30000,
  });

/** The default comparison has produced numbers and is playing. */
async function simulates(page) {
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 20000 });
  const t1 = await timeText(page, 'itp-pump-compare');
  await page.waitForTimeout(800);
  assert.notEqual(await timeText(page, 'itp-pump-compare'), t1, 'the scenario plays');
}

test('after one visit the app reloads and simulates with the server stopped and the network off', async ({
  page,
  context,
  resultsDir,
}) => {
  const site = await serveCopy();
  try {
    await page.goto(site.url);
    await controlled(page);
    await page.getByText('it opens and simulates without a network').waitFor({ timeout: 15000 });
    assert.deepEqual(await axeViolations(page), [], 'the offline-ready banner is axe-clean');
    await simulates(page);
    const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    assert.equal(manifest.start_url, './');
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));

    await site.stop();
    await context.setOffline(true);
    await page.reload();
    await simulates(page);
    await page.screenshot({ path: shot(resultsDir, 'offline-app.png'), fullPage: true });
    await page.locator('itp-app nav').getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.locator('itp-lesson h2').first().waitFor({ timeout: 15000 });

    // A lesson page (with its query) and the lazily loaded trial view come from the precache too.
    await page.goto(new URL('lesson.html?lesson=screening-trial', site.url).href);
    await page.locator('itp-lesson h2').first().waitFor({ timeout: 15000 });
    // The trial story shows once the step's question is answered (predict before observe).
    await page.locator('itp-lesson form.predict input[type="radio"]').first().check();
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await page.locator('itp-lesson itp-trial').first().waitFor({ timeout: 15000 });
  } finally {
    await context.setOffline(false);
    await site.stop().catch(() => {});
    await site.remove();
  }
});

test('a new build is offered by the update prompt and applied only when asked', async ({ page }) => {
  // Installing the new worker took about 30 s in a loaded 2-core run (it checks every precached file).
  test.setTimeout(180_000);
  const site = await serveCopy();
  try {
    await page.goto(site.url);
    await controlled(page);
    const first = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
    await page.getByRole('button', { name: 'OK' }).click();
    // A new build: the service worker's file changes (as it does whenever any precached file changes).
    const sw = join(site.dir, 'sw.js');
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// build 2\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.getByText('A new version of the simulator is ready').waitFor({ timeout: 90000 });
    // Still the old worker in charge until the learner chooses.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), first);
    const waiting = await page.evaluate(
      async () => !!(await navigator.serviceWorker.getRegistration()).waiting,
    );
    assert.ok(waiting, 'the new worker waits');
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload now' }).click();
    await reloaded;
    await controlled(page);
    const after = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: !!r.waiting, active: r.active?.state };
    });
    assert.deepEqual(after, { waiting: false, active: 'activated' });
  } finally {
    await site.stop();
    await site.remove();
  }
});

test('the embed demo and the lesson page register no service worker', async ({ page, baseUrl }) => {
  for (const file of ['embed.html', 'lesson.html?lesson=mri']) {
    await page.goto(new URL(file, baseUrl).href);
    await page.locator('itp-pump-compare, itp-lesson').first().waitFor({ timeout: 15000 });
    await page.waitForTimeout(1500);
    const regs = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    assert.equal(regs, 0, `${file} registered a service worker`);
  }
});
