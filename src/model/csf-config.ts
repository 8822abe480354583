/**
 * CsfConfig — the input of the distribution engine (issue 4), in INTERNAL units (h, µL, µg, µg/µL, cm).
 * The scenario API maps its JSON onto a `CsfConfigInput` (everything optional except the drug), `resolveCsfConfig`
 * fills the defaults (src/model/data/patient.ts, src/model/data/drugs.ts, all sourced), and `packCsfParams` flattens it into
 * the f64 parameter block that `csfConfigure` reads (layout: CSF_PARAM_NAMES, generated from assembly/csf/params.ts into ./wasm-abi.ts).
 *
 * Drug concentration is not here: it is the pump's business (the pump output carries µg and µL per interval).
 */
import { CSF_PARAM_NAMES, type CsfParamName } from './wasm-abi.js';
import {
  DRUGS,
  FORMULATIONS,
  formulationDensity,
  type DrugData,
  type DrugName,
  type Formulation,
  type HillData,
  type Indication,
} from './data/drugs.js';
import { WITHDRAWAL, type OpioidTolerance, type ToleranceData } from './data/adaptation.js';
import {
  PATIENT_DEFAULTS,
  TRANSPORT_DEFAULTS,
  cmToLevel,
  levelToCm,
  vertebralLevels,
  type VertebralLevel,
} from './data/patient.js';
import { bodySize, plasmaClearanceUlPerHour } from './data/body-size.js';
import type { TargetInfo } from './result.js';
import {
  halfLifeToRatePerHour,
  litresToUl,
  m2PerSecondToCm2PerHour,
  mlPerMinToUlPerHour,
  ngPerMlToUgPerUl,
} from './units.js';
import {
  POSTURE_DEFAULTS,
  POSTURES,
  buoyancySpeedCmPerHour,
  type Posture,
  type PostureChange,
} from './posture.js';

/** Per-patient multipliers for virtual patients (trials engineer). All default to 1 (or 0 for placebo). */
export interface PatientMultipliers {
  /** × the drug's first-order CSF loss rate. */
  csfClearance: number;
  /** × the oscillatory dispersion D_eff. */
  dispersion: number;
  /** × every spinal EC50 (> 1 = less sensitive). */
  ec50: number;
  /** Side-effect sensitivity: supraspinal and systemic EC50s are divided by it (> 1 = more side effects). */
  sideEffectSensitivity: number;
  /** × body weight for the plasma volume (∝ w) and clearance (∝ w^0.75, src/model/data/body-size.ts). */
  bodySize: number;
  /** Placebo response: fraction of the baseline severity relieved without drug, 0–1. */
  placeboResponse: number;
}

export interface TipMigration {
  tHours: number;
  /** New tip level (e.g. 'T8'); the driver converts it to cm. */
  level: string;
}

