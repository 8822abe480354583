/**
 * Result export for files and the UI's export buttons.
 *  - JSON: the whole SimResult with every typed array as a plain array. Keys are written in a fixed order and
 *    numbers by the engine's shortest round-trip formatting, so the same result gives byte-identical text in
 *    Node and in Chromium (both V8; test/unit/export and test/browser/api-determinism check it).
 *  - CSV: one row per output time; the columns and their units come from src/model/series.ts (csvColumns(),
 *    docs/api.md).
 */
import type { SimResult } from './result.js';
import {
  CONCENTRATION_SERIES,
  EFFECT_SERIES,
  LEVEL_SERIES,
  MASS_BALANCE_SERIES,
  PUMP_SERIES,
  type ConcentrationSeriesName,
  type EffectName,
  type PumpSeriesName,
  type SeriesDef,
} from './series.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Plain, key-ordered JSON value: typed arrays become arrays, non-finite numbers become null. */
function toPlain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (ArrayBuffer.isView(value))
    return Array.from(value as Float64Array, (x) => (Number.isFinite(x) ? x : null));
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = toPlain(v);
    }
    return out;
  }
  return null;
}

/** The result as a JSON value (typed arrays as plain arrays, keys sorted). */
export function resultToJsonValue(result: SimResult): Json {
  return toPlain(result);
}

/** The result as JSON text; `indent` for humans (default compact). */
export function resultToJson(result: SimResult, indent?: number): string {
  return JSON.stringify(toPlain(result), null, indent);
}

export interface CsvColumn {
  name: string;
  unit: string;
  description: string;
}

interface ColumnSource extends CsvColumn {
  values: ArrayLike<number>;
}

/** The CSV columns, in the order and with the units of src/model/series.ts. */
function columns(result: SimResult): ColumnSource[] {
  const s = result.series;
  const cols: ColumnSource[] = [];
  const push = (name: string, def: SeriesDef, values: ArrayLike<number> | undefined) => {
    if (values) cols.push({ name, unit: def.unit, description: def.description, values });
  };
  for (const [name, def] of Object.entries(PUMP_SERIES)) push(name, def, s[name as PumpSeriesName]);
  const d = result.distribution;
  if (d) {
    const n = s.tHours.length;
    const nl = d.levels.length;
    d.levels.forEach((level, j) => {
      const values = new Float64Array(n);
      for (let k = 0; k < n; k++) values[k] = d.csfNgPerMl[k * nl + j];
      cols.push({
        name: `${LEVEL_SERIES.name}_${level.name}`,
        unit: LEVEL_SERIES.unit,
        description: LEVEL_SERIES.description(level.name, level.xCm),
        values,
      });
    });
    for (const [name, def] of Object.entries(CONCENTRATION_SERIES))
      push(name, def, d[name as ConcentrationSeriesName]);
    // Effect columns in name order, as the CSV has always had them.
    for (const name of (Object.keys(EFFECT_SERIES) as EffectName[]).sort())
      push(name, EFFECT_SERIES[name], d.effects[name]);
    for (const [name, def] of Object.entries(MASS_BALANCE_SERIES))
      push(name, def, d[name as keyof typeof MASS_BALANCE_SERIES]);
  }
  return cols;
}

/** The CSV columns this result would have, with units. */
export function csvColumns(result: SimResult): CsvColumn[] {
  return columns(result).map(({ name, unit, description }) => ({ name, unit, description }));
}

export interface CsvOptions {
  /** Round every number to this many significant digits (1–17); default: shortest round-trip (exact). */
  significantDigits?: number;
}

function cellFormat(opts: CsvOptions): (x: number | undefined) => string {
  const d = opts.significantDigits;
  const digits = d === undefined || !Number.isFinite(d) ? null : Math.min(17, Math.max(1, Math.round(d)));
  return (x) => {
    if (x === undefined || !Number.isFinite(x)) return '';
    return String(digits === null ? x : Number(x.toPrecision(digits)));
  };
}

/** The series as CSV: a header row of column names (units in the names), then one row per output time. */
export function resultToCsv(result: SimResult, opts: CsvOptions = {}): string {
  return runsToCsv([{ run: '', result }], opts);
}

/** One run of several exported together (e.g. both pumps of a comparison), named by its slot. */
export interface NamedRun {
  run: string;
  result: SimResult;
}

/**
 * Several runs side by side in one CSV: each run's columns (its own `tHours` first) prefixed by the run's name
 * (`programmable.tHours`, `constant-rate.tHours`, …). Runs of different lengths or output intervals keep their
 * own time column; a shorter run's cells are empty after its last row. One unnamed run gives resultToCsv's text.
 */
export function runsToCsv(runs: NamedRun[], opts: CsvOptions = {}): string {
  const cell = cellFormat(opts);
  const cols = runs.flatMap(({ run, result }) =>
    columns(result).map((c) => ({ ...c, name: run ? `${run}.${c.name}` : c.name })),
  );
  const lines = [cols.map((c) => c.name).join(',')];
  const n = Math.max(0, ...runs.map((r) => r.result.series.tHours.length));
  for (let k = 0; k < n; k++)
    lines.push(cols.map((c) => cell(k < c.values.length ? c.values[k] : undefined)).join(','));
  return lines.join('\n') + '\n';
}

/** Several runs as JSON text: `{ "runs": [{ "run": name, "result": … }] }`, each result as resultToJson. */
export function runsToJson(runs: NamedRun[], indent?: number): string {
  return JSON.stringify(
    { runs: runs.map(({ run, result }) => ({ run, result: toPlain(result) })) },
    null,
    indent,
  );
}
