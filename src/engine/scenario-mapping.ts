/**
 * Scenario → engine inputs: PumpConfig (src/model/pump-config.ts) and CsfConfigInput (src/model/csf-config.ts).
 * The ONE place where scenario units (mL, mL/day, min, ft, %, µg per bolus) become internal ones (h, µL, µg/µL,
 * kPa, fractions), always through src/model/units.ts. Defaults the scenario leaves out come from the device preset
 * (src/model/data/devices.ts) and the patient/drug data (src/model/data/patient.ts, src/model/data/drugs.ts) via resolveCsfConfig.
 */
import type { Scenario, ScenarioEvent } from '../model/scenario/schema.js';
import type {
  BasalProgram,
  ClinicianBolus,
  EnvironmentChange,
  Fault,
  PumpConfig,
  PumpDeviceParams,
  Refill,
  Replacement,
} from '../model/pump-config.js';
import { devicePresetId, resolveDevice } from '../model/scenario/resolve.js';
import { deviceParams } from '../model/data/devices.js';
import { drugDiffusivityCm2PerS } from '../model/data/catheter.js';
import {
  CSF_LEAK_LOSS_FRACTION,
  GRANULOMA_FINAL_LOSS_FRACTION,
  GRANULOMA_GROWTH_HOURS,
  KINK_BLOCKED_FRACTION,
  MIGRATED_OUT_LOSS_FRACTION,
} from '../model/data/complications.js';
import type { CsfConfigInput, TipMigration } from '../model/csf-config.js';
import { levelToCm } from '../model/data/patient.js';
import { bodySize } from '../model/data/body-size.js';
import { POSTURE_DEFAULTS, postureTimeline } from '../model/posture.js';
import { outputGrid } from '../model/scenario/output-grid.js';
import {
  altitudeFtToKpa,
  daysToHours,
  mlPerDayToUlPerHour,
  mlToUl,
  minutesToHours,
  percentToFraction,
  SEA_LEVEL_KPA,
  mlPerMinToUlPerHour,
  ugPerMlToUgPerUl,
} from '../model/units.js';

/** Largest raw stroke list kept when model.recordStrokes is on (bounded memory). */
export const MAX_RECORDED_STROKES = 2_000_000;
/** Default body temperature, °C. */
const BODY_TEMPERATURE_C = 37;
/** Default patient-bolus duration when the scenario gives none, min (an estimate; PTM limits not found). */
const PATIENT_BOLUS_DEFAULT_MINUTES = 10;
/** Spinal column length for the patient's height and weight, cm (src/model/data/body-size.ts). */
export function spinalLengthCm(s: Scenario): number {
  return bodySize(s.patient.heightCm, s.patient.weightKg).spinalLengthCm;
}

export interface PumpInputs {
  pump: PumpConfig;
  /** Output interval, h, and the number of intervals. */
  dtHours: number;
  nOut: number;
  /**
   * Length of the last interval, h: dtHours, or the shorter rest when the run length is not a whole number of
   * intervals (the run is simulated to its exact length, never rounded to whole intervals).
   */
  lastDtHours: number;
  /** Spinal length used for the level map, cm, and the tip migrations (for the distribution engine). */
  lengthCm: number;
  tipMigrations: TipMigration[];
}

export interface EngineInputs extends PumpInputs {
  /** Null when the scenario asks for a pump-only run (model.distribution: false). */
  csf: CsfConfigInput | null;
}

