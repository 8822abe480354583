/**
 * The pump engine's ABI, defined here once: parameter ids for pumpSetParam, input event types for pumpAddEvent,
 * log codes written by the engine, enumerations and the output record layout. All values are in internal units
 * (h, µL, µg, µg/µL, kPa, °C); the engine converts hours to whole seconds.
 *
 * scripts/gen-abi.mjs reads every `export const NAME: i32 = N;` line below and writes the TypeScript side
 * (src/model/wasm-abi.ts): the constants by name, the output record as camelCase field offsets (OUT_TIP_MASS_UG →
 * tipMassUg) and, for the enumerations, the scenario id and the plain-language label given in the line's comment
 * as `id 'x', label 'y'`. Edit here, then `npm run gen:abi` (asbuild runs it); a unit test fails when the
 * generated file is stale, and test/assembly/wasm-abi.test.ts checks the wasm exports against it name by name.
 */

// ---- device kinds (P_KIND) ----
export const KIND_PROGRAMMABLE: i32 = 0; // id 'programmable', label 'programmable': peristaltic, stepper-driven strokes
export const KIND_ACCUMULATOR: i32 = 1; // id 'accumulator', label 'accumulator': valve-gated fixed pulse volume
export const KIND_CONSTANT_RATE: i32 = 2; // id 'constant-rate', label 'constant-rate': gas-driven (propellant) pump (continuous flow, no battery)
export const KIND_EXTERNAL: i32 = 3; // id 'external', label 'external': external peristaltic pump (CADD-like)
export const KIND_INJECTION: i32 = 4; // id 'injection', label 'injection': single lumbar-puncture bolus by syringe

// ---- MRI behaviours (P_MRI_MODE) ----
export const MRI_NONE: i32 = 0; // id 'none', label 'no effect': no effect (constant-rate pumps at 1.5 T)
export const MRI_STALL_RESTART: i32 = 1; // id 'stall-restart', label 'motor stops': motor stops for the scan, restarts after a delay
export const MRI_DUMP: i32 = 2; // id 'dump', label 'valves open': valves open: reservoir discharged through the catheter
export const MRI_VALVE_SHUT: i32 = 3; // id 'valve-shut', label 'flow-activated valve': flow-activated valve: ≤ limit µL, then shut until reset
export const MRI_PAUSE: i32 = 4; // id 'pause', label 'pump paused': external pump taken out of the room: paused for the scan

// ---- basal program modes (EV_PROGRAM a, LOG_PROGRAM_CHANGE a) ----
export const MODE_STOPPED: i32 = 0; // id 'stopped', label 'stopped'
export const MODE_CONTINUOUS: i32 = 1; // id 'continuous', label 'continuous'
export const MODE_FLEX: i32 = 2; // id 'flex', label 'flex': daily or weekly repeating steps

