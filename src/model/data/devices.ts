/**
 * Device presets: every parameter as data with its unit, source and tag from ../shared/domain/pumps.md
 * ([V] verified, [U] unverified, [E] estimate, [NF] not found), so the UI can badge anything not verified.
 * Labels are generic ("Programmable peristaltic pump"); the manufacturer model a preset resembles appears only
 * in `resembles` and in source notes, never as a UI label.
 *
 * Battery calibration (all [E], no capacity or longevity curve was found, pumps.md §7): capacity is normalised to
 * 1, ERI at 96 % used, end of service 90 days after ERI [V]. Idle draw alone reaches end of service at the 7-year
 * maximum [V]; idle + strokes at the sheet's default 0.5 mL/day in 1 µL strokes reach ERI at 6 years (§6 default).
 * That gives ≈ 5.6 y to end of service at 1 mL/day and ≈ 4.1 y at 2 mL/day, inside "5 and 7 years, depending on how
 * much medicine" [V] for typical rates.
 */
import type {
  BatteryParams,
  CatheterConfig,
  DeviceKind,
  MriBehaviour,
  PumpDeviceParams,
} from '../pump-config.js';
import { HOURS_PER_DAY, HOURS_PER_YEAR, mlPerDayToUlPerHour, SEA_LEVEL_KPA } from '../units.js';

export type SourceTag = 'verified' | 'unverified' | 'estimate' | 'not-found';

export interface Sourced<T = number> {
  value: T;
  unit: string;
  tag: SourceTag;
  source: string;
}

const v = <T>(value: T, unit: string, tag: SourceTag, source: string): Sourced<T> => ({
  value,
  unit,
  tag,
  source,
});

export type DevicePresetId =
  'programmable' | 'accumulator-gen1' | 'accumulator-gen2' | 'constant-flow' | 'external' | 'injection';

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
  } | null;
  catheterVolumeUlPerCm: Sourced;
  catheterLengthCm: Sourced;
}

// ---- shared sourced values ----
const SHEET = 'pumps.md';
const ENVELOPE = v(
  0.15,
  'fraction',
  'verified',
  `${SHEET} §6: 85–115 % (Prometra pivotal endpoint [V]; SynchroMed ±14.5 % [U])`,
);
const RANDOM = v(
  0.05,
  'fraction',
  'estimate',
  `${SHEET} §1.1/§6: only per-refill means are published (+2.5 % clinical, −2.4 % lab); a ±5 % uniform spread is an estimate`,
);
const REFILL_TARGET = v(
  3000,
  'µL',
  'verified',
  `${SHEET} §1.3: next refill = date the reservoir reaches 3.0 mL (Prometra PTC) [V]`,
);
const DISCREPANCY_20ML = v(1000, 'µL', 'verified', `${SHEET} §3: > 1 mL in 20 mL pumps (Maino 2017) [V]`);
const LOW_ALARM = v(
  2000,
  'µL',
  'unverified',
  `${SHEET} §1.1: clinician-programmable [V]; 2 mL default commonly quoted [U]`,
);
const CATH_UL_PER_CM = v(
  2.6,
  'µL/cm',
  'verified',
  `${SHEET} §1.3: 0.0026 mL/cm (Prometra catheter) [V]; Medtronic [NF]`,
);
const CATH_LENGTH = v(110, 'cm', 'verified', `${SHEET} §1.3: supplied 110 cm long, before trimming [V]`);
const NO_MRI_DELAY = v(0, 'h', 'verified', 'not applicable');
const FAV_LIMIT = v(
  10,
  'µL',
  'verified',
  `${SHEET} §1.3: Prometra II emergency scan delivers ≤ 10 µL, then no flow until reset [V]`,
);

const ERI_USED = 0.96;
const EOS_AFTER_ERI_H = 90 * HOURS_PER_DAY;
/** Idle draw: end of service at the 7-year maximum with no delivery. */
const IDLE_PER_H = ERI_USED / (7 * HOURS_PER_YEAR - EOS_AFTER_ERI_H);
/** Stroke draw: ERI at 6 years at 0.5 mL/day in 1 µL strokes. */
const STROKES_PER_H_DEFAULT = mlPerDayToUlPerHour(0.5) / 1;
const STROKE_DRAW = (ERI_USED / (6 * HOURS_PER_YEAR) - IDLE_PER_H) / STROKES_PER_H_DEFAULT;

