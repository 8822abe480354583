/**
 * Scenario field paths in words: "environment.timeline.0.bodyTemperatureC" → "Body temperature (°C), step 1".
 * Validation messages start with the path ("path = value: what is allowed"); learners read the words instead.
 */
import {
  CHECK_CODES,
  showValue,
  type CheckCode,
  type IssueCode,
  type IssueParams,
  type ScenarioIssue,
} from '../../model/scenario/errors.js';
import { DRUG_TEXT, FIELD_TEXT, type CheckWords } from '../i18n/strings.js';
import { formatNumber, formatTime, unitText } from './format.js';

/** Units at the end of field names, longest first: for a field the names table does not have yet. */
const UNIT_SUFFIXES: readonly [string, string][] = [
  ['UgPerMl', 'µg/mL'],
  ['MlPerDay', 'mL/day'],
  ['MlPerMin', 'mL/min'],
  ['UlPerCm', 'µL/cm'],
  ['Percent', '%'],
  ['Minutes', 'min'],
  ['Hours', 'h'],
  ['Days', 'days'],
  ['Kpa', 'kPa'],
  ['Bpm', 'per minute'],
  ['Ml', 'mL'],
  ['Ul', 'µL'],
  ['Ug', 'µg'],
  ['Kg', 'kg'],
  ['Cm', 'cm'],
  ['Ft', 'ft'],
];

/** A field name in words in the page's language: the table's, else split from camelCase (unit in brackets). */
function nameInWords(key: string): string {
  const named = Object.hasOwn(FIELD_TEXT.names, key) ? FIELD_TEXT.names[key] : undefined;
  if (named) return named;
  const unit = UNIT_SUFFIXES.find(([suffix]) => key.endsWith(suffix) && key.length > suffix.length);
  const stem = unit ? key.slice(0, -unit[0].length) : key;
  const words = stem.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return unit ? `${text} (${unit[1]})` : text;
}

/** The path in words: the last field's name, then the list items it is in ("step 1"), innermost first. */
export function fieldWords(path: string): string {
  if (!path) return FIELD_TEXT.scenario;
  const keys = path.split('.');
  const items: string[] = [];
  for (let i = 1; i < keys.length; i++)
    if (/^\d+$/.test(keys[i]))
      items.unshift(`${FIELD_TEXT.items[keys[i - 1]] ?? FIELD_TEXT.item} ${Number(keys[i]) + 1}`);
  const leaf = [...keys].reverse().find((k) => !/^\d+$/.test(k)) ?? path;
  return [nameInWords(leaf), ...items].join(', ');
}

/** Significant digits of a bound or value in a rule (as many as the model's own text shows). */
const DIGITS = 6;
const num = (x: number | undefined): string => formatNumber(x ?? NaN, DIGITS);

/** Codes whose rule has no parameters, by their key in FIELD_TEXT.rules. */
const FIXED_RULES: Partial<Record<IssueCode, FixedRule>> = {
  flag: 'flag',
  'too-few': 'tooFew',
  'unknown-field': 'unknownField',
  object: 'object',
  list: 'list',
  'not-a-scenario': 'notScenario',
  unreadable: 'unreadable',
  'valve-generation': 'valveGeneration',
  period: 'period',
  level: 'level',
};
type FixedRule = {
  [K in keyof typeof FIELD_TEXT.rules]: (typeof FIELD_TEXT.rules)[K] extends string ? K : never;
}[keyof typeof FIELD_TEXT.rules];

const isCheck = (code: IssueCode | undefined): code is CheckCode =>
  (CHECK_CODES as readonly string[]).includes(code ?? '');

