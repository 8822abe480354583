/**
 * `itp-sim merge <shard.json …> [--format json|csv|ndjson] [--out FILE] [--meta FILE]` — joins the JSON outputs of
 * every shard of one `trial --shard` or `sweep --shard` run into exactly what the unsharded run writes: the rows
 * in order and the statistics recomputed from every patient (src/model/documents.ts). Refuses shards of different
 * runs, tool versions or shard counts, and a missing or duplicate shard (exit 1).
 */
import { Option } from 'commander';
import type { CliCommand } from '../context.js';
import { CliError, EXIT_INVALID } from '../context.js';
import { emit } from '../output.js';
import { readJsonFile } from '../scenario-input.js';
import { documentMeta, MergeError, mergeShards } from '../../model/documents.js';
import { ndjsonLine, sweepCsv, trialCsv } from '../tables.js';

interface MergeOpts {
  format: 'json' | 'csv' | 'ndjson';
  out?: string;
  meta?: string;
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  register(program, ctx) {
    program
      .command('merge')
      .description('join the JSON outputs of every shard of a trial or sweep into the unsharded result')
      .argument('<files...>', 'JSON outputs of `itp-sim trial --shard i/n` or `itp-sim sweep --shard i/n`')
      .addOption(
        new Option('--format <format>', 'output format').choices(['json', 'csv', 'ndjson']).default('json'),
      )
      .option('-o, --out <file>', 'write to a file instead of stdout')
      .option('--meta <file>', 'also write the tool, input and statistics as JSON to this file')
      .addHelpText(
        'after',
        `
Examples:
  itp-sim merge part1.json part2.json part3.json part4.json --out cohort.json
  itp-sim merge shards/*.json --format csv --out patients.csv --meta trial.json`,
      )
      .action(async (files: string[], opts: MergeOpts) => {
        const inputs = [];
        for (const name of files) inputs.push({ name, doc: await readJsonFile(ctx.io, name) });
        let doc;
        try {
          doc = mergeShards(inputs);
        } catch (e) {
          if (e instanceof MergeError) throw new CliError(`cannot merge: ${e.message}`, EXIT_INVALID);
          throw e;
        }
        if (opts.meta) await emit(ctx.io, `${JSON.stringify(documentMeta(doc), null, 2)}\n`, opts.meta);
        let text: string;
        if (opts.format === 'csv') text = doc.kind === 'trial' ? trialCsv(doc) : sweepCsv(doc);
        else if (opts.format === 'ndjson') text = (doc.rows as unknown[]).map(ndjsonLine).join('');
        else text = JSON.stringify(doc);
        await emit(ctx.io, text, opts.out);
      });
  },
};
