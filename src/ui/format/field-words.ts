/**
 * Scenario field paths in words: "environment.timeline.0.bodyTemperatureC" → "Body temperature (°C), step 1".
 * Validation messages start with the path ("path = value: what is allowed"); learners read the words instead.
 */
import type { ScenarioIssue } from '../../model/scenario/errors.js';
import { FIELD_TEXT } from '../i18n/strings.js';

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

/** An issue's message with its path in words ("Body temperature (°C), step 1 is 50: must be …"). */
export function plainMessage(i: ScenarioIssue): string {
  const where = i.path || 'scenario';
  if (!i.message.startsWith(where)) return i.message;
  const rest = i.message
    .slice(where.length)
    .replace(/^ = /, ` ${FIELD_TEXT.is} `)
    .replace(/^ is missing:/, ` ${FIELD_TEXT.isMissing}:`);
  return `${fieldWords(i.path)}${rest}`;
}
