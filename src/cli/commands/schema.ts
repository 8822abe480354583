/** `itp-sim schema` — the scenario format as JSON Schema (draft 2020-12). */
import type { CliCommand } from '../context.js';
import { scenarioJsonSchema } from '../../model/scenario/schema.js';
import { emit } from '../output.js';

export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program, ctx) {
    program
      .command('schema')
      .description('print the scenario format as JSON Schema (for editors and validators)')
      .option('-o, --out <file>', 'write to a file instead of stdout')
      .action(async (opts: { out?: string }) => {
        await emit(ctx.io, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`, opts.out);
      });
  },
};
