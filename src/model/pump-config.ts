/**
 * PumpConfig — everything the pump and catheter engine (assembly/pump) needs for one run, in INTERNAL units
 * (h, µL, µg, µg/µL, cm, kPa, °C). The scenario layer maps its clinician-facing JSON (mL, mL/day, days, feet)
 * onto this through src/model/units.ts; src/engine/pump/pump-driver.ts hands it to the wasm engine.
 *
 * Time 0 is 00:00 on day 0; flex steps are anchored to it (day periods start at midnight, week periods on day 0).
 * Build device parameters with `deviceParams(kind, overrides)` from src/model/data/devices.ts (sourced presets).
 */

export type DeviceKind = 'programmable' | 'accumulator' | 'constant-rate' | 'external' | 'injection';

/** What an MRI scan does to the device ([D1], [D3], [D9]). */
export type MriBehaviour =
  /** Programmable peristaltic pump: the rotor stops for the scan and restarts after a delay (2–24 h reported) [D1]. */
  | 'stall-restart'
  /** Accumulator pump, first generation: inlet and outlet valves open, reservoir discharged through the catheter [D3]. */
  | 'dump'
  /** Accumulator pump, second generation: the flow-activated valve lets ≤ 10 µL through, then stays shut until reset [D3]. */
  | 'valve-shut'
  /** External pump taken out of the scanner room: paused for the scan (estimate). */
  | 'pause'
  /** Constant-rate gas pumps at 1.5 T: no effect [D9]. */
  | 'none';

/** Battery model (programmable and accumulator pumps). Capacity is normalised to 1. */
export interface BatteryParams {
  /** Fraction of capacity drawn per hour by the idle electronics. */
  idleFractionPerHour: number;
  /** Fraction drawn per motor stroke (valve cycle). */
  strokeFraction: number;
  /** Fraction drawn per telemetry session (programmer interrogation, refill, patient-bolus request). */
  telemetryFraction: number;
  /** Used fraction at which the elective replacement indicator (ERI) comes on. */
  eriUsedFraction: number;
  /** The pump stops this long after ERI, h (90 days [D1]). */
  endOfServiceAfterEriHours: number;
  /** Used fraction at t = 0 (0 = new pump). */
  startUsedFraction: number;
}

/** Constant-rate (gas-driven) pump physics, an estimate from standard physics ([D7, D8]). */
export interface GasParams {
  /** Flow at 37 °C and sea level, µL/h. */
  nominalRateUlPerHour: number;
  /** Drive pressure above ambient + CSF at 37 °C, kPa (default 1 atm, range 0.4–2 atm; an estimate). */
  driveKpa: number;
  /** Propellant heat of vaporisation, J/mol (≈ 25 kJ/mol for a refrigerant-type propellant; an estimate). */
  latentHeatJPerMol: number;
  /** CSF pressure above ambient at the catheter tip, kPa (~1–2 kPa). */
  csfGaugeKpa: number;
  /** Viscosity of the solution relative to water (flow ∝ 1/μ through the restrictor); default 1. */
  viscosityRatio?: number;
  /** Volume the bellows cannot deliver, µL (default 0). */
  residualUl?: number;
  /** Above the residual, the volume below which the flow falls with what is left, µL (default 0). */
  taperUl?: number;
}

/** Plain numeric device parameters (the engine's view; presets with sources are in devices.ts). */
export interface PumpDeviceParams {
  kind: DeviceKind;
  /** Volume per stroke / valve pulse / syringe quantum, µL (quantised to 1 nL). */
  strokeVolumeUl: number;
  /** Fastest stroke rate, strokes per hour: caps every rate and bolus. */
  maxStrokesPerHour: number;
  reservoirCapacityUl: number;
  /** Low-reservoir alarm on the pump's calculated volume, µL (clinician-programmable). */
  lowReservoirAlarmUl: number;
  /** The refill calendar's target: refill when the calculated reservoir reaches this, µL. */
  refillThresholdUl: number;
  /** Refill volume-discrepancy check: |aspirated − calculated| above this raises a warning, µL. */
  discrepancyThresholdUl: number;
  /** Systematic delivery error, fraction (+0.01 = delivers 1 % more than programmed). */
  accuracyBiasFraction: number;
  /** Per-refill random error, uniform in ±this fraction, drawn from the run's seed. */
  accuracyRandomHalfWidthFraction: number;
  /** Label accuracy envelope, fraction (bias + random error are clipped to ±this). */
  accuracyEnvelopeFraction: number;
  /** Null for pumps without a battery (gas, external with replaceable cells, syringe). */
  battery: BatteryParams | null;
  /** The pump alarms on catheter occlusion (external pumps: pressure sensor). */
  detectsOcclusion: boolean;
  /** The pump detects and logs motor stall (two-tone alarm). */
  detectsMotorStall: boolean;
  mri: MriBehaviour;
  /** Programmable pump: delay after the scan before infusion resumes, h (2–24 h reported). */
  mriRestartDelayHours: number;
  /** Second-generation accumulator: volume let through before the valve shuts, µL. */
  mriValveLimitUl: number;
  /** Constant-rate pumps only. */
  gas: GasParams | null;
}

