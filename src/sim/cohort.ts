/**
 * Cohorts: many virtual patients through one protocol. The same code runs in one thread (runCohort, used by
 * each worker for its slice) and across a pool of workers (runCohortParallel: slices handed out from a queue,
 * progress summed, cancel fanned out). Patient i depends only on (seed, i), so any split gives the same rows.
 */
import { describeRule } from '../core/trials/criteria.js';
import { resolveSpec, type TrialSpec } from '../core/trials/spec.js';
import { PUBLISHED, summarise, toRow, type CohortSummary, type PublishedRate } from '../core/trials/stats.js';
import type { OutcomeRow } from '../core/trials/types.js';
import { abortError, runSlice, type TrialEngine } from './trial.js';

export interface CohortProgress {
  done: number;
  total: number;
  fraction: number;
}

export interface CohortResult {
  spec: TrialSpec;
  protocolTitle: string;
  populationTitle: string;
  /** The efficacy rule in words. */
  criterion: string;
  summary: CohortSummary;
  /** The published rates this protocol is compared with. */
  published: PublishedRate[];
  rows: OutcomeRow[];
}

/** Anything that runs a slice of a cohort: the Engine in this thread, or a worker behind comlink. */
export interface SliceRunner {
  runCohortSlice(
    spec: unknown,
    firstId: number,
    count: number,
    onProgress?: (done: number) => void,
  ): Promise<OutcomeRow[]>;
  cancel?(): Promise<void>;
}

export function assemble(specInput: unknown, rows: OutcomeRow[]): CohortResult {
  const { spec, protocol, population, criteria } = resolveSpec(specInput);
  return {
    spec,
    protocolTitle: protocol.title,
    populationTitle: population.title,
    criterion: describeRule(criteria.efficacy, protocol.measure),
    summary: summarise(rows, criteria.noticeableSideEffect),
    published: publishedFor(protocol.id, population.id),
    rows,
  };
}

/** The published rates for a protocol, those measured in the same population first. */
export function publishedFor(protocolId: string, populationId: string): PublishedRate[] {
  const all = PUBLISHED[protocolId] ?? [];
  return [
    ...all.filter((p) => p.population === populationId),
    ...all.filter((p) => p.population !== populationId),
  ];
}

/** A cohort slice in this thread, as rows. */
export async function runCohortSlice(
  engine: TrialEngine,
  specInput: unknown,
  firstId: number,
  count: number,
  options: { signal?: AbortSignal; onProgress?: (done: number) => void } = {},
): Promise<OutcomeRow[]> {
  const resolved = resolveSpec(specInput);
  const results = await runSlice(engine, resolved, firstId, count, options);
  return results.map(toRow);
}

/** A whole cohort in this thread. */
export async function runCohort(
  engine: TrialEngine,
  specInput: unknown,
  options: { signal?: AbortSignal; onProgress?: (p: CohortProgress) => void } = {},
): Promise<CohortResult> {
  const { spec } = resolveSpec(specInput);
  const total = spec.cohortSize;
  const rows = await runCohortSlice(engine, specInput, 0, total, {
    signal: options.signal,
    onProgress: (done) => options.onProgress?.({ done, total, fraction: done / total }),
  });
  return assemble(specInput, rows);
}

/**
 * A cohort over several runners (one per worker). Slices of `sliceSize` patients are handed out from a queue so
 * a slow worker does not hold up the end; an abort cancels every runner and rejects with an AbortError.
 */
export async function runCohortParallel(
  runners: SliceRunner[],
  specInput: unknown,
  options: { signal?: AbortSignal; onProgress?: (p: CohortProgress) => void; sliceSize?: number } = {},
): Promise<CohortResult> {
  const { spec } = resolveSpec(specInput);
  const total = spec.cohortSize;
  if (runners.length === 0) throw new Error('runCohortParallel needs at least one runner.');
  const sliceSize = Math.max(8, options.sliceSize ?? Math.ceil(total / (runners.length * 4)));
  const slices: [number, number][] = [];
  for (let s = 0; s < total; s += sliceSize) slices.push([s, Math.min(sliceSize, total - s)]);
  const rows: OutcomeRow[] = new Array(total);
  const doneBySlice = new Array<number>(slices.length).fill(0);
  let next = 0;
  const report = () => {
    const done = doneBySlice.reduce((s, x) => s + x, 0);
    options.onProgress?.({ done, total, fraction: done / total });
  };
  const aborted = new Promise<never>((_, reject) => {
    const onAbort = () => {
      for (const r of runners) void r.cancel?.();
      reject(abortError());
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const work = Promise.all(
    runners.map(async (runner) => {
      while (next < slices.length) {
        if (options.signal?.aborted) throw abortError();
        const k = next++;
        const [first, count] = slices[k];
        const part = await runner.runCohortSlice(specInput, first, count, (done) => {
          doneBySlice[k] = done;
          report();
        });
        for (let i = 0; i < part.length; i++) rows[first + i] = part[i];
        doneBySlice[k] = count;
        report();
      }
    }),
  );
  await Promise.race([work, aborted]);
  return assemble(specInput, rows);
}
