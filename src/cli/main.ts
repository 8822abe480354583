/**
 * itp-sim — the command line for engineers (docs/api.md). runCli() takes the arguments and an I/O context and
 * returns the exit code (0 ok, 1 invalid input, 2 usage error) instead of exiting, so tests call it in-process.
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliContext } from './context.js';
import { ScenarioError } from '../model/scenario/errors.js';
import { formatIssues } from './scenario-input.js';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('itp-sim')
    .description(
      'Intrathecal pump simulator: run, validate and sweep scenarios (educational; not a dosing aid).',
    )
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) })
    .exitOverride();
  for (const c of COMMANDS) c.register(program, ctx);
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.showHelpAfterError('(add --help for usage)');
    sub.configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) });
  }
  return program;
}

export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(e.code);
      return ok ? EXIT_OK : EXIT_USAGE;
    }
    if (e instanceof CliError) {
      ctx.io.stderr.write(`itp-sim: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof ScenarioError) {
      ctx.io.stderr.write(`itp-sim: the scenario is invalid:\n${formatIssues(e.issues)}`);
      return EXIT_INVALID;
    }
    ctx.io.stderr.write(`itp-sim: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT_INVALID;
  }
}
