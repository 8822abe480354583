// The distribution engine's ABI, defined here once. Parameter block of csfConfigure (f64 each), units internal
// (h, µL, µg, µg/µL, cm). scripts/gen-abi.mjs turns each CSF_P_NAME into the TypeScript name (CSF_P_TIP_CM →
// tipCm, in CSF_PARAM_NAMES of src/model/wasm-abi.ts, which packCsfParams fills by name) and each CSF_OUT_NAME into
// a CSF_OUT field offset; test/assembly/wasm-abi.test.ts checks both against the wasm exports by name and round-trips
// every parameter through the engine (csfGetParam).
export const CSF_P_CELLS: i32 = 0;
export const CSF_P_LENGTH_CM: i32 = 1;
export const CSF_P_CRANIAL_VOLUME_UL: i32 = 2;
export const CSF_P_CRANIAL_BULK_PER_HOUR: i32 = 3; // CSF production / cranial volume
export const CSF_P_CSF_LOSS_PER_HOUR: i32 = 4; // drug-specific first-order loss from CSF → blood
export const CSF_P_D_MOL_CM2_PER_HOUR: i32 = 5; // cm²/h
export const CSF_P_D_REF_CM2_PER_HOUR: i32 = 6; // cm²/h at the foramen magnum, already × oscillation factor × patient multiplier
export const CSF_P_OSC_FLOOR: i32 = 7; // s(0): oscillation amplitude at the caudal end relative to the top
export const CSF_P_DRIFT_CM_PER_HOUR: i32 = 8; // cm/h, + = cranial
export const CSF_P_JET_LENGTH_CM: i32 = 9; // cm
export const CSF_P_JET_STRENGTH: i32 = 10;
export const CSF_P_TIP_CM: i32 = 11;
export const CSF_P_TISSUE_ON: i32 = 12;
export const CSF_P_TISSUE_PARTITION: i32 = 13;
export const CSF_P_TISSUE_EXCHANGE_PER_HOUR: i32 = 14;
export const CSF_P_TISSUE_TO_PLASMA_PER_HOUR: i32 = 15;
export const CSF_P_CORD_VOLUME_UL_PER_CM: i32 = 16;
export const CSF_P_CONUS_CM: i32 = 17;
export const CSF_P_PLASMA_VOLUME_UL: i32 = 18;
export const CSF_P_PLASMA_LOSS_PER_HOUR: i32 = 19;
export const CSF_P_KE0_PER_HOUR: i32 = 20;
export const CSF_P_KE0_PLASMA_PER_HOUR: i32 = 21;
export const CSF_P_THETA: i32 = 22;
export const CSF_P_TARGET_LO_CM: i32 = 23;
export const CSF_P_TARGET_HI_CM: i32 = 24;
export const CSF_P_SPINAL_EC50_UG_PER_UL: i32 = 25;
export const CSF_P_SPINAL_EMAX: i32 = 26;
export const CSF_P_SPINAL_HILL: i32 = 27;
export const CSF_P_INDICATION_PAIN: i32 = 28;
export const CSF_P_BASELINE_SEVERITY: i32 = 29;
export const CSF_P_PLACEBO_RESPONSE: i32 = 30;
export const CSF_P_SEDATION_EC50_UG_PER_UL: i32 = 31;
export const CSF_P_SEDATION_EMAX: i32 = 32;
export const CSF_P_SEDATION_HILL: i32 = 33;
export const CSF_P_RESP_EC50_UG_PER_UL: i32 = 34;
export const CSF_P_RESP_EMAX: i32 = 35;
export const CSF_P_RESP_HILL: i32 = 36;
export const CSF_P_SYSTEMIC_EC50_UG_PER_UL: i32 = 37;
export const CSF_P_SYSTEMIC_EMAX: i32 = 38;
export const CSF_P_SYSTEMIC_HILL: i32 = 39;
export const CSF_P_WITHDRAWAL_ON: i32 = 40;
export const CSF_P_WITHDRAWAL_TAU_HOURS: i32 = 41; // onset of the withdrawal signs (adapt.ts)
// Appended (the batch kernel reads the same blocks and ignores it): buoyancy drift speed of the drug, cm/h, > 0 for
// a hyperbaric drug (sinks); the face velocity is −speed × axial slope dh/dx (csfSetAxialSlope, posture).
export const CSF_P_BUOYANCY_CM_PER_HOUR: i32 = 42;
// h12a: tolerance, dependence and withdrawal (adapt.ts; the batch reads them too). Folds: EC50 × (1 + F · tolerance).
export const CSF_P_TOL_SEDATION_FOLD: i32 = 43; // sedation; 0 = no tolerance
export const CSF_P_TOL_RESP_FOLD: i32 = 44; // respiratory depression
export const CSF_P_TOL_SPINAL_FOLD: i32 = 45; // analgesia (spinal effect)
export const CSF_P_TOL_SUPRA_UP_HOURS: i32 = 46; // supraspinal tolerance (sedation, breathing) building up
export const CSF_P_TOL_SPINAL_UP_HOURS: i32 = 47;
export const CSF_P_TOL_OFF_HOURS: i32 = 48; // loss of both tolerances without drug
export const CSF_P_TOL_SUPRA_START: i32 = 49; // state at t = 0: 0 opioid-naive, > 0 opioid-tolerant
export const CSF_P_TOL_SPINAL_START: i32 = 50;
export const CSF_P_DEPENDENCE_UP_HOURS: i32 = 51;
export const CSF_P_DEPENDENCE_DOWN_HOURS: i32 = 52;
export const CSF_P_WITHDRAWAL_THRESHOLD: i32 = 53; // dependence above the exposure needed before signs appear
export const CSF_P_WITHDRAWAL_RESCUE_HOURS: i32 = 54; // signs fade this fast when the drug is restored
export const CSF_P_DEPENDENCE_START: i32 = 55; // state at t = 0 (a chronic opioid patient is dependent)
export const CSF_PARAM_COUNT: i32 = 56;

