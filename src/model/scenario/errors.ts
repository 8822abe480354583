/** Scenario errors, kept apart from the schema so that code that only reports errors does not load zod. */

export interface ScenarioIssue {
  /** Dotted path of the field, e.g. 'program.rateMlPerDay' ('' for the whole scenario). */
  path: string;
  /** The offending value as given (undefined when missing). */
  value: unknown;
  /** Plain-language message: the path, the value, what is allowed (range and unit) or why it is unusual. */
  message: string;
  severity: 'error' | 'warning';
  /**
   * What is wrong, as a stable code with its parameters, for an interface that writes the message in another
   * language (src/ui/format/field-words.ts): a schema rule (ISSUE_CODES) or a consistency check or clinical
   * warning (CHECK_CODES).
   */
  code?: IssueCode;
  params?: IssueParams;
}

/** The rules of the scenario format an issue can break, each with its parameters in IssueParams. */
export const ISSUE_CODES = [
  'range',
  'one-of',
  'text',
  'flag',
  'too-many',
  'too-few',
  'unknown-field',
  'object',
  'list',
  'not-a-scenario',
  'unreadable',
  'valve-generation',
  'device-kind',
  'event-type',
  'period',
  'level',
  'version',
] as const;

/** The consistency checks (checks.ts, checks-replacement.ts) and clinical warnings (warnings.ts and its parts). */
export const CHECK_CODES = [
  'output-rows',
  'not-programmable',
  'needs-rate',
  'needs-flex',
  'needs-rate-reprogram',
  'needs-flex-reprogram',
  'rate-above-max',
  'step-after-period',
  'steps-order',
  'first-step-zero',
  'needs-patient-bolus',
  'above-reservoir',
  'after-end',
  'altitude-or-pressure',
  'time-order',
  'hyperbaric-plain',
  'implanted-only',
  'replacement-fill',
  'replacement-start-after-end',
  'no-pump-implanted',
  'new-pump-unprogrammed',
  'concentration-published',
  'concentration-labelled',
  'baclofen-patient-bolus',
  'rate-below-min',
  'mri-opens-valves',
  'mri-delay-no-effect',
  'mri-field',
  'body-temperature',
  'daily-dose',
  'bolus-dose',
  'patient-bolus-dose',
  'pocket-fill-dose',
  'granuloma',
  'wrong-concentration',
  'catheter-port-refill',
  'stability-interval',
  'stability-end',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];
export type IssueCode = (typeof ISSUE_CODES)[number] | CheckCode;

/** Parameters of an issue's code: only those its code uses are set (all plain data, structured-clone safe). */
export interface IssueParams {
  /** 'range': the bounds, the unit ('' for none), whole numbers only, the lower bound excluded. */
  min?: number;
  max?: number;
  unit?: string;
  int?: boolean;
  exclusiveMin?: boolean;
  /** 'one-of', 'device-kind', 'event-type': the allowed values. */
  options?: string[];
  /** 'text': longest text; 'too-many': most items, and how many the list has (when counted). */
  maxLength?: number;
  maxItems?: number;
  count?: number;
  /** 'version': the format version. */
  version?: number;
  /** Checks and warnings: a drug id, an amount (µg, µg/day, days…), the limit it exceeds and what that limit is. */
  drug?: string;
  amount?: number;
  limit?: number;
  /** The kind of dose limit (DoseLimit.kind) and the source of a limit, as the model's English text cites it. */
  limitKind?: string;
  source?: string;
  /** Times in hours of the run (from, to) and the event an issue refers to (its index in events). */
  from?: number;
  to?: number;
  event?: number;
  /** Which volume or fill: 'start', 'alarm', 'threshold', 'refill'; 'initial', 'refill', 'new-pump'. */
  what?: string;
  /** 'output-rows': the CSF distribution is on; 'stability-interval': the fill ends at a replacement. */
  flag?: boolean;
}

/** An issue's code and parameters. */
export interface IssueDetail {
  code: IssueCode;
  params: IssueParams;
}

/**
 * Codes of the schema's messages, by message text: a zod issue carries only the text the schema gave, so each
 * field builder registers its text with its code here (fields.ts) and `issue` finds it again.
 */
