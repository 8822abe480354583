/**
 * Device presets: every parameter as data with its unit, source and tag (src/model/sources.ts; references in
 * docs/sources.md), so the UI can badge anything not verified.
 * Labels are generic ("Programmable peristaltic pump"); the manufacturer model a preset resembles appears only
 * in `resembles` and in source notes, never as a UI label.
 *
 * Battery calibration (all estimates: no capacity or longevity curve was found): capacity is normalised to
 * 1, ERI at 96 % used, end of service 90 days after ERI [D1]. Idle draw alone reaches end of service at the 7-year
 * maximum [D1]; idle + strokes at 0.5 mL/day in 1 µL strokes (our default) reach ERI at 6 years (estimate).
 * That gives ≈ 5.6 y to end of service at 1 mL/day and ≈ 4.1 y at 2 mL/day, inside "5 and 7 years, depending on how
 * much medicine" [D1] for typical rates.
 */
import type {
  BatteryParams,
  CatheterConfig,
  DeviceKind,
  MriBehaviour,
  PumpDeviceParams,
} from '../pump-config.js';
import { HOURS_PER_DAY, HOURS_PER_YEAR, mlPerDayToUlPerHour, SEA_LEVEL_KPA } from '../units.js';

import { sourced, type Sourced, type SourceTag } from '../sources.js';

export type { Sourced, SourceTag };

export type DevicePresetId =
  'programmable' | 'accumulator-gen1' | 'accumulator-gen2' | 'constant-rate' | 'external' | 'injection';

export interface DevicePreset {
  id: DevicePresetId;
  kind: DeviceKind;
  /** UI label (generic, no trademarks). */
  label: string;
  /** Which real device the preset resembles (documentation only). */
  resembles: string;
  strokeVolumeUl: Sourced;
  maxStrokesPerHour: Sourced;
  reservoirCapacityUl: Sourced;
  lowReservoirAlarmUl: Sourced;
  refillThresholdUl: Sourced;
  discrepancyThresholdUl: Sourced;
  accuracyBiasFraction: Sourced;
  accuracyRandomHalfWidthFraction: Sourced;
  accuracyEnvelopeFraction: Sourced;
  battery: { [K in keyof BatteryParams]: Sourced } | null;
  detectsOcclusion: Sourced<boolean>;
  detectsMotorStall: Sourced<boolean>;
  mri: Sourced<MriBehaviour>;
  mriRestartDelayHours: Sourced;
  mriValveLimitUl: Sourced;
  gas: {
    nominalRateUlPerHour: Sourced;
    driveKpa: Sourced;
    latentHeatJPerMol: Sourced;
    csfGaugeKpa: Sourced;
    residualUl: Sourced;
    taperUl: Sourced;
  } | null;
  catheterVolumeUlPerCm: Sourced;
  catheterLengthCm: Sourced;
}

// ---- shared sourced values ----
const ENVELOPE = sourced(
  0.15,
  'fraction',
  'verified',
  '85–115 %, the Prometra pivotal-study endpoint [D3]; SynchroMed ±14.5 % is quoted but unverified',
);
const RANDOM = sourced(
  0.05,
  'fraction',
  'estimate',
  'only per-refill means are published (+2.5 % clinical, −2.4 % lab [D2]); a ±5 % uniform spread is an estimate',
);
const REFILL_TARGET = sourced(
  3000,
  'µL',
  'verified',
  'next refill = the date the reservoir reaches 3.0 mL (Prometra) [D3]',
);
const DISCREPANCY_20ML = sourced(1000, 'µL', 'verified', '> 1 mL in 20 mL pumps [D10]');
const LOW_ALARM = sourced(
  2000,
  'µL',
  'unverified',
  'clinician-programmable [D1]; the 2 mL default is commonly quoted but unverified',
);
const CATH_UL_PER_CM = sourced(
  2.6,
  'µL/cm',
  'verified',
  '0.0026 mL/cm, Prometra catheter [D3]; Medtronic: not found',
);
const CATH_LENGTH = sourced(110, 'cm', 'verified', 'supplied 110 cm long, before trimming [D3]');
const NO_MRI_DELAY = sourced(0, 'h', 'verified', 'not applicable');
/**
 * A delay of 2–24 h in the return to proper infusion after an MRI scan has been reported [D1]: an exception, which is
 * why the pump is interrogated after a scan. The scenario injects it per scan (the MRI event's resumeDelayHours, at
 * most this range's upper end).
 */
