/** Writing a command's output to --out FILE or stdout, and the --format option shared by run and sweep. */
import { Option } from 'commander';
import { CliError, EXIT_INVALID, type CliIo } from './context.js';

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
    // an I/O failure, not a usage error (exit 1); the old file, if any, is untouched (atomic write)
    throw new CliError(`cannot write ${out}: ${(e as Error).message}`, EXIT_INVALID);
  }
}