export interface CsfConfig {
  grid: {
    cells: number;
    lengthCm: number;
    /** Relative cross-sectional area per cell (length = cells; scaled so the cells hold spinalCsfVolumeUl). */
    areaProfile: number[] | null;
  };
  patient: {
    spinalCsfVolumeUl: number;
    cranialCsfVolumeUl: number;
    csfProductionUlPerHour: number;
    cardiacStrokeVolumeUl: number;
    heartRatePerMin: number;
    breathingDepth: number;
    bodyWeightKg: number;
    /** Height, cm: with the weight it sets the default spinal length and CSF volumes (src/model/data/body-size.ts). */
    heightCm: number;
    catheterTipLevel: string;
    /**
     * Levels over which the spinal effect is read (either order), or null for the indication's default: the
     * lumbosacral enlargement T10–L1 for spasticity of the legs, the initial tip ± 2 levels for pain.
     */
    targetLevels: { from: string; to: string } | null;
    /** Overrides the level when set (cm from the caudal end). */
    catheterTipCm: number | null;
    driftCmPerHour: number;
    /** Baseline severity of the indication: MAS 0–4 (spasticity) or NRS 0–10 (pain). */
    baselineSeverity: number;
    /** Tilt of the spinal axis (src/model/posture.ts): moves hyperbaric drugs, not isobaric ones. */
    posture: Posture;
    /** Opioid tolerance at the start (./data/adaptation.ts): 'naive' (default: trials, first starts) or 'tolerant'. */
    opioidTolerance: OpioidTolerance;
  };
  drug: DrugName;
  /** Density of the infused drug relative to CSF (default: the drug's formulation, src/model/data/drugs.ts). */
  densityRelativeToCsf: number;
  /** Plain (default; bupivacaine isobaric) or hyperbaric (dextrose, bupivacaine only); the density decides. */
  formulation: Formulation;
  indication: Indication;
  multipliers: PatientMultipliers;
  tipMigrations: TipMigration[];
  /**
   * Posture switches after t = 0 (patient.posture holds from 0), applied at their exact times by CsfDriver; they
   * move hyperbaric drugs only. The batch (src/engine/csf/csf-batch.ts) keeps patient.posture for the whole run.
   */
  postureChanges: PostureChange[];
  numerics: {
    /** 0.5 Crank–Nicolson (default), 1 backward Euler. */
    theta: number;
    /**
     * Largest CSF step, h. Default 0.5 h, a numerical choice: every preset stays within 1 % of a fine-step
     * reference (test/assembly/csf-presets-accuracy.test.ts); the step is also capped at 0.3 / fastest first-order rate.
     */
    dtMaxHours: number;
    /** Step used right after a change of input (bolus, start, stop), h. */
    dtFineHours: number;
  };
}

export type CsfConfigInput = Partial<Omit<CsfConfig, 'grid' | 'patient' | 'multipliers' | 'numerics'>> & {
  drug: DrugName;
  grid?: Partial<CsfConfig['grid']>;
  patient?: Partial<CsfConfig['patient']>;
  multipliers?: Partial<PatientMultipliers>;
  numerics?: Partial<CsfConfig['numerics']>;
};

export const DEFAULT_CELLS = 120;