function device(s: Scenario): PumpDeviceParams {
  const d = resolveDevice(s);
  const base = deviceParams(devicePresetId(s));
  const overrides: Partial<PumpDeviceParams> = {
    strokeVolumeUl: d.strokeVolumeUl,
    maxStrokesPerHour: mlPerDayToUlPerHour(d.maxRateMlPerDay) / d.strokeVolumeUl,
    reservoirCapacityUl: mlToUl(d.reservoirMl),
    lowReservoirAlarmUl: mlToUl(d.lowReservoirAlarmMl),
    refillThresholdUl: mlToUl(d.refillThresholdMl),
    accuracyBiasFraction: percentToFraction(d.accuracyBiasPercent),
    accuracyRandomHalfWidthFraction: percentToFraction(d.accuracyRandomPercent),
    mriRestartDelayHours: d.mriRestartDelayHours,
  };
  if (base.battery) overrides.battery = { ...base.battery, startUsedFraction: 1 - d.batteryStartFraction };
  if (base.gas) {
    overrides.gas = {
      ...base.gas,
      nominalRateUlPerHour: mlPerDayToUlPerHour(d.nominalRateMlPerDay),
      driveKpa: d.driveGaugePressureKpa,
      viscosityRatio: s.drug.viscosityRelativeToWater ?? 1,
    };
  }
  return { ...base, ...overrides };
}

function basal(
  mode: 'stopped' | 'continuous' | 'flex' | undefined,
  rateMlPerDay: number | undefined,
  flex: Scenario['program']['flex'],
): BasalProgram {
  const m = mode ?? (flex ? 'flex' : 'continuous');
  if (m === 'stopped') return { mode: 'stopped' };
  if (m === 'flex' && flex) {
    return {
      mode: 'flex',
      period: flex.periodHours === 168 ? 'week' : 'day',
      steps: flex.steps.map((st) => ({
        startHours: st.startHours,
        rateUlPerHour: mlPerDayToUlPerHour(st.rateMlPerDay),
      })),
    };
  }
  return { mode: 'continuous', rateUlPerHour: mlPerDayToUlPerHour(rateMlPerDay ?? 0) };
}

/** Piecewise-constant environment: each timeline entry keeps the fields it does not set. */
function environment(s: Scenario): PumpConfig['environment'] {
  const env = s.environment;
  const kpa = (alt: number | undefined, p: number | undefined, fallback: number) =>
    p ?? (alt !== undefined ? altitudeFtToKpa(alt) : fallback);
  const temperatureC = env.bodyTemperatureC ?? BODY_TEMPERATURE_C;
  const ambientKpa = kpa(env.altitudeFt, env.ambientPressureKpa, SEA_LEVEL_KPA);
  let cur = { temperatureC, ambientKpa };
  const changes: EnvironmentChange[] = (env.timeline ?? []).map((e) => {
    cur = {
      temperatureC: e.bodyTemperatureC ?? cur.temperatureC,
      ambientKpa: kpa(e.altitudeFt, e.ambientPressureKpa, cur.ambientKpa),
    };
    return { tHours: e.atHours, ...cur };
  });
  const mriScans = s.events.flatMap((e) =>
    e.type === 'mri'
      ? [
          {
            tHours: e.atHours,
            durationHours: minutesToHours(e.durationMinutes),
            resumeDelayHours: e.resumeDelayHours,
          },
        ]
      : [],
  );
  return { temperatureC, ambientKpa, changes, mriScans };
}

function faultOf(e: Extract<ScenarioEvent, { type: 'fault' }>): Fault {
  const t = { tHours: e.atHours, durationHours: e.durationHours };
  const tipLoss = (cause: 'granuloma' | 'migration-out' | 'csf-leak', fraction: number, rampHours: number) =>
    ({ kind: 'tip-loss', cause, fraction: e.tipLossFraction ?? fraction, rampHours, ...t }) as const;
  switch (e.fault) {
    case 'occlusion':
      return { kind: 'occlusion', ...t };
    case 'kink':
      return { kind: 'occlusion', fraction: e.blockedFraction ?? KINK_BLOCKED_FRACTION.value, ...t };
    case 'motor-stall':
      return { kind: 'motor-stall', ...t };
    case 'disconnection':
      return { kind: 'leak', fraction: 1, ...t };
    case 'leak':
      return { kind: 'leak', fraction: e.leakFraction ?? 1, ...t };
    case 'fracture':
      return { kind: 'leak', site: 'fracture', fraction: e.leakFraction ?? 1, ...t };
    case 'granuloma':
      return tipLoss(
        'granuloma',
        GRANULOMA_FINAL_LOSS_FRACTION.value,
        e.growthDays === undefined ? GRANULOMA_GROWTH_HOURS.value : daysToHours(e.growthDays),
      );
    case 'migration-out':
      return tipLoss('migration-out', MIGRATED_OUT_LOSS_FRACTION.value, 0);
    case 'csf-leak':
      return tipLoss('csf-leak', CSF_LEAK_LOSS_FRACTION.value, 0);
  }
}

