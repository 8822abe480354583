/**
 * Scenario validation, in three passes, all reported at once:
 *  1. structure, types, ranges and units (zod, schema.ts);
 *  2. consistency between fields (checks.ts) — errors;
 *  3. clinically unusual but possible values (warnings.ts) — warnings, said plainly.
 * Never throws, whatever the input.
 */
import type { z } from 'zod/mini';
import { scenarioSchema, type Scenario } from './schema.js';
import { issue, type ScenarioIssue } from './errors.js';
import { checkScenario } from './checks.js';
import { MAX_LIST } from './schema-program.js';
import { clinicalWarnings } from './warnings.js';

export { ScenarioError, type ScenarioIssue } from './errors.js';

export type ValidationResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function fromZod(input: unknown, zi: z.core.$ZodIssue): ScenarioIssue[] {
  const path = zi.path.map(String).join('.');
  if (zi.code === 'unrecognized_keys') {
    return zi.keys.map((key) => {
      const p = path ? `${path}.${key}` : key;
      return issue(
        p,
        valueAt(input, [...zi.path, key]),
        'is not a field of this scenario format (check the spelling and docs/scenario.md)',
        'error',
        { code: 'unknown-field', params: {} },
      );
    });
  }
  if (zi.code === 'invalid_union' && 'discriminator' in zi && zi.discriminator) {
    const text = `must be one of: ${(zi as { options?: unknown[] }).options?.join(', ') ?? ''}`;
    const options = ((zi as { options?: unknown[] }).options ?? []).map(String);
    return [issue(path, valueAt(input, zi.path), text, 'error', { code: 'one-of', params: { options } })];
  }
  if (zi.code === 'invalid_type' && (zi.expected === 'object' || zi.expected === 'array')) {
    const text = zi.expected === 'object' ? 'must be an object (a group of fields)' : 'must be a list';
    const code = zi.expected === 'object' ? 'object' : 'list';
    return [issue(path, valueAt(input, zi.path), text, 'error', { code, params: {} })];
  }
  return [issue(path, valueAt(input, zi.path), zi.message)];
}

/** Nodes the list pre-check looks at before leaving the rest to the schema. */
const PRECHECK_NODES = 100_000;

/**
 * Lists longer than any list of the format (MAX_LIST items), found before the schema runs: the schema checks a
 * list's length only after its items, so `events.99999999` (a sparse list of 10^8 holes) made 10^8 issues, 47 s
 * and 2.6 GB. Such a list is reported once, by its length, and not looked into.
 */
function oversizedLists(input: unknown): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const stack: { v: unknown; path: string }[] = [{ v: input, path: '' }];
  const seen = new Set<unknown>();
  for (let budget = PRECHECK_NODES; stack.length && budget > 0; budget--) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
    // Unknown top-level fields are reported by the schema as unknown, without looking inside them.
    if (v === input && !Array.isArray(v)) {
      for (const k of Object.keys(scenarioSchema.def.shape)) {
        if (Object.prototype.hasOwnProperty.call(v, k))
          stack.push({ v: (v as Record<string, unknown>)[k], path: k });
      }
      continue;
    }
    if (Array.isArray(v)) {
      if (v.length > MAX_LIST) {
        out.push(
          issue(path, v, `must be a list of at most ${MAX_LIST} items (it has ${v.length})`, 'error', {
            code: 'too-many',
            params: { maxItems: MAX_LIST, count: v.length },
          }),
        );
        continue;
      }
      v.forEach((x, i) => stack.push({ v: x, path: at(i) }));
    } else {
      for (const k in v) {
        if (Object.prototype.hasOwnProperty.call(v, k)) {
          stack.push({ v: (v as Record<string, unknown>)[k], path: at(k) });
        }
      }
    }
  }
  return out;
}

/** Validates any value (parsed JSON or not). Never throws. */
export function validateScenario(input: unknown): ValidationResult {
  let parsed: ReturnType<typeof scenarioSchema.safeParse>;
  try {
    const huge = oversizedLists(input);
    if (huge.length) return { ok: false, errors: huge, warnings: [] };
    parsed = scenarioSchema.safeParse(input);
  } catch (e) {
    // Only exotic inputs (getters that throw, proxies) get here; report instead of crashing.
    return {
      ok: false,
      errors: [
        issue('', undefined, `could not be read: ${String(e)}`, 'error', { code: 'unreadable', params: {} }),
      ],
      warnings: [],
    };
  }
  if (!parsed.success) {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return {
        ok: false,
        errors: [
          issue('', input, 'must be a JSON object (a scenario document)', 'error', {
            code: 'not-a-scenario',
            params: {},
          }),
        ],
        warnings: [],
      };
    }
    return { ok: false, errors: parsed.error.issues.flatMap((zi) => fromZod(input, zi)), warnings: [] };
  }
  const scenario = parsed.data;
  const all = [...checkScenario(scenario), ...clinicalWarnings(scenario)];
  const errors = all.filter((i) => i.severity === 'error');
  const warnings = all.filter((i) => i.severity === 'warning');
  return errors.length ? { ok: false, errors, warnings } : { ok: true, scenario, warnings };
}
