// Responsiveness benchmark of the built app in Chromium (issue 6), run by `npm run perf:ui` (scripts/ui-perf.mjs),
// not by `npm test`: wall-clock budgets cannot gate a shared 2-core machine. Budgets: after a control change the
// default scenario re-renders in < 100 ms (median of 7 changes), and no main-thread task is longer than 50 ms
// while those runs happen (PerformanceObserver 'longtask'). Writes test-results/ui-perf.json.
/* global PerformanceObserver, performance, Event, requestAnimationFrame, setTimeout -- inside page.evaluate */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';

export const benches = [
  {
    name: 'control change → re-render < 100 ms; no long task > 50 ms during the runs',
    async run({ page, baseUrl, resultsDir }) {
      await page.goto(`${baseUrl}`);
      await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 15000 });
      await page.locator('itp-pump-compare .time-controls').getByRole('button', { name: 'Pause' }).click();
      await page.waitForTimeout(500);
      const figures = await page.evaluate(async () => {
        const long = [];
        const obs = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
        obs.observe({ type: 'longtask' });
        const el = document.querySelector('itp-app').shadowRoot.querySelector('itp-pump-compare');
        const input = [...el.shadowRoot.querySelectorAll('label')]
          .find((l) => l.textContent.includes('Body temperature'))
          .querySelector('input');
        const ended = (n) =>
          new Promise((resolve) => {
            let k = 0;
            const done = () => {
              if (++k === n) {
                el.removeEventListener('itp-run-finished', done);
                el.removeEventListener('itp-run-failed', done);
                resolve();
              }
            };
            el.addEventListener('itp-run-finished', done);
            el.addEventListener('itp-run-failed', done);
          });
        const times = [];
        for (const temp of [38, 39, 40, 38.5, 39.5, 37.5, 37]) {
          const t0 = performance.now();
          const both = ended(2);
          input.value = String(temp);
          input.dispatchEvent(new Event('change'));
          await both;
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          times.push(performance.now() - t0);
        }
        await new Promise((r) => setTimeout(r, 100));
        obs.disconnect();
        times.sort((a, b) => a - b);
        return { rerenderMs: times, medianMs: times[3], longTasksMs: long };
      });
      await writeFile(new URL('ui-perf.json', resultsDir), JSON.stringify(figures, null, 2));
      console.log(
        `    re-render after a control change: median ${figures.medianMs.toFixed(1)} ms ` +
          `(all: ${figures.rerenderMs.map((t) => t.toFixed(0)).join(', ')}); ` +
          `long tasks during the runs: ${figures.longTasksMs.length ? figures.longTasksMs.map((t) => t.toFixed(0)).join(', ') + ' ms' : 'none'}`,
      );
      assert.ok(figures.medianMs < 100, `median re-render ${figures.medianMs} ms`);
      assert.ok(
        figures.longTasksMs.every((t) => t <= 50),
        `long tasks ${figures.longTasksMs}`,
      );
    },
  },
];