/**
 * A replacement event in engine units. The new pump: the event's device (its defaults from its own preset, a
 * new battery unless batteryStartFraction says otherwise), else the scenario's model with a new battery. A revised
 * catheter takes its missing fields from the new pump's preset and starts unprimed: after implant the catheter is
 * empty until a priming bolus fills it [D1].
 * Two defaults are modelling choices, not published figures: the sources give no explant-to-implant time and does not
 * say whether the catheter is kept at a battery replacement (not found). So the default is a same-day swap
 * (interruption 0: the new pump is connected in the same operation) and a kept catheter; both are event fields.
 */
function replacementOf(
  s: Scenario,
  e: Extract<ScenarioEvent, { type: 'replacement' }>,
  concentrationUgPerUl: number,
  drug: string,
): Replacement {
  const withNew: Scenario = e.device ? { ...s, device: e.device } : s;
  const dev = device(withNew);
  const newPump = e.device
    ? dev
    : { ...dev, battery: dev.battery && { ...dev.battery, startUsedFraction: 0 } };
  const d = resolveDevice(withNew);
  const c = e.catheter;
  return {
    tHours: e.atHours,
    volumeUl: mlToUl(e.volumeMl),
    concentrationUgPerUl,
    drug,
    device: newPump,
    interruptionHours: e.interruptionHours ?? 0,
    catheter: c && {
      lengthCm: c.lengthCm ?? d.catheterLengthCm,
      volumeUlPerCm: c.deadSpaceUlPerCm ?? d.catheterVolumeUlPerCm,
      primed: c.primed ?? false,
      pumpInternalUl: d.pumpInternalUl,
      diffusivityCm2PerS: c.dispersion === false ? 0 : drugDiffusivityCm2PerS(drug),
    },
  };
}