export interface CatheterConfig {
  /** Implanted length, cm (110 cm supplied, trimmed at implant; scenario default an estimate). */
  lengthCm: number;
  /** Internal volume per cm, µL/cm (2.6 µL/cm for the Prometra catheter [D3]). */
  volumeUlPerCm: number;
  /** True if the catheter starts filled with the reservoir's drug; false = filled with CSF (needs priming). */
  primed: boolean;
  /** The pump's internal fluid path (reservoir → connector), µL, added to the dead volume (default 0). */
  pumpInternalUl?: number;
  /**
   * Molecular diffusivity of the drug, cm²/s: turns on Taylor–Aris dispersion in the catheter (a front mixes at
   * high flow); absent or 0 = plug flow.
   */
  diffusivityCm2PerS?: number;
  /** Tip position on the spinal axis at t = 0, cm (x = 0 at the caudal end of the dural sac); used by the
   * distribution engine, not by the pump. */
  tipXCm?: number;
}

export type BasalProgram =
  | { mode: 'stopped' }
  | { mode: 'continuous'; rateUlPerHour: number }
  | {
      mode: 'flex';
      period: 'day' | 'week';
      /** Steps within the period (start offset from the period start, h), each holding until the next. */
      steps: { startHours: number; rateUlPerHour: number }[];
    };

export interface ProgramChange {
  tHours: number;
  program: BasalProgram;
}

/**
 * A clinician-programmed bolus. It replaces the basal while it runs; when it ends the basal program goes on, or, with
 * `then: 'stop'` (the single-bolus mode [D1]), the pump is left stopped. `priming` fills the catheter at the maximum rate (volume
 * defaults to the catheter's dead volume); `bridge` pushes the old drug out of the catheter at the old basal
 * rate after a concentration change (volume defaults to the dead volume, duration to volume / old rate).
 */
export interface ClinicianBolus {
  tHours: number;
  kind: 'single' | 'priming' | 'bridge';
  volumeUl?: number;
  durationHours?: number;
  /** After the bolus; absent = 'resume'. */
  then?: 'resume' | 'stop';
}

/** Patient-activated bolus rules (PTM / PTC): dose, duration, lockout, maximum per 24 h [D3]. */
export interface PatientBolusRules {
  doseUl: number;
  durationHours: number;
  /** Minimum time from one accepted bolus to the next request that may be accepted, h. */
  lockoutHours: number;
  /** Maximum accepted boluses in any 24 h window. */
  maxPerDay: number;
}

export interface Refill {
  tHours: number;
  /** Volume injected (what the clinician enters), µL. */
  volumeUl: number;
  concentrationUgPerUl: number;
  drug: string;
  /** Fraction of the injected volume that went into the subcutaneous pocket instead (0–1): a systemic dose. */
  pocketFillFraction?: number;
  /** A pocket fill noticed: this volume is drawn back from the pocket `aspiratedAfterHours` later, µL. */
  aspiratedUl?: number;
  aspiratedAfterHours?: number;
  /** The scheduled refill did not happen (logged; the pump runs on and may run empty). */
  missed?: boolean;
  /**
   * Where the needle went: the reservoir (default) or, by mistake, the catheter access port — then the whole
   * refill goes down the catheter into the CSF over `injectionHours`, and the reservoir keeps its old contents.
   */
  into?: 'reservoir' | 'catheter-access-port';
  injectionHours?: number;
}

/**
 * The implanted pump is exchanged (after ERI / end of service [D1]). At tHours the old pump is
 * explanted with what its reservoir holds (removed, not delivered); `interruptionHours` later (0 = a same-day swap,
 * delivery continuous) the new pump starts: new battery, reservoir filled with volumeUl, the current program.
 */
