/**
 * Patient defaults for the distribution engine and the vertebral-level map, as data with sources (keys of
 * docs/sources.md) and tags (src/model/sources.ts). Internal units: cm, µL, h.
 *
 * The spinal axis: x = 0 at the caudal end of the dural sac (≈ S2), x = L at the foramen magnum (above C1).
 */
import { sourced, type Sourced, type SourceTag } from '../sources.js';

const cite = (value: number, unit: string, source: string, tag: SourceTag): Sourced =>
  sourced(value, unit, tag, source);

export const PATIENT_DEFAULTS = {
  spinalLengthCm: cite(60, 'cm', 'L ≃ 60 cm, Sincomb 2022 [R4]', 'verified'),
  spinalCsfVolumeUl: cite(97_300, 'µL', '97.3 mL, Sass 2017 [R3]', 'verified'),
  cranialCsfVolumeUl: cite(75_000, 'µL', 'intracranial ≈ 75 mL [R1]', 'verified'),
  // 0.35 mL/min = 21 mL/h.
  csfProductionUlPerHour: cite(21_000, 'µL/h', '0.35 mL/min [R8]', 'verified'),
  cardiacStrokeVolumeUl: cite(
    650,
    'µL',
    '0.65 mL per cycle, cervical, Enzmann & Pelc 1993 [R10]',
    'verified',
  ),
  heartRatePerMin: cite(60, '1/min', '39/0.65 = 60 beats/min derived from [R10]', 'estimate'),
  /** Relative breathing depth: 1 = quiet breathing, 2 = deep/forced breathing. */
  breathingDepth: cite(
    1,
    'relative',
    'respiration drives CSF displacement [R13–R16]; scale an estimate',
    'estimate',
  ),
  bodyWeightKg: cite(70, 'kg', 'per-kg values are converted at 70 kg (estimate)', 'estimate'),
  /** ITB traditional tip T11–T12 [D20]. */
  catheterTipLevel: 'T11' as LevelName,
  /** Pain: tip at the painful dermatomes, no numeric source (not found); T10 as a placeholder. */
  catheterTipLevelPain: 'T10' as LevelName,
  /** Baseline Ashworth 3 (considerable increase in tone), illustrative. */
  baselineMas: cite(3, 'MAS 0–4', 'scale [R77]; baseline illustrative', 'estimate'),
  /** Smith 2002 enrolled VAS ≥ 5 with mean 7.6–7.8 [R79]. */
  baselineNrs: cite(7.6, 'NRS 0–10', `Smith 2002 baseline VAS 7.57 [R79]`, 'verified'),
} as const;

/**
 * Transport parameters of the spinal CSF column (see assembly/csf/transport.ts for the equations).
 * D_eff(x) = D_mol + D_ref · osc · s(x)² with s(x) = s0 + (1 − s0)·x/L (our model, an estimate).
 */
export const TRANSPORT_DEFAULTS = {
  // The published back-calculation, 3e-6 m²/s, is a UNIFORM-D back-calculation. With the oscillation profile s(x)² (D falls
  // caudally) the cervical reference must be larger for the same thoracic gradient: 2.3e-5 m²/s reproduces
  // Kroin 1993 C(T2)/C(T12) = 0.43 (test/assembly/csf-calibration.test.ts); mid-thoracic D is then ≈ 0.6–1e-5.
  dispersionRefM2PerS: cite(2.3e-5, 'm²/s', `calibrated to Kroin 1993 T2/T12 = 0.43 [R29]`, 'estimate'),
  molecularDiffusionM2PerS: cite(5e-10, 'm²/s', 'small-molecule value (estimate)', 'estimate'),
  oscillationFloorFraction: cite(
    0.1,
    'fraction',
    `SV(x) falls linearly to ~0.1 at the sacral end [R11]`,
    'estimate',
  ),
  /** Share of D_eff carried by respiration at quiet breathing (cardiac dominates velocity [R16]). */
  respiratoryShare: cite(
    0.3,
    'fraction',
    `cardiac velocity dominates, respiration displacement [R16]`,
    'estimate',
  ),
  /** Near-tip jet mixing length and strength for the volume-source effect (Bernards 2006 ranking [R36]). */
  jetLengthCm: cite(2, 'cm', 'near-tip volume-source effect [R36]; length an estimate', 'estimate'),
  jetStrength: cite(1, 'factor', 'near-tip volume-source effect [R36]; strength an estimate', 'estimate'),
  driftCmPerHour: cite(0, 'cm/h', `Q_net = 0 default; u ≤ 10 µm/s (3.6 cm/h) [R23]`, 'estimate'),
  /** Cord tissue volume per cm (19.9 cm³ over ≈ 45 cm, Sass 2017 [R3]) — present above the conus. */
  cordVolumeUlPerCm: cite(19_900 / 45, 'µL/cm', `cord 19.9 cm³ [R3] over ≈ 45 cm [R5]`, 'estimate'),
  /** The cord ends at L1–L2 [R5]. */
  conusLevel: 'L1' as LevelName,
} as const;

