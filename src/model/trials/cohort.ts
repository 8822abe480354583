/**
 * Cohorts, the engine-free half: result types, assembling rows into a CohortResult, and a cohort split over
 * several runners (one per worker: slices handed out from a queue, progress summed, cancel fanned out). Patient
 * i depends only on (seed, i), so any split gives the same rows. The engine half is src/engine/trials/run-cohort.ts.
 */
import { describeRule } from './criteria.js';
import { checkRunSize, resolveSpec, type TrialSpec } from './spec.js';
import { PUBLISHED, summarise, type CohortSummary, type PublishedRate } from './stats.js';
import type { OutcomeRow } from './types.js';

/** The part of AbortSignal used here (core code compiles without the DOM library). */
export interface AbortLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

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

/** Which patients of the cohort a run takes: all of them, or a shard's range (src/model/shard.ts). */
export interface PatientRange {
  firstId: number;
  count: number;
}

/**
 * A cohort (or the patients of `range`) over several runners (one per worker). Slices of `sliceSize` patients are
 * handed out from a queue so a slow worker does not hold up the end; an abort cancels every runner and rejects
 * with an AbortError. The statistics are those of the patients run.
 */
export async function runCohortParallel(
  runners: SliceRunner[],
  specInput: unknown,
  options: {
    signal?: AbortLike;
    onProgress?: (p: CohortProgress) => void;
    sliceSize?: number;
    range?: PatientRange;
  } = {},
): Promise<CohortResult> {
  const { spec } = resolveSpec(specInput);
  const start = options.range?.firstId ?? 0;
  const total = options.range?.count ?? spec.cohortSize;
  checkRunSize(total);
  if (runners.length === 0) throw new Error('runCohortParallel needs at least one runner.');
  const sliceSize = Math.max(8, options.sliceSize ?? Math.ceil(total / (runners.length * 4)));
  const slices: [number, number][] = [];
  for (let s = 0; s < total; s += sliceSize) slices.push([start + s, Math.min(sliceSize, total - s)]);
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
        for (let i = 0; i < part.length; i++) rows[first - start + i] = part[i];
        doneBySlice[k] = count;
        report();
      }
    }),
  );
  await Promise.race([work, aborted]);
  return assemble(specInput, rows);
}

export function abortError(): Error {
  const e = new Error('The trial was cancelled.');
  e.name = 'AbortError';
  return e;
}