// ---- parameter ids ----
export const P_KIND: i32 = 0;
export const P_STROKE_UL: i32 = 1;
export const P_MAX_STROKES_PER_HOUR: i32 = 2;
export const P_RESERVOIR_CAPACITY_UL: i32 = 3;
export const P_RESERVOIR_START_UL: i32 = 4;
export const P_CONC_START_UG_PER_UL: i32 = 5;
export const P_WITHDRAWAL_RISK_START: i32 = 6;
export const P_BIAS_FRACTION: i32 = 7;
export const P_RANDOM_HALF_WIDTH_FRACTION: i32 = 8;
export const P_ENVELOPE_FRACTION: i32 = 9;
export const P_LOW_RESERVOIR_UL: i32 = 10;
export const P_REFILL_THRESHOLD_UL: i32 = 11;
export const P_DISCREPANCY_UL: i32 = 12;
export const P_HAS_BATTERY: i32 = 13;
export const P_BATTERY_IDLE_PER_HOUR: i32 = 14;
export const P_BATTERY_PER_STROKE: i32 = 15;
export const P_BATTERY_PER_TELEMETRY: i32 = 16;
export const P_BATTERY_ERI_USED: i32 = 17;
export const P_EOS_AFTER_ERI_HOURS: i32 = 18;
export const P_BATTERY_START_USED: i32 = 19;
export const P_DETECTS_OCCLUSION: i32 = 20;
export const P_DETECTS_STALL: i32 = 21;
export const P_MRI_MODE: i32 = 22;
export const P_MRI_RESTART_DELAY_HOURS: i32 = 23;
export const P_MRI_VALVE_LIMIT_UL: i32 = 24;
export const P_CATHETER_DEAD_UL: i32 = 25;
export const P_CATHETER_START_CONC_UG_PER_UL: i32 = 26;
export const P_GAS_NOMINAL_UL_PER_HOUR: i32 = 27;
export const P_GAS_DRIVE_KPA: i32 = 28;
export const P_GAS_LATENT_J_PER_MOL: i32 = 29;
export const P_GAS_CSF_GAUGE_KPA: i32 = 30;
export const P_TEMPERATURE_START_C: i32 = 31;
export const P_AMBIENT_START_KPA: i32 = 32;
export const P_PB_DOSE_UL: i32 = 33;
export const P_PB_DURATION_HOURS: i32 = 34;
export const P_PB_LOCKOUT_HOURS: i32 = 35;
export const P_PB_MAX_PER_DAY: i32 = 36;
export const P_SEED: i32 = 37;
/** In a replacement's parameter set (pumpSetDeviceParam): 1 = the catheter is revised (new dead volume, contents). */
export const P_CATHETER_REVISED: i32 = 38;
/** Half-time of absorption from tissue (pocket, leak, tip outside the CSF) into the blood, h; ≤ 0 = at once. */
export const P_TISSUE_HALF_TIME_HOURS: i32 = 39;
/** Catheter lumen, µL/cm (its radius for Taylor–Aris dispersion). */
export const P_CATHETER_UL_PER_CM: i32 = 40;
/** Molecular diffusivity of the drug, cm²/s; > 0 turns on Taylor–Aris dispersion in the catheter (catheter.ts). */
export const P_DRUG_DIFFUSIVITY_CM2_PER_S: i32 = 41;
/** Gas pump: viscosity of the solution relative to water at the same temperature (flow ∝ 1/μ). */
export const P_GAS_VISCOSITY_RATIO: i32 = 42;
/** Gas pump: volume the bellows cannot deliver, µL. */
export const P_GAS_RESIDUAL_UL: i32 = 43;
/** Gas pump: above the residual, the volume below which the flow falls in proportion to what is left, µL. */
export const P_GAS_TAPER_UL: i32 = 44;
export const P_COUNT: i32 = 45;

// ---- input event types (pumpAddEvent(type, tHours, a, b, c, d)) ----
export const EV_PROGRAM: i32 = 1; // a mode (MODE_*), b rate µL/h | first flex step, c flex step count, d period h
export const EV_BOLUS: i32 = 2; // a volume µL, b duration h (< 0: bridge at the basal rate just before, others at the maximum rate), c kind (BOLUS_*), d after (AFTER_BOLUS_*)
export const EV_PATIENT_REQUEST: i32 = 3;
export const EV_REFILL: i32 = 4; // a volume µL, b concentration µg/µL, c pocket-fill fraction, d withdrawal risk (0/1)
export const EV_MISSED_REFILL: i32 = 5;
export const EV_OCCLUSION_START: i32 = 6; // a fraction of the flow blocked (a kink; 0 or ≥ 1: complete)
export const EV_OCCLUSION_END: i32 = 7;
export const EV_LEAK: i32 = 8; // a fraction of the flow lost to tissue (1 = disconnection, 0 = repaired), b cause (LEAK_*)
export const EV_STALL_START: i32 = 9;
export const EV_STALL_END: i32 = 10;
export const EV_TIP_MIGRATION: i32 = 11; // a new tip position cm
export const EV_TELEMETRY: i32 = 12;
export const EV_MRI: i32 = 13; // a scan duration h, b resume delay after the scan h (a fault; < 0: the device's P_MRI_RESTART_DELAY_HOURS)
export const EV_PUMP_RESET: i32 = 14;
export const EV_REPLACEMENT: i32 = 15; // new pump starts: a volume µL, b concentration µg/µL, c parameter set, d withdrawal risk
export const EV_ENVIRONMENT: i32 = 16; // a temperature °C, b ambient pressure kPa (absolute)
export const EV_EXPLANT: i32 = 17; // the pump is removed (before EV_REPLACEMENT): a hours until the new one starts
export const EV_TIP_LOSS: i32 = 18; // drug leaving the tip goes to tissue: a final fraction (0 = cleared), b hours to reach it, c cause (TIP_LOSS_*)
export const EV_POCKET_ASPIRATION: i32 = 19; // fluid drawn back from the pocket: a volume µL
export const EV_PORT_INJECTION: i32 = 20; // a refill into the catheter access port: a volume µL, b concentration µg/µL, c injection time h, d withdrawal risk
export const EV_DRUG_LOSS: i32 = 21; // the drug in the reservoir degrades from now on: a first-order loss per hour (0 = stable)

