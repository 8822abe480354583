/**
 * Sweep grids: what `--vary` and runSweep() accept, and the grid of every combination without building it.
 *
 *   path=from:to:steps     `steps` evenly spaced numbers, ends included (program.rateMlPerDay=0.1:0.5:5)
 *   path=from:to:logN      N log-spaced numbers, ends included, both ends > 0 (device.strokeVolumeUl=0.5:8:log5)
 *   path=a,b,c             a list: numbers, or text (drug=morphine,baclofen)
 *   path=T8..T12           vertebral levels from one to the other, both included, in either direction
 *   path=x                 one number (a list of one)
 *
 * Linear values are rounded to the grid's decimal precision (0.1:0.4:4 gives 0.3, not 0.30000000000000004), log
 * values to 12 significant digits. The grid is the product of the lists, first vary slowest; run k's values are
 * computed from k (gridRow), so its size is known, and checked against the cap, before anything is allocated.
 */
import { parseFieldPath } from '../field-path.js';
import { VERTEBRAL_LEVEL_NAMES } from '../scenario/names.js';

export type VaryValue = number | string;

export interface Vary {
  /** Dotted field path, e.g. "program.rateMlPerDay". */
  path: string;
  values: VaryValue[];
}

/** The most runs one sweep (or one shard of a sweep) may have. */
export const MAX_SWEEP_RUNS = 10_000;

export class SweepSpecError extends Error {
  override readonly name = 'SweepSpecError';
}

const SIGNIFICANT = 12;

/** Digits after the decimal point of x written with 12 significant digits (0 for integers, at most 12). */
function decimals(x: number): number {
  const text = String(Number(x.toPrecision(SIGNIFICANT)));
  const m = /^-?\d*(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return SIGNIFICANT;
  const frac = m[1]?.length ?? 0;
  const exp = m[2] ? Number(m[2]) : 0;
  return Math.min(SIGNIFICANT, Math.max(0, frac - exp));
}

const USAGE =
  'path=from:to:steps, path=from:to:logN, path=a,b,c or path=T8..T12 (e.g. program.rateMlPerDay=0.1:0.5:5)';

function listValue(text: string): VaryValue {
  const t = text.trim();
  if (t !== '' && Number.isFinite(Number(t))) return Number(t);
  return t;
}

/** Parses one `--vary`; throws SweepSpecError with the accepted forms. */
export function parseVary(text: string): Vary {
  const eq = text.indexOf('=');
  const bad = (why: string) => new SweepSpecError(`--vary "${text}": ${why}; expected ${USAGE}`);
  if (eq <= 0) throw bad('no path=');
  const path = text.slice(0, eq);
  parseFieldPath(path);
  const spec = text.slice(eq + 1);
  const range = /^([^:]+):([^:]+):(log)?([^:]+)$/.exec(spec);
  if (range) {
    const [from, to, n] = [Number(range[1]), Number(range[2]), Number(range[4])];
    if (![from, to].every(Number.isFinite)) throw bad('the ends must be numbers');
    if (!Number.isInteger(n) || n < 1 || n > MAX_SWEEP_RUNS)
      throw bad(`the number of values must be a whole number from 1 to ${MAX_SWEEP_RUNS}`);
    if (range[3]) {
      if (!(from > 0 && to > 0)) throw bad('log spacing needs both ends greater than 0');
      const values = Array.from({ length: n }, (_, i) =>
        n === 1 ? from : Number((from * (to / from) ** (i / (n - 1))).toPrecision(SIGNIFICANT)),
      );
      return { path, values };
    }
    const step = n === 1 ? 0 : (to - from) / (n - 1);
    const digits = Math.max(decimals(from), decimals(to), n === 1 ? 0 : decimals(step));
    const values = Array.from({ length: n }, (_, i) => Number((from + step * i).toFixed(digits)));
    return { path, values };
  }
  const levels = /^([A-Za-z]+\d+)\.\.([A-Za-z]+\d+)$/.exec(spec);
  if (levels) {
    const names = VERTEBRAL_LEVEL_NAMES as readonly string[];
    const a = names.indexOf(levels[1].toUpperCase());
    const b = names.indexOf(levels[2].toUpperCase());
    if (a < 0 || b < 0) throw bad(`levels are ${names[0]} … ${names[names.length - 1]}`);
    const step = a <= b ? 1 : -1;
    const values: string[] = [];
    for (let i = a; i !== b + step; i += step) values.push(names[i]);
    return { path, values };
  }
  if (spec.includes(',')) {
    const values = spec.split(',').map(listValue);
    if (values.some((v) => v === '')) throw bad('a list item is empty');
    if (values.length > MAX_SWEEP_RUNS) throw bad(`a list has at most ${MAX_SWEEP_RUNS} values`);
    return { path, values };
  }
  // One number: a list of one (handy to pin a field while sharding or scripting).
  if (spec.trim() !== '' && Number.isFinite(Number(spec))) return { path, values: [Number(spec)] };
  throw bad('no range, list or level range');
}

/** How many runs the grid has (may exceed Number.MAX_SAFE_INTEGER for absurd inputs; compare with a cap). */
export function gridSize(varies: readonly Vary[]): number {
  return varies.reduce((n, v) => n * v.values.length, 1);
}

/** The values of run k (0-based) of the grid, first vary slowest (mixed radix). */
export function gridRow(varies: readonly Vary[], k: number): VaryValue[] {
  const row = new Array<VaryValue>(varies.length);
  let rest = k;
  for (let i = varies.length - 1; i >= 0; i--) {
    const n = varies[i].values.length;
    row[i] = varies[i].values[rest % n];
    rest = Math.floor(rest / n);
  }
  return row;
}
