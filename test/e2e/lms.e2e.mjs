// Learning platforms (issue 15), on the built app. (1) The lesson page in a cross-origin iframe posts its height
// and xAPI-shaped statements to the framing page's origin, and to nobody else. (2) A package of `npm run build:lms`
// (built here from dist/app), unzipped and served like a platform would, launched with cmi5 parameters against a
// fake platform + learning record store: token, launch data, initialized … completed, passed, terminated.
// The answers and the completion are the lesson's own events (itp-lesson-answered / -completed); they are
// dispatched on <itp-lesson> here, as the lesson element emits them, so this test covers the reporting only.
/* global CustomEvent, setTimeout -- page.evaluate runs in the page; setTimeout in Node */
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { serveFolder } from './serve-folder.mjs';
import { lessonsForPackages } from '../../scripts/build-lms.mjs';
import { lessonPackage } from '../../scripts/lms-package.mjs';
import { axeViolations, shot } from './ui-helpers.mjs';

/**
 * The course site: a real server on another port of this machine, so another origin (a routed public host framing
 * 127.0.0.1 would be blocked by Chromium's private network rules). Serves one page framing `lessonUrl` that
 * collects every message it receives, with its origin.
 */
async function courseSite(lessonUrl) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><title>Course</title><h1>Course</h1>
      <script>window.got = []; addEventListener('message', (e) => got.push({ origin: e.origin, data: e.data }));</script>
      <iframe title="Lesson" src="${lessonUrl}" style="width: 700px; height: 400px"></iframe>`);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  openSites.push(server);
  return { url: `http://127.0.0.1:${server.address().port}` };
}
const openSites = [];
test.afterEach(() => openSites.splice(0).forEach((s) => s.close()));
const ANSWER = {
  lesson: 'mri',
  step: 0,
  question: 'What does the scanner do to the motor?',
  choice: 1,
  answer: 'It stops it',
  correct: true,
  first: true,
};
const DONE = { lesson: 'mri', score: 2, total: 3, scaled: 2 / 3 };

/** Dispatches a lesson event on <itp-lesson> inside `frame` (a Page or a Frame). */
const lessonEvent = (frame, name, detail) =>
  frame.evaluate(
    ([n, d]) =>
      document
        .querySelector('itp-lesson')
        .dispatchEvent(new CustomEvent(n, { detail: d, bubbles: true, composed: true })),
    [name, detail],
  );

/** Opens the course page framing the lesson; returns the lesson's frame once the lesson shows. */
async function coursePage(page, site) {
  await page.goto(`${site.url}/course.html`);
  await page.frameLocator('iframe').locator('itp-lesson h2').first().waitFor({ timeout: 15000 });
  return page.frames().find((f) => f.url().includes('lesson.html'));
}

const messages = (page) => page.evaluate(() => window.got);
const statements = async (page) =>
  (await messages(page)).filter((m) => m.data.type === 'itp:statement').map((m) => m.data.statement);