// ---- bolus kinds ----
export const BOLUS_SINGLE: i32 = 0; // id 'single', label 'single'
export const BOLUS_PRIMING: i32 = 1; // id 'priming', label 'priming'
export const BOLUS_BRIDGE: i32 = 2; // id 'bridge', label 'bridge'
export const BOLUS_PATIENT: i32 = 3; // id 'patient', label 'patient'

// ---- what an implanted pump does when a clinician bolus ends (EV_BOLUS d) ----
// By default the basal program goes on after the bolus; the single bolus that "reverts to the Stopped Pump Mode"
// [D1] is a mode chosen on purpose.
export const AFTER_BOLUS_RESUME: i32 = 0; // id 'resume', label 'the basal program continues'
export const AFTER_BOLUS_STOP: i32 = 1; // id 'stop', label 'the pump stops'

// ---- where a leak before the tip is (EV_LEAK b, LOG_LEAK b) ----
export const LEAK_CONNECTOR: i32 = 0; // id 'connector', label 'at the pump connector'
export const LEAK_FRACTURE: i32 = 1; // id 'fracture', label 'through a fracture of the catheter'

// ---- why drug leaving the catheter tip does not reach the CSF (EV_TIP_LOSS c, LOG_TIP_LOSS c) ----
export const TIP_LOSS_GRANULOMA: i32 = 1; // id 'granuloma', label 'an inflammatory mass at the catheter tip'
export const TIP_LOSS_MIGRATION_OUT: i32 = 2; // id 'migration-out', label 'the tip has moved out of the intrathecal space'
export const TIP_LOSS_CSF_LEAK: i32 = 3; // id 'csf-leak', label 'CSF and drug leak back along the catheter'

// ---- log codes (pumpLogPtr records: tHours, code, a, b, c) ----
export const LOG_PROGRAM_CHANGE: i32 = 1; // a mode, b rate µL/h now
export const LOG_BOLUS_START: i32 = 2; // a volume µL, b duration h (after the max-rate clamp), c kind
export const LOG_BOLUS_END: i32 = 3; // a kind
export const LOG_PATIENT_BOLUS_ACCEPTED: i32 = 4; // a volume µL
export const LOG_PATIENT_BOLUS_DENIED: i32 = 5; // a reason (DENY_*), b hours until allowed (lockout)
export const LOG_REFILL: i32 = 6; // a injected µL, b aspirated µL, c expected µL
export const LOG_VOLUME_DISCREPANCY: i32 = 7; // a expected µL, b aspirated µL
export const LOG_POCKET_FILL: i32 = 8; // a volume µL, b mass µg
export const LOG_NEXT_REFILL: i32 = 9; // a due at h
export const LOG_REFILL_OVERDUE: i32 = 10; // a due at h
export const LOG_MISSED_REFILL: i32 = 11;
export const LOG_LOW_RESERVOIR: i32 = 12; // a estimate µL
export const LOG_EMPTY_RESERVOIR: i32 = 13; // a estimate µL
export const LOG_DELIVERY_STOPPED: i32 = 14; // a actual reservoir µL
export const LOG_WITHDRAWAL_RISK: i32 = 15; // a cause (log code that stopped delivery)
export const LOG_ERI: i32 = 16; // a end of service at h
export const LOG_END_OF_SERVICE: i32 = 17;
export const LOG_MOTOR_STALL: i32 = 18; // a detected (0/1)
export const LOG_MOTOR_STALL_RECOVERY: i32 = 19;
export const LOG_OCCLUSION: i32 = 20; // a detected (0/1), b fraction of the flow blocked
export const LOG_OCCLUSION_CLEARED: i32 = 21;
export const LOG_LEAK: i32 = 22; // a fraction, b where (LEAK_*)
export const LOG_LEAK_REPAIRED: i32 = 23;
export const LOG_TIP_MIGRATION: i32 = 24; // a tip position cm
export const LOG_TELEMETRY: i32 = 25;
export const LOG_MRI_START: i32 = 26; // a duration h, b MRI mode
export const LOG_MRI_RESTART: i32 = 27;
export const LOG_MRI_DUMP: i32 = 28; // a volume µL, b mass µg
export const LOG_MRI_VALVE_SHUT: i32 = 29; // a volume µL let through
export const LOG_PUMP_RESET: i32 = 30;
export const LOG_REPLACEMENT: i32 = 31; // a volume µL, b concentration µg/µL, c device kind of the new pump
export const LOG_ENVIRONMENT: i32 = 32; // a temperature °C, b ambient kPa, c flow / nominal
export const LOG_GAS_FLOW_STOPPED: i32 = 33; // ambient + CSF pressure ≥ propellant pressure
export const LOG_DELIVERY_RESUMED: i32 = 34;
export const LOG_OVERFLOW: i32 = 35; // written by the driver when the log was full
export const LOG_MRI_HELD: i32 = 36; // an alarm was sounding: no restart until the pump is interrogated
export const LOG_EXPLANT: i32 = 37; // a reservoir µL removed with the pump, b its drug µg, c hours until the new pump
export const LOG_CATHETER_REVISED: i32 = 38; // a new dead volume µL, b drug removed with the old catheter µg, c new µg/µL
export const LOG_MRI_INTERROGATE: i32 = 39; // at scan end: interrogate the pump to confirm infusion resumed; a MRI mode
export const LOG_TIP_LOSS: i32 = 40; // a final fraction lost at the tip (0 = cleared), b hours to reach it, c cause (TIP_LOSS_*)
export const LOG_POCKET_ASPIRATION: i32 = 41; // a volume µL drawn back, b drug µg removed with it
export const LOG_PORT_INJECTION: i32 = 42; // a volume µL, b drug µg, c injection time h: straight into the catheter
export const LOG_BACKFLOW_START: i32 = 43; // gas pump: ambient + CSF above the drive, a excess kPa, b backflow µL/h
export const LOG_BACKFLOW_END: i32 = 44; // forward flow again: a drive kPa, b µL drawn back, c drug µg drawn from the CSF