function events(
  s: Scenario,
  tipLengthCm: number,
): PumpConfig['events'] & { tipMigrations: TipMigration[]; faults: Fault[] } {
  const refills: Refill[] = [];
  const replacements: Replacement[] = [];
  const faults: Fault[] = [];
  const resets: number[] = [];
  const tipMigrations: TipMigration[] = [];
  // A refill without a concentration keeps the drug and concentration of the fill before it.
  let concentrationUgPerMl = s.drug.concentrationUgPerMl;
  let drug: string = s.drug.name;
  const ordered = s.events.map((e, i) => ({ e, i })).sort((a, b) => a.e.atHours - b.e.atHours || a.i - b.i);
  for (const { e } of ordered) {
    switch (e.type) {
      case 'refill':
        concentrationUgPerMl = e.concentrationUgPerMl ?? concentrationUgPerMl;
        drug = e.drugName ?? drug;
        refills.push({
          tHours: e.atHours,
          volumeUl: mlToUl(e.volumeMl),
          concentrationUgPerUl: ugPerMlToUgPerUl(concentrationUgPerMl),
          drug,
          into: e.into,
          injectionHours: e.injectionMinutes === undefined ? undefined : minutesToHours(e.injectionMinutes),
        });
        break;
      case 'pocket-fill':
        refills.push({
          tHours: e.atHours,
          volumeUl: mlToUl(e.volumeMl),
          concentrationUgPerUl: ugPerMlToUgPerUl(e.concentrationUgPerMl ?? concentrationUgPerMl),
          drug,
          pocketFillFraction: 1,
          aspiratedUl: e.aspiratedMl === undefined ? undefined : mlToUl(e.aspiratedMl),
          aspiratedAfterHours: e.aspiratedAfterHours,
        });
        break;
      case 'missed-refill':
        refills.push({
          tHours: e.atHours,
          volumeUl: 0,
          concentrationUgPerUl: ugPerMlToUgPerUl(concentrationUgPerMl),
          drug,
          missed: true,
        });
        break;
      case 'fault':
        faults.push(faultOf(e));
        break;
      case 'tip-migration': {
        const x = levelToCm(e.toLevel, tipLengthCm);
        if (x !== undefined) faults.push({ kind: 'tip-migration', tHours: e.atHours, tipXCm: x });
        tipMigrations.push({ tHours: e.atHours, level: e.toLevel });
        break;
      }
      case 'interrogation':
        resets.push(e.atHours);
        break;
      case 'replacement':
        concentrationUgPerMl = e.concentrationUgPerMl ?? concentrationUgPerMl;
        replacements.push(replacementOf(s, e, ugPerMlToUgPerUl(concentrationUgPerMl), drug));
        break;
      case 'mri':
      case 'reprogram':
        break; // environment() and program() read these
    }
  }
  const perMonth = resolveDevice(s).telemetrySessionsPerMonth;
  const telemetrySessions: number[] = [...resets];
  if (perMonth > 0) {
    const every = daysToHours(30.4375) / perMonth;
    for (let t = every; t < daysToHours(s.durationDays) && telemetrySessions.length < 100_000; t += every) {
      telemetrySessions.push(t);
    }
  }
  return { refills, faults, telemetrySessions, resets, replacements, tipMigrations };
}

/** Maps a validated scenario onto the pump engine's input. */
export function mapPump(s: Scenario): PumpInputs {
  const dtHours = minutesToHours(s.outputIntervalMinutes);
  const { nOut, lastDtHours } = outputGrid(daysToHours(s.durationDays), dtHours);
  const d = resolveDevice(s);
  const lengthCm = spinalLengthCm(s);
  const tipLevel = s.patient.catheterTipLevel;
  const ev = events(s, lengthCm);
  const c = ugPerMlToUgPerUl(s.drug.concentrationUgPerMl);
  const p = s.program;
  const gas = s.device.kind === 'constant-rate';
  const boluses: ClinicianBolus[] = (p.boluses ?? []).map((b) => ({
    tHours: b.atHours,
    kind: b.kind,
    volumeUl: b.volumeUl,
    durationHours: b.durationMinutes === undefined ? undefined : minutesToHours(b.durationMinutes),
    then: b.then,
  }));
  const pump: PumpConfig = {
    device: device(s),
    catheter: {
      lengthCm: s.catheter.lengthCm ?? d.catheterLengthCm,
      volumeUlPerCm: s.catheter.deadSpaceUlPerCm ?? d.catheterVolumeUlPerCm,
      primed: s.catheter.primed ?? true,
      pumpInternalUl: d.pumpInternalUl,
      diffusivityCm2PerS: s.catheter.dispersion === false ? 0 : drugDiffusivityCm2PerS(s.drug.name),
      tipXCm: tipLevel ? levelToCm(tipLevel, lengthCm) : undefined,
    },
    reservoir: {
      volumeUl: mlToUl(Math.min(d.reservoirStartMl, d.reservoirMl)),
      concentrationUgPerUl: c,
      drug: s.drug.name,
    },
    program: {
      initial: gas ? { mode: 'continuous', rateUlPerHour: 0 } : basal(p.mode, p.rateMlPerDay, p.flex),
      // a constant-rate pump ignores programs (the engine too), but a programmable pump replacing it runs them
      changes: s.events.flatMap((e) =>
        e.type === 'reprogram' && (!gas || ev.replacements.length > 0)
          ? [{ tHours: e.atHours, program: basal(e.mode, e.rateMlPerDay, e.flex) }]
          : [],
      ),
      boluses,
      patientBolus: p.patientBolus
        ? {
            doseUl: p.patientBolus.doseUg / c,
            durationHours: minutesToHours(p.patientBolus.durationMinutes ?? PATIENT_BOLUS_DEFAULT_MINUTES),
            lockoutHours: p.patientBolus.lockoutHours,
            maxPerDay: p.patientBolus.maxPerDay,
          }
        : null,
      patientRequests: (p.patientBolusRequests ?? []).map((r) => r.atHours),
    },
    environment: environment(s),
    events: {
      refills: ev.refills,
      faults: ev.faults,
      telemetrySessions: ev.telemetrySessions,
      resets: ev.resets,
      replacements: ev.replacements,
    },
    tissueHalfTimeHours: s.patient.tissueAbsorptionHalfTimeHours,
    seed: s.seed,
    recordStrokes: s.model.recordStrokes ? MAX_RECORDED_STROKES : false,
  };
  return { pump, dtHours, nOut, lastDtHours, lengthCm, tipMigrations: ev.tipMigrations };
}

