// Parameter block layout of csfConfigure (f64 each). Same order as CSF_PARAM_NAMES in src/core/csf-config.ts
// (a test checks the count and a round trip). Units are internal: h, µL, µg, µg/µL, cm.
export const P_CELLS: i32 = 0;
export const P_LENGTH_CM: i32 = 1;
export const P_CRANIAL_VOLUME_UL: i32 = 2;
export const P_CRANIAL_BULK_PER_HOUR: i32 = 3; // CSF production / cranial volume
export const P_CSF_LOSS_PER_HOUR: i32 = 4; // drug-specific first-order loss from CSF → blood
export const P_DMOL: i32 = 5; // cm²/h
export const P_DREF: i32 = 6; // cm²/h at the foramen magnum, already × oscillation factor × patient multiplier
export const P_OSC_FLOOR: i32 = 7; // s(0): oscillation amplitude at the caudal end relative to the top
export const P_DRIFT: i32 = 8; // cm/h, + = cranial
export const P_JET_LEN: i32 = 9; // cm
export const P_JET_STRENGTH: i32 = 10;
export const P_TIP_CM: i32 = 11;
export const P_TISSUE_ON: i32 = 12;
export const P_TISSUE_KP: i32 = 13;
export const P_TISSUE_KCT: i32 = 14;
export const P_TISSUE_KTP: i32 = 15;
export const P_CORD_UL_PER_CM: i32 = 16;
export const P_CONUS_CM: i32 = 17;
export const P_PLASMA_VOLUME_UL: i32 = 18;
export const P_PLASMA_LOSS_PER_HOUR: i32 = 19;
export const P_KE0: i32 = 20;
export const P_KE0_PLASMA: i32 = 21;
export const P_THETA: i32 = 22;
export const P_TARGET_LO_CM: i32 = 23;
export const P_TARGET_HI_CM: i32 = 24;
export const P_SPINAL_EC50: i32 = 25;
export const P_SPINAL_EMAX: i32 = 26;
export const P_SPINAL_HILL: i32 = 27;
export const P_INDICATION_PAIN: i32 = 28;
export const P_BASELINE: i32 = 29;
export const P_PLACEBO: i32 = 30;
export const P_SED_EC50: i32 = 31;
export const P_SED_EMAX: i32 = 32;
export const P_SED_HILL: i32 = 33;
export const P_RESP_EC50: i32 = 34;
export const P_RESP_EMAX: i32 = 35;
export const P_RESP_HILL: i32 = 36;
export const P_SYS_EC50: i32 = 37;
export const P_SYS_EMAX: i32 = 38;
export const P_SYS_HILL: i32 = 39;
export const P_WITHDRAWAL_ON: i32 = 40;
export const P_WITHDRAWAL_TAU: i32 = 41;
// Appended (the batch kernel reads the same blocks and ignores it): buoyancy drift speed of the drug, cm/h, > 0 for
// a hyperbaric drug (sinks); the face velocity is −speed × axial slope dh/dx (csfSetAxialSlope, posture).
export const P_BUOYANCY_CM_PER_HOUR: i32 = 42;
export const CSF_PARAM_COUNT: i32 = 43;

/** Output record (csfAdvance writes one per output interval): fixed fields, then one f64 per level. */
export const CSF_OUT_T_HOURS: i32 = 0;
export const CSF_OUT_CRANIAL: i32 = 1; // µg/µL
export const CSF_OUT_PLASMA: i32 = 2; // µg/µL
export const CSF_OUT_PAIN_NRS: i32 = 3; // 0–10
export const CSF_OUT_SPASTICITY_MAS: i32 = 4; // 0–4
export const CSF_OUT_SEDATION: i32 = 5; // 0–1
export const CSF_OUT_RESP_DEPRESSION: i32 = 6; // 0–1
export const CSF_OUT_SYSTEMIC: i32 = 7; // 0–1
export const CSF_OUT_WITHDRAWAL: i32 = 8; // 0–1
export const CSF_OUT_SPINAL_EFFECT: i32 = 9; // 0–1 (drug effect before placebo)
export const CSF_OUT_TARGET: i32 = 10; // µg/µL, mean CSF concentration over the target window
export const CSF_OUT_DELIVERED_UG: i32 = 11; // cumulative: intrathecal + lumbar puncture + systemic
export const CSF_OUT_SPINAL_UG: i32 = 12;
export const CSF_OUT_CRANIAL_UG: i32 = 13;
export const CSF_OUT_TISSUE_UG: i32 = 14;
export const CSF_OUT_PLASMA_UG: i32 = 15;
export const CSF_OUT_ELIMINATED_UG: i32 = 16; // cumulative, left the body from plasma
export const CSF_OUT_MASS_REL_ERROR: i32 = 17;
export const CSF_OUT_CLEARED_FROM_CSF_UG: i32 = 18; // cumulative CSF/tissue → blood
export const CSF_OUT_TIP: i32 = 19; // µg/µL in the tip cell
export const CSF_OUT_SYSTEMIC_INPUT_UG: i32 = 20; // cumulative systemic doses from the pump (pocket fill, leak)
export const CSF_OUT_FIXED: i32 = 21;
