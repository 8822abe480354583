/**
 * Scenario field paths in words: "environment.timeline.0.bodyTemperatureC" → "Body temperature (°C), step 1".
 * Validation messages start with the path ("path = value: what is allowed"); learners read the words instead.
 */
import { showValue, type IssueCode, type ScenarioIssue } from '../../model/scenario/errors.js';
import { FIELD_TEXT } from '../i18n/strings.js';
import { formatNumber, unitText } from './format.js';

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

/** What an issue with a code says is allowed, in the page's language; undefined for a code not known here. */
function ruleText(i: ScenarioIssue): string | undefined {
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
 * parameters; one without (the consistency checks and warnings) keeps the model's text after the field's name.
 */
export function plainMessage(i: ScenarioIssue): string {
  const rule = ruleText(i);
  if (rule !== undefined) {
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