// ---- patient-bolus denial reasons ----
export const DENY_NOT_ENABLED: i32 = 1; // id 'not-enabled', label 'patient boluses are not enabled on this pump'
export const DENY_PUMP_STOPPED: i32 = 2; // id 'pump-stopped', label 'the pump is not infusing'
export const DENY_LOCKOUT: i32 = 3; // id 'lockout', label 'the lockout time since the last bolus has not passed'
export const DENY_MAX_PER_DAY: i32 = 4; // id 'max-per-day', label 'the maximum number of boluses in 24 hours has been reached'
export const DENY_BOLUS_ACTIVE: i32 = 5; // id 'bolus-active', label 'another bolus is still running'
export const DENY_RESERVOIR_LOW: i32 = 6; // id 'reservoir-low', label 'the reservoir holds less than one bolus'

// ---- output record (f64 fields, PUMP_OUT_STRIDE per output interval) ----
export const OUT_T_HOURS: i32 = 0; // interval end
export const OUT_TIP_VOLUME_UL: i32 = 1; // volume leaving the catheter tip into CSF in the interval (net: < 0 in backflow)
export const OUT_TIP_MASS_UG: i32 = 2; // drug leaving the tip into CSF in the interval (net: < 0 when backflow draws drug)
export const OUT_SYSTEMIC_MASS_UG: i32 = 3; // drug absorbed from tissue into the blood in the interval (see tissue.ts)
export const OUT_RESERVOIR_UL: i32 = 4; // actual reservoir volume at the interval end
export const OUT_RESERVOIR_ESTIMATE_UL: i32 = 5; // the pump's own calculated reservoir volume
export const OUT_PROGRAMMED_CUM_UL: i32 = 6; // cumulative programmed volume
export const OUT_DELIVERED_CUM_UL: i32 = 7; // cumulative volume that left the reservoir
export const OUT_BATTERY_FRACTION: i32 = 8; // remaining capacity 0–1 (0 for pumps without battery; see hasBattery)
export const OUT_FLOW_UL_PER_HOUR: i32 = 9; // mean pump flow over the interval
export const OUT_TIP_CONCENTRATION_UG_PER_UL: i32 = 10; // concentration of the fluid at the tip at the interval end
export const OUT_STROKES: i32 = 11; // strokes (pulses) delivered in the interval
export const OUT_TISSUE_DEPOSIT_UG: i32 = 12; // drug put into tissue outside the CSF in the interval (pocket, leak, tip outside)
export const OUT_TISSUE_DEPOT_UG: i32 = 13; // drug in that tissue, not yet absorbed, at the interval end
export const PUMP_OUT_STRIDE: i32 = 14;

export const LOG_STRIDE: i32 = 5; // tHours, code, a, b, c
export const STROKE_STRIDE: i32 = 2; // tHours, volume µL

/** Parameter values, set by pumpSetParam before pumpStart. */
export const params = new StaticArray<f64>(P_COUNT);

/** Sets one parameter (ids above). Called by the driver once per parameter before pumpStart. */
export function pumpSetParam(id: i32, value: f64): void {
  if (id >= 0 && id < P_COUNT) params[id] = isFinite(value) ? value : 0;
}

export function pumpGetParam(id: i32): f64 {
  return id >= 0 && id < P_COUNT ? params[id] : 0;
}

export function par(id: i32): f64 {
  return unchecked(params[id]);
}