/** Output record (csfAdvance writes one per output interval): fixed fields, then one f64 per level. */
export const CSF_OUT_T_HOURS: i32 = 0;
export const CSF_OUT_CRANIAL: i32 = 1; // µg/µL
export const CSF_OUT_PLASMA: i32 = 2; // µg/µL
export const CSF_OUT_PAIN_NRS: i32 = 3; // 0–10
export const CSF_OUT_SPASTICITY_MAS: i32 = 4; // 0–4
export const CSF_OUT_SEDATION: i32 = 5; // 0–1
export const CSF_OUT_RESPIRATORY_DEPRESSION: i32 = 6; // 0–1
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
// h12a (adapt.ts):
export const CSF_OUT_TOLERANCE: i32 = 21; // 0–1, supraspinal opioid tolerance (sedation, breathing)
export const CSF_OUT_DEPENDENCE: i32 = 22; // 0–1, physical dependence
export const CSF_OUT_FIXED: i32 = 23;

/** Batch kernel (batch.ts): lanes per SIMD group (batches are padded to a multiple of it). */
export const CSF_BATCH_GROUP: i32 = 8;
/** Batch output record (csfBatchAdvance writes one per lane per output interval, CSF_BATCH_OUT_STRIDE f64). */
export const CSF_BATCH_OUT_STRIDE: i32 = 13;
export const CSF_BATCH_OUT_TIP: i32 = 0; // µg/µL in the tip cell
export const CSF_BATCH_OUT_TARGET: i32 = 1; // µg/µL, target window mean
export const CSF_BATCH_OUT_CRANIAL: i32 = 2;
export const CSF_BATCH_OUT_PLASMA: i32 = 3;
export const CSF_BATCH_OUT_SPINAL_EFFECT: i32 = 4;
export const CSF_BATCH_OUT_SEVERITY: i32 = 5; // NRS or MAS, as the lane's indication
export const CSF_BATCH_OUT_SEDATION: i32 = 6;
export const CSF_BATCH_OUT_RESPIRATORY_DEPRESSION: i32 = 7;
export const CSF_BATCH_OUT_SYSTEMIC: i32 = 8;
export const CSF_BATCH_OUT_WITHDRAWAL: i32 = 9;
export const CSF_BATCH_OUT_MASS_REL_ERROR: i32 = 10;
export const CSF_BATCH_OUT_DELIVERED_UG: i32 = 11; // cumulative: intrathecal + lumbar puncture + systemic
export const CSF_BATCH_OUT_TISSUE_UG: i32 = 12; // cord tissue