export const MRI_RESUME_DELAY_REPORTED_HOURS = {
  min: 2,
  max: 24,
  unit: 'h',
  tag: 'verified',
  source: 'a 2–24 h delay in return to proper infusion after MRI reported [D1]',
} as const satisfies { min: number; max: number; unit: string; tag: SourceTag; source: string };
const FAV_LIMIT = sourced(
  10,
  'µL',
  'verified',
  'Prometra II emergency scan delivers ≤ 10 µL, then no flow until reset [D3]',
);

const ERI_USED = 0.96;
const EOS_AFTER_ERI_H = 90 * HOURS_PER_DAY;
/** Idle draw: end of service at the 7-year maximum with no delivery. */
const IDLE_PER_H = ERI_USED / (7 * HOURS_PER_YEAR - EOS_AFTER_ERI_H);
/** Stroke draw: ERI at 6 years at 0.5 mL/day in 1 µL strokes. */
const STROKES_PER_H_DEFAULT = mlPerDayToUlPerHour(0.5) / 1;
const STROKE_DRAW = (ERI_USED / (6 * HOURS_PER_YEAR) - IDLE_PER_H) / STROKES_PER_H_DEFAULT;

function batteryPreset(note: string): DevicePreset['battery'] {
  const cal = `estimate calibrated to a 5–7 y life, 7 y maximum [D1] (6 y at our default rate); no capacity found${note}`;
  return {
    idleFractionPerHour: sourced(IDLE_PER_H, 'fraction/h', 'estimate', cal),
    strokeFraction: sourced(STROKE_DRAW, 'fraction/stroke', 'estimate', cal),
    telemetryFraction: sourced(
      IDLE_PER_H * 24,
      'fraction/session',
      'estimate',
      `${cal}; one session ≈ one day of idle draw`,
    ),
    eriUsedFraction: sourced(ERI_USED, 'fraction', 'estimate', cal),
    endOfServiceAfterEriHours: sourced(
      EOS_AFTER_ERI_H,
      'h',
      'verified',
      '"will stop after 90 days" after ERI [D1]',
    ),
    startUsedFraction: sourced(0, 'fraction', 'verified', 'not applicable: a new pump'),
  };
}

const programmable: DevicePreset = {
  id: 'programmable',
  kind: 'programmable',
  label: 'Programmable peristaltic pump',
  resembles: 'SynchroMed II-like (model 8637)',
  strokeVolumeUl: sourced(
    1,
    'µL',
    'estimate',
    '1 µL quantum, range 0.5–5 µL: an estimate; the volume per motor step is not published',
  ),
  maxStrokesPerHour: sourced(
    1000,
    'strokes/h',
    'unverified',
    '24 mL/day upper rate (commonly quoted, unverified) at a 1 µL stroke (estimate)',
  ),
  reservoirCapacityUl: sourced(20000, 'µL', 'verified', '20 mL and 40 mL versions [D1]'),
  lowReservoirAlarmUl: LOW_ALARM,
  refillThresholdUl: REFILL_TARGET,
  discrepancyThresholdUl: DISCREPANCY_20ML,
  accuracyBiasFraction: sourced(
    0.01,
    'fraction',
    'verified',
    '+1 % delivered vs programmed at 6 months [D2]',
  ),
  accuracyRandomHalfWidthFraction: RANDOM,
  accuracyEnvelopeFraction: ENVELOPE,
  battery: batteryPreset(''),
  detectsOcclusion: sourced(false, '', 'not-found', 'no occlusion detection documented: not found'),
  detectsMotorStall: sourced(true, '', 'verified', 'detects motor stall and recovery, two-tone alarm [D1]'),
  mri: sourced<MriBehaviour>(
    'stall-restart',
    '',
    'verified',
    'rotor stops during MRI, resumes afterwards [D1]',
  ),
  // The default is the normal case; a late restart is an injected fault, per scan (MRI_RESUME_DELAY_REPORTED_HOURS).
  mriRestartDelayHours: sourced(
    0,
    'h',
    'verified',
    'infusion is suspended for the scan and resumes when it ends [D1]',
  ),
  mriValveLimitUl: sourced(0, 'µL', 'verified', 'not applicable'),
  gas: null,
  catheterVolumeUlPerCm: CATH_UL_PER_CM,
  catheterLengthCm: CATH_LENGTH,
};

