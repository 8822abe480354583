/** Scenario errors, kept apart from the schema so that code that only reports errors does not load zod. */

export interface ScenarioIssue {
  /** Dotted path of the field, e.g. 'program.rateMlPerDay' ('' for the whole scenario). */
  path: string;
  /** The offending value as given (undefined when missing). */
  value: unknown;
  /** Plain-language message: the path, the value, what is allowed (range and unit) or why it is unusual. */
  message: string;
  severity: 'error' | 'warning';
}

/** Thrown by run APIs on invalid input; carries every issue at once. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(readonly issues: ScenarioIssue[]) {
    super(issues.map((i) => i.message).join('\n'));
  }
}

/** A short, safe rendering of a value for a message (never throws, never huge). */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value);
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Builds an issue with the standard message "path = value: text". */
export function issue(
  path: string,
  value: unknown,
  text: string,
  severity: ScenarioIssue['severity'] = 'error',
): ScenarioIssue {
  const where = path || 'scenario';
  const message =
    value === undefined && severity === 'error'
      ? `${where} is missing: ${text}`
      : `${where} = ${showValue(value)}: ${text}`;
  return { path, value, message, severity };
}
