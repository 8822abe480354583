/**
 * Route comparison arithmetic (teaching, not prescribing). Equations, units in names:
 *   dose_route (µg/day)  = dose_IT (µg/day) × ratio_route            (pharmacology.md §3.4 equianalgesic ratios)
 *   Css_route (ng/mL)    = F_route · dose_route / CL                  (steady-state average plasma level)
 *   CL (mL/day)          = clearanceMlPerMinPerKg × weightKg × 60 × 24
 * F: IV 1; oral: the drug's oral bioavailability; epidural: 1 (a teaching assumption — epidural drug is
 * eventually absorbed into the blood), marked as an estimate.
 */
import type { DrugData, Sourced } from '../../core/drugs.js';
import { HOURS_PER_DAY, MINUTES_PER_HOUR, NG_PER_UG } from '../../core/units.js';

export type RouteId = 'it' | 'epidural' | 'iv' | 'oral';

export interface RouteRow {
  route: RouteId;
  ratio: Sourced | null;
  doseUgPerDay: number;
  /** Steady-state plasma level, ng/mL (NaN for IT: taken from the run, or not known). */
  plasmaNgPerMl: number;
  /** Sources of estimated inputs of this row (for the est. badge). */
  estimates: string[];
}

export const EPIDURAL_SYSTEMIC_FRACTION: Sourced = {
  value: 1,
  unit: 'fraction',
  source: 'teaching assumption: epidural drug is eventually absorbed into the blood',
  tag: 'estimate',
};

const unsure = (s: Sourced | null | undefined): string[] => (s && s.tag !== 'verified' ? [s.source] : []);

export function routeRows(drug: DrugData, itDoseUgPerDay: number, weightKg: number): RouteRow[] {
  const cl = drug.plasma.clearanceMlPerMinPerKg;
  const clMlPerDay = cl.value * weightKg * MINUTES_PER_HOUR * HOURS_PER_DAY;
  const css = (f: number, dose: number) => (clMlPerDay > 0 ? ((f * dose) / clMlPerDay) * NG_PER_UG : NaN);
  const r = drug.routes;
  const rows: RouteRow[] = [
    { route: 'it', ratio: null, doseUgPerDay: itDoseUgPerDay, plasmaNgPerMl: NaN, estimates: [] },
  ];
  const add = (route: RouteId, ratio: Sourced | null, f: Sourced | null) => {
    if (!ratio) return;
    const dose = itDoseUgPerDay * ratio.value;
    rows.push({
      route,
      ratio,
      doseUgPerDay: dose,
      plasmaNgPerMl: f ? css(f.value, dose) : NaN,
      estimates: [...unsure(ratio), ...unsure(f), ...unsure(cl)],
    });
  };
  add('epidural', r.epiduralToIt, EPIDURAL_SYSTEMIC_FRACTION);
  add('iv', r.ivToIt, {
    value: 1,
    unit: 'fraction',
    source: 'intravenous: all of the dose',
    tag: 'verified',
  });
  add('oral', r.oralToIt, r.oralBioavailability);
  return rows;
}
