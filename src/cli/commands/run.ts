/** `itp-sim run <scenario.json | --preset NAME> [--set path=value …] [--format json|csv] [--out FILE]` */
import type { CliCommand } from '../context.js';
import { collect, loadScenarioDocument, validOrThrow } from '../scenario-input.js';
import { emit, formatOption, type Format } from '../output.js';
import { simulate } from '../../runtime/node/index.js';
import { resultToCsv, resultToJson } from '../../model/export.js';

interface RunOpts {
  preset?: string;
  set?: string[];
  format: Format;
  out?: string;
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
      .action(async (file: string | undefined, opts: RunOpts) => {
        const doc = await loadScenarioDocument(ctx.io, file, opts);
        const scenario = validOrThrow(ctx.io, doc);
        const result = await simulate(scenario);
        await emit(ctx.io, opts.format === 'csv' ? resultToCsv(result) : resultToJson(result), opts.out);
      });
  },
};
