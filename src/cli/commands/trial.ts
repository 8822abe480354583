/**
 * `itp-sim trial <trial.json | --preset NAME> [--cohort N] [--seed S] [--workers N] [--format json|csv] [--out F]`
 *
 * Runs a screening-trial cohort (docs/trials.md) with a progress bar on stderr and the responder rate beside the
 * published one. JSON: the whole result with the tool and the spec (summary, published rates, one row per patient).
 * CSV: one row per patient (columns in docs/trials.md), no comment lines; `--meta FILE` writes the rest. `--shard
 * i/n` runs part of the cohort; `itp-sim merge` joins the parts.
 * Exit codes: 0 ok, 1 invalid trial, 2 usage error.
 */
import type { CliCommand, CliContext } from '../context.js';
import { parseWholeOption } from '../numbers.js';
import { readJsonFile } from '../scenario-input.js';
import { showValue } from '../../model/scenario/errors.js';
import { CliError, EXIT_INVALID, EXIT_USAGE } from '../context.js';
import { emit, formatOption, type Format } from '../output.js';
import { progressBar } from '../progress.js';
import {
  checkRunSize,
  findTrialPreset,
  MAX_COHORT,
  MAX_SHARDED_COHORT,
  resolveSpec,
  TRIAL_PRESETS,
  TrialSpecError,
} from '../../model/trials/spec.js';
import type { CohortResult } from '../../model/trials/cohort.js';
import { documentMeta, trialDocument } from '../../model/documents.js';
import { shardRange } from '../../model/shard.js';
import { runCohort } from '../../runtime/node/cohort.js';
import { toolInfo } from '../../runtime/node/version.js';
import { trialCsv } from '../tables.js';
import { SHARD_HELP, shardFromArgs, workersFromArgs } from '../shard-option.js';

const pct = (x: number) => (100 * x).toFixed(1);
const published = (r: CohortResult) =>
  r.published.map((p) => `${pct(p.lo)}${p.hi !== p.lo ? `–${pct(p.hi)}` : ''} % (${p.label})`);

export function headline(r: CohortResult): string {
  const s = r.summary.responders;
  return `responders ${pct(s.p)} % (95 % Wilson CI ${pct(s.lo)}–${pct(s.hi)} %, ${s.k} of ${s.n}); published ${published(r).join('; ') || '—'}`;
}

interface TrialOpts {
  preset?: string;
  cohort?: string;
  seed?: string;
  workers?: string;
  format: Format;
  out?: string;
  meta?: string;
  shard?: string;
}

const whole = (name: string, v: string | undefined, lo: number, hi: number): number | undefined =>
  v === undefined ? undefined : parseWholeOption(name, v, lo, hi);

/** The trial spec from a file or a preset, with --cohort and --seed applied; validated. */
export async function specFromArgs(
  ctx: CliContext,
  file: string | undefined,
  o: TrialOpts,
): Promise<unknown> {
  if (!file && !o.preset) throw new CliError('give a trial JSON file or --preset NAME', EXIT_USAGE);
  if (file && o.preset) throw new CliError('give either a trial JSON file or --preset, not both', EXIT_USAGE);
  let spec: Record<string, unknown>;
  if (o.preset) {
    const p = findTrialPreset(o.preset);
    if (!p) {
      const known = TRIAL_PRESETS.map((x) => x.id).join(', ');
      throw new CliError(`unknown trial preset ${showValue(o.preset)}; known: ${known}`, EXIT_USAGE);
    }
    spec = { ...p.spec };
  } else {
    // a file or `-` (stdin), a BOM stripped, at most 16 MB (src/cli/scenario-input.ts)
    const doc = await readJsonFile(ctx.io, file!);
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
      throw new CliError('the trial spec must be a JSON object', EXIT_INVALID);
    spec = doc as Record<string, unknown>;
  }
  const cohort = whole('cohort', o.cohort, 1, MAX_SHARDED_COHORT);
  const seed = whole('seed', o.seed, 0, 2 ** 32 - 1);
  if (cohort !== undefined) spec.cohortSize = cohort;
  if (seed !== undefined) spec.seed = seed;
  try {
    resolveSpec(spec);
  } catch (e) {
    if (e instanceof TrialSpecError) throw new CliError(`invalid trial:\n${e.message}`, EXIT_INVALID);
    throw e;
  }
  return spec;
}

export const trialCommand: CliCommand = {
  name: 'trial',
  register(program, ctx) {
    program
      .command('trial')
      .description('run a screening trial on a cohort of virtual patients; responder rate vs published')
      .argument(
        '[trial]',
        'trial JSON file (- reads standard input): { protocol, population, cohortSize, seed, criteria? }',
      )
      .option('-p, --preset <name>', `trial preset: ${TRIAL_PRESETS.map((p) => p.id).join(', ')}`)
      .option(
        '-n, --cohort <n>',
        `virtual patients (1–${MAX_COHORT} per run; up to ${MAX_SHARDED_COHORT} in shards)`,
      )
      .option('--seed <s>', 'seed (0 – 2^32−1)')
      .option(
        '-w, --workers <n>',
        'worker threads (default: one per core, at most twice the cores; 1 = this thread)',
      )
      .addOption(formatOption())
      .option('--shard <i/n>', SHARD_HELP)
      .option('-o, --out <file>', 'write to a file instead of stdout')
      .option('--meta <file>', 'also write the tool, spec and statistics as JSON to this file (for CSV)')
      .addHelpText(
        'after',
        `
Examples:
  itp-sim trial --preset baclofen-bolus-spinal --cohort 500 --format csv --out patients.csv --meta trial.json
  itp-sim trial my-trial.json --cohort 40000 --shard 3/4 --out part3.json   # then: itp-sim merge part*.json`,
      )
      .action(async (file: string | undefined, opts: TrialOpts) => {
        const workers = workersFromArgs(ctx.io, opts.workers);
        const shard = shardFromArgs(opts.shard);
        const spec = await specFromArgs(ctx, file, opts);
        const cohortSize = resolveSpec(spec).spec.cohortSize;
        const total = shard ? shardRange(cohortSize, shard).size : cohortSize;
        try {
          checkRunSize(total);
        } catch (e) {
          if (e instanceof TrialSpecError) throw new CliError(`invalid trial:\n${e.message}`, EXIT_INVALID);
          throw e;
        }
        const bar = progressBar(ctx.io, 'trial', total);
        bar.update(0);
        const onProgress = (p: { done: number }) => bar.update(p.done);
        const pool = workers === 1 || !ctx.createTrialPool ? undefined : await ctx.createTrialPool(workers);
        let result: CohortResult;
        try {
          result = await runCohort(spec, { workers: pool ? undefined : 1, pool, onProgress, shard });
        } finally {
          pool?.dispose();
        }
        bar.end();
        ctx.io.stderr.write(`${shard ? `shard ${shard.index}/${shard.count}: ` : ''}${headline(result)}\n`);
        const doc = trialDocument(toolInfo(), result, shard);
        if (opts.meta) await emit(ctx.io, `${JSON.stringify(documentMeta(doc), null, 2)}\n`, opts.meta);
        await emit(ctx.io, opts.format === 'csv' ? trialCsv(doc) : JSON.stringify(doc), opts.out);
      });
  },
};