const finite = (v: unknown, fallback: number, lo: number, hi: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback;

const isLevel = (x: unknown): x is string => typeof x === 'string' && levelToCm(x) !== undefined;

/** Target levels when both ends are known levels, else null (the indication's default). */
function resolveTarget(
  t: { from?: unknown; to?: unknown } | null | undefined,
): { from: string; to: string } | null {
  return t && isLevel(t.from) && isLevel(t.to)
    ? { from: t.from.toUpperCase(), to: t.to.toUpperCase() }
    : null;
}

/** Fills defaults and clamps every number to a safe range (bad input never yields NaN). */
export function resolveCsfConfig(input: CsfConfigInput): CsfConfig {
  const drug: DrugName = input.drug in DRUGS ? input.drug : 'tracer';
  const indication: Indication =
    input.indication ?? (DRUGS[drug].pd.spinal.spasticity ? 'spasticity' : 'pain');
  const g = input.grid ?? {};
  const p = input.patient ?? {};
  const m = input.multipliers ?? {};
  const n = input.numerics ?? {};
  const D = PATIENT_DEFAULTS;
  const formulation: Formulation = FORMULATIONS.includes(input.formulation as Formulation)
    ? (input.formulation as Formulation)
    : 'plain';
  const cells = Math.round(finite(g.cells, DEFAULT_CELLS, 8, 2000));
  const weightKg = finite(p.bodyWeightKg, D.bodyWeightKg.value, 1, 300);
  const size = bodySize(
    typeof p.heightCm === 'number' && Number.isFinite(p.heightCm)
      ? finite(p.heightCm, 170, 40, 230)
      : undefined,
    weightKg,
  );
  const lengthCm = finite(g.lengthCm, size.spinalLengthCm, 10, 80);
  const defaultTip = indication === 'pain' ? D.catheterTipLevelPain : D.catheterTipLevel;
  const tipLevel =
    p.catheterTipLevel && levelToCm(p.catheterTipLevel) !== undefined ? p.catheterTipLevel : defaultTip;
  const profile =
    Array.isArray(g.areaProfile) &&
    g.areaProfile.length === cells &&
    g.areaProfile.every((a) => a > 0 && a < 1e6)
      ? g.areaProfile.slice()
      : null;
  return {
    grid: { cells, lengthCm, areaProfile: profile },
    patient: {
      spinalCsfVolumeUl: finite(p.spinalCsfVolumeUl, size.spinalCsfVolumeUl, 2_000, 200_000),
      cranialCsfVolumeUl: finite(p.cranialCsfVolumeUl, size.cranialCsfVolumeUl, 5_000, 400_000),
      csfProductionUlPerHour: finite(p.csfProductionUlPerHour, D.csfProductionUlPerHour.value, 0, 60_000),
      cardiacStrokeVolumeUl: finite(p.cardiacStrokeVolumeUl, D.cardiacStrokeVolumeUl.value, 0, 2000),
      heartRatePerMin: finite(p.heartRatePerMin, D.heartRatePerMin.value, 20, 200),
      breathingDepth: finite(p.breathingDepth, D.breathingDepth.value, 0, 4),
      bodyWeightKg: weightKg,
      heightCm: size.heightCm,
      catheterTipLevel: tipLevel,
      targetLevels: resolveTarget(p.targetLevels),
      catheterTipCm: typeof p.catheterTipCm === 'number' ? finite(p.catheterTipCm, 0, 0, lengthCm) : null,
      driftCmPerHour: finite(p.driftCmPerHour, TRANSPORT_DEFAULTS.driftCmPerHour.value, -20, 20),
      baselineSeverity: finite(
        p.baselineSeverity,
        indication === 'pain' ? D.baselineNrs.value : D.baselineMas.value,
        0,
        indication === 'pain' ? 10 : 4,
      ),
      posture: POSTURES.includes(p.posture as Posture) ? (p.posture as Posture) : POSTURE_DEFAULTS.posture,
      opioidTolerance: p.opioidTolerance === 'tolerant' ? 'tolerant' : 'naive',
    },
    drug,
    densityRelativeToCsf: finite(
      input.densityRelativeToCsf,
      formulationDensity(DRUGS[drug], formulation),
      0.9,
      1.1,
    ),
    formulation,
    indication,
    multipliers: {
      csfClearance: finite(m.csfClearance, 1, 0.05, 20),
      dispersion: finite(m.dispersion, 1, 0.01, 100),
      ec50: finite(m.ec50, 1, 0.01, 100),
      sideEffectSensitivity: finite(m.sideEffectSensitivity, 1, 0.01, 100),
      bodySize: finite(m.bodySize, 1, 0.1, 5),
      placeboResponse: finite(m.placeboResponse, 0, 0, 1),
    },
    tipMigrations: (input.tipMigrations ?? [])
      .filter((t) => Number.isFinite(t.tHours) && t.tHours >= 0 && levelToCm(t.level, lengthCm) !== undefined)
      .sort((a, b) => a.tHours - b.tHours),
    postureChanges: (input.postureChanges ?? [])
      .filter((c) => Number.isFinite(c.tHours) && c.tHours > 0 && POSTURES.includes(c.posture))
      .sort((a, b) => a.tHours - b.tHours),
    numerics: {
      theta: finite(n.theta, 0.5, 0.5, 1),
      dtMaxHours: finite(n.dtMaxHours, 0.5, 1e-4, 24),
      dtFineHours: finite(n.dtFineHours, 0.005, 1e-5, 24),
    },
  };
}

/** Names of the f64 parameter block, in id order (generated from assembly/csf/params.ts). */
export { CSF_PARAM_NAMES, type CsfParamName };

/** Oscillation factor of D_eff relative to the default patient (Taylor-type: ∝ stroke² × frequency, an estimate). */
export function oscillationFactor(p: CsfConfig['patient']): number {
  const w = TRANSPORT_DEFAULTS.respiratoryShare.value;
  const sv = p.cardiacStrokeVolumeUl / PATIENT_DEFAULTS.cardiacStrokeVolumeUl.value;
  const hr = p.heartRatePerMin / PATIENT_DEFAULTS.heartRatePerMin.value;
  return (1 - w) * sv * sv * hr + w * p.breathingDepth * p.breathingDepth;
}

/**
 * The spinal target window, cm: the patient's target levels when set (from the lower edge of the lower level to the
 * upper edge of the upper one), else the indication's default: lumbosacral enlargement T10–L1 for spasticity of the
 * legs, the tip ± 2 levels for pain (the tip is placed at the painful dermatomes).
 */
export function targetWindowCm(config: CsfConfig, tipCm: number): [number, number] {
  const levels = vertebralLevels(config.grid.lengthCm);
  const at = (name: string) => levels.find((l) => l.name === name) as VertebralLevel;
  const t = config.patient.targetLevels;
  if (t) {
    const [a, b] = [at(t.from), at(t.to)];
    return [Math.min(a.loCm, b.loCm), Math.max(a.hiCm, b.hiCm)];
  }
  if (config.indication === 'spasticity') return [at('L1').loCm, at('T10').hiCm];
  const i = levels.findIndex((l) => tipCm < l.hiCm);
  const lo = levels[Math.max(0, i - 2)].loCm;
  const hi = levels[Math.min(levels.length - 1, i + 2)].hiCm;
  return [lo, hi];
}

/** The target window of a resolved config with the names of its lowest and highest levels. */
export function targetInfo(config: CsfConfig): TargetInfo {
  const [loCm, hiCm] = targetWindowCm(config, tipCm(config));
  const L = config.grid.lengthCm;
  const eps = 1e-9 * L;
  return { fromLevel: cmToLevel(loCm + eps, L), toLevel: cmToLevel(hiCm - eps, L), loCm, hiCm };
}

export function tipCm(config: CsfConfig): number {
  return (
    config.patient.catheterTipCm ??
    (levelToCm(config.patient.catheterTipLevel, config.grid.lengthCm) as number)
  );
}

const hillOf = (h: HillData | null | undefined, ec50Scale: number): [number, number, number] =>
  h ? [ngPerMlToUgPerUl(h.ec50NgPerMl.value) * ec50Scale, h.emax, h.hill] : [1, 0, 1];

/** Flattens a resolved config into the wasm parameter block. */
export function packCsfParams(config: CsfConfig, drugData: DrugData = DRUGS[config.drug]): Float64Array {
  const T = TRANSPORT_DEFAULTS;
  const p = config.patient;
  const mult = config.multipliers;
  const weight = p.bodyWeightKg * mult.bodySize;
  const tip = tipCm(config);
  const [tLo, tHi] = targetWindowCm(config, tip);
  const pd = drugData.pd;
  const tissue = drugData.tissue;
  const spinal = hillOf(pd.spinal[config.indication], mult.ec50);
  const sedation = hillOf(pd.sedation, 1 / mult.sideEffectSensitivity);
  const resp = hillOf(pd.respiratoryDepression, 1 / mult.sideEffectSensitivity);
  const systemic = hillOf(pd.systemic, 1 / mult.sideEffectSensitivity);
  // A plain literal with every name (checked by `satisfies`): it runs once per virtual patient in a trial.
  const values = {
    cells: config.grid.cells,
    lengthCm: config.grid.lengthCm,
    cranialVolumeUl: p.cranialCsfVolumeUl,
    cranialBulkPerHour: p.csfProductionUlPerHour / p.cranialCsfVolumeUl,
    csfLossPerHour:
      halfLifeToRatePerHour((drugData.csfIntrinsicHalfLifeHours ?? drugData.csfHalfLifeHours).value) *
      mult.csfClearance,
    dMolCm2PerHour: m2PerSecondToCm2PerHour(T.molecularDiffusionM2PerS.value),
    dRefCm2PerHour:
      m2PerSecondToCm2PerHour(T.dispersionRefM2PerS.value) * oscillationFactor(p) * mult.dispersion,
    oscFloor: T.oscillationFloorFraction.value,
    driftCmPerHour: p.driftCmPerHour,
    jetLengthCm: T.jetLengthCm.value,
    jetStrength: T.jetStrength.value,
    tipCm: tip,
    tissueOn: tissue ? 1 : 0,
    tissuePartition: tissue ? tissue.partition.value : 1,
    tissueExchangePerHour: tissue ? tissue.exchangePerHour.value : 0,
    tissueToPlasmaPerHour: tissue ? tissue.toPlasmaPerHour.value : 0,
    cordVolumeUlPerCm: T.cordVolumeUlPerCm.value,
    conusCm: levelToCm(T.conusLevel, config.grid.lengthCm) as number,
    plasmaVolumeUl: litresToUl(drugData.plasma.volumeLPerKg.value * weight),
    plasmaLossPerHour:
      plasmaClearanceUlPerHour(mlPerMinToUlPerHour(drugData.plasma.clearanceMlPerMinPerKg.value), weight) /
      litresToUl(drugData.plasma.volumeLPerKg.value * weight),
    ke0PerHour: pd.ke0PerHour.value,
    ke0PlasmaPerHour: pd.ke0PerHour.value,
    theta: config.numerics.theta,
    targetLoCm: tLo,
    targetHiCm: tHi,
    spinalEc50UgPerUl: spinal[0],
    spinalEmax: spinal[1],
    spinalHill: spinal[2],
    indicationPain: config.indication === 'pain' ? 1 : 0,
    baselineSeverity: p.baselineSeverity,
    placeboResponse: mult.placeboResponse,
    sedationEc50UgPerUl: sedation[0],
    sedationEmax: sedation[1],
    sedationHill: sedation[2],
    respEc50UgPerUl: resp[0],
    respEmax: resp[1],
    respHill: resp[2],
    systemicEc50UgPerUl: systemic[0],
    systemicEmax: systemic[1],
    systemicHill: systemic[2],
    withdrawalOn: pd.withdrawal ? 1 : 0,
    withdrawalTauHours: WITHDRAWAL.onsetHours.value,
    buoyancyCmPerHour: buoyancySpeedCmPerHour(config.densityRelativeToCsf),
    ...adaptationParams(pd.tolerance, p.opioidTolerance === 'tolerant'),
  } satisfies Record<CsfParamName, number>;
  const out = new Float64Array(CSF_PARAM_NAMES.length);
  for (let i = 0; i < out.length; i++) out[i] = values[CSF_PARAM_NAMES[i]];
  return out;
}

/** Tolerance, dependence and withdrawal parameters (assembly/csf/adapt.ts); no tolerance without `tol`. */
function adaptationParams(tol: ToleranceData | null, tolerant: boolean) {
  const W = WITHDRAWAL;
  return {
    tolSedationFold: tol ? tol.sedationFold.value : 0,
    tolRespFold: tol ? tol.respiratoryFold.value : 0,
    tolSpinalFold: tol ? tol.analgesiaFold.value : 0,
    tolSupraUpHours: tol ? tol.supraspinalUpHours.value : 0,
    tolSpinalUpHours: tol ? tol.analgesiaUpHours.value : 0,
    tolOffHours: tol ? tol.offHours.value : 0,
    tolSupraStart: tol && tolerant ? tol.tolerantStart.supraspinal.value : 0,
    tolSpinalStart: tol && tolerant ? tol.tolerantStart.analgesia.value : 0,
    dependenceUpHours: W.dependenceUpHours.value,
    dependenceDownHours: (tol ? tol.dependenceDownHours : W.dependenceDownHours).value,
    withdrawalThreshold: W.threshold.value,
    withdrawalRescueHours: W.rescueHours.value,
    // A patient on opioids long enough to be tolerant is also physically dependent.
    dependenceStart: tol && tolerant ? tol.tolerantStart.dependence.value : 0,
  };
}

/** Relative area per cell, resampled to `cells` (uniform when the config has no profile). */
export function cellAreasCm2(config: CsfConfig): Float64Array {
  const n = config.grid.cells;
  const meanAreaCm2 = config.patient.spinalCsfVolumeUl / 1000 / config.grid.lengthCm;
  const rel = config.grid.areaProfile;
  // Uniform (the default): no profile to resample; this runs once per virtual patient.
  if (!rel) return new Float64Array(n).fill(meanAreaCm2);
  const mean = rel.reduce((s, a) => s + a, 0) / n;
  return Float64Array.from(rel, (a) => (a / mean) * meanAreaCm2);
}
