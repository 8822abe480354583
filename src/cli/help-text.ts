/**
 * What `--help` adds after the generated usage: examples for the commands that do not add their own (sweep, trial,
 * merge and serve do) and, on the program, the exit codes (one scheme for every command: src/cli/context.ts,
 * docs/api.md).
 */
export const EXIT_CODES_HELP = `
Exit codes:
  0  ok (warnings go to stderr)
  1  invalid input or I/O failure (scenario, trial spec, JSON, a file that cannot be read or written)
  2  usage error (unknown command or option, bad option value, missing argument)
`;

const EXAMPLES: Record<string, string[]> = {
  '': [
    'itp-sim presets',
    'itp-sim run --preset baclofen-programmable --format csv --out result.csv',
    'itp-sim validate my-scenario.json',
  ],
  run: [
    'itp-sim run --preset baclofen-programmable',
    'itp-sim run my-scenario.json --set program.rateMlPerDay=0.3 --format csv --out result.csv',
    'itp-sim presets show pocket-fill | itp-sim run - --set durationDays=10',
  ],
  validate: ['itp-sim validate my-scenario.json', 'itp-sim presets show missed-refill | itp-sim validate -'],
  presets: [
    'itp-sim presets',
    'itp-sim presets --json',
    'itp-sim presets show baclofen-programmable > mine.json',
  ],
  schema: ['itp-sim schema --out scenario.schema.json'],
};

/** The "Examples:" block of a command's help ('' = the program), or undefined when it has none. */
export function examplesHelp(command: string): string | undefined {
  const lines = EXAMPLES[command];
  return lines && `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
