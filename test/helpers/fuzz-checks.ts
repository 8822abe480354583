// Checks shared by the Node and Chromium fuzz tests: validation never throws and every issue is well formed;
// a simulated result has finite numbers everywhere. Pure (no Node or DOM APIs) so both runtimes import it.
import { validateScenario } from '../../src/model/scenario/validate.js';
import type { SimResult } from '../../src/model/result.js';

/** Plain checks (no expect() per case: 10,000 cases must stay quick). */
export function checkValidation(input: unknown): void {
  const v = validateScenario(input);
  if (v.ok) {
    if (v.scenario.schemaVersion !== 1) throw new Error('a valid scenario without schemaVersion 1');
    return;
  }
  if (v.errors.length === 0) throw new Error('invalid without errors');
  for (const e of v.errors) {
    const ok =
      typeof e.path === 'string' &&
      e.severity === 'error' &&
      e.message.startsWith(e.path || 'scenario') &&
      e.message.length < 600 &&
      /must|missing|cannot|is |give|need|entries|steps|gives/.test(e.message);
    if (!ok) throw new Error(`badly formed issue: ${JSON.stringify(e)}`);
  }
}

export function allFinite(r: SimResult): boolean {
  const arrays: ArrayLike<number>[] = [...Object.values(r.series)];
  if (r.distribution) {
    const d = r.distribution;
    arrays.push(
      d.csfNgPerMl,
      d.cranialNgPerMl,
      d.plasmaNgPerMl,
      d.massBalanceRelError,
      ...Object.values(d.effects),
    );
  }
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  const s = r.summary as unknown as Record<string, unknown>;
  return Object.values(s).every((x) => x === null || typeof x !== 'number' || Number.isFinite(x));
}
