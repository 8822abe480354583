/**
 * Fills the device fields a scenario leaves out with the defaults of its device preset (src/model/data/devices.ts,
 * each sourced), expressed in SCENARIO units (mL, mL/day, %, fraction of charge left). Used by the consistency
 * checks, the warnings and src/engine/scenario-mapping.ts, so all three see the same numbers.
 */
import type { Scenario } from './schema.js';
import { IMPLANTED_CATHETER_LENGTH_CM, PUMP_INTERNAL_VOLUME_UL } from '../data/catheter.js';
import { DEVICE_PRESETS, type DevicePresetId } from '../data/devices.js';
import { fractionToPercent, ulPerHourToMlPerDay, ulToMl } from '../units.js';

/** Just what picks a device preset: the kind and, for some kinds, one more field. */
export interface DevicePresetKey {
  kind?: unknown;
  generation?: unknown;
  access?: unknown;
}

/**
 * The device preset a scenario device is built on. The one definition: the engine mapping and the views (which
 * hold scenarios not yet validated, so an unknown kind falls back to the programmable pump) both use it.
 */
export function devicePresetIdOf(device: DevicePresetKey | undefined): DevicePresetId {
  switch (device?.kind) {
    case 'accumulator':
      return device.generation === 1 ? 'accumulator-gen1' : 'accumulator-gen2';
    case 'constant-rate':
      return 'constant-rate';
    case 'external':
      return device.access === 'lumbar-puncture' ? 'injection' : 'external';
    default:
      return 'programmable';
  }
}

/** The device preset a scenario's device is built on. */
export function devicePresetId(s: Scenario): DevicePresetId {
  return devicePresetIdOf(s.device);
}

export interface ResolvedDevice {
  kind: Scenario['device']['kind'];
  presetId: DevicePresetId;
  reservoirMl: number;
  reservoirStartMl: number;
  lowReservoirAlarmMl: number;
  refillThresholdMl: number;
  accuracyBiasPercent: number;
  accuracyRandomPercent: number;
  /** Stroke, pulse or syringe quantum, µL. */
  strokeVolumeUl: number;
  maxRateMlPerDay: number;
  /** Slowest rate usually quoted for the device, mL/day (warnings only). */
  minRateMlPerDay: number;
  /** Battery charge left at t = 0, 0–1 (1 for pumps without a battery). */
  batteryStartFraction: number;
  telemetrySessionsPerMonth: number;
  mriRestartDelayHours: number;
  /** Constant-rate pumps: flow at 37 °C and sea level, mL/day (0 otherwise). */
  nominalRateMlPerDay: number;
  driveGaugePressureKpa: number;
  catheterLengthCm: number;
  catheterVolumeUlPerCm: number;
  /** The pump's internal fluid path, µL (implanted pumps; an estimate). */
  pumpInternalUl: number;
}

/** Pumps implanted with a trimmed catheter (external and injection keep their preset's). */
const IMPLANTED: readonly string[] = ['programmable', 'accumulator', 'constant-rate'];

/** 0.048 mL/day is the commonly quoted SynchroMed II minimum (unverified); other devices: none known. */
const MIN_RATE_PROGRAMMABLE_ML_PER_DAY = 0.048;

export function resolveDevice(s: Scenario): ResolvedDevice {
  const presetId = devicePresetId(s);
  const p = DEVICE_PRESETS[presetId];
  const d = s.device as Partial<Record<string, number>> & Scenario['device'];
  const stroke =
    d.kind === 'accumulator' ? d.pulseVolumeUl : 'strokeVolumeUl' in d ? d.strokeVolumeUl : undefined;
  const strokeVolumeUl = stroke ?? p.strokeVolumeUl.value;
  const reservoirMl = d.reservoirMl ?? ulToMl(p.reservoirCapacityUl.value);
  const presetMaxRate = ulPerHourToMlPerDay(p.maxStrokesPerHour.value * p.strokeVolumeUl.value);
  const maxRate = 'maxRateMlPerDay' in d ? d.maxRateMlPerDay : undefined;
  const usedAtStart = p.battery?.startUsedFraction.value ?? 0;
  return {
    kind: d.kind,
    presetId,
    reservoirMl,
    reservoirStartMl: d.reservoirStartMl ?? reservoirMl,
    lowReservoirAlarmMl: d.lowReservoirAlarmMl ?? ulToMl(p.lowReservoirAlarmUl.value),
    refillThresholdMl: d.refillThresholdMl ?? ulToMl(p.refillThresholdUl.value),
    accuracyBiasPercent: d.accuracyBiasPercent ?? fractionToPercent(p.accuracyBiasFraction.value),
    accuracyRandomPercent:
      d.accuracyRandomPercent ?? fractionToPercent(p.accuracyRandomHalfWidthFraction.value),
    strokeVolumeUl,
    maxRateMlPerDay: maxRate ?? presetMaxRate,
    minRateMlPerDay: presetId === 'programmable' ? MIN_RATE_PROGRAMMABLE_ML_PER_DAY : 0,
    batteryStartFraction:
      ('batteryStartFraction' in d ? d.batteryStartFraction : undefined) ?? 1 - usedAtStart,
    telemetrySessionsPerMonth:
      ('telemetrySessionsPerMonth' in d ? d.telemetrySessionsPerMonth : undefined) ?? 0,
    mriRestartDelayHours:
      ('mriRestartDelayHours' in d ? d.mriRestartDelayHours : undefined) ?? p.mriRestartDelayHours.value,
    nominalRateMlPerDay:
      (d.kind === 'constant-rate' ? d.nominalRateMlPerDay : undefined) ??
      (p.gas ? ulPerHourToMlPerDay(p.gas.nominalRateUlPerHour.value) : 0),
    driveGaugePressureKpa:
      (d.kind === 'constant-rate' ? d.driveGaugePressureKpa : undefined) ??
      (p.gas ? p.gas.driveKpa.value : 0),
    catheterLengthCm: IMPLANTED.includes(d.kind)
      ? IMPLANTED_CATHETER_LENGTH_CM.value
      : p.catheterLengthCm.value,
    catheterVolumeUlPerCm: p.catheterVolumeUlPerCm.value,
    pumpInternalUl: IMPLANTED.includes(d.kind) ? PUMP_INTERNAL_VOLUME_UL.value : 0,
  };
}

/** Dead volume of the scenario's catheter: its implanted length × µL/cm plus the pump's internal path, µL. */
export function catheterDeadVolumeUl(s: Scenario): number {
  const d = resolveDevice(s);
  return (
    (s.catheter.lengthCm ?? d.catheterLengthCm) * (s.catheter.deadSpaceUlPerCm ?? d.catheterVolumeUlPerCm) +
    d.pumpInternalUl
  );
}
