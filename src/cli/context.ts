/**
 * What every command gets: output streams, exit codes, and the ways to load a scenario and to run many. Tests
 * build their own context (in-memory streams, an in-thread runner) and call runCli() directly.
 */
import type { Command } from 'commander';
import type { SimulationPoolApi } from '../runtime/runner-pool.js';
import type { TrialService } from '../model/trials/service.js';

/** Exit codes: 0 ok, 1 invalid input (scenario, file, JSON), 2 usage error (command line). */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
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
