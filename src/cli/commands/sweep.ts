/**
 * `itp-sim sweep <scenario.json | --preset NAME> --vary path=from:to:steps … [--workers N]` — runs the grid of
 * every combination in parallel (worker_threads pool) with a progress bar on stderr; writes one row per run:
 * the varied values and the run's summary.
 */
import type { CliCommand } from '../context.js';
import { CliError, EXIT_INVALID, EXIT_USAGE } from '../context.js';
import { collect, formatIssues, loadScenarioDocument, setAtPath, validOrThrow } from '../scenario-input.js';
import { emit, formatOption, type Format } from '../output.js';
import { progressBar } from '../progress.js';
import { validateScenario } from '../../model/scenario/validate.js';
import type { Summary } from '../../model/result.js';

export interface Vary {
  path: string;
  values: number[];
}

const MAX_RUNS = 10000;

/** Parses "path=from:to:steps" into evenly spaced values (steps ≥ 1 points, ends included). */
export function parseVary(text: string): Vary {
  const m = /^([^=]+)=([^:]+):([^:]+):([^:]+)$/.exec(text);
  const bad = () =>
    new CliError(
      `--vary expects path=from:to:steps (e.g. program.rateMlPerDay=0.1:0.5:5), got "${text}"`,
      EXIT_USAGE,
    );
  if (!m) throw bad();
  const [from, to, steps] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (![from, to].every(Number.isFinite) || !Number.isInteger(steps) || steps < 1 || steps > MAX_RUNS)
    throw bad();
  const values =
    steps === 1 ? [from] : Array.from({ length: steps }, (_, i) => from + ((to - from) * i) / (steps - 1));
  return { path: m[1], values };
}

/** Every combination of the varied values, first --vary slowest. */
export function grid(varies: Vary[]): number[][] {
  return varies.reduce<number[][]>((acc, v) => acc.flatMap((row) => v.values.map((x) => [...row, x])), [[]]);
}

const SUMMARY_COLUMNS: (keyof Summary)[] = [
  'durationHours',
  'programmedVolumeMl',
  'deliveredVolumeMl',
  'deliveredDoseUg',
  'reservoirEndMl',
  'emptyAtHours',
  'nextRefillAtHours',
  'eriAtHours',
  'endOfServiceAtHours',
  'alarmCount',
  'massBalanceMaxRelError',
];

interface SweepOpts {
  preset?: string;
  set?: string[];
  vary?: string[];
  workers?: string;
  format: Format;
  out?: string;
}

export const sweepCommand: CliCommand = {
  name: 'sweep',
  register(program, ctx) {
    program
      .command('sweep')
      .description('run a grid of variations of one scenario in parallel; one row per run with its summary')
      .argument('[scenario]', 'scenario JSON file')
      .option('-p, --preset <name>', 'use a preset instead of a file')
      .option('-s, --set <path=value>', 'change a field before sweeping (repeatable)', collect)
      .option(
        '-v, --vary <path=from:to:steps>',
        'vary a numeric field over evenly spaced values (repeatable)',
        collect,
      )
      .option('-w, --workers <n>', 'worker threads (default: one per core)')
      .addOption(formatOption())
      .option('-o, --out <file>', 'write to a file instead of stdout')
      .action(async (file: string | undefined, opts: SweepOpts) => {
        const varies = (opts.vary ?? []).map(parseVary);
        if (!varies.length) throw new CliError('give at least one --vary path=from:to:steps', EXIT_USAGE);
        const workers = opts.workers === undefined ? undefined : Number(opts.workers);
        if (workers !== undefined && (!Number.isInteger(workers) || workers < 1 || workers > 256)) {
          throw new CliError(
            `--workers must be a whole number from 1 to 256, got "${opts.workers}"`,
            EXIT_USAGE,
          );
        }
        const base = await loadScenarioDocument(ctx.io, file, opts);
        validOrThrow(ctx.io, base);
        const rows = grid(varies);
        if (rows.length > MAX_RUNS)
          throw new CliError(`the grid has ${rows.length} runs; the limit is ${MAX_RUNS}`, EXIT_USAGE);
        const scenarios = rows.map((row) => {
          const doc = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
          row.forEach((x, i) => setAtPath(doc, varies[i].path.split('.'), x));
          return doc;
        });
        const invalid = scenarios
          .map((s, k) => ({ k, v: validateScenario(s) }))
          .filter(({ v }) => !v.ok)
          .slice(0, 5);
        if (invalid.length) {
          const text = invalid
            .map(
              ({ k, v }) =>
                `run ${k + 1} (${rows[k].map((x, i) => `${varies[i].path}=${x}`).join(', ')}):\n${formatIssues(v.ok ? [] : v.errors)}`,
            )
            .join('');
          throw new CliError(`Some runs of the sweep are invalid:\n${text}`.trimEnd(), EXIT_INVALID);
        }
        const pool = await ctx.createPool(workers);
        const bar = progressBar(ctx.io, 'sweep', scenarios.length);
        bar.update(0);
        try {
          const results = await pool.runAll(scenarios, { onProgress: (p) => bar.update(p.done) });
          bar.end();
          const records = results.map((r, k) => ({
            vary: Object.fromEntries(varies.map((v, i) => [v.path, rows[k][i]])),
            summary: r.summary,
          }));
          if (opts.format === 'csv') {
            const header = [...varies.map((v) => v.path), ...SUMMARY_COLUMNS].join(',');
            const lines = records.map((rec, k) =>
              [...rows[k], ...SUMMARY_COLUMNS.map((c) => rec.summary[c])]
                .map((x) => (typeof x === 'number' && Number.isFinite(x) ? String(x) : ''))
                .join(','),
            );
            await emit(ctx.io, `${[header, ...lines].join('\n')}\n`, opts.out);
          } else {
            await emit(ctx.io, JSON.stringify(records), opts.out);
          }
        } finally {
          pool.dispose();
        }
      });
  },
};