test('lesson in an iframe: resize and statements to the framing origin only', async ({ page, baseUrl }) => {
  // The course's origin is only known once its server listens: the lesson's address is set after that.
  let lessonUrl = '';
  const site = await courseSite({ toString: () => lessonUrl });
  lessonUrl = new URL(`lesson.html?lesson=mri&parent-origin=${encodeURIComponent(site.url)}`, baseUrl).href;
  const frame = await coursePage(page, site);
  const ours = new URL(baseUrl).origin;
  // The first height is posted at once (a short "Loading" page), then again as the lesson renders.
  await page.waitForFunction(() =>
    window.got.some((m) => m.data.type === 'itp:resize' && m.data.height > 300),
  );
  const sizes = (await messages(page)).filter((m) => m.data.type === 'itp:resize');
  assert.ok(sizes.every((m) => m.origin === ours && Number.isInteger(m.data.height) && m.data.height > 0));
  assert.ok(
    sizes.every((m, i) => i === 0 || m.data.height !== sizes[i - 1].data.height),
    'only changes are posted',
  );
  const first = sizes.at(-1);
  // The page grows: a new height is posted, equal to the document's.
  await frame.evaluate(() => {
    const p = document.createElement('p');
    p.style.height = '500px';
    document.getElementById('lesson').append(p);
  });
  await page.waitForFunction(
    (h) => window.got.some((m) => m.data.type === 'itp:resize' && m.data.height >= h + 500),
    first.data.height,
  );
  const docHeight = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  const last = (await messages(page)).filter((m) => m.data.type === 'itp:resize').at(-1);
  assert.equal(last.data.height, docHeight);

  await lessonEvent(frame, 'itp-lesson-answered', ANSWER);
  await lessonEvent(frame, 'itp-lesson-completed', DONE);
  await page.waitForFunction(() => window.got.some((m) => m.data.statement?.verb.id.endsWith('/completed')));
  const [attempted, answered, completed] = await statements(page);
  const lessonIri = 'https://intrathecal-pump-sim.github.io/activities/lessons/mri';
  assert.equal(attempted.verb.id, 'http://adlnet.gov/expapi/verbs/attempted');
  assert.equal(attempted.object.id, lessonIri);
  assert.equal(attempted.object.definition.name['en-US'], 'MRI and your pump');
  assert.equal(answered.verb.id, 'http://adlnet.gov/expapi/verbs/answered');
  assert.deepEqual(answered.result, { response: 'It stops it', success: true });
  assert.equal(answered.object.id, `${lessonIri}/steps/0`);
  assert.equal(completed.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
  assert.deepEqual(completed.result.score, { raw: 2, min: 0, max: 3, scaled: 2 / 3 });
  assert.equal(completed.result.completion, true);
  assert.ok((await messages(page)).every((m) => m.origin === ours));
});

test('lesson in an iframe whose parent-origin is another site: nothing reaches the framing page', async ({
  page,
  baseUrl,
}) => {
  const site = await courseSite(
    new URL('lesson.html?lesson=mri&parent-origin=https://elsewhere.test', baseUrl).href,
  );
  const frame = await coursePage(page, site);
  await lessonEvent(frame, 'itp-lesson-completed', DONE);
  await page.waitForTimeout(1000);
  assert.deepEqual(await messages(page), []);
});

test('lesson in an iframe without parent-origin: messages go to the page that framed it (its referrer)', async ({
  page,
  baseUrl,
}) => {
  const site = await courseSite(new URL('lesson.html?lesson=battery', baseUrl).href);
  await coursePage(page, site);
  await page.waitForFunction(() => window.got.some((m) => m.data.statement?.verb.id.endsWith('/attempted')));
  assert.ok((await messages(page)).some((m) => m.data.type === 'itp:resize'));
});

/** Unzips `zip` into a new folder and serves it; returns the URL and a cleanup. */
async function servePackage(zip) {
  const dir = await mkdtemp(join(tmpdir(), 'itp-cmi5-'));
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    await mkdir(join(dir, dirname(name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
  }
  const server = await serveFolder(dir, 4195);
  return { url: server.url, done: async () => (await server.stop(), rm(dir, { recursive: true })) };
}

/** A platform's token endpoint and LRS on other origins (with the CORS answers a real one gives). */
async function fakePlatform(page, launchData) {
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  };
  const log = [];
  let tokens = 0;
  await page.route('http://lrs.test/**', async (route) => {
    const r = route.request();
    if (r.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    const h = await r.allHeaders();
    log.push({
      method: r.method(),
      url: r.url(),
      auth: h.authorization,
      version: h['x-experience-api-version'],
      body: r.postDataJSON?.() ?? null,
    });
    const json = (o, status = 200) =>
      route.fulfill({
        status,
        headers: { ...cors, 'Content-Type': 'application/json' },
        body: JSON.stringify(o),
      });
    if (r.url() === 'http://lrs.test/fetch/once') return json(tokens++ ? {} : { 'auth-token': 'c2VjcmV0' });
    if (h.authorization !== 'Basic c2VjcmV0') return json({}, 401);
    if (r.url().startsWith('http://lrs.test/xapi/activities/state')) return json(launchData);
    if (r.url() === 'http://lrs.test/xapi/statements') return json([r.postDataJSON().id]);
    return json({}, 404);
  });
  return log;
}

test('a cmi5 package: manifest points at the lesson page; launch sequence against a fake LRS', async ({
  page,
  resultsDir,
}) => {
  const { lessons, activityBase } = await lessonsForPackages();
  const mri = lessons.find((l) => l.id === 'mri');
  const dist = new URL('../../dist/app/', import.meta.url).pathname;
  const pkg = await servePackage(lessonPackage(dist, mri, activityBase));
  try {
    const log = await fakePlatform(page, {
      contextTemplate: {
        contextActivities: { grouping: [{ id: `${activityBase}mri` }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
      },
      launchMode: 'Normal',
      masteryScore: 0.6,
      returnURL: 'http://lms.test/course/7',
    });
    const actor = { objectType: 'Agent', account: { homePage: 'http://lms.test', name: 'l-1' } };
    const launch = new URL('lesson.html?lesson=mri', pkg.url); // the AU url of cmi5.xml, as the LMS launches it
    for (const [k, v] of Object.entries({
      endpoint: 'http://lrs.test/xapi/',
      fetch: 'http://lrs.test/fetch/once',
      actor: JSON.stringify(actor),
      registration: '0f8b1c4e-2a6d-4e59-8d2f-5b7a9c3e1d20',
      activityId: 'http://lms.test/au/mri-1',
    }))
      launch.searchParams.set(k, v);
    await page.goto(launch.href);
    await page.locator('itp-lesson h2').first().waitFor({ timeout: 15000 });
    const verbs = () =>
      log.filter((r) => r.url.endsWith('/statements')).map((r) => r.body.verb.display['en-US']);
    await assert.doesNotReject(() => waitUntil(() => verbs().includes('initialized')));
    await lessonEvent(page, 'itp-lesson-answered', ANSWER);
    await lessonEvent(page, 'itp-lesson-completed', DONE);
    await waitUntil(() => verbs().includes('terminated'));
    assert.deepEqual(verbs(), ['initialized', 'answered', 'completed', 'passed', 'terminated']);
    assert.equal(log[0].method, 'POST');
    assert.equal(log[0].url, 'http://lrs.test/fetch/once');
    for (const r of log.slice(1)) {
      assert.equal(r.auth, 'Basic c2VjcmV0');
      assert.equal(r.version, '1.0.3');
    }
    const sts = log.filter((r) => r.url.endsWith('/statements')).map((r) => r.body);
    for (const s of sts) {
      assert.deepEqual(s.actor, actor);
      assert.equal(s.context.registration, '0f8b1c4e-2a6d-4e59-8d2f-5b7a9c3e1d20');
    }
    assert.equal(sts[3].result.success, true);
    assert.equal(sts[3].result.score.scaled, 2 / 3);
    await page.getByText('Your course has recorded that you finished this lesson.').waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Back to the course' }).getAttribute('href'),
      'http://lms.test/course/7',
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: shot(resultsDir, 'lms-cmi5-done.png'), fullPage: true });
  } finally {
    await pkg.done();
  }
});

test('a cmi5 launch the platform refuses: a plain message, and the lesson still runs', async ({
  page,
  baseUrl,
  consoleErrors,
}) => {
  await page.route('http://lrs.test/**', (route) =>
    route.fulfill({ status: 500, headers: { 'Access-Control-Allow-Origin': '*' }, body: 'down' }),
  );
  const u = new URL('lesson.html?lesson=fever-and-flight', baseUrl);
  for (const [k, v] of Object.entries({
    endpoint: 'http://lrs.test/xapi/',
    fetch: 'http://lrs.test/fetch/once',
    actor: '{"account":{"homePage":"http://lms.test","name":"x"}}',
    registration: 'r',
    activityId: 'http://lms.test/au/1',
  }))
    u.searchParams.set(k, v);
  await page.goto(u.href);
  await page
    .getByText(
      'Your course cannot be told about your progress in this lesson (the platform refused the launch token (HTTP 500))',
    )
    .waitFor({ timeout: 15000 });
  // The lesson shows its story once the step's question is answered (predict before observe).
  await page.locator('itp-lesson form.predict input[type="radio"]').first().check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await page.locator('itp-lesson itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
  // The browser logs the refused request itself; nothing else may be logged.
  assert.deepEqual(consoleErrors.splice(0), [
    'Failed to load resource: the server responded with a status of 500 (Internal Server Error)',
  ]);
});

async function waitUntil(ok, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
