/** `itp-sim validate <scenario.json>` — exit 0 when valid (warnings on stderr), 1 with every error. */
import type { CliCommand } from '../context.js';
import { readJsonFile, validOrThrow } from '../scenario-input.js';

export const validateCommand: CliCommand = {
  name: 'validate',
  register(program, ctx) {
    program
      .command('validate')
      .description('check a scenario file: every error with its field, value, allowed range and unit')
      .argument('<scenario>', 'scenario JSON file (- reads standard input)')
      .action(async (file: string) => {
        validOrThrow(ctx.io, await readJsonFile(ctx.io, file));
        ctx.io.stdout.write(`${file === '-' ? 'standard input' : file}: valid\n`);
      });
  },
};
