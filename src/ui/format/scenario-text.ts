/** What a view runs, in one line for learners: the drug, its strength, the rate, the daily dose and the tip. */
import type { ScenarioInput } from '../../model/scenario/schema.js';
import { SCENARIO_TEXT } from '../i18n/strings.js';
import { drugText, withUnit } from './format.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};

/**
 * "Baclofen: 2,000 µg/mL at 0.2 mL/day (400 µg/day), catheter tip at T11." The rate is the program's steady
 * rate, or a constant-rate pump's nominal one; a flex program has no one rate and the line says so. The tip is
 * `tipLevel` (a view that moves it), else the scenario's, else left out (the engine picks it by drug). Null when
 * the scenario names no drug (it has not been read yet).
 */
export function scenarioLine(s: ScenarioInput | null | undefined, tipLevel?: string): string | null {
  const drug = obj(s?.drug);
  if (typeof drug.name !== 'string' || !drug.name) return null;
  const word = drugText(drug.name);
  const name = word[0].toUpperCase() + word.slice(1);
  const conc = Number(drug.concentrationUgPerMl);
  const tip = tipLevel ?? obj(s?.patient).catheterTipLevel;
  const program = obj(s?.program);
  const steady = program.mode === undefined || program.mode === 'continuous';
  const rate = steady ? Number(program.rateMlPerDay ?? obj(s?.device).nominalRateMlPerDay) : NaN;
  const rateAndDose = Number.isFinite(rate)
    ? SCENARIO_TEXT.rateAndDose(withUnit(rate, 'mL/day'), withUnit(rate * conc, 'µg/day'))
    : null;
  return SCENARIO_TEXT.line(name, withUnit(conc, 'µg/mL'), rateAndDose, typeof tip === 'string' ? tip : null);
}
