// Validation cases recorded by the distribution-engine tests: each test file writes test-results/validation/
// <group>.json in afterAll; scripts/validation-report.mjs merges them into docs/validation.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';

export interface ValidationCase {
  case: string;
  source: string;
  target: string;
  value: string;
  pass: boolean;
  /**
   * What the case shows: 'verification' (numerics against analytic/reference answers), 'calibration' (a parameter
   * was fitted on this very case, so it only confirms the fit holds) or 'prediction' (held out: nothing was fitted
   * on it). Defaults per group in scripts/validation-report.mjs.
   */
  role?: 'verification' | 'calibration' | 'prediction';
  /** Why a case failed (or passed for a reason worth stating): shown under its group's table. */
  analysis?: string;
}

export function validationGroup(group: string) {
  const cases: ValidationCase[] = [];
  afterAll(() => {
    mkdirSync('test-results/validation', { recursive: true });
    writeFileSync(`test-results/validation/${group}.json`, JSON.stringify({ group, cases }, null, 2));
  });
  return (c: ValidationCase): boolean => {
    cases.push(c);
    return c.pass;
  };
}

export const fmt = (x: number, digits = 3): string =>
  Math.abs(x) >= 1e-3 && Math.abs(x) < 1e5 ? x.toPrecision(digits) : x.toExponential(digits - 1);
