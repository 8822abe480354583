/**
 * `itp-sim trial <trial.json | --preset NAME> [--cohort N] [--seed S] [--workers N] [--format json|csv] [--out F]`
 *
 * Runs a screening-trial cohort (docs/trials.md) with a progress bar on stderr and the responder rate beside the
 * published one. JSON: the whole CohortResult (summary, published rates, one row per patient). CSV: one row per
 * patient (columns in docs/trials.md) after `#` lines with the rate, its interval and the published figure.
 * Exit codes: 0 ok, 1 invalid trial, 2 usage error.
 */
import type { CliCommand, CliContext } from '../context.js';
import { parseWholeOption } from '../numbers.js';
import { stripBom } from '../scenario-input.js';
import { CliError, EXIT_INVALID, EXIT_USAGE } from '../context.js';
import { emit, formatOption, type Format } from '../output.js';
import { progressBar } from '../progress.js';
import { findTrialPreset, resolveSpec, TRIAL_PRESETS, TrialSpecError } from '../../core/trials/spec.js';
import type { CohortResult } from '../../core/trials/cohort.js';
import { runTrialCohortNode } from '../../node/trials.js';

export const CSV_COLUMNS = [
  'patient_id',
  'implant',
  'decision',
  'best_improvement_pct',
  'peak_side_effect',
  'doses_given',
  'responding_dose',
  'long_term_benefit',
  'long_term_improvement_pct',
] as const;

const pct = (x: number) => (100 * x).toFixed(1);
const published = (r: CohortResult) =>
  r.published.map((p) => `${pct(p.lo)}${p.hi !== p.lo ? `–${pct(p.hi)}` : ''} % (${p.label})`);

export function headline(r: CohortResult): string {
  const s = r.summary.responders;
  return `responders ${pct(s.p)} % (95 % Wilson CI ${pct(s.lo)}–${pct(s.hi)} %, ${s.k} of ${s.n}); published ${published(r).join('; ') || '—'}`;
}

export function toCsv(r: CohortResult): string {
  const lines = [
    `# ${r.protocolTitle}; ${r.populationTitle}; n=${r.summary.n}; seed=${r.spec.seed}`,
    `# ${headline(r)}`,
    '# doses in µg (bolus) or µg/day (infusion); side effect 0–1',
    CSV_COLUMNS.join(','),
  ];
  for (const row of r.rows) {
    lines.push(
      [
        row.id,
        row.implant ? 1 : 0,
        row.code,
        row.bestImprovementPct.toFixed(2),
        row.peakSideEffect.toFixed(4),
        row.dosesGiven.join(';'),
        row.respondingDose ?? '',
        row.longTermBenefit ? 1 : 0,
        row.longTermImprovementPct.toFixed(2),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

interface TrialOpts {
  preset?: string;
  cohort?: string;
  seed?: string;
  workers?: string;
  format: Format;
  out?: string;
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
      throw new CliError(`unknown trial preset "${o.preset}"; known: ${known}`, EXIT_USAGE);
    }
    spec = { ...p.spec };
  } else {
    let text: string;
    try {
      text = await ctx.io.readFile(file!);
    } catch (e) {
      throw new CliError(`cannot read ${file}: ${(e as Error).message}`, EXIT_INVALID);
    }
    try {
      spec = JSON.parse(stripBom(text)) as Record<string, unknown>;
    } catch (e) {
      throw new CliError(`${file} is not valid JSON: ${(e as Error).message}`, EXIT_INVALID);
    }
  }
  const cohort = whole('cohort', o.cohort, 1, 10_000);
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
      .argument('[trial]', 'trial JSON file: { protocol, population, cohortSize, seed, criteria? }')
      .option('-p, --preset <name>', `trial preset: ${TRIAL_PRESETS.map((p) => p.id).join(', ')}`)
      .option('-n, --cohort <n>', 'number of virtual patients (1–10000)')
      .option('--seed <s>', 'seed (0 – 2^32−1)')
      .option('-w, --workers <n>', 'worker threads (default: one per core; 1 = this thread)')
      .addOption(formatOption())
      .option('-o, --out <file>', 'write to a file instead of stdout')
      .action(async (file: string | undefined, opts: TrialOpts) => {
        const workers = whole('workers', opts.workers, 1, 256);
        const spec = await specFromArgs(ctx, file, opts);
        const total = resolveSpec(spec).spec.cohortSize;
        const bar = progressBar(ctx.io, 'trial', total);
        bar.update(0);
        const onProgress = (p: { done: number }) => bar.update(p.done);
        let result: CohortResult;
        if (workers === 1 || !ctx.createTrialPool) {
          result = await runTrialCohortNode(spec, { onProgress });
        } else {
          const pool = await ctx.createTrialPool(workers);
          try {
            result = await pool.runCohort(spec, { onProgress });
          } finally {
            pool.dispose();
          }
        }
        bar.end();
        ctx.io.stderr.write(`${headline(result)}\n`);
        const text = opts.format === 'csv' ? toCsv(result) : JSON.stringify(result);
        await emit(ctx.io, text, opts.out);
      });
  },
};
