/** `itp-sim run <scenario.json | --preset NAME> [--set path=value …] [--format json|csv] [--out FILE]` */
import type { CliCommand } from '../context.js';
import { collect, loadScenarioDocument, validOrThrow } from '../scenario-input.js';
import { emit, formatOption, type Format } from '../output.js';
import { simulate } from '../../runtime/node/index.js';
import { resultToCsv } from '../../model/export.js';
import { runJson, runMetaJson } from '../../model/documents.js';
import { toolInfo } from '../../runtime/node/version.js';

interface RunOpts {
  preset?: string;
  set?: string[];
  format: Format;
  out?: string;
  meta?: string;
}

export const runCommand: CliCommand = {
  name: 'run',
  register(program, ctx) {
    program
      .command('run')
      .description('run one scenario and write the result (JSON: summary, series, events; CSV: the series)')
      .argument('[scenario]', 'scenario JSON file')
      .option('-p, --preset <name>', 'use a preset instead of a file (see `itp-sim presets`)')
      .option('-s, --set <path=value>', 'change a field, e.g. program.rateMlPerDay=0.3 (repeatable)', collect)
      .addOption(formatOption())
      .option('-o, --out <file>', 'write to a file instead of stdout')
      .option(
        '--meta <file>',
        'also write the tool, scenario, summary and events as JSON to this file (for CSV)',
      )
      .action(async (file: string | undefined, opts: RunOpts) => {
        const doc = await loadScenarioDocument(ctx.io, file, opts);
        const scenario = validOrThrow(ctx.io, doc);
        const result = await simulate(scenario);
        // JSON carries the input scenario and the tool version; CSV is the series only (docs/api.md).
        const text = opts.format === 'csv' ? resultToCsv(result) : runJson(result, doc, toolInfo());
        if (opts.meta) await emit(ctx.io, `${runMetaJson(result, doc, toolInfo())}\n`, opts.meta);
        await emit(ctx.io, text, opts.out);
      });
  },
};
