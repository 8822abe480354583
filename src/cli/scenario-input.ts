/** Loading a scenario for the CLI: a JSON file or a preset, then `--set path=value` edits, then validation. */
import { presetScenario, PRESET_IDS } from '../model/scenario/presets.js';
import { validateScenario, type ScenarioIssue } from '../model/scenario/validate.js';
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
    throw new CliError(`--set expects path=value (e.g. program.rateMlPerDay=0.3), got "${text}"`, EXIT_USAGE);
  const path = cliFieldPath(text.slice(0, eq), '--set');
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: keep the string (e.g. catheterTipLevel=T10)
  }
  return { path, value };
}

export async function readJsonFile(io: CliIo, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`, EXIT_INVALID);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${file} is not valid JSON: ${(e as Error).message}`, EXIT_INVALID);
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

export function formatIssues(issues: ScenarioIssue[]): string {
  return issues.map((i) => `  ${i.severity === 'error' ? 'error' : 'warning'}: ${i.message}\n`).join('');
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
