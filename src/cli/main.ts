/**
 * itp-sim — the command line for engineers (docs/api.md). runCli() takes the arguments and an I/O context and
 * returns the exit code (0 ok, 1 invalid input, 2 usage error) instead of exiting, so tests call it in-process.
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliContext } from './context.js';
import { ScenarioError, showValue } from '../model/scenario/errors.js';
import { formatIssues } from './scenario-input.js';
import { EXIT_CODES_HELP, examplesHelp } from './help-text.js';
import { toolInfo } from '../runtime/node/version.js';

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('itp-sim')
    .description(
      'Intrathecal pump simulator: run, validate and sweep scenarios (educational; not a dosing aid).',
    )
    .version(toolInfo().version, '-V, --version', 'print the version')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) })
    .exitOverride();
  program.addHelpText('after', `${examplesHelp('')}${EXIT_CODES_HELP}`);
  for (const c of COMMANDS) c.register(program, ctx);
  for (const sub of program.commands) {
    const examples = examplesHelp(sub.name());
    if (examples) sub.addHelpText('after', examples);
    sub.exitOverride();
    sub.showHelpAfterError('(add --help for usage)');
    sub.configureOutput({ writeOut: (s) => ctx.io.stdout.write(s), writeErr: (s) => ctx.io.stderr.write(s) });
  }
  return program;
}

/**
 * `itp-sim nope --help` and `itp-sim help nope` showed the program's help and exited 0: a mistyped command must
 * fail (exit 2) even when help is asked for. Returns the unknown name, if any.
 */
function unknownCommand(program: Command, argv: string[]): string | undefined {
  const names = new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()]));
  const operand = (a: string) => a === '-' || !a.startsWith('-');
  const first = argv.find(operand);
  if (first === undefined) return undefined;
  if (first === 'help') {
    const target = argv.slice(argv.indexOf('help') + 1).find(operand);
    return target !== undefined && !names.has(target) ? target : undefined;
  }
  return names.has(first) ? undefined : first;
}

export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    const unknown = unknownCommand(program, argv);
    if (unknown !== undefined && argv.some((a) => a === '--help' || a === '-h' || a === 'help')) {
      const known = program.commands.map((c) => c.name()).join(', ');
      ctx.io.stderr.write(`itp-sim: unknown command ${showValue(unknown)}; commands: ${known}\n`);
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