const CODED = new Map<string, IssueDetail>();

/** Registers `text` as the message of `code` with `params`, and returns it (for a schema's `error`). */
export function coded(text: string, code: IssueCode, params: IssueParams = {}): string {
  CODED.set(text, { code, params });
  return text;
}

/** Thrown by run APIs on invalid input; carries every issue at once. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(readonly issues: ScenarioIssue[]) {
    super(listIssues(issues));
  }
}

/** Longest rendering of a value in a message, characters. */
const SHOW_MAX = 80;

/**
 * Renders a value as JSON, lazily, stopping as soon as `max` characters are out: a 200 MB value costs no more than a
 * small one (JSON.stringify of the whole value first used 1 GB for a 200 MB input). Cycles, throwing getters,
 * sparse arrays and BigInts are rendered, never thrown.
 */
export function boundedJson(value: unknown, max: number): string {
  let out = '';
  const seen = new WeakSet<object>();
  const full = () => out.length > max;
  const put = (s: string) => {
    out += s.length > max + 1 ? s.slice(0, max + 1) : s;
  };
  const walk = (v: unknown, inArray: boolean): void => {
    if (full()) return;
    switch (typeof v) {
      case 'string':
        put(JSON.stringify(v.length > max ? v.slice(0, max) : v));
        return;
      case 'number':
        put(Number.isFinite(v) ? String(v) : 'null');
        return;
      case 'boolean':
        put(String(v));
        return;
      case 'bigint':
        put(String(v));
        return;
      case 'undefined':
      case 'function':
      case 'symbol':
        put(inArray ? 'null' : 'undefined');
        return;
    }
    if (v === null) return put('null');
    const o = v as object;
    if (seen.has(o)) return put('"[circular]"');
    seen.add(o);
    if (Array.isArray(o)) {
      put('[');
      for (let i = 0; i < o.length && !full(); i++) {
        if (i) put(',');
        walk(o[i], true);
      }
      put(']');
    } else {
      put('{');
      let first = true;
      // for…in stops as soon as the rendering is long enough (Object.keys would list every key first)
      for (const k in o) {
        if (full()) break;
        if (!Object.prototype.hasOwnProperty.call(o, k)) continue;
        let item: unknown;
        try {
          item = (o as Record<string, unknown>)[k];
        } catch {
          item = '[unreadable]';
        }
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        put(`${first ? '' : ','}${JSON.stringify(k.length > max ? k.slice(0, max) : k)}:`);
        first = false;
        walk(item, false);
      }
      put('}');
    }
    seen.delete(o);
  };
  try {
    walk(value, false);
  } catch {
    out = Object.prototype.toString.call(value);
  }
  return out;
}

/** A short, safe rendering of a value for a message (never throws, never huge, never slow). */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number') return String(value);
  const s = boundedJson(value, SHOW_MAX);
  return s.length > SHOW_MAX ? `${s.slice(0, SHOW_MAX - 3)}…` : s;
}

/** At most this many issues are listed in a message; the rest are counted ("… and 12 more"). */
export const MAX_LISTED_ISSUES = 50;

/** The issues' messages, one a line, the first MAX_LISTED_ISSUES of them and a count of the rest. */
export function listIssues(issues: readonly ScenarioIssue[], line = (i: ScenarioIssue) => i.message): string {
  const shown = issues.slice(0, MAX_LISTED_ISSUES).map(line);
  const rest = issues.length - shown.length;
  if (rest > 0) shown.push(`… and ${rest} more`);
  return shown.join('\n');
}

/** Builds an issue with the standard message "path = value: text". */
export function issue(
  path: string,
  value: unknown,
  text: string,
  severity: ScenarioIssue['severity'] = 'error',
  detail: IssueDetail | undefined = CODED.get(text),
): ScenarioIssue {
  const where = path || 'scenario';
  const message =
    value === undefined && severity === 'error'
      ? `${where} is missing: ${text}`
      : `${where} = ${showValue(value)}: ${text}`;
  return detail
    ? { path, value, message, severity, code: detail.code, params: { ...detail.params } }
    : { path, value, message, severity };
}
