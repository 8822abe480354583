/**
 * Field builders for the scenario schema. Every number field knows its allowed range and unit, so that an
 * invalid value gets one plain message: "must be a number from 0 to 24 mL/day". The range and unit also go into
 * the published JSON Schema (minimum, maximum, and an `x-unit` annotation).
 *
 * zod/mini (the functional API of the same zod package): its schemas carry no methods, so the bundle keeps only
 * the checks used here. zod "classic" puts `toJSONSchema` and every string format on each schema, which cost the
 * simulation worker 8 KB gz (npm run size: worker 51.8 → 43.6 KB gz). The JSON Schema (schema.ts,
 * `scenarioJsonSchema`) uses the same metadata through `z.toJSONSchema` and is built only by the CLI and docs.
 */
import { z } from 'zod/mini';
import { coded } from './errors.js';

export interface NumOptions {
  /** The lower bound itself is not allowed (e.g. a duration must be > 0). */
  exclusiveMin?: boolean;
  int?: boolean;
  description?: string;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : String(+n.toPrecision(6)));

/** Plain-language statement of the allowed range, e.g. "from 0 to 24 mL/day". */
export function rangeText(min: number, max: number, unit: string, exclusiveMin = false): string {
  const u = unit ? ` ${unit}` : '';
  return exclusiveMin
    ? `greater than ${fmt(min)} and at most ${fmt(max)}${u}`
    : `from ${fmt(min)} to ${fmt(max)}${u}`;
}

/** A finite number in [min, max] (or (min, max]) with its unit. */
export function num(min: number, max: number, unit: string, opts: NumOptions = {}) {
  const kind = opts.int ? 'a whole number' : 'a number';
  const message = coded(`must be ${kind} ${rangeText(min, max, unit, opts.exclusiveMin)}`, 'range', {
    min,
    max,
    unit,
    int: !!opts.int,
    exclusiveMin: !!opts.exclusiveMin,
  });
  const s = opts.int ? z.int({ error: message }) : z.number({ error: message });
  return s.check(
    opts.exclusiveMin ? z.gt(min, { error: message }) : z.gte(min, { error: message }),
    z.lte(max, { error: message }),
    z.meta({ 'x-unit': unit, ...(opts.description ? { description: opts.description } : {}) }),
  );
}

/** Time since the start of the run at which something happens, h. */
export const atHours = () =>
  num(0, 24 * 3653, 'h', { description: 'Time since the start of the run, hours.' });

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, description?: string) {
  const message = coded(`must be one of: ${values.join(', ')}`, 'one-of', { options: [...values] });
  const s = z.enum(values, { error: message });
  return description ? s.check(z.describe(description)) : s;
}

export function text(maxLength: number) {
  const message = coded(`must be text of at most ${maxLength} characters`, 'text', { maxLength });
  return z.string({ error: message }).check(z.maxLength(maxLength, { error: message }));
}

export const flag = () => z.boolean({ error: coded('must be true or false', 'flag') });

/** A list with a maximum length, so that no input can make the engines allocate without bound. */
export function list<T extends z.ZodMiniType>(item: T, maxItems: number) {
  const message = coded(`must be a list of at most ${maxItems} items`, 'too-many', { maxItems });
  return z.array(item, { error: message }).check(z.maxLength(maxItems, { error: message }));
}