const accumulatorGen1: DevicePreset = {
  ...programmable,
  id: 'accumulator-gen1',
  kind: 'accumulator',
  label: 'Valve-gated accumulator pump (1st generation)',
  resembles: 'Prometra-like (REF 11827)',
  strokeVolumeUl: sourced(
    2,
    'µL',
    'not-found',
    'fixed pulse volume not found; the quoted "~2 µL" is a stand-in',
  ),
  maxStrokesPerHour: sourced(500, 'pulses/h', 'estimate', 'rate range not found; 24 mL/day at 2 µL pulses'),
  reservoirCapacityUl: sourced(20000, 'µL', 'verified', 'Prometra 20 mL [D3]'),
  accuracyBiasFraction: sourced(
    0,
    'fraction',
    'estimate',
    'mean accuracy 96.8–97.9 % reported [D3, D4]; its sign convention unclear, bias 0',
  ),
  battery: batteryPreset('; Prometra battery life not found, programmable-pump model reused'),
  detectsMotorStall: sourced(false, '', 'not-found', 'valve pump, no motor [D3]'),
  mri: sourced<MriBehaviour>(
    'dump',
    '',
    'verified',
    'valves open, immediate discharge of reservoir and catheter [D3]',
  ),
  mriRestartDelayHours: NO_MRI_DELAY,
};

const accumulatorGen2: DevicePreset = {
  ...accumulatorGen1,
  id: 'accumulator-gen2',
  label: 'Valve-gated accumulator pump (2nd generation, flow-activated valve)',
  resembles: 'Prometra II-like (REF 13827)',
  reservoirCapacityUl: sourced(20000, 'µL', 'verified', 'Prometra II 20 mL and 40 mL [D3]'),
  mri: sourced<MriBehaviour>(
    'valve-shut',
    '',
    'verified',
    'flow-activated valve shuts, ≤ 10 µL, reset needed [D3]',
  ),
  mriValveLimitUl: FAV_LIMIT,
};

