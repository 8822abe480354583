/**
 * Result export for files and the UI's export buttons.
 *  - JSON: the whole SimResult with every typed array as a plain array. Keys are written in a fixed order and
 *    numbers by the engine's shortest round-trip formatting, so the same result gives byte-identical text in
 *    Node and in Chromium (both V8; test/unit/export and test/browser/api-determinism check it).
 *  - CSV: one row per output time; the columns and their units are listed by csvColumns() and in docs/api.md.
 */
import type { SimResult } from './result.js';

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

function columns(result: SimResult): ColumnSource[] {
  const s = result.series;
  const cols: ColumnSource[] = [
    { name: 'tHours', unit: 'h', description: 'end of the output interval', values: s.tHours },
    {
      name: 'tipVolumeUl',
      unit: 'µL',
      description: 'volume delivered at the catheter tip in the interval',
      values: s.tipVolumeUl,
    },
    {
      name: 'tipDoseUg',
      unit: 'µg',
      description: 'drug delivered at the catheter tip in the interval',
      values: s.tipDoseUg,
    },
    {
      name: 'reservoirMl',
      unit: 'mL',
      description: 'reservoir volume at the end of the interval',
      values: s.reservoirMl,
    },
    {
      name: 'programmedCumulativeMl',
      unit: 'mL',
      description: 'cumulative programmed volume at the end of the interval',
      values: s.programmedCumulativeMl,
    },
  ];
  if (s.systemicDoseUg) {
    cols.push({
      name: 'systemicDoseUg',
      unit: 'µg',
      description: 'drug that reached tissue or blood instead of CSF in the interval (pocket fill, leak)',
      values: s.systemicDoseUg,
    });
  }
  if (s.batteryFraction) {
    cols.push({
      name: 'batteryFraction',
      unit: '0–1',
      description: 'battery remaining',
      values: s.batteryFraction,
    });
  }
  const d = result.distribution;
  if (d) {
    const n = s.tHours.length;
    const nl = d.levels.length;
    d.levels.forEach((level, j) => {
      const values = new Float64Array(n);
      for (let k = 0; k < n; k++) values[k] = d.csfNgPerMl[k * nl + j];
      cols.push({
        name: `csfNgPerMl_${level.name}`,
        unit: 'ng/mL',
        description: `CSF concentration at ${level.name} (x = ${level.xCm} cm from the caudal end)`,
        values,
      });
    });
    cols.push({
      name: 'cranialNgPerMl',
      unit: 'ng/mL',
      description: 'cranial CSF concentration',
      values: d.cranialNgPerMl,
    });
    cols.push({
      name: 'plasmaNgPerMl',
      unit: 'ng/mL',
      description: 'plasma concentration',
      values: d.plasmaNgPerMl,
    });
    const optional: [keyof typeof d, string, string][] = [
      ['tipNgPerMl', 'tipNgPerMl', 'CSF concentration in the catheter-tip cell'],
      [
        'spinalTargetNgPerMl',
        'spinalTargetNgPerMl',
        "mean CSF concentration over the indication's target segments",
      ],
    ];
    for (const [key, name, description] of optional) {
      const values = d[key] as Float64Array | undefined;
      if (values) cols.push({ name, unit: 'ng/mL', description, values });
    }
    for (const name of Object.keys(d.effects).sort()) {
      cols.push({
        name,
        unit: 'in the name',
        description: `effect measure ${name}`,
        values: d.effects[name],
      });
    }
    cols.push({
      name: 'massBalanceRelError',
      unit: '1',
      description: 'relative mass-balance error at the end of the interval',
      values: d.massBalanceRelError,
    });
  }
  return cols;
}

/** The CSV columns this result would have, with units. */
export function csvColumns(result: SimResult): CsvColumn[] {
  return columns(result).map(({ name, unit, description }) => ({ name, unit, description }));
}

const cell = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '' : String(x));

/** The series as CSV: a header row of column names (units in the names), then one row per output time. */
export function resultToCsv(result: SimResult): string {
  const cols = columns(result);
  const lines = [cols.map((c) => c.name).join(',')];
  const n = result.series.tHours.length;
  for (let k = 0; k < n; k++) lines.push(cols.map((c) => cell(c.values[k])).join(','));
  return lines.join('\n') + '\n';
}
