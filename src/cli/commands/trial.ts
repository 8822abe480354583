/**
 * `itp-sim trial <trial.json | --preset NAME> --cohort N --seed S [--format json|csv] [--out FILE]`
 *
 * Runs a screening-trial cohort (docs/trials.md) with a progress bar on stderr. JSON: the whole CohortResult
 * (summary, published rates, one row per patient). CSV: one row per patient, columns documented in
 * docs/trials.md, preceded by `#` comment lines with the responder rate and the published figure.
 * Exit codes: 0 ok, 1 invalid input, 2 usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { findTrialPreset, resolveSpec, TRIAL_PRESETS, TrialSpecError } from '../../core/trials/spec.js';
import type { CohortProgress, CohortResult } from '../../sim/cohort.js';
import { runTrialCohortNode } from '../../node/trials.js';

export interface TrialCliOptions {
  preset?: string;
  cohort?: string;
  seed?: string;
  format?: string;
  out?: string;
  workers?: string;
}

/** A one-line progress bar on stderr (redrawn with \r; a plain line when stderr is not a terminal). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let last = -1;
  return (p: CohortProgress) => {
    const pct = Math.floor(p.fraction * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round(p.fraction * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)} % ${p.done}/${p.total} patients`;
    if (stream.isTTY) stream.write(`\r${line}${p.done === p.total ? '\n' : ''}`);
    else if (pct % 10 === 0) stream.write(`${line}\n`);
  };
}

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

export function toCsv(r: CohortResult): string {
  const s = r.summary;
  const lines = [
    `# ${r.protocolTitle}; ${r.populationTitle}; n=${s.n}; seed=${r.spec.seed}`,
    `# responders ${(100 * s.responders.p).toFixed(1)} % (95 % Wilson CI ${(100 * s.responders.lo).toFixed(1)}–${(100 * s.responders.hi).toFixed(1)} %)`,
    ...r.published.map(
      (p) =>
        `# published ${(100 * p.lo).toFixed(0)}${p.hi !== p.lo ? `–${(100 * p.hi).toFixed(0)}` : ''} %: ${p.label}`,
    ),
    `# doses in µg (bolus) or µg/day (infusion); side effect 0–1`,
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
  return lines.join('\n') + '\n';
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses the arguments into a trial spec (throws UsageError or TrialSpecError). */
export async function specFromArgs(
  file: string | undefined,
  o: TrialCliOptions,
): Promise<Record<string, unknown>> {
  if (!file && !o.preset) throw new UsageError('Give a trial JSON file or --preset NAME.');
  if (file && o.preset) throw new UsageError('Give either a trial JSON file or --preset, not both.');
  let spec: Record<string, unknown>;
  if (o.preset) {
    const p = findTrialPreset(o.preset);
    if (!p)
      throw new UsageError(
        `Unknown trial preset "${o.preset}". Known: ${TRIAL_PRESETS.map((x) => x.id).join(', ')}.`,
      );
    spec = { ...p.spec };
  } else {
    try {
      spec = JSON.parse(await readFile(file!, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new TrialSpecError([{ path: '', message: `cannot read ${file}: ${(e as Error).message}` }]);
    }
  }
  const int = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n)) throw new UsageError(`--${name} must be an integer (got "${v}").`);
    return n;
  };
  const cohort = int('cohort', o.cohort);
  const seed = int('seed', o.seed);
  if (cohort !== undefined) spec.cohortSize = cohort;
  if (seed !== undefined) spec.seed = seed;
  resolveSpec(spec); // validates, names every bad field
  return spec;
}

export function registerTrial(program: Command): void {
  program
    .command('trial')
    .description('Run a screening trial on a cohort of virtual patients (docs/trials.md).')
    .argument('[trial.json]', 'trial spec: { protocol, population, cohortSize, seed, criteria? }')
    .option('--preset <name>', `trial preset: ${TRIAL_PRESETS.map((p) => p.id).join(', ')}`)
    .option('--cohort <n>', 'number of virtual patients (1–10000)')
    .option('--seed <s>', 'seed (0 – 2^32−1)')
    .option('--format <fmt>', 'json or csv', 'json')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--workers <n>', 'worker threads (default: available cores)')
    .action(async (file: string | undefined, o: TrialCliOptions) => {
      process.exitCode = await trialAction(file, o);
    });
}

export async function trialAction(file: string | undefined, o: TrialCliOptions): Promise<number> {
  try {
    if (o.format !== undefined && o.format !== 'json' && o.format !== 'csv') {
      throw new UsageError(`--format must be json or csv (got "${o.format}").`);
    }
    const spec = await specFromArgs(file, o);
    const workers = o.workers === undefined ? undefined : Number(o.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) {
      throw new UsageError('--workers must be an integer from 1 to 64.');
    }
    const result = await runTrialCohortNode(spec, { onProgress: progressBar(), workers });
    const s = result.summary;
    process.stderr.write(
      `responders ${(100 * s.responders.p).toFixed(1)} % (95 % CI ${(100 * s.responders.lo).toFixed(1)}–${(100 * s.responders.hi).toFixed(1)} %)` +
        result.published
          .map(
            (p) =>
              `; published ${(100 * p.lo).toFixed(0)}${p.hi !== p.lo ? `–${(100 * p.hi).toFixed(0)}` : ''} % (${p.label})`,
          )
          .join('') +
        '\n',
    );
    const text = o.format === 'csv' ? toCsv(result) : JSON.stringify(result, null, 2) + '\n';
    if (o.out) await writeFile(o.out, text);
    else process.stdout.write(text);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`itp-sim trial: ${e.message}\n`);
      return 2;
    }
    if (e instanceof TrialSpecError) {
      process.stderr.write(`itp-sim trial: invalid trial:\n${e.message}\n`);
      return 1;
    }
    process.stderr.write(`itp-sim trial: ${(e as Error).message}\n`);
    return 1;
  }
}