function batteryPreset(note: string): DevicePreset['battery'] {
  const cal = `estimate calibrated to ${SHEET} §1.1/§6 (5–7 y life, 7 y maximum, 6 y default); no capacity found [NF]${note}`;
  return {
    idleFractionPerHour: v(IDLE_PER_H, 'fraction/h', 'estimate', cal),
    strokeFraction: v(STROKE_DRAW, 'fraction/stroke', 'estimate', cal),
    telemetryFraction: v(
      IDLE_PER_H * 24,
      'fraction/session',
      'estimate',
      `${cal}; one session ≈ one day of idle draw`,
    ),
    eriUsedFraction: v(ERI_USED, 'fraction', 'estimate', cal),
    endOfServiceAfterEriHours: v(
      EOS_AFTER_ERI_H,
      'h',
      'verified',
      `${SHEET} §1.1: "will stop after 90 days" after ERI [V]`,
    ),
    startUsedFraction: v(0, 'fraction', 'verified', 'a new pump'),
  };
}

const programmable: DevicePreset = {
  id: 'programmable',
  kind: 'programmable',
  label: 'Programmable peristaltic pump',
  resembles: 'SynchroMed II-like (model 8637)',
  strokeVolumeUl: v(
    1,
    'µL',
    'estimate',
    `${SHEET} §6: 1 µL quantum, range 0.5–5 µL [E]; volume per motor step not published [NF]`,
  ),
  maxStrokesPerHour: v(
    1000,
    'strokes/h',
    'unverified',
    `${SHEET} §6: 24 mL/day upper rate [U] at a 1 µL stroke [E]`,
  ),
  reservoirCapacityUl: v(20000, 'µL', 'verified', `${SHEET} §1.1: 20 mL and 40 mL versions [V]`),
  lowReservoirAlarmUl: LOW_ALARM,
  refillThresholdUl: REFILL_TARGET,
  discrepancyThresholdUl: DISCREPANCY_20ML,
  accuracyBiasFraction: v(
    0.01,
    'fraction',
    'verified',
    `${SHEET} §1.1: +1 % delivered vs programmed at 6 months (Wesemann 2014) [V]`,
  ),
  accuracyRandomHalfWidthFraction: RANDOM,
  accuracyEnvelopeFraction: ENVELOPE,
  battery: batteryPreset(''),
  detectsOcclusion: v(false, '', 'not-found', `${SHEET} §1.1: no occlusion detection documented [NF]`),
  detectsMotorStall: v(
    true,
    '',
    'verified',
    `${SHEET} §1.1: detects motor stall and recovery, two-tone alarm [V]`,
  ),
  mri: v<MriBehaviour>(
    'stall-restart',
    '',
    'verified',
    `${SHEET} §1.1: rotor stops during MRI, resumes afterwards [V]`,
  ),
  mriRestartDelayHours: v(
    2,
    'h',
    'verified',
    `${SHEET} §1.1: a 2–24 h delay in return to proper infusion reported [V]`,
  ),
  mriValveLimitUl: v(0, 'µL', 'verified', 'not applicable'),
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
  strokeVolumeUl: v(
    2,
    'µL',
    'not-found',
    `${SHEET} §1.3: fixed pulse volume not found [NF]; the quoted "~2 µL" is a stand-in`,
  ),
  maxStrokesPerHour: v(
    500,
    'pulses/h',
    'estimate',
    `${SHEET} §1.3: rate range not found [NF]; 24 mL/day at 2 µL pulses`,
  ),
  reservoirCapacityUl: v(20000, 'µL', 'verified', `${SHEET} §1.3: Prometra 20 mL [V]`),
  accuracyBiasFraction: v(
    0,
    'fraction',
    'estimate',
    `${SHEET} §1.3: mean accuracy 96.8–97.9 % reported [V]; its sign convention unclear, bias 0`,
  ),
  battery: batteryPreset('; Prometra battery life not found [NF], programmable-pump model reused'),
  detectsMotorStall: v(false, '', 'not-found', `${SHEET} §1.3: valve pump, no motor [V]`),
  mri: v<MriBehaviour>(
    'dump',
    '',
    'verified',
    `${SHEET} §1.3: valves open, immediate discharge of reservoir and catheter [V]`,
  ),
  mriRestartDelayHours: NO_MRI_DELAY,
};

const accumulatorGen2: DevicePreset = {
  ...accumulatorGen1,
  id: 'accumulator-gen2',
  label: 'Valve-gated accumulator pump (2nd generation, flow-activated valve)',
  resembles: 'Prometra II-like (REF 13827)',
  reservoirCapacityUl: v(20000, 'µL', 'verified', `${SHEET} §1.3: Prometra II 20 mL and 40 mL [V]`),
  mri: v<MriBehaviour>(
    'valve-shut',
    '',
    'verified',
    `${SHEET} §1.3: flow-activated valve shuts, ≤ 10 µL, reset needed [V]`,
  ),
  mriValveLimitUl: FAV_LIMIT,
};

