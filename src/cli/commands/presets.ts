/** `itp-sim presets [--json]` — the teaching presets: id, title and what to look at. */
import type { CliCommand } from '../context.js';
import { PRESETS } from '../../model/scenario/presets.js';

export const presetsCommand: CliCommand = {
  name: 'presets',
  register(program, ctx) {
    program
      .command('presets')
      .description('list the preset scenarios (use one with `itp-sim run --preset ID`)')
      .option('--json', 'print id, title and description as JSON')
      .action((opts: { json?: boolean }) => {
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
