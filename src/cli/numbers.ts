/** Whole-number options (`--seed`, `--cohort`, `--workers`): plain decimal digits only, within a stated range. */
import { CliError, EXIT_USAGE } from './context.js';
import { showValue } from '../model/scenario/errors.js';

/**
 * Parses a whole-number option. Number() took `--seed ''` as 0 and `--seed 0x10` as 16 (also `1e3`, ` 7 `, `0b1`);
 * only decimal digits are accepted now, and the error says the range.
 */
export function parseWholeOption(name: string, text: string, lo: number, hi: number): number {
  const n = /^\d{1,16}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < lo || n > hi) {
    throw new CliError(
      `--${name} must be a whole number from ${lo} to ${hi} in decimal digits, got ${showValue(text)}`,
      EXIT_USAGE,
    );
  }
  return n;
}