const constantRate: DevicePreset = {
  ...programmable,
  id: 'constant-rate',
  kind: 'constant-rate',
  label: 'Constant-rate gas-driven pump',
  resembles: 'Codman 3000 / IsoMed-like',
  strokeVolumeUl: sourced(1, 'µL', 'estimate', 'continuous flow: only the stroke list granularity (unused)'),
  maxStrokesPerHour: sourced(1000, 'strokes/h', 'estimate', 'continuous flow: unused'),
  reservoirCapacityUl: sourced(
    30000,
    'µL',
    'verified',
    'Codman 3000 reservoir "approximately one ounce" [D6]',
  ),
  lowReservoirAlarmUl: sourced(0, 'µL', 'verified', 'no electronics, no alarms [D6]'),
  accuracyBiasFraction: sourced(
    0,
    'fraction',
    'not-found',
    'no accuracy figure for constant-rate pumps found',
  ),
  // Its own figures, not the accumulator pump's 85–115 % or the 20 mL pump's 1 mL check.
  accuracyEnvelopeFraction: sourced(
    0.15,
    'fraction',
    'estimate',
    'no accuracy figure for constant-rate pumps found: ±15 % an estimate, the same width as the programmable pumps’',
  ),
  discrepancyThresholdUl: sourced(
    1500,
    'µL',
    'estimate',
    '1 mL for 20 mL and 2 mL for 40 mL pumps [D10]; 1.5 mL for a 30 mL pump is our interpolation (estimate)',
  ),
  battery: null,
  detectsOcclusion: sourced(false, '', 'verified', 'no electronics [D6]'),
  detectsMotorStall: sourced(false, '', 'verified', 'not applicable: a gas pump has no motor'),
  mri: sourced<MriBehaviour>('none', '', 'verified', 'IsoMed: no impact at 1.5 T [D9]'),
  mriRestartDelayHours: NO_MRI_DELAY,
  gas: {
    nominalRateUlPerHour: sourced(
      mlPerDayToUlPerHour(0.5),
      'µL/h',
      'estimate',
      'nominal rate options not found; 0.5 mL/day empties 30 mL in 60 days, inside the 1–6-month refill range [D11]',
    ),
    driveKpa: sourced(
      SEA_LEVEL_KPA,
      'kPa',
      'estimate',
      'ΔP 1.0 atm, range 0.4–2.0 atm: an estimate (no manufacturer figure), so every flow it gives is an estimate',
    ),
    latentHeatJPerMol: sourced(
      25000,
      'J/mol',
      'estimate',
      'L ≈ 25 kJ/mol for a refrigerant-type propellant: an estimate',
    ),
    csfGaugeKpa: sourced(1, 'kPa', 'estimate', 'CSF ≈ ambient + 1–2 kPa: an estimate'),
    // Flow vs fill: the propellant's pressure does not depend on the fill, but a nearly empty bellows does not
    // deliver its last millilitre and slows before it. No figure was found: both volumes are estimates.
    residualUl: sourced(1000, 'µL', 'estimate', 'unusable residual volume not found: 1 mL, an estimate'),
    taperUl: sourced(
      2000,
      'µL',
      'estimate',
      'flow falls with what is left in the last 2 mL above the residual: an estimate',
    ),
  },
};

const external: DevicePreset = {
  ...programmable,
  id: 'external',
  kind: 'external',
  label: 'External pump with temporary catheter',
  resembles: 'CADD-Prizm-like',
  strokeVolumeUl: sourced(50, 'µL', 'verified', '0.050 mL per mechanism activation [D15]'),
  maxStrokesPerHour: sourced(
    400,
    'strokes/h',
    'estimate',
    '20 mL/h example, an activation every 18 s [D15]; the maximum was not found',
  ),
  reservoirCapacityUl: sourced(100000, 'µL', 'estimate', 'cassette volume not found; 100 mL'),
  accuracyBiasFraction: sourced(0, 'fraction', 'not-found', 'no accuracy figure for external pumps found'),
  battery: null,
  detectsOcclusion: sourced(true, '', 'verified', 'occlusion alarm at 124 ± 62 kPa [D15]'),
  detectsMotorStall: sourced(
    true,
    '',
    'estimate',
    'external pumps alarm on mechanism faults (not found in the sources)',
  ),
  mri: sourced<MriBehaviour>(
    'pause',
    '',
    'estimate',
    'external pump taken out of the scanner room for the scan',
  ),
  mriRestartDelayHours: NO_MRI_DELAY,
  catheterVolumeUlPerCm: sourced(
    2.6,
    'µL/cm',
    'estimate',
    'temporary catheter volume not found; implant catheter value reused',
  ),
  catheterLengthCm: sourced(50, 'cm', 'estimate', 'temporary catheter length not found'),
};

