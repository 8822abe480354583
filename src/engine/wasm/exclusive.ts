/**
 * One run at a time per wasm instance. The pump engine, the CSF column and the batched kernel keep their state in
 * the instance's globals and memory, and a run (simulate(), a trial cohort) yields to the event loop between
 * chunks so that a cancel can arrive. Two runs started together on one instance — `Promise.all(scenarios.map(s
 * => simulate(s)))` in Node, a scenario and a cohort in one worker — would interleave their steps and corrupt
 * each other without any error. So each run waits until the previous one on the same instance has settled
 * (resolved, rejected or cancelled); runs on different instances do not wait for each other.
 */
import type { WasmExports } from './load.js';

const tails = new WeakMap<WasmExports, Promise<unknown>>();

export function exclusive<T>(wasm: WasmExports, run: () => T | Promise<T>): Promise<T> {
  const previous = tails.get(wasm) ?? Promise.resolve();
  // Runs after the previous run whatever its outcome; its failure belongs to its own caller.
  const next = previous.then(run, run);
  tails.set(
    wasm,
    next.catch(() => undefined),
  );
  return next;
}
