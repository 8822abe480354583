/** `itp-sim run <scenario.json | --preset NAME> [--set path=value …] [--format json|csv] [--out FILE]` */
import type { CliCommand } from '../context.js';
import { collect, loadScenarioDocument, validOrThrow } from '../scenario-input.js';
import { emit, formatOption, type Format } from '../output.js';
import { simulate } from '../../runtime/node/index.js';
import { resultToCsv } from '../../model/export.js';
import { runJson, runMetaJson } from '../../model/documents.js';
import { toolInfo } from '../../runtime/node/version.js';
import {
  EXPENSIVE_RUN_SECONDS,
  estimateValidRunCost,
  type RunCostEstimate,
} from '../../model/scenario/run-cost.js';
import { progressBar } from '../progress.js';

/** Runs estimated longer than this, s, show a progress bar on stderr (the warning comes at EXPENSIVE_RUN_SECONDS). */
const PROGRESS_SECONDS = 2;

const seconds = (s: number): string =>
  s < 60 ? `${Math.max(1, Math.round(s))} s` : `${Math.round(s / 60)} min`;

/** The warning for a run estimated above EXPENSIVE_RUN_SECONDS, with the estimate; undefined below it. */
export function costWarning(cost: RunCostEstimate): string | undefined {
  if (!(cost.estimatedSeconds > EXPENSIVE_RUN_SECONDS)) return undefined;
  const work = cost.cells
    ? `${cost.csfSteps.toLocaleString('en')} steps of the CSF model × ${cost.cells} cells`
    : `${cost.outputIntervals.toLocaleString('en')} output intervals`;
  return (
    `warning: this run is expensive, about ${seconds(cost.estimatedSeconds)} (${work}); ` +
    'fewer days, fewer cells (model.csfCells) or model.distribution=false make it faster'
  );
}

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
      .argument('[scenario]', 'scenario JSON file (- reads standard input)')
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
        const cost = estimateValidRunCost(scenario);
        const warning = costWarning(cost);
        if (warning) ctx.io.stderr.write(`itp-sim: ${warning}\n`);
        const bar = cost.estimatedSeconds > PROGRESS_SECONDS ? progressBar(ctx.io, 'run', 100) : null;
        bar?.update(0);
        const result = await simulate(scenario, {
          onProgress: bar ? (p) => bar.update(Math.floor(p.fraction * 100)) : undefined,
        });
        bar?.end();
        // JSON carries the input scenario and the tool version; CSV is the series only (docs/api.md).
        const text = opts.format === 'csv' ? resultToCsv(result) : runJson(result, doc, toolInfo());
        if (opts.meta) await emit(ctx.io, `${runMetaJson(result, doc, toolInfo())}\n`, opts.meta);
        await emit(ctx.io, text, opts.out);
      });
  },
};
