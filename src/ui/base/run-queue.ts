/**
 * All runs of all itp- elements on a page go through one queue on the shared client: the worker runs one
 * scenario at a time (a new run cancels the one in flight), so concurrent views would cancel each other.
 * A queued run whose result is no longer wanted (a newer one for the same slot was queued) is skipped.
 */
import { getDefaultClient } from '../../runtime/browser/default-client.js';
import type { SimResult } from '../../model/result.js';

let tail: Promise<unknown> = Promise.resolve();

export interface QueuedRun {
  /** True while this run is still the latest for its slot; checked right before it starts. */
  wanted: () => boolean;
  scenario: unknown;
}

export class SupersededError extends Error {
  override readonly name = 'SupersededError';
}

export function enqueueRun(job: QueuedRun): Promise<SimResult> {
  const p = tail.then(() => {
    if (!job.wanted()) throw new SupersededError('A newer run replaced this one.');
    return getDefaultClient().run(job.scenario);
  });
  tail = p.catch(() => undefined);
  return p;
}
