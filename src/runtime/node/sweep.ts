/**
 * runSweep() — every combination of varied fields of one scenario (src/model/sweep/grid.ts), run on a worker_threads
 * pool, one row per run: its index, the varied values and the run's summary (outcomes included). Rows are handed
 * to `onRow` as they finish (`itp-sim sweep --format ndjson` streams them); the result lists them in run order.
 * Only summaries are kept, so memory does not grow with the runs' series. `shard` runs one part of the grid
 * (src/model/shard.ts); the per-run cap (MAX_SWEEP_RUNS) applies to the runs actually made.
 */
import type { SimulationPoolApi } from '../runner-pool.js';
import { abortError } from '../runner-pool.js';
import type { Summary } from '../../model/result.js';
import { setAtPath, parseFieldPath } from '../../model/field-path.js';
import {
  gridRow,
  gridSize,
  MAX_SWEEP_RUNS,
  parseVary,
  SweepSpecError,
  type Vary,
  type VaryValue,
} from '../../model/sweep/grid.js';
import { shardRange, type Shard } from '../../model/shard.js';
import { validateScenario } from '../../model/scenario/validate.js';
import type { ScenarioIssue } from '../../model/scenario/errors.js';
import { createNodePool } from './pool.js';

export interface SweepRow {
  /** 0-based index of the run in the whole grid (first --vary slowest). */
  run: number;
  vary: Record<string, VaryValue>;
  summary: Summary;
}

export interface SweepResult {
  /** The base scenario, before the varied fields are set. */
  scenario: unknown;
  vary: Vary[];
  /** Runs in the whole grid (all shards). */
  runs: number;
  shard?: Shard;
  rows: SweepRow[];
}

export interface SweepProgress {
  done: number;
  total: number;
  fraction: number;
}

export interface SweepOptions {
  /** Worker threads (default one per core, at most twice the cores); ignored when `pool` is given. */
  workers?: number;
  /** A pool to run on (not disposed here); default: a new worker_threads pool, disposed at the end. */
  pool?: SimulationPoolApi;
  signal?: AbortSignal;
  onProgress?: (p: SweepProgress) => void;
  /** Each row as its run finishes (finishing order). */
  onRow?: (row: SweepRow) => void;
  shard?: Shard;
}

/** Some runs of the grid are invalid scenarios: the first few, each with its values and issues. */
export class SweepRunsInvalidError extends Error {
  override readonly name = 'SweepRunsInvalidError';
  constructor(readonly runs: { run: number; vary: Record<string, VaryValue>; issues: ScenarioIssue[] }[]) {
    super(`${runs.length === 1 ? 'a run' : 'some runs'} of the sweep are invalid`);
  }
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The run range of a grid of `total` runs for a shard, refused above the per-run cap. */
export function sweepRange(total: number, shard?: Shard): { first: number; size: number } {
  const range = shard ? shardRange(total, shard) : { first: 0, size: total };
  if (!(range.size <= MAX_SWEEP_RUNS)) {
    const what = shard
      ? `shard ${shard.index}/${shard.count} has ${range.size} runs`
      : `the grid has ${total} runs`;
    throw new SweepSpecError(
      `${what}; the limit is ${MAX_SWEEP_RUNS} runs per sweep: vary fewer values or split it into more shards (--shard i/n)`,
    );
  }
  return range;
}

export async function runSweep(
  scenario: unknown,
  varyInput: readonly (Vary | string)[],
  options: SweepOptions = {},
): Promise<SweepResult> {
  const vary = varyInput.map((v) =>
    typeof v === 'string' ? parseVary(v) : { path: v.path, values: [...v.values] },
  );
  if (vary.length === 0) throw new SweepSpecError('a sweep needs at least one varied field');
  const paths = vary.map((v) => parseFieldPath(v.path));
  const runs = gridSize(vary);
  const { first, size } = sweepRange(runs, options.shard);
  const base = clone(scenario) as Record<string, unknown>;
  const valuesOf = (k: number) => Object.fromEntries(gridRow(vary, k).map((x, i) => [vary[i].path, x]));
  const scenarioOf = (k: number) => {
    const doc = clone(base);
    gridRow(vary, k).forEach((x, i) => setAtPath(doc, paths[i], x));
    return doc;
  };

  // Every run is checked before any starts: a sweep that would fail at run 900 fails now.
  const invalid: SweepRunsInvalidError['runs'] = [];
  for (let k = first; k < first + size && invalid.length < 5; k++) {
    const v = validateScenario(scenarioOf(k));
    if (!v.ok) invalid.push({ run: k, vary: valuesOf(k), issues: v.errors });
  }
  if (invalid.length) throw new SweepRunsInvalidError(invalid);

  const pool = options.pool ?? (await createNodePool({ size: options.workers }));
  const inner = new AbortController();
  const onOuterAbort = () => inner.abort();
  if (options.signal?.aborted) inner.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const rows: SweepRow[] = new Array(size);
  let next = first;
  let done = 0;
  try {
    // `pool.size` loops each take the next run: at most that many scenarios and results exist at once.
    const loop = async () => {
      while (next < first + size) {
        if (inner.signal.aborted) throw abortError();
        const k = next++;
        try {
          const result = await pool.run(scenarioOf(k), { signal: inner.signal });
          const row: SweepRow = { run: k, vary: valuesOf(k), summary: result.summary };
          rows[k - first] = row;
          done++;
          options.onRow?.(row);
          options.onProgress?.({ done, total: size, fraction: done / size });
        } catch (e) {
          inner.abort();
          throw e;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(pool.size, size) }, loop));
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
    if (!options.pool) pool.dispose();
  }
  return { scenario: clone(scenario), vary, runs, ...(options.shard ? { shard: options.shard } : {}), rows };
}