export interface Replacement {
  tHours: number;
  volumeUl: number;
  concentrationUgPerUl: number;
  drug: string;
  /** The new pump's parameters; absent = the same model as `PumpConfig.device`. */
  device?: PumpDeviceParams;
  /** Hours without a pump between explant and the new pump starting (default 0). */
  interruptionHours?: number;
  /** The catheter is revised: the new one (its contents at the start: drug if primed, else CSF/saline). Absent = kept. */
  catheter?: CatheterConfig;
}

export type Fault =
  /**
   * Catheter blocked: nothing reaches the tip (pumps that detect it alarm). Omit durationHours for permanent.
   * `fraction` < 1 is a kink: that fraction of the flow is blocked and stays in the reservoir.
   */
  | { kind: 'occlusion'; tHours: number; durationHours?: number; fraction?: number }
  /**
   * Leak, disconnection (at the pump connector) or fracture of the catheter: `fraction` of the flow goes to tissue
   * (1 = disconnected), where it is absorbed into the blood (`tissueHalfTimeHours`).
   */
  | {
      kind: 'leak';
      tHours: number;
      fraction: number;
      durationHours?: number;
      site?: 'connector' | 'fracture';
    }
  /**
   * Drug leaving the catheter tip goes to tissue instead of the CSF, rising linearly to `fraction` over `rampHours`:
   * an inflammatory mass (granuloma) growing at the tip, the tip out of the intrathecal space, a CSF leak along the
   * catheter. After `durationHours` (the catheter revised) it reaches the CSF again.
   */
  | {
      kind: 'tip-loss';
      tHours: number;
      fraction: number;
      rampHours: number;
      cause: 'granuloma' | 'migration-out' | 'csf-leak';
      durationHours?: number;
    }
  /** Motor stall (programmable pumps). */
  | { kind: 'motor-stall'; tHours: number; durationHours?: number }
  /** The tip moves to a new level (the distribution engine moves it; the pump only logs it). */
  | { kind: 'tip-migration'; tHours: number; tipXCm: number };

export interface EnvironmentChange {
  tHours: number;
  /** Body (pump) temperature, °C. */
  temperatureC: number;
  /** Absolute ambient pressure, kPa (altitude, cabin, diving, hyperbaric chamber; see units.ts). */
  ambientKpa: number;
}

export interface MriScan {
  tHours: number;
  durationHours: number;
  /** Fault: the motor restarts this long after the scan ends, h; absent = the device's mriRestartDelayHours. */
  resumeDelayHours?: number;
}

export interface PumpConfig {
  device: PumpDeviceParams;
  catheter: CatheterConfig;
  /** Reservoir at t = 0. */
  reservoir: { volumeUl: number; concentrationUgPerUl: number; drug: string };
  program: {
    /** Basal program at t = 0. */
    initial: BasalProgram;
    changes: ProgramChange[];
    boluses: ClinicianBolus[];
    /** Null = patient boluses not enabled (every request is denied with reason 'not-enabled'). */
    patientBolus: PatientBolusRules | null;
    /** Times the patient pressed the bolus button, h. */
    patientRequests: number[];
  };
  environment: {
    temperatureC: number;
    ambientKpa: number;
    changes: EnvironmentChange[];
    mriScans: MriScan[];
  };
  events: {
    refills: Refill[];
    faults: Fault[];
    /** Extra programmer interrogations (battery draw), h. Refills and patient requests count on their own. */
    telemetrySessions: number[];
    /** Manual resets (re-open a second-generation accumulator's valve after MRI), h. */
    resets: number[];
    replacements: Replacement[];
  };
  /**
   * Half-time of absorption into the blood of drug put into tissue (pocket fill, leak, tip outside the CSF), h;
   * 0 = at once. Absent: the patient default (src/model/data/patient.ts).
   */
  tissueHalfTimeHours?: number;
  /** Seed of the per-refill accuracy error. */
  seed: number;
  /** Keep the raw stroke/pulse list: false, or the maximum number of strokes to keep. */
  recordStrokes: false | number;
}

/** Drugs whose abrupt stop is a boxed-warning withdrawal risk (baclofen [R72]). */
export const WITHDRAWAL_RISK_DRUGS: readonly string[] = ['baclofen'];
