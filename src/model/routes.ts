/**
 * Route comparison (issue 4; ratios [R68, R69]): how much more drug, and how much higher a plasma level, the same
 * spinal effect needs when the drug is given orally, IV or epidurally instead of intrathecally. A teaching
 * assumption, not a prescribing rule (the conversion is poorly validated and asymmetric [R68, R69]).
 *
 *   daily dose by route      D_route = ratio_route × D_IT                 (equianalgesic ratios [R68, R69])
 *   steady plasma level      C_ss = F × D_route / CL_plasma               (one-compartment plasma, drugs.ts)
 * Intrathecal drug reaches plasma too (all of it, eventually, F = 1), so C_ss,IT = D_IT / CL_plasma.
 * Epidural and IV doses are fully systemic (F = 1); oral uses the oral bioavailability.
 */
import { DRUGS, type DrugName, type Sourced } from './data/drugs.js';
import { HOURS_PER_DAY, litresToUl, mlPerMinToUlPerHour, ugPerUlToNgPerMl } from './units.js';

export type Route = 'intrathecal' | 'epidural' | 'intravenous' | 'oral';

export interface RouteRow {
  route: Route;
  dailyDoseUg: number;
  /** Dose ratio to intrathecal, with its source (null for intrathecal itself). */
  ratio: Sourced | null;
  bioavailability: number;
  steadyPlasmaNgPerMl: number;
  /** Plasma level relative to the intrathecal route. */
  plasmaVsIntrathecal: number;
}

export interface RouteComparison {
  drug: DrugName;
  /** False when no published ratios were found for this drug (the UI says so instead of inventing them). */
  available: boolean;
  rows: RouteRow[];
  note: string;
}

/** Route comparison for an intrathecal daily dose (µg/day) in a patient of `bodyWeightKg`. */
export function compareRoutes(drug: DrugName, itDailyDoseUg: number, bodyWeightKg = 70): RouteComparison {
  const d = DRUGS[drug];
  const dose = Number.isFinite(itDailyDoseUg) && itDailyDoseUg > 0 ? itDailyDoseUg : 0;
  const w = Number.isFinite(bodyWeightKg) && bodyWeightKg > 0 ? bodyWeightKg : 70;
  const clUlPerHour = mlPerMinToUlPerHour(d.plasma.clearanceMlPerMinPerKg.value) * w;
  const css = (ugPerDay: number, f: number) => ugPerUlToNgPerMl((f * ugPerDay) / HOURS_PER_DAY / clUlPerHour);
  const itCss = css(dose, 1);
  const row = (route: Route, ratio: Sourced | null, f: number): RouteRow => {
    const daily = dose * (ratio?.value ?? 1);
    const c = css(daily, f);
    return {
      route,
      dailyDoseUg: daily,
      ratio,
      bioavailability: f,
      steadyPlasmaNgPerMl: c,
      plasmaVsIntrathecal: itCss > 0 ? c / itCss : 0,
    };
  };
  const r = d.routes;
  const rows: RouteRow[] = [row('intrathecal', null, 1)];
  if (r.epiduralToIt) rows.push(row('epidural', r.epiduralToIt, 1));
  if (r.ivToIt) rows.push(row('intravenous', r.ivToIt, 1));
  if (r.oralToIt) rows.push(row('oral', r.oralToIt, r.oralBioavailability?.value ?? 1));
  const available = rows.length > 1;
  return {
    drug,
    available,
    rows,
    note: available
      ? 'Equianalgesic ratios are a teaching assumption, not a prescribing rule.'
      : `No published route-conversion ratios were found for ${d.displayName}.`,
  };
}

/** Plasma volume of distribution (µL) used alongside, for the UI's "where the drug is" view. */
export function plasmaVolumeUl(drug: DrugName, bodyWeightKg = 70): number {
  return litresToUl(DRUGS[drug].plasma.volumeLPerKg.value * bodyWeightKg);
}
