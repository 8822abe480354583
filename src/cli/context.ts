/**
 * What every command gets: output streams, exit codes, and the ways to load a scenario and to run many. Tests
 * build their own context (in-memory streams, an in-thread runner) and call runCli() directly.
 */
import type { Command } from 'commander';
import type { SimulationPoolApi } from '../runtime/runner-pool.js';
import type { TrialService } from '../model/trials/service.js';

/**
 * Exit codes, one scheme for every command (docs/api.md, `itp-sim --help`):
 *   0 ok (warnings go to stderr and do not change it);
 *   1 invalid input or I/O failure (scenario, trial spec, file, JSON; a file that cannot be read or written);
 *   2 usage error (the command line itself: unknown command or option, bad option value, missing argument).
 */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  readFile(path: string): Promise<string>;
  /** Writes a whole file; the process's version is atomic (src/cli/atomic-write.ts). */
  writeFile(path: string, data: string): Promise<void>;
  /** The whole of standard input (for the file name `-`); absent = no stdin. */
  readStdin?(): Promise<string>;
}

export interface CliContext {
  io: CliIo;
  /** Makes a worker pool (Node: worker_threads); size undefined = one per core. */
  createPool(size?: number): Promise<SimulationPoolApi>;
  /** Makes a trial worker pool (`itp-sim trial`); absent = trials run in this thread. */
  createTrialPool?(size?: number): Promise<TrialService & { readonly size: number; dispose(): void }>;
  /** Set by a command to report its outcome. */
  exitCode: number;
}

/** An error that ends the command with a given exit code and a plain message on stderr. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** One CLI command; src/cli/commands/index.ts lists them all. */
export interface CliCommand {
  name: string;
  register(program: Command, ctx: CliContext): void;
}