/**
 * Vertebral levels from the caudal end of the dural sac to C1, with their relative heights (cervical ≈ 1.6,
 * thoracic ≈ 2.3, lumbar ≈ 3.5, sacral ≈ 2.5–3 units): an anatomical estimate, scaled to the spinal length.
 */
const LEVEL_HEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['S2', 2.5],
  ['S1', 3],
  ...(['L5', 'L4', 'L3', 'L2', 'L1'].map((n) => [n, 3.5] as const) as [string, number][]),
  ...Array.from({ length: 12 }, (_, i) => [`T${12 - i}`, 2.3] as [string, number]),
  ...Array.from({ length: 7 }, (_, i) => [`C${7 - i}`, 1.6] as [string, number]),
];

export type LevelName = string;

export interface VertebralLevel {
  name: LevelName;
  /** Middle of the vertebral body on the spinal axis, cm from the caudal end. */
  xCm: number;
  /** Segment extent [lo, hi), cm. */
  loCm: number;
  hiCm: number;
}

export const LEVEL_MAP_SOURCE: Sourced = cite(
  1,
  'map',
  'segment heights: anatomical estimate scaled to L (cervical 1.6, thoracic 2.3, lumbar 3.5, sacral 2.5–3)',
  'estimate',
);

/** Levels by spinal length: every level lookup of every virtual patient needs them (a trial batch asked ~10⁴ times). */
const levelsByLength = new Map<number, readonly VertebralLevel[]>();

/** Levels caudal → cranial (S2 … C1) for a spinal length L (shared and frozen: do not modify). */
export function vertebralLevels(
  lengthCm: number = PATIENT_DEFAULTS.spinalLengthCm.value,
): readonly VertebralLevel[] {
  let levels = levelsByLength.get(lengthCm);
  if (!levels) {
    const total = LEVEL_HEIGHTS.reduce((s, [, h]) => s + h, 0);
    const scale = lengthCm / total;
    let lo = 0;
    levels = Object.freeze(
      LEVEL_HEIGHTS.map(([name, h]) => {
        const hi = lo + h * scale;
        const level = Object.freeze({ name, xCm: (lo + hi) / 2, loCm: lo, hiCm: hi });
        lo = hi;
        return level;
      }),
    );
    // Bounded, oldest out first: a cohort has a length per patient, and a batch's runs (the trial and the chronic
    // therapy, 64 patients each) ask for the same lengths one after the other (clearing at 32 rebuilt them all).
    if (levelsByLength.size >= 256) levelsByLength.delete(levelsByLength.keys().next().value!);
    levelsByLength.set(lengthCm, levels);
  }
  return levels;
}

export const LEVEL_NAMES: readonly string[] = LEVEL_HEIGHTS.map(([n]) => n);

/** Position of a level (middle of the vertebra), cm; undefined for an unknown name. */
export function levelToCm(name: string, lengthCm?: number): number | undefined {
  const key = name.toUpperCase(); // once, not per level (a cohort asks per patient and run)
  return vertebralLevels(lengthCm).find((l) => l.name === key)?.xCm;
}

/** The level whose segment contains x (clamped to the column). */
export function cmToLevel(xCm: number, lengthCm?: number): string {
  const levels = vertebralLevels(lengthCm);
  for (const l of levels) if (xCm < l.hiCm) return l.name;
  return levels[levels.length - 1].name;
}
