/**
 * `itp-sim presets [--json]` — the teaching presets: id, title and what to look at.
 * `itp-sim presets show <name>` — a preset's scenario as JSON, ready to edit, validate or run (`run -` reads it).
 */
import type { CliCommand } from '../context.js';
import { CliError, EXIT_USAGE } from '../context.js';
import { PRESETS, PRESET_IDS, presetScenario } from '../../model/scenario/presets.js';
import { showValue } from '../../model/scenario/errors.js';

export const presetsCommand: CliCommand = {
  name: 'presets',
  register(program, ctx) {
    program
      .command('presets')
      .description('list the preset scenarios, or print one with `presets show NAME`')
      .argument('[action]', '"show" to print one preset\'s scenario as JSON (default: list them)')
      .argument('[name]', 'the preset to show')
      .option('--json', 'list id, title and description as JSON')
      .action((action: string | undefined, name: string | undefined, opts: { json?: boolean }) => {
        if (action === 'show') {
          if (name === undefined) {
            throw new CliError(
              `presets show needs a preset name; presets: ${PRESET_IDS.join(', ')}`,
              EXIT_USAGE,
            );
          }
          const scenario = presetScenario(name);
          if (!scenario) {
            throw new CliError(
              `unknown preset ${showValue(name)}; presets: ${PRESET_IDS.join(', ')}`,
              EXIT_USAGE,
            );
          }
          ctx.io.stdout.write(`${JSON.stringify(scenario, null, 2)}\n`);
          return;
        }
        if (action !== undefined) {
          throw new CliError(`presets: unknown action ${showValue(action)} (use "show NAME")`, EXIT_USAGE);
        }
        if (opts.json) {
          const list = PRESETS.map(({ id, title, description }) => ({ id, title, description }));
          ctx.io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        const width = Math.max(...PRESETS.map((p) => p.id.length));
        for (const p of PRESETS)
          ctx.io.stdout.write(
            `${p.id.padEnd(width)}  ${p.title}\n${' '.repeat(width + 2)}${p.description}\n`,
          );
      });
  },
};