/** A check's or warning's parameters as words in the page's language (drugs and device kinds by name). */
function checkWords(code: CheckCode, p: IssueParams): CheckWords {
  const stability = code === 'stability-interval' || code === 'stability-end';
  const named = (table: Record<string, string>, id: string | undefined) => (id && table[id]) || (id ?? '');
  return {
    drug: named(DRUG_TEXT, p.drug),
    amount: num(p.amount),
    limit: num(p.limit),
    min: num(p.min),
    max: num(p.max),
    unit: p.unit ? unitText(p.unit) : '',
    count: num(p.count),
    from: stability ? formatTime(p.from ?? NaN) : num(p.from),
    to: num(p.to),
    event: p.event === undefined ? '' : `${FIELD_TEXT.items.events} ${p.event + 1}`,
    what: named(FIELD_TEXT.whats, p.what),
    limitKind: named(FIELD_TEXT.limitKinds, p.limitKind),
    source: p.source ?? '',
    options: (p.options ?? []).map((k) => named(FIELD_TEXT.deviceKinds, k)).join(', '),
    flag: p.flag === true,
  };
}

/** What an issue with a code says is allowed, in the page's language; undefined for a code not known here. */
function ruleText(i: ScenarioIssue): string | undefined {
  // an empty part (no citation) leaves no space before a colon or at the end
  if (isCheck(i.code))
    return FIELD_TEXT.checks[i.code](checkWords(i.code, i.params ?? {})).replace(/ +(?=:|$)/g, '');
  const r = FIELD_TEXT.rules;
  const p = i.params ?? {};
  const options = (p.options ?? []).join(', ');
  const fixed = i.code && FIXED_RULES[i.code];
  if (fixed) return r[fixed];
  switch (i.code) {
    case 'range': {
      const max = p.unit ? `${num(p.max)} ${unitText(p.unit)}` : num(p.max);
      const kind = p.int ? r.wholeNumber : r.number;
      return (p.exclusiveMin ? r.above : r.range)(kind, num(p.min), max);
    }
    case 'one-of':
      return r.oneOf(options);
    case 'text':
      return r.text(num(p.maxLength));
    case 'too-many':
      return p.count === undefined ? r.tooMany(num(p.maxItems)) : r.tooManyHas(num(p.maxItems), num(p.count));
    case 'device-kind':
      return r.deviceKind(options);
    case 'event-type':
      return r.eventType(options);
    case 'version':
      return r.version(String(p.version ?? ''));
    default:
      return undefined;
  }
}

/**
 * An issue in words, in the page's language: the field, its value and what is allowed ("Body temperature (°C),
 * step 1 is 50: must be a number from 30 to 43 °C"). An issue with a code is written from the code and its
 * parameters; one without a code known here keeps the model's text after the field's name.
 */
export function plainMessage(i: ScenarioIssue): string {
  const rule = ruleText(i);
  if (rule !== undefined) {
    // a check about a group of fields (environment: altitude and pressure) names the group, not its JSON
    if (isCheck(i.code) && typeof i.value === 'object' && i.value !== null)
      return `${fieldWords(i.path)}: ${rule}`;
    const value =
      i.value === undefined && i.severity === 'error'
        ? FIELD_TEXT.isMissing
        : `${FIELD_TEXT.is} ${typeof i.value === 'number' ? num(i.value) : showValue(i.value)}`;
    return `${fieldWords(i.path)} ${value}: ${rule}`;
  }
  const where = i.path || 'scenario';
  if (!i.message.startsWith(where)) return i.message;
  const rest = i.message
    .slice(where.length)
    .replace(/^ = /, ` ${FIELD_TEXT.is} `)
    .replace(/^ is missing:/, ` ${FIELD_TEXT.isMissing}:`);
  return `${fieldWords(i.path)}${rest}`;
}

/**
 * What is wrong, without the field and its value, for display next to the field: written from the code in the
 * page's language, else the model's text after its "path = value:" prefix.
 */
export function ruleMessage(i: ScenarioIssue): string {
  const rule = ruleText(i);
  if (rule !== undefined) return rule;
  const m = i.message;
  const k = m.indexOf(': ');
  return m.startsWith(i.path) && k > 0 ? m.slice(k + 2) : m;
}
