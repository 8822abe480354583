/**
 * What `itp-sim trial` and `itp-sim sweep` write as JSON, and `itp-sim merge`, which puts shards back together.
 * A document names its kind, the tool that made it, its input (trial spec; sweep scenario and varied fields) and,
 * for a shard, which one. Merging recomputes everything from the rows (the cohort statistics from every patient,
 * never an average of the shards'), so a merged document is byte for byte the unsharded one.
 */
import { assemble, type CohortResult } from './trials/cohort.js';
import type { Shard } from './shard.js';
import type { Vary, VaryValue } from './sweep/grid.js';
import type { SimResult, Summary } from './result.js';
import { resultToJson, resultToJsonValue } from './export.js';

export interface ToolInfo {
  name: string;
  version: string;
}

export interface TrialDocument extends CohortResult {
  kind: 'trial';
  tool: ToolInfo;
  shard?: Shard;
}

export interface SweepDocumentRow {
  run: number;
  vary: Record<string, VaryValue>;
  summary: Summary;
}

export interface SweepDocument {
  kind: 'sweep';
  tool: ToolInfo;
  scenario: unknown;
  vary: Vary[];
  /** Runs in the whole grid (all shards). */
  runs: number;
  shard?: Shard;
  rows: SweepDocumentRow[];
}

export type ResultDocument = TrialDocument | SweepDocument;

/** Fixed key order: the same result always gives the same bytes. */
export function trialDocument(tool: ToolInfo, r: CohortResult, shard?: Shard): TrialDocument {
  const { spec, protocolTitle, populationTitle, criterion, summary, published, rows } = r;
  return {
    kind: 'trial',
    tool,
    spec,
    protocolTitle,
    populationTitle,
    criterion,
    summary,
    published,
    ...(shard ? { shard } : {}),
    rows,
  };
}

export function sweepDocument(
  tool: ToolInfo,
  r: { scenario: unknown; vary: Vary[]; runs: number; rows: SweepDocumentRow[] },
  shard?: Shard,
): SweepDocument {
  return {
    kind: 'sweep',
    tool,
    scenario: r.scenario,
    vary: r.vary,
    runs: r.runs,
    ...(shard ? { shard } : {}),
    rows: r.rows,
  };
}

/**
 * `itp-sim run` JSON: the result (resultToJson: keys sorted, typed arrays as arrays) with the input scenario and
 * the tool beside it. Strip `scenario` and `tool` to get resultToJson(result) back, byte for byte.
 */
export function runJson(result: SimResult, scenario: unknown, tool: ToolInfo): string {
  return resultToJson({ ...result, scenario, tool } as SimResult);
}

/** The `--meta` sidecar of a `run` CSV: everything but the series (tool, scenario, summary, events). */
export function runMetaJson(result: SimResult, scenario: unknown, tool: ToolInfo): string {
  const { scenarioName, seed, schemaVersion, summary, events } = result;
  return JSON.stringify(
    { kind: 'run', tool, scenario, scenarioName, seed, schemaVersion, summary, events },
    null,
    2,
  );
}

/** runJson() as a value (the `run` method of `itp-sim serve`). */
export function runJsonValue(result: SimResult, scenario: unknown, tool: ToolInfo): unknown {
  return resultToJsonValue({ ...result, scenario, tool } as SimResult);
}

/** A document without its rows: the `--meta` sidecar of a CSV or NDJSON output. */
export function documentMeta(doc: ResultDocument): Record<string, unknown> {
  const { rows, ...meta } = doc;
  return { ...meta, rowCount: rows.length };
}

export class MergeError extends Error {
  override readonly name = 'MergeError';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function asDocument(x: unknown, name: string): ResultDocument {
  const d = x as Partial<ResultDocument> | null;
  if (!d || typeof d !== 'object' || (d.kind !== 'trial' && d.kind !== 'sweep') || !Array.isArray(d.rows))
    throw new MergeError(`${name} is not a JSON result of \`itp-sim trial\` or \`itp-sim sweep\``);
  if (!d.shard) throw new MergeError(`${name} is not a shard (it was run without --shard)`);
  return d as ResultDocument;
}

/**
 * Merges the JSON outputs of every shard of one run (any order). Refuses a mix of kinds, tool versions, specs
 * or seeds, scenarios or grids, shard counts, and a missing or duplicate shard.
 */
export function mergeShards(inputs: { name: string; doc: unknown }[]): ResultDocument {
  if (inputs.length === 0) throw new MergeError('give the JSON outputs of every shard');
  const docs = inputs.map(({ name, doc }) => ({ name, doc: asDocument(doc, name) }));
  const first = docs[0];
  const count = first.doc.shard!.count;
  const byIndex = new Map<number, (typeof docs)[number]>();
  for (const d of docs) {
    const { doc, name } = d;
    if (doc.kind !== first.doc.kind)
      throw new MergeError(`${name} is a ${doc.kind} and ${first.name} a ${first.doc.kind}`);
    if (!same(doc.tool, first.doc.tool))
      throw new MergeError(
        `${name} was made by version ${doc.tool?.version}, ${first.name} by ${first.doc.tool?.version}`,
      );
    const input = (x: ResultDocument) => (x.kind === 'trial' ? x.spec : [x.scenario, x.vary, x.runs]);
    if (!same(input(doc), input(first.doc)))
      throw new MergeError(
        `${name} and ${first.name} are shards of different ${doc.kind === 'trial' ? 'trials (spec or seed)' : 'sweeps (scenario or grid)'}`,
      );
    if (doc.shard!.count !== count)
      throw new MergeError(
        `${name} is shard ${doc.shard!.index}/${doc.shard!.count}, ${first.name} one of ${count}`,
      );
    const prior = byIndex.get(doc.shard!.index);
    if (prior) throw new MergeError(`${name} and ${prior.name} are both shard ${doc.shard!.index}/${count}`);
    byIndex.set(doc.shard!.index, d);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw new MergeError(`shard ${missing.join(', ')} of ${count} missing`);
  const ordered = Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!.doc);
  if (first.doc.kind === 'trial') {
    const trials = ordered as TrialDocument[];
    const rows = trials.flatMap((d) => d.rows);
    if (rows.length !== first.doc.spec.cohortSize || rows.some((r, i) => r.id !== i))
      throw new MergeError('the shards do not hold every patient of the cohort exactly once');
    return trialDocument(first.doc.tool, assemble(first.doc.spec, rows));
  }
  const sweeps = ordered as SweepDocument[];
  const rows = sweeps.flatMap((d) => d.rows);
  if (rows.length !== first.doc.runs || rows.some((r, i) => r.run !== i))
    throw new MergeError('the shards do not hold every run of the grid exactly once');
  return sweepDocument(first.doc.tool, { ...first.doc, rows });
}
