/** Writing a command's output to --out FILE or stdout, and the --format option shared by run and sweep. */
import { Option } from 'commander';
import { CliError, EXIT_USAGE, type CliIo } from './context.js';

export type Format = 'json' | 'csv';

export const formatOption = () =>
  new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json');

export async function emit(io: CliIo, text: string, out: string | undefined): Promise<void> {
  if (!out) {
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  try {
    await io.writeFile(out, text);
  } catch (e) {
    throw new CliError(`cannot write ${out}: ${(e as Error).message}`, EXIT_USAGE);
  }
}
