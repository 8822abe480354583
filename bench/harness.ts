/**
 * Benchmark harness (`npm run bench`): every bench/suites/*.bench.ts runs in Node and in Chromium and the two
 * are reported side by side (bench/run.mjs prints the table and writes docs/bench.md). A benchmark, not a timed
 * test: nothing here passes or fails on speed.
 *
 * A suite file exports `suite: BenchSuite`. Each case's `run` gets a context and returns named metrics.
 */
import type { BenchWasm } from './bench-wasm.js';

export type Runtime = 'node' | 'chromium';

export interface Metric {
  value: number;
  unit: string;
  /** Which direction is better, for the report (default: lower). */
  better?: 'lower' | 'higher';
}

export interface BenchContext {
  runtime: Runtime;
  /** A fresh instance of the bench wasm (the compiled module is shared). */
  wasm(): Promise<BenchWasm>;
  /** Median of `repeats` timings of fn (after `warmup` untimed calls), ms. */
  time(fn: () => unknown, options?: { repeats?: number; warmup?: number }): Promise<number>;
  /** Cores available to a worker pool here. */
  cores: number;
}

export interface BenchCase {
  name: string;
  run(ctx: BenchContext): Promise<Record<string, Metric>>;
}

export interface BenchSuite {
  name: string;
  cases: BenchCase[];
}

export interface CaseResult {
  suite: string;
  case: string;
  metrics: Record<string, Metric>;
  error?: string;
}

export function makeContext(
  runtime: Runtime,
  compile: () => Promise<WebAssembly.Module>,
  cores: number,
): BenchContext {
  let modulePromise: Promise<WebAssembly.Module> | null = null;
  return {
    runtime,
    cores,
    async wasm() {
      modulePromise ??= compile();
      const { instantiateBench } = await import('./bench-wasm.js');
      return instantiateBench(await modulePromise);
    },
    async time(fn, options = {}) {
      const repeats = options.repeats ?? 5;
      for (let i = 0; i < (options.warmup ?? 1); i++) await fn();
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now();
        await fn();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)];
    },
  };
}

/** All suites found under bench/suites (Vite's glob import works in Node via ssrLoadModule and in the browser). */
export function loadSuites(): BenchSuite[] {
  const modules = import.meta.glob<{ suite: BenchSuite }>('./suites/*.bench.ts', { eager: true });
  return Object.keys(modules)
    .sort()
    .map((k) => modules[k].suite);
}

export async function runAll(ctx: BenchContext, filter?: string): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for (const suite of loadSuites()) {
    if (filter && !suite.name.includes(filter)) continue;
    for (const c of suite.cases) {
      try {
        out.push({ suite: suite.name, case: c.name, metrics: await c.run(ctx) });
      } catch (e) {
        out.push({ suite: suite.name, case: c.name, metrics: {}, error: String((e as Error)?.message ?? e) });
      }
    }
  }
  return out;
}
