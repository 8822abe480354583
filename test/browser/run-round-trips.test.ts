// One worker round trip per ordinary run (issue 19): the queue used to await the worker's estimate and only
// then send the run, so a live drag waited for two round trips. Dearer runs keep their question and their
// longer heartbeat.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/ui/elements/run-summary/run-summary.define.js';
import { getDefaultClient } from '../../src/runtime/browser/default-client.js';
import { DEFAULT_LIVENESS } from '../../src/runtime/browser/simulation-client.js';
import {
  CONFIRM_ABOVE_SECONDS,
  RUN_AT_ONCE_SECONDS,
  deadAfterMsFor,
  enqueueRun,
  setRunCostEstimator,
} from '../../src/ui/base/run-queue.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import type { SimResult } from '../../src/model/result.js';
import { bigRun } from './long-run-scenario.js';

afterEach(() => {
  vi.restoreAllMocks();
  setRunCostEstimator();
  document.body.replaceChildren();
});

const calls = () => {
  const client = getDefaultClient();
  return {
    estimate: vi.spyOn(client, 'estimateRunSeconds'),
    run: vi.spyOn(client, 'run'),
    runIfCheap: vi.spyOn(client, 'runIfCheap'),
  };
};
const statusRoot = () => document.querySelector('itp-run-status')?.shadowRoot ?? null;
const statusButton = (label: string) =>
  [...statusRoot()!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;

/** Estimated well above the question threshold. */
const big = bigRun;

describe('the run queue and the worker', () => {
  it('the one-trip limit is where the heartbeat limit is still the default', () => {
    expect(deadAfterMsFor(RUN_AT_ONCE_SECONDS)).toBe(DEFAULT_LIVENESS.deadAfterMs);
    expect(deadAfterMsFor(RUN_AT_ONCE_SECONDS * 1.01)).toBeGreaterThan(DEFAULT_LIVENESS.deadAfterMs);
    expect(RUN_AT_ONCE_SECONDS).toBeLessThanOrEqual(CONFIRM_ABOVE_SECONDS);
  });

  it('a preset run is one worker call, estimate included', async () => {
    const spy = calls();
    const result = await enqueueRun({
      wanted: () => true,
      scenario: presetScenario('baclofen-programmable'),
    });
    expect(result.summary.deliveredDoseUg).toBeGreaterThan(0);
    expect(spy.runIfCheap).toHaveBeenCalledTimes(1);
    expect(spy.estimate).not.toHaveBeenCalled();
    expect(spy.run).not.toHaveBeenCalled();
  }, 30_000);

  it('an invalid scenario is reported by its run, in the same call', async () => {
    const spy = calls();
    await expect(enqueueRun({ wanted: () => true, scenario: { schemaVersion: 1 } })).rejects.toThrow();
    expect(spy.runIfCheap).toHaveBeenCalledTimes(1);
    expect(spy.run).not.toHaveBeenCalled();
  }, 30_000);

  it('a dear run is not started by the estimate; it asks first and gets the longer heartbeat', async () => {
    const spy = calls();
    const sentinel = { summary: { deliveredDoseUg: 1 } } as unknown as SimResult;
    spy.run.mockResolvedValue(sentinel); // the run itself would take a minute: its options are what matters
    const done = enqueueRun({ wanted: () => true, scenario: big });
    await vi.waitFor(() => expect(statusRoot()?.querySelector('dialog')?.open).toBe(true), {
      timeout: 15_000,
    });
    const estimate = await (spy.runIfCheap.mock.results[0]!.value as ReturnType<
      ReturnType<typeof getDefaultClient>['runIfCheap']
    >);
    expect(estimate.ran).toBe(false);
    const seconds = estimate.ran ? 0 : estimate.estimatedSeconds;
    expect(seconds).toBeGreaterThan(CONFIRM_ABOVE_SECONDS);
    expect(spy.run).not.toHaveBeenCalled();
    statusButton('Run it').click();
    expect(await done).toBe(sentinel);
    expect(spy.run).toHaveBeenCalledTimes(1);
    const deadAfterMs = spy.run.mock.calls[0]![1]!.deadAfterMs!;
    expect(deadAfterMs).toBe(deadAfterMsFor(seconds));
    expect(deadAfterMs).toBeGreaterThan(DEFAULT_LIVENESS.deadAfterMs);
  }, 30_000);

  it('a custom estimator is asked first (the two-step path for tests and hosts)', async () => {
    const spy = calls();
    const estimator = vi.fn(() => RUN_AT_ONCE_SECONDS + 1);
    setRunCostEstimator(estimator);
    const result = await enqueueRun({
      wanted: () => true,
      scenario: presetScenario('baclofen-programmable'),
    });
    expect(result.summary.deliveredDoseUg).toBeGreaterThan(0);
    expect(estimator).toHaveBeenCalledTimes(1);
    expect(spy.runIfCheap).not.toHaveBeenCalled();
    expect(spy.run.mock.calls[0]![1]!.deadAfterMs).toBe(deadAfterMsFor(RUN_AT_ONCE_SECONDS + 1));
  }, 30_000);
});

describe('progress of a run estimated within the call', () => {
  it('a short run sends no progress (no extra round trip); a longer one reports with its estimate', async () => {
    const client = getDefaultClient();
    const quiet = vi.fn();
    const short = await client.runIfCheap(presetScenario('baclofen-programmable'), RUN_AT_ONCE_SECONDS, {
      onProgress: quiet,
    });
    expect(short.ran).toBe(true);
    expect(quiet).not.toHaveBeenCalled();
    // The result inside the answer still travels by transfer, not by copy.
    const sent = await client.diagnostics();
    expect(sent.buffers).toBeGreaterThan(0);
    expect(sent.detachedAfterSend).toBe(true);

    // Ten years on a finer grid: about a second or more, under the one-trip limit.
    const longer = {
      ...presetScenario('baclofen-programmable')!,
      durationDays: 3650,
      model: { csfCells: 600 },
    };
    const reports = vi.fn();
    const done = await client.runIfCheap(longer, RUN_AT_ONCE_SECONDS, { onProgress: reports });
    expect(done.ran).toBe(true);
    expect(reports).toHaveBeenCalled();
    const last = reports.mock.lastCall![0] as { fraction: number; estimatedSeconds: number };
    expect(last.fraction).toBe(1);
    expect(last.estimatedSeconds).toBeGreaterThan(0);
    expect(last.estimatedSeconds).toBeLessThanOrEqual(RUN_AT_ONCE_SECONDS);
  }, 60_000);
});