/** The scenario's target (a level or a range) as a range; undefined for the indication's default. */
export function targetLevels(
  t: Scenario['patient']['targetLevel'],
): { from: string; to: string } | undefined {
  return t === undefined ? undefined : typeof t === 'string' ? { from: t, to: t } : t;
}

/** Maps a validated scenario onto the distribution engine's input (null for pump-only runs). */
export function mapCsf(s: Scenario, pumpInputs: PumpInputs): CsfConfigInput | null {
  const lengthCm = pumpInputs.lengthCm;
  const tipLevel = s.patient.catheterTipLevel;
  if (s.model.distribution === false) return null;
  const c = s.patient.csf ?? {};
  const opt = <T>(x: T | undefined, f: (v: T) => number): number | undefined =>
    x === undefined ? undefined : f(x);
  const postures = postureTimeline(
    s.patient.posture ?? POSTURE_DEFAULTS.posture,
    s.patient.postureCycle,
    (s.patient.postureChanges ?? []).map((c) => ({ tHours: c.atHours, posture: c.posture })),
    daysToHours(s.durationDays),
  );
  return {
    drug: s.drug.name,
    densityRelativeToCsf: s.drug.densityRelativeToCsf,
    formulation: s.drug.formulation,
    grid: { cells: s.model.csfCells, lengthCm },
    patient: {
      spinalCsfVolumeUl: opt(c.spinalCsfVolumeMl, mlToUl),
      cranialCsfVolumeUl: opt(c.cranialCsfVolumeMl, mlToUl),
      csfProductionUlPerHour: opt(c.csfProductionMlPerMin, mlPerMinToUlPerHour),
      cardiacStrokeVolumeUl: opt(c.cardiacStrokeVolumeMl, mlToUl),
      heartRatePerMin: c.heartRateBpm,
      breathingDepth: c.breathingDepthFactor,
      bodyWeightKg: s.patient.weightKg,
      heightCm: s.patient.heightCm,
      catheterTipLevel: tipLevel,
      targetLevels: targetLevels(s.patient.targetLevel),
      posture: postures.initial,
      opioidTolerance: s.patient.opioidTolerance,
    },
    multipliers: { dispersion: c.dispersionFactor },
    tipMigrations: pumpInputs.tipMigrations,
    postureChanges: postures.changes,
  };
}

/** Maps a validated scenario onto both engines' inputs. */
export function mapScenario(s: Scenario): EngineInputs {
  const pump = mapPump(s);
  return { ...pump, csf: mapCsf(s, pump) };
}
