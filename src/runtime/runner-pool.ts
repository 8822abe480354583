/**
 * RunnerPool — runs many scenarios on a fixed number of runners (one worker each), in the browser (Web Workers,
 * src/runtime/browser/simulation-pool.ts) and in Node (worker_threads, src/runtime/node/pool.ts) alike. Runners start lazily;
 * each takes the next queued scenario when it finishes. A cancelled or crashed runner replaces its worker itself
 * (see SimulationClient), so the pool keeps going.
 */
import type { ProgressCallback, RunOptions } from '../model/api.js';
import type { SimResult } from '../model/result.js';

export interface RunCallOptions extends RunOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  /**
   * Browser and Node worker clients: how long this run's worker may stay silent before it is declared dead, ms
   * (default: the client's liveness). A big run can stall its worker for longer (memory growth, GC).
   */
  deadAfterMs?: number;
}

/** One worker-backed simulator: SimulationClient (browser) or NodeWorkerClient (Node). */
export interface Runner {
  run(scenario: unknown, options?: RunCallOptions): Promise<SimResult>;
  dispose(): void;
}

export interface BatchProgress {
  done: number;
  failed: number;
  total: number;
}

export interface BatchOptions extends RunOptions {
  signal?: AbortSignal;
  /** Called after each scenario finishes (success or failure). */
  onProgress?: (p: BatchProgress) => void;
}

export type BatchOutcome = { ok: true; result: SimResult } | { ok: false; error: Error };

/** The pool interface, identical in the browser and in Node. */
export interface SimulationPoolApi {
  readonly size: number;
  run(scenario: unknown, options?: RunCallOptions): Promise<SimResult>;
  /** Runs every scenario; rejects with the first error (and cancels the rest). Results keep the input order. */
  runAll(scenarios: readonly unknown[], options?: BatchOptions): Promise<SimResult[]>;
  /** Runs every scenario; one failure does not stop the others. Outcomes keep the input order. */
  runSettled(scenarios: readonly unknown[], options?: BatchOptions): Promise<BatchOutcome[]>;
  dispose(): void;
}

export function abortError(): Error {
  const e = new Error('The simulation was cancelled.');
  e.name = 'AbortError';
  return e;
}

interface Task {
  scenario: unknown;
  options: RunOptions;
  signal: AbortSignal | undefined;
  /** Set while the task runs: aborts it on its runner (the caller's signal is watched once per pool, below). */
  running: AbortController | null;
  resolve(r: SimResult): void;
  reject(e: unknown): void;
}

export class RunnerPool implements SimulationPoolApi {
  private readonly runners: Runner[] = [];
  private readonly idle: Runner[] = [];
  private readonly queue: Task[] = [];
  /**
   * One abort listener per caller signal, however many tasks share it: runAll() gives one signal to every
   * scenario, and a listener per task (never removed) made Node print MaxListenersExceededWarning beyond ten.
   */
  private readonly watched = new Map<AbortSignal, { tasks: Set<Task>; onAbort: () => void }>();

  constructor(
    private readonly createRunner: () => Runner,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`pool size must be a whole number ≥ 1, got ${size}`);
  }

  run(scenario: unknown, options: RunCallOptions = {}): Promise<SimResult> {
    const { signal, ...runOptions } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    return new Promise<SimResult>((resolve, reject) => {
      const task: Task = { scenario, options: runOptions, signal, running: null, resolve, reject };
      this.watch(task);
      this.queue.push(task);
      this.pump();
    });
  }

  private watch(task: Task): void {
    const signal = task.signal;
    if (!signal) return;
    let entry = this.watched.get(signal);
    if (!entry) {
      const tasks = new Set<Task>();
      const onAbort = () => {
        for (const t of [...tasks]) {
          const i = this.queue.indexOf(t);
          if (i >= 0) {
            this.queue.splice(i, 1);
            this.unwatch(t);
            t.reject(abortError());
          } else t.running?.abort();
        }
      };
      signal.addEventListener('abort', onAbort);
      entry = { tasks, onAbort };
      this.watched.set(signal, entry);
    }
    entry.tasks.add(task);
  }

  private unwatch(task: Task): void {
    const signal = task.signal;
    const entry = signal && this.watched.get(signal);
    if (!signal || !entry) return;
    entry.tasks.delete(task);
    if (entry.tasks.size === 0) {
      signal.removeEventListener('abort', entry.onAbort);
      this.watched.delete(signal);
    }
  }

  private pump(): void {
    while (this.queue.length) {
      let runner = this.idle.pop();
      if (!runner && this.runners.length < this.size) {
        runner = this.createRunner();
        this.runners.push(runner);
      }
      if (!runner) return;
      const task = this.queue.shift()!;
      const r = runner;
      const controller = task.signal ? new AbortController() : null;
      task.running = controller;
      r.run(task.scenario, controller ? { ...task.options, signal: controller.signal } : task.options)
        .then(task.resolve, task.reject)
        .finally(() => {
          task.running = null;
          this.unwatch(task);
          if (this.runners.includes(r)) this.idle.push(r);
          this.pump();
        });
    }
  }

  async runSettled(scenarios: readonly unknown[], options: BatchOptions = {}): Promise<BatchOutcome[]> {
    const { onProgress, ...runOptions } = options;
    const progress: BatchProgress = { done: 0, failed: 0, total: scenarios.length };
    return Promise.all(
      scenarios.map((s) =>
        this.run(s, runOptions).then(
          (result): BatchOutcome => {
            progress.done++;
            onProgress?.({ ...progress });
            return { ok: true, result };
          },
          (error: unknown): BatchOutcome => {
            progress.done++;
            progress.failed++;
            onProgress?.({ ...progress });
            return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
          },
        ),
      ),
    );
  }

  async runAll(scenarios: readonly unknown[], options: BatchOptions = {}): Promise<SimResult[]> {
    const { onProgress, signal: outer, ...runOptions } = options;
    const inner = new AbortController();
    const onOuterAbort = () => inner.abort();
    if (outer?.aborted) inner.abort();
    outer?.addEventListener('abort', onOuterAbort);
    const progress: BatchProgress = { done: 0, failed: 0, total: scenarios.length };
    try {
      return await Promise.all(
        scenarios.map((s) =>
          this.run(s, { ...runOptions, signal: inner.signal }).then(
            (result) => {
              progress.done++;
              onProgress?.({ ...progress });
              return result;
            },
            (error: unknown) => {
              // The first failure wins (Promise.all); the others are cancelled.
              inner.abort();
              throw error;
            },
          ),
        ),
      );
    } finally {
      outer?.removeEventListener('abort', onOuterAbort);
    }
  }

  /** Terminates every worker. Queued scenarios are rejected with AbortError. */
  dispose(): void {
    for (const t of this.queue.splice(0)) {
      this.unwatch(t);
      t.reject(abortError());
    }
    for (const r of this.runners.splice(0)) r.dispose();
    this.idle.length = 0;
  }
}
