/** Scenario errors, kept apart from the schema so that code that only reports errors does not load zod. */

export interface ScenarioIssue {
  /** Dotted path of the field, e.g. 'program.rateMlPerDay'. */
  path: string;
  /** The offending value as given (undefined when missing). */
  value: unknown;
  /** Plain-language message with the allowed range and unit. */
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
