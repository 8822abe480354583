/**
 * Body size → the patient's spinal length, CSF volumes and systemic (plasma) compartment, so that a child's smaller
 * column and smaller volumes are the mechanism behind the lower paediatric doses. Internal units: cm, µL, kg, h.
 *
 *   H (height)  given, or from the weight when it is not: H = H_ref · min(1, (W / W_ref)^(1/3))
 *               (isometric growth, an estimate; an adult of any weight is given the reference height)
 *   L_spine   = L_ref · H / H_ref                     (spinal axis ∝ height, an estimate; L_ref 60 cm [R4])
 *   V_spinal  = V_spinal,ref · (H / H_ref)²           (length ∝ H and cross-section ∝ H, an estimate; spinal CSF
 *               volume grows with height, and per kg it is largest in small children, Jang 2019 [R85])
 *   V_cranial = V_cranial,ref · H / H_ref              (an estimate; an infant's total comes out inside the 30–50 mL
 *               of [R1], checked in test/unit/body-size.test.ts)
 *   V_plasma  = V_d,per kg · W                         (the drug's distribution volume, proportional to the weight once)
 *   CL_plasma = CL_per kg · W_ref · (W / W_ref)^0.75   (allometric clearance, an estimate)
 *
 * The plasma compartment of the model is the drug's whole systemic distribution volume (L/kg × kg), not the blood
 * plasma volume (≈ 40–45 mL/kg): both scale once with the weight.
 */
import { sourced, type Sourced } from '../sources.js';
import { PATIENT_DEFAULTS } from './patient.js';

export const BODY_SIZE_DEFAULTS = {
  /** Height of the reference adult the defaults of patient.ts describe (an estimate). */
  referenceHeightCm: sourced(170, 'cm', 'estimate', 'reference adult for L ≃ 60 cm [R4]; an estimate'),
  /** Weight of the reference adult (per-kg values are converted at 70 kg). */
  referenceWeightKg: PATIENT_DEFAULTS.bodyWeightKg,
  /** Exponent of the weight in the plasma clearance (allometric scaling, an estimate). */
  clearanceWeightExponent: sourced(
    0.75,
    'exponent',
    'estimate',
    'allometric clearance ∝ W^0.75, an estimate',
  ),
} as const satisfies Record<string, Sourced>;

export interface BodySize {
  heightCm: number;
  weightKg: number;
  spinalLengthCm: number;
  spinalCsfVolumeUl: number;
  cranialCsfVolumeUl: number;
}

/** Height for a weight when no height is given, cm (isometric growth; adults keep the reference height). */
export function heightForWeightCm(weightKg: number): number {
  const ratio = Math.max(0, weightKg) / BODY_SIZE_DEFAULTS.referenceWeightKg.value;
  return BODY_SIZE_DEFAULTS.referenceHeightCm.value * Math.min(1, Math.cbrt(ratio));
}

/** The patient's column and CSF volumes from height and weight (either may be missing: reference adult). */
export function bodySize(heightCm?: number, weightKg?: number): BodySize {
  const D = PATIENT_DEFAULTS;
  const w = weightKg ?? D.bodyWeightKg.value;
  const h = heightCm ?? heightForWeightCm(w);
  const r = h / BODY_SIZE_DEFAULTS.referenceHeightCm.value;
  return {
    heightCm: h,
    weightKg: w,
    spinalLengthCm: D.spinalLengthCm.value * r,
    spinalCsfVolumeUl: D.spinalCsfVolumeUl.value * r * r,
    cranialCsfVolumeUl: D.cranialCsfVolumeUl.value * r,
  };
}

/** Plasma clearance for a weight, µL/h, from a per-kg clearance in µL/h/kg at the reference weight. */
export function plasmaClearanceUlPerHour(perKgUlPerHour: number, weightKg: number): number {
  const ref = BODY_SIZE_DEFAULTS.referenceWeightKg.value;
  return (
    perKgUlPerHour *
    ref *
    Math.pow(Math.max(0, weightKg) / ref, BODY_SIZE_DEFAULTS.clearanceWeightExponent.value)
  );
}
