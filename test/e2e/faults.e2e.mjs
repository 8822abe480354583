// Faults in the BUILT app (issue 17): the simulation worker is killed from outside as its first run starts —
// no error event reaches the page, as after an out-of-memory kill. The client's
// heartbeat must notice (default limit 10 s), the learner is told in plain words, the run is repeated on a fresh
// worker and the comparison appears; the page stays free of axe violations.
import { test } from './fixtures.mjs';
import assert from 'node:assert/strict';
import { axeViolations, shot } from './ui-helpers.mjs';

test('a worker killed mid-run: plain message, rerun on a fresh worker, results shown', async ({
  page,
  baseUrl,
  resultsDir,
}) => {
  await page.addInitScript(() => {
    // Terminate the worker right after the first run is posted to it (comlink's message names the method: the
    // run queue's runIfCheap, or run), so the kill always lands in the middle of a call, however fast the machine.
    const Real = window.Worker;
    let killed = false;
    window.Worker = class extends Real {
      postMessage(message, ...rest) {
        super.postMessage(message, ...rest);
        if (!killed && ['run', 'runIfCheap'].includes(message?.path?.[0])) {
          killed = true;
          this.terminate();
        }
      }
    };
  });
  const t0 = Date.now();
  await page.goto(baseUrl);
  await page.getByText('The simulator stopped unexpectedly').waitFor({ timeout: 30000 });
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 30000 });
  const seconds = (Date.now() - t0) / 1000;
  assert.ok(seconds < 30, `recovered in ${seconds} s`);
  assert.equal(await page.locator('itp-pump-compare [role="alert"]').count(), 0);
  await page.getByText('was run again and has finished').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: shot(resultsDir, 'app-worker-killed.png') });
});