const injection: DevicePreset = {
  ...external,
  id: 'injection',
  kind: 'injection',
  label: 'Lumbar-puncture bolus injection',
  resembles: 'screening-trial syringe injection',
  strokeVolumeUl: sourced(
    0.01,
    'µL',
    'estimate',
    'numerical quantum of a smooth syringe injection, not a device figure',
  ),
  maxStrokesPerHour: sourced(1e7, 'strokes/h', 'estimate', 'numerical: allows 100 mL/h'),
  reservoirCapacityUl: sourced(10000, 'µL', 'estimate', 'syringe volume'),
  lowReservoirAlarmUl: sourced(0, 'µL', 'verified', 'not applicable: no alarms'),
  detectsOcclusion: sourced(false, '', 'verified', 'not applicable: no device'),
  detectsMotorStall: sourced(false, '', 'verified', 'not applicable: no device'),
  mri: sourced<MriBehaviour>('none', '', 'verified', 'not applicable: no device'),
  catheterVolumeUlPerCm: sourced(
    0,
    'µL/cm',
    'verified',
    'not applicable: a needle has no catheter dead volume',
  ),
  catheterLengthCm: sourced(0, 'cm', 'verified', 'not applicable: no catheter'),
};

export const DEVICE_PRESETS: Readonly<Record<DevicePresetId, DevicePreset>> = {
  programmable,
  'accumulator-gen1': accumulatorGen1,
  'accumulator-gen2': accumulatorGen2,
  'constant-rate': constantRate,
  external,
  injection,
};

type Plain<T> = { [K in keyof T]: T[K] extends Sourced<infer U> ? U : never };
const plain = <T extends Record<string, Sourced<unknown>>>(o: T): Plain<T> =>
  Object.fromEntries(Object.entries(o).map(([k, s]) => [k, s.value])) as Plain<T>;

/** The engine's plain parameters for a preset, with optional overrides (already in internal units). */
export function deviceParams(
  id: DevicePresetId,
  overrides: Partial<PumpDeviceParams> = {},
): PumpDeviceParams {
  const p = DEVICE_PRESETS[id];
  return {
    kind: p.kind,
    strokeVolumeUl: p.strokeVolumeUl.value,
    maxStrokesPerHour: p.maxStrokesPerHour.value,
    reservoirCapacityUl: p.reservoirCapacityUl.value,
    lowReservoirAlarmUl: p.lowReservoirAlarmUl.value,
    refillThresholdUl: p.refillThresholdUl.value,
    discrepancyThresholdUl: p.discrepancyThresholdUl.value,
    accuracyBiasFraction: p.accuracyBiasFraction.value,
    accuracyRandomHalfWidthFraction: p.accuracyRandomHalfWidthFraction.value,
    accuracyEnvelopeFraction: p.accuracyEnvelopeFraction.value,
    battery: p.battery ? plain(p.battery) : null,
    detectsOcclusion: p.detectsOcclusion.value,
    detectsMotorStall: p.detectsMotorStall.value,
    mri: p.mri.value,
    mriRestartDelayHours: p.mriRestartDelayHours.value,
    mriValveLimitUl: p.mriValveLimitUl.value,
    gas: p.gas ? plain(p.gas) : null,
    ...overrides,
  };
}

/** Catheter dead volume of a preset's default catheter, µL. */
export function presetDeadVolumeUl(id: DevicePresetId): number {
  const p = DEVICE_PRESETS[id];
  return p.catheterLengthCm.value * p.catheterVolumeUlPerCm.value;
}

/** A preset's default catheter (unprimed: filled with CSF until a priming bolus or plug flow fills it). */
export function defaultCatheter(id: DevicePresetId): CatheterConfig {
  const p = DEVICE_PRESETS[id];
  return { lengthCm: p.catheterLengthCm.value, volumeUlPerCm: p.catheterVolumeUlPerCm.value, primed: false };
}
