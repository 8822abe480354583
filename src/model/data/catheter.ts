/**
 * The implanted catheter and the pump's own fluid path: implanted length, the pump's internal volume and the
 * drug's molecular diffusivity for Taylor–Aris dispersion in the lumen (assembly/pump/catheter.ts [R110, R111]).
 */
import { sourced, type Sourced } from '../sources.js';
import { DRUGS, type DrugName } from './drugs.js';

/**
 * Implanted length after trimming, cm. The catheter is supplied 110 cm long [D3] and cut at implant to run from a
 * lumbar entry, tip at the lower thoracic level, through a tunnel to an abdominal pump; no published typical
 * implanted length was found, so 50 cm is an estimate. Its volume is what a priming bolus fills.
 */
export const IMPLANTED_CATHETER_LENGTH_CM: Sourced = sourced(
  50,
  'cm',
  'estimate',
  'supplied 110 cm long [D3], trimmed at implant; 50 cm implanted is an estimate (no typical length found)',
);

/**
 * Fluid between the reservoir and the catheter connector (pump tubing, valves, accumulator), µL: part of the
 * dead volume a new concentration must cross. Not published for any pump found: an estimate.
 */
export const PUMP_INTERNAL_VOLUME_UL: Sourced = sourced(
  20,
  'µL',
  'estimate',
  "the pump's internal fluid path volume was not found: 20 µL is an estimate",
);

/**
 * Molecular diffusivity in water at 37 °C of a small drug (~ 300 g/mol), cm²/s: an estimate of the usual order
 * for small solutes; other molecular weights scale as (M_ref / M)^(1/3) (Stokes–Einstein, a sphere of the
 * molecule's volume), also an estimate.
 */
export const SMALL_DRUG_DIFFUSIVITY_CM2_PER_S: Sourced = sourced(
  6e-6,
  'cm²/s',
  'estimate',
  'order of magnitude for a small solute in water at 37 °C: an estimate',
);
const REFERENCE_MW_G_PER_MOL = 300;

/** Diffusivity of a drug for the catheter's Taylor–Aris dispersion, cm²/s (estimate, scaled by molecular weight). */
export function drugDiffusivityCm2PerS(drug: string): number {
  const d = DRUGS[drug as DrugName];
  const mw = d?.mwGPerMol?.value;
  const scale = mw && mw > 0 ? Math.cbrt(REFERENCE_MW_G_PER_MOL / mw) : 1;
  return SMALL_DRUG_DIFFUSIVITY_CM2_PER_S.value * scale;
}
