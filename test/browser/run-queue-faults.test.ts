// The page's run queue under faults (issue 17), in Chromium: <itp-run-summary> shares the queue (two on one
// page and a view all finish), a worker that dies without an event during a queued run ends in a plain message
// and a successful rerun, and a simulator failure while checking a share link keeps the link instead of
// calling it bad. Faults are real workers (test/browser/fault-workers/), injected by routing the shared
// client's run() and runIfCheap() through a client made with that worker.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/elements/run-summary/run-summary.define.js';
import '../../src/ui/elements/app/app.define.js';
import '../../src/ui/elements/charts/charts.define.js';
import { getDefaultClient } from '../../src/runtime/browser/default-client.js';
import { SimulationClient } from '../../src/runtime/browser/simulation-client.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { shareHash } from '../../src/ui/scenario/scenario-source.js';
import { nextRun, settle, shadow } from './ui-helpers.js';

const faultyWorker = {
  close: () => new Worker(new URL('./fault-workers/close.worker.ts', import.meta.url), { type: 'module' }),
  throw: () => new Worker(new URL('./fault-workers/throw.worker.ts', import.meta.url), { type: 'module' }),
};

const made: SimulationClient[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const c of made.splice(0)) c.dispose();
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname);
});

/**
 * Routes the shared client's next `faultyRuns` runs through clients whose worker has `fault`: both ways a run
 * reaches the worker, run() and runIfCheap() (the queue's one-round-trip estimate and run).
 */
function injectFaults(fault: keyof typeof faultyWorker, faultyRuns: number): { calls: () => number } {
  const client = getDefaultClient();
  const real = { run: client.run.bind(client), runIfCheap: client.runIfCheap.bind(client) };
  let calls = 0;
  const faulty = () => {
    if (calls++ < faultyRuns) {
      const bad = new SimulationClient({
        createWorker: faultyWorker[fault],
        liveness: { pingEveryMs: 100, deadAfterMs: 1500 },
      });
      made.push(bad);
      return bad;
    }
    return null;
  };
  vi.spyOn(client, 'run').mockImplementation((scenario, options) =>
    (faulty() ?? real).run(scenario, options),
  );
  vi.spyOn(client, 'runIfCheap').mockImplementation((scenario, maxSeconds, options) =>
    (faulty() ?? real).runIfCheap(scenario, maxSeconds, options),
  );
  return { calls: () => calls };
}

const finished = (el: HTMLElement) => nextRun(el, 20_000);

const statusText = () =>
  document.querySelector('itp-run-status')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('<itp-run-summary> on the shared run queue', () => {
  it('two summaries and a view on one page all finish', async () => {
    const a = document.createElement('itp-run-summary');
    const b = document.createElement('itp-run-summary');
    b.setAttribute('preset', 'morphine-cancer-pain');
    const view = document.createElement('itp-charts');
    const all = Promise.all([finished(a), finished(b), finished(view)]);
    document.body.append(a, b, view);
    const [ra, rb] = await all;
    expect(ra.scenarioName).not.toBe(rb.scenarioName);
    for (const el of [a, b]) expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
  }, 40_000);
});

describe('a worker that dies during a queued run', () => {
  it('without an event: the learner is told, the run is repeated and finishes', async () => {
    const faults = injectFaults('close', 1);
    const el = document.createElement('itp-run-summary');
    el.setAttribute('preset', 'morphine-cancer-pain');
    const done = finished(el);
    document.body.append(el);
    const r = await done;
    expect(r.summary.deliveredDoseUg).toBeGreaterThan(0);
    expect(faults.calls()).toBe(2);
    await settle(el);
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(statusText()).toContain('The simulator stopped unexpectedly and was restarted.');
    expect(statusText()).toContain('was run again and has finished');
  }, 30_000);
});

describe('<itp-app> share link and a failing simulator', () => {
  it('keeps the link and offers to try again; it is used once the simulator works', async () => {
    const linked = { ...presetScenario('morphine-cancer-pain')!, durationDays: 3 };
    const hash = shareHash(linked);
    history.replaceState(null, '', hash);
    injectFaults('throw', 1_000);
    const app = document.createElement('itp-app');
    document.body.append(app);
    await vi.waitFor(() => expect(shadow(app).querySelector('.notice')).not.toBeNull(), {
      timeout: 20_000,
    });
    await settle(app);
    const text = shadow(app).querySelector('.notice')!.textContent!;
    expect(text).toContain('could not be checked, because the simulator stopped unexpectedly');
    expect(text).not.toContain('could not be used');
    expect(location.hash).toBe(hash);

    vi.restoreAllMocks(); // the simulator works again
    const retry = [...shadow(app).querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Try again',
    )!;
    retry.click();
    await vi.waitFor(() => expect(shadow(app).querySelector('.notice')).toBeNull(), { timeout: 20_000 });
    // The views now get the linked scenario.
    await settle(app);
    const view = shadow(app).querySelector('itp-pump-compare') as HTMLElement & { scenario: unknown };
    expect(view.scenario).toEqual(linked);
  }, 60_000);
});
