/** Scenario validation: every problem becomes a ScenarioIssue naming the field path, the value and the rule. */
import { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema.js';
import type { ScenarioIssue } from './errors.js';

export { ScenarioError, type ScenarioIssue } from './errors.js';

export type ValidationResult =
  { ok: true; scenario: Scenario; warnings: ScenarioIssue[] } | { ok: false; errors: ScenarioIssue[] };

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Unit of a field, read from the suffix of its name (units are in every field name). */
export function unitOfField(path: string): string {
  const last = path.split('.').pop() ?? '';
  const suffixes: [RegExp, string][] = [
    [/MlPerDay$/, 'mL/day'],
    [/UgPerMl$/, 'µg/mL'],
    [/Ml$/, 'mL'],
    [/Ul$/, 'µL'],
    [/Ug$/, 'µg'],
    [/Days$/, 'days'],
    [/Hours$/, 'h'],
    [/Minutes$/, 'min'],
  ];
  for (const [re, unit] of suffixes) if (re.test(last)) return unit;
  return '';
}

function describe(issue: z.core.$ZodIssue, path: string): string {
  const unit = unitOfField(path);
  const u = unit ? ` ${unit}` : '';
  switch (issue.code) {
    case 'too_small':
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}${u}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${u}`;
    case 'invalid_type':
      return `must be a ${issue.expected}${u ? ` (in${u})` : ''}`;
    default:
      return issue.message;
  }
}

/** Validates any JSON value. Never throws. */
export function validateScenario(input: unknown): ValidationResult {
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, scenario: parsed.data, warnings: [] };
  const errors = parsed.error.issues.map((issue): ScenarioIssue => {
    const path = issue.path.map(String).join('.');
    const value = valueAt(input, issue.path);
    return {
      path,
      value,
      message: `${path || 'scenario'} = ${JSON.stringify(value)}: ${describe(issue, path)}`,
      severity: 'error',
    };
  });
  return { ok: false, errors };
}