const constantFlow: DevicePreset = {
  ...programmable,
  id: 'constant-flow',
  kind: 'constant-flow',
  label: 'Constant-rate gas-driven pump',
  resembles: 'Codman 3000 / IsoMed-like',
  strokeVolumeUl: v(1, 'µL', 'estimate', 'continuous flow: only the stroke list granularity (unused)'),
  maxStrokesPerHour: v(1000, 'strokes/h', 'estimate', 'continuous flow: unused'),
  reservoirCapacityUl: v(
    30000,
    'µL',
    'verified',
    `${SHEET} §2.1: Codman 3000 reservoir "approximately one ounce" [V]`,
  ),
  lowReservoirAlarmUl: v(0, 'µL', 'verified', `${SHEET} §2.1: no electronics, no alarms [V]`),
  accuracyBiasFraction: v(
    0,
    'fraction',
    'not-found',
    `${SHEET} §7: no accuracy figure for constant-flow pumps [NF]`,
  ),
  battery: null,
  detectsOcclusion: v(false, '', 'verified', `${SHEET} §2.1: no electronics [V]`),
  detectsMotorStall: v(false, '', 'verified', 'no motor'),
  mri: v<MriBehaviour>('none', '', 'verified', `${SHEET} §2.1/§6: IsoMed, no impact at 1.5 T [V]`),
  mriRestartDelayHours: NO_MRI_DELAY,
  gas: {
    nominalRateUlPerHour: v(
      mlPerDayToUlPerHour(0.5),
      'µL/h',
      'estimate',
      `${SHEET} §7: nominal rate options not found [NF]; 0.5 mL/day empties 30 mL in 60 days, inside the 30–180-day refill range`,
    ),
    driveKpa: v(SEA_LEVEL_KPA, 'kPa', 'estimate', `${SHEET} §2.2: ΔP 1.0 atm, range 0.4–2.0 atm [E]`),
    latentHeatJPerMol: v(
      25000,
      'J/mol',
      'estimate',
      `${SHEET} §2.2: L ≈ 25 kJ/mol, refrigerant-type propellant [E]`,
    ),
    csfGaugeKpa: v(1, 'kPa', 'estimate', `${SHEET} §2.2: CSF ≈ ambient + 1–2 kPa [E]`),
  },
};

const external: DevicePreset = {
  ...programmable,
  id: 'external',
  kind: 'external',
  label: 'External pump with temporary catheter',
  resembles: 'CADD-Prizm-like',
  strokeVolumeUl: v(50, 'µL', 'verified', `${SHEET} §4: 0.050 mL per mechanism activation [V]`),
  maxStrokesPerHour: v(
    400,
    'strokes/h',
    'estimate',
    `${SHEET} §4: 20 mL/h example (an activation every 18 s) [V]; maximum not in the sheet`,
  ),
  reservoirCapacityUl: v(100000, 'µL', 'estimate', 'cassette volume not in the sheet; 100 mL'),
  accuracyBiasFraction: v(0, 'fraction', 'not-found', `${SHEET}: no accuracy figure for external pumps [NF]`),
  battery: null,
  detectsOcclusion: v(true, '', 'verified', `${SHEET} §4: occlusion alarm at 124 ± 62 kPa [V]`),
  detectsMotorStall: v(true, '', 'estimate', 'external pumps alarm on mechanism faults (not in the sheet)'),
  mri: v<MriBehaviour>('pause', '', 'estimate', 'external pump taken out of the scanner room for the scan'),
  mriRestartDelayHours: NO_MRI_DELAY,
  catheterVolumeUlPerCm: v(
    2.6,
    'µL/cm',
    'estimate',
    'temporary catheter volume not found; implant catheter value reused',
  ),
  catheterLengthCm: v(50, 'cm', 'estimate', 'temporary catheter length not in the sheet'),
};

const injection: DevicePreset = {
  ...external,
  id: 'injection',
  kind: 'injection',
  label: 'Lumbar-puncture bolus injection',
  resembles: 'screening-trial syringe injection',
  strokeVolumeUl: v(
    0.01,
    'µL',
    'estimate',
    'numerical quantum of a smooth syringe injection, not a device figure',
  ),
  maxStrokesPerHour: v(1e7, 'strokes/h', 'estimate', 'numerical: allows 100 mL/h'),
  reservoirCapacityUl: v(10000, 'µL', 'estimate', 'syringe volume'),
  lowReservoirAlarmUl: v(0, 'µL', 'verified', 'no alarms'),
  detectsOcclusion: v(false, '', 'verified', 'no device'),
  detectsMotorStall: v(false, '', 'verified', 'no device'),
  mri: v<MriBehaviour>('none', '', 'verified', 'no device'),
  catheterVolumeUlPerCm: v(0, 'µL/cm', 'verified', 'needle: no catheter dead volume'),
  catheterLengthCm: v(0, 'cm', 'verified', 'no catheter'),
};

export const DEVICE_PRESETS: Readonly<Record<DevicePresetId, DevicePreset>> = {
  programmable,
  'accumulator-gen1': accumulatorGen1,
  'accumulator-gen2': accumulatorGen2,
  'constant-flow': constantFlow,
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
