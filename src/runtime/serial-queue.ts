/**
 * One call at a time, in call order — the rule of every single engine (simulate() in a thread: exclusive.ts; one
 * worker client: bridge.ts). A queued call whose signal aborts leaves the queue at once with an AbortError and
 * never starts; the calls behind it still wait for the one running.
 */
import { abortError } from './runner-pool.js';

const noop = () => undefined;

export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  run<T>(signal: AbortSignal | undefined, task: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    const result = turn(previous, signal).then(task);
    this.tail = Promise.all([previous, result.then(noop, noop)]).then(noop);
    return result;
  }
}

function turn(previous: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return previous;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    void previous.then(() => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) reject(abortError());
      else resolve();
    });
  });
}
