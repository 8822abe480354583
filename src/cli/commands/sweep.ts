/**
 * `itp-sim sweep <scenario.json | --preset NAME> --vary SPEC … [--workers N] [--format json|csv|ndjson]
 * [--shard i/n] [--out FILE] [--meta FILE]` — every combination of the varied values (src/model/sweep/grid.ts:
 * ranges, log ranges, lists, vertebral level ranges), run in parallel on worker_threads with a progress bar on stderr; one
 * row per run with its index, the varied values and the run's summary and outcome scores. JSON: the whole document
 * (tool, scenario, grid, rows); CSV: one row per run; NDJSON: one line per row, written as each run finishes.
 */
import { open, rename, type FileHandle } from 'node:fs/promises';
import { Option } from 'commander';
import type { CliCommand, CliIo } from '../context.js';
import { CliError, EXIT_INVALID, EXIT_USAGE } from '../context.js';
import { collect, formatIssues, loadScenarioDocument, validOrThrow } from '../scenario-input.js';
import { emit } from '../output.js';
import { progressBar } from '../progress.js';
import { parseVary, SweepSpecError, gridSize, type Vary } from '../../model/sweep/grid.js';
import { FieldPathError } from '../../model/field-path.js';
import { documentMeta, sweepDocument } from '../../model/documents.js';
import { runSweep, sweepRange, SweepRunsInvalidError, type SweepRow } from '../../runtime/node/sweep.js';
import { toolInfo } from '../../runtime/node/version.js';
import { ndjsonLine, sweepCsv } from '../tables.js';
import { SHARD_HELP, shardFromArgs, workersFromArgs } from '../shard-option.js';

interface SweepOpts {
  preset?: string;
  set?: string[];
  vary?: string[];
  workers?: string;
  format: 'json' | 'csv' | 'ndjson';
  out?: string;
  meta?: string;
  shard?: string;
}

function varyFromArgs(texts: string[]): Vary[] {
  try {
    return texts.map(parseVary);
  } catch (e) {
    if (e instanceof SweepSpecError || e instanceof FieldPathError) throw new CliError(e.message, EXIT_USAGE);
    throw e;
  }
}

/**
 * Where NDJSON rows go as they finish: stdout, or `--out FILE` by way of `FILE.partial`, which grows while the
 * sweep runs (tail -f it) and is renamed to FILE when the sweep succeeds. On failure FILE is left as it was and
 * the rows finished so far stay in FILE.partial: nothing computed is lost, nothing good is overwritten.
 */
async function rowSink(
  io: CliIo,
  out: string | undefined,
): Promise<{ write(s: string): void; close(ok: boolean): Promise<void> }> {
  if (!out) return { write: (s) => void io.stdout.write(s), close: async () => undefined };
  const partial = `${out}.partial`;
  let file: FileHandle;
  try {
    file = await open(partial, 'w');
  } catch (e) {
    throw new CliError(`cannot write ${partial}: ${(e as Error).message}`, EXIT_INVALID);
  }
  let chain: Promise<unknown> = Promise.resolve();
  return {
    write: (s) => {
      chain = chain.then(() => file.write(s));
    },
    close: async (ok) => {
      try {
        await chain;
        await file.close();
        if (ok) await rename(partial, out);
      } catch (e) {
        throw new CliError(`cannot write ${out}: ${(e as Error).message}`, EXIT_INVALID);
      }
      if (!ok) io.stderr.write(`itp-sim: the rows finished so far are in ${partial}\n`);
    },
  };
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
        '-v, --vary <spec>',
        'vary a field (repeatable): path=from:to:steps, path=from:to:logN, path=a,b,c or path=T8..T12',
        collect,
      )
      .option('-w, --workers <n>', 'worker threads (default: one per core; at most twice the cores)')
      .addOption(
        new Option('--format <format>', 'output format').choices(['json', 'csv', 'ndjson']).default('json'),
      )
      .option('--shard <i/n>', SHARD_HELP)
      .option('-o, --out <file>', 'write to a file instead of stdout')
      .option('--meta <file>', 'also write the tool, scenario and grid as JSON to this file (for CSV/NDJSON)')
      .addHelpText(
        'after',
        `
Examples:
  itp-sim sweep --preset baclofen-programmable --vary program.rateMlPerDay=0.1:0.5:5 --format csv
  itp-sim sweep --preset baclofen-programmable --vary device.strokeVolumeUl=0.25:4:log5 --vary patient.catheterTipLevel=T8..T12
  itp-sim sweep my.json --vary program.rateMlPerDay=0.1,0.2,0.5 --format ndjson --out rows.ndjson
  itp-sim sweep my.json --vary program.rateMlPerDay=0.1:1:1000 --shard 2/4 --out part2.json   # then itp-sim merge`,
      )
      .action(async (file: string | undefined, opts: SweepOpts) => {
        const vary = varyFromArgs(opts.vary ?? []);
        if (!vary.length) throw new CliError('give at least one --vary (see --help)', EXIT_USAGE);
        const shard = shardFromArgs(opts.shard);
        // The size is known from the lists alone: refuse before anything is built.
        let runs: number;
        try {
          runs = sweepRange(gridSize(vary), shard).size;
        } catch (e) {
          if (e instanceof SweepSpecError) throw new CliError(e.message, EXIT_USAGE);
          throw e;
        }
        const workers = workersFromArgs(ctx.io, opts.workers);
        const base = await loadScenarioDocument(ctx.io, file, opts);
        validOrThrow(ctx.io, base);
        const tool = toolInfo();
        const pool = await ctx.createPool(workers);
        const sink = opts.format === 'ndjson' ? await rowSink(ctx.io, opts.out) : null;
        let ok = false;
        const bar = progressBar(ctx.io, 'sweep', runs);
        bar.update(0);
        try {
          const result = await runSweep(base, vary, {
            pool,
            shard,
            onProgress: (p) => bar.update(p.done),
            onRow: sink ? (row: SweepRow) => sink.write(ndjsonLine(row)) : undefined,
          });
          bar.end();
          const doc = sweepDocument(tool, result, shard);
          if (opts.meta) await emit(ctx.io, `${JSON.stringify(documentMeta(doc), null, 2)}\n`, opts.meta);
          ok = true;
          if (sink) return;
          await emit(ctx.io, opts.format === 'csv' ? sweepCsv(doc) : JSON.stringify(doc), opts.out);
        } catch (e) {
          if (e instanceof SweepRunsInvalidError) {
            const text = e.runs
              .map(
                (r) =>
                  `run ${r.run} (${Object.entries(r.vary)
                    .map(([p, x]) => `${p}=${x}`)
                    .join(', ')}):\n${formatIssues(r.issues)}`,
              )
              .join('');
            throw new CliError(`Some runs of the sweep are invalid:\n${text}`.trimEnd(), EXIT_INVALID);
          }
          throw e;
        } finally {
          pool.dispose();
          await sink?.close(ok);
        }
      });
  },
};
