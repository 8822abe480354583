// Display formatting (src/ui/format/format.ts): significant digits, units, and float residue next to a
// scale printing as 0 (the "4.71e-5 mL" reservoir summary).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayResolution, formatNumber, magnitude, withUnit } from '../../src/ui/format/format.js';
import { windowIndices } from '../../src/ui/format/derive.js';

describe('formatNumber', () => {
  it('rounds float residue below the display resolution of its scale to 0', () => {
    // Reservoir series 20 mL … empty: the summary's min and last.
    expect(withUnit(4.71e-5, 'mL', 3, 20)).toBe('0 mL');
    expect(formatNumber(-3e-12, 3, 20)).toBe('0');
    expect(formatNumber(0.049, 3, 20)).toBe('0'); // "20.0" shows tenths: 0.049 is below half of one
    expect(formatNumber(0.05, 3, 20)).toBe('0.05');
    expect(formatNumber(0.123456, 3, 20)).toBe('0.123');
    expect(formatNumber(19.98765, 3, 20)).toBe('20');
    expect(formatNumber(20, 3, 20)).toBe('20');
  });

  it('keeps small values that are the scale itself (no scale, or a small scale), as decimals', () => {
    expect(formatNumber(4.71e-5)).toBe('0.0000471');
    expect(formatNumber(4.71e-5, 3, 4.71e-5)).toBe('0.0000471');
    expect(formatNumber(3.2e-5, 3, 1e-4)).toBe('0.000032');
    expect(formatNumber(0.0123, 3, 0.05)).toBe('0.0123');
    expect(formatNumber(2.93e-4)).toBe('0.000293'); // the breathing-depression axis read "3e-4"
    expect(formatNumber(-1.81e-4)).toBe('-0.000181');
    expect(formatNumber(3e-12)).toBe('< 0.000000001');
  });

  it('never writes e-notation for learners', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        (v, digits) => {
          expect(formatNumber(v, digits)).not.toMatch(/e/i);
        },
      ),
    );
  });

  it('uses significant digits, grouping for large values, and a dash for non-finite input', () => {
    expect(formatNumber(0.2)).toBe('0.2');
    expect(formatNumber(1234.5)).toBe('1,235');
    expect(formatNumber(12.3456, 4)).toBe('12.35');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Infinity, 3, 20)).toBe('—');
    expect(formatNumber(5, 3, Number.NaN)).toBe('5'); // a broken scale is ignored
    expect(formatNumber(5, 3, 0)).toBe('5');
  });

  it('never rounds a value at or above half a unit in the first digit past the scale to 0, never prints NaN', () => {
    // The resolution is half a unit in the last shown digit of the scale, so at most 0.5·10^(1−digits)·scale
    // (scale 1.0e-9 at 2 digits shows tenths of 1e-9: 1e-11 is below and prints 0 — fast-check found this once).
    expect(formatNumber(1e-11, 2, 1e-9)).toBe('0');
    expect(formatNumber(5e-11, 2, 1e-9)).not.toBe('0');
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        (scale, frac, digits) => {
          const v = scale * frac;
          const s = formatNumber(v, digits, scale);
          expect(s).not.toMatch(/NaN|Infinity/);
          if (v >= 0.5 * scale * 10 ** (1 - digits)) expect(s).not.toBe('0');
          if (v < displayResolution(scale, digits)) expect(s).toBe('0');
        },
      ),
    );
  });
});

describe('magnitude', () => {
  it('is the largest finite |value|', () => {
    expect(magnitude(new Float64Array([1, -7, Number.NaN, 3]))).toBe(7);
    expect(magnitude([Infinity, 2])).toBe(2);
    expect(magnitude([])).toBe(0);
  });
});

describe('windowIndices (playback, every frame)', () => {
  it('is the linear scan it replaced: from = first t_i > t − window, to = first t_i > t (+1e-9)', () => {
    const linear = (a: Float64Array, t: number, w: number): [number, number] => {
      let from = 0;
      while (from < a.length && a[from] <= t - w) from++;
      let to = from;
      while (to < a.length && a[to] <= t + 1e-9) to++;
      return [from, to];
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }),
        fc.integer({ min: -20, max: 420 }),
        fc.integer({ min: 0, max: 100 }),
        (xs, t, w) => {
          const a = Float64Array.from(xs.sort((p, q) => p - q).map((x) => x / 4));
          expect(windowIndices(a, t / 4, w / 4)).toEqual(linear(a, t / 4, w / 4));
        },
      ),
    );
  });
});
