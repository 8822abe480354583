/** Loading a scenario for the CLI: a JSON file or a preset, then `--set path=value` edits, then validation. */
import { presetScenario, PRESET_IDS } from '../model/scenario/presets.js';
import { validateScenario, type ScenarioIssue } from '../model/scenario/validate.js';
import { listIssues, showValue } from '../model/scenario/errors.js';
import { MAX_LIST } from '../model/scenario/schema-program.js';
import type { Scenario } from '../model/scenario/schema.js';
import { CliError, EXIT_INVALID, EXIT_USAGE, type CliIo } from './context.js';
import { FieldPathError, parseFieldPath, setAtPath } from '../model/field-path.js';

export { setAtPath };

/** parseFieldPath() (src/model/field-path.ts: no prototype keys) as a usage error naming the option. */
export function cliFieldPath(text: string, option: string): string[] {
  try {
    return parseFieldPath(text);
  } catch (e) {
    if (e instanceof FieldPathError) throw new CliError(`${option}: ${e.message}`, EXIT_USAGE);
    throw e;
  }
}

export interface ScenarioSourceOptions {
  preset?: string;
  set?: string[];
}

/** Parses "a.b.0.c=value"; the value is JSON when it parses as JSON, else a string. */
export function parseAssignment(text: string): { path: string[]; value: unknown } {
  const eq = text.indexOf('=');
  if (eq <= 0)
    throw new CliError(
      `--set expects path=value (e.g. program.rateMlPerDay=0.3), got ${showValue(text)}`,
      EXIT_USAGE,
    );
  const path = cliFieldPath(text.slice(0, eq), '--set');
  const shown = showValue(text.slice(0, eq));
  // A list index past the longest list of the format cannot be valid: refuse it before it builds a huge array.
  const index = path.find((p) => /^\d+$/.test(p) && Number(p) >= MAX_LIST);
  if (index !== undefined) {
    throw new CliError(
      `--set: list index ${showValue(index).replace(/^"|"$/g, '')} in ${shown} is out of range: ` +
        `lists hold at most ${MAX_LIST} items (index 0 to ${MAX_LIST - 1})`,
      EXIT_USAGE,
    );
  }
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: keep the string (e.g. catheterTipLevel=T10)
  }
  return { path, value };
}

/** JSON text as Windows editors save it too: a leading UTF-8 byte-order mark is not part of the JSON. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Reads and parses a JSON file; `-` reads standard input. */
export async function readJsonFile(io: CliIo, file: string): Promise<unknown> {
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    if (file === '-') {
      if (!io.readStdin) throw new Error('no standard input here');
      text = await io.readStdin();
    } else text = await io.readFile(file);
  } catch (e) {
    throw new CliError(`cannot read ${name}: ${(e as Error).message}`, EXIT_INVALID);
  }
  try {
    return JSON.parse(stripBom(text));
  } catch (e) {
    throw new CliError(`${name} is not valid JSON: ${(e as Error).message}`, EXIT_INVALID);
  }
}

/** The raw scenario document from a file or a preset, with --set edits applied (not yet validated). */
export async function loadScenarioDocument(
  io: CliIo,
  file: string | undefined,
  opts: ScenarioSourceOptions,
): Promise<Record<string, unknown>> {
  if (file && opts.preset) throw new CliError('give a scenario file or --preset, not both', EXIT_USAGE);
  let doc: unknown;
  if (opts.preset) {
    doc = presetScenario(opts.preset);
    if (!doc)
      throw new CliError(`unknown preset "${opts.preset}"; presets: ${PRESET_IDS.join(', ')}`, EXIT_USAGE);
  } else if (file) {
    doc = await readJsonFile(io, file);
  } else {
    throw new CliError('give a scenario file or --preset NAME', EXIT_USAGE);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new CliError('the scenario must be a JSON object', EXIT_INVALID);
  }
  for (const a of opts.set ?? []) {
    const { path, value } = parseAssignment(a);
    setAtPath(doc as Record<string, unknown>, path, value);
  }
  return doc as Record<string, unknown>;
}

/** Issues one a line for stderr: at most 50, then "… and N more". */
export function formatIssues(issues: ScenarioIssue[]): string {
  if (!issues.length) return '';
  return `${listIssues(issues, (i) => `  ${i.severity === 'error' ? 'error' : 'warning'}: ${i.message}`)}\n`;
}

/** Validates and returns the scenario; writes warnings to stderr; throws CliError (exit 1) with every error. */
export function validOrThrow(io: CliIo, doc: unknown): Scenario {
  const v = validateScenario(doc);
  if (v.warnings.length) io.stderr.write(`Warnings:\n${formatIssues(v.warnings)}`);
  if (!v.ok)
    throw new CliError(`The scenario is invalid:\n${formatIssues(v.errors)}`.trimEnd(), EXIT_INVALID);
  return v.scenario;
}

/** Commander collector for repeatable options. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
