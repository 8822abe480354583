/**
 * Posture and baricity (Flack & Bernards 2010 [R37]): a drug denser than CSF drifts
 * down the spinal axis, so where it goes depends on how the axis is tilted. Internal units: cm, cm/h.
 *
 *   h(x)      height of the spinal axis above its lowest point, cm, by posture (profile at the level centres)
 *   dh/dx     axial slope, −1…1 (1 = axis vertical, head up)
 *   u_b(x)  = −U_b · dh/dx         buoyancy drift of the solute, cm/h (+ = cranial)
 *   U_b     = K_b · (ρ_drug/ρ_CSF − 1)
 *
 * K_b (an estimate): Alaminos-Quesada 2022/2024 [R21, R22] find that for typical drug/CSF density differences the
 * Richardson number is O(1), so the buoyancy-driven drift is comparable to steady streaming, which is ≈ 10 µm/s
 * (3.6 cm/h) [R23]. We take U_b = 3.6 cm/h at the hyperbaric bupivacaine formulation's density excess (0.0325,
 * [R64]) and scale it linearly. Simplification (estimate): the drift uses the infusate's density, not the local mixture's,
 * so it overstates the drift of well-diluted drug (the published equation is nonlinear in concentration).
 * Known limit, measured (docs/validation.md, Povey 1989 [R91]): this speed is right for slow infusions but far too slow
 * for a hyperbaric spinal-anaesthesia bolus, whose block height posture sets within 20–30 min; a sitting patient's
 * block stays at L3 in the clinic and reaches T3 here. Fixing it needs a drift that follows the local density excess
 * (fast while the bolus is concentrated, vanishing as it mixes), a nonlinear term the implicit column does not have yet.
 */
import type { Sourced } from './sources.js';
import { vertebralLevels } from './data/patient.js';

export const POSTURES = ['supine', 'upright', 'prone'] as const;
export type Posture = (typeof POSTURES)[number];

export const POSTURE_DEFAULTS = {
  /** Chronic pump patients lie, sit and stand; no source gives a time split. Supine as in most PK studies (estimate). */
  posture: 'supine' as Posture,
  postureSource: 'posture matters for hyperbaric drugs [R37]; default supine is our estimate',
  buoyancyCmPerHourPerDensityExcess: {
    value: 3.6 / 0.0325,
    unit: 'cm/h per unit Δρ/ρ',
    source: `[R21, R22] (Ri = O(1): buoyancy drift ≈ steady streaming) and [R23] (≈ 10 µm/s) at Δρ/ρ = 0.0325 [R64]`,
    tag: 'estimate',
  } satisfies Sourced,
} as const;

/** A posture switch at tHours (h since the start of the run). */
export interface PostureChange {
  tHours: number;
  posture: Posture;
}

/**
 * Daily cycle: upright `uprightHours` a day from clock hour `fromClockHour` (the run starts at 00:00), else lying.
 * Defaults: an estimate (awake and up 07:00–23:00); no source gives a time split.
 */
export const POSTURE_CYCLE_DEFAULT = { uprightHours: 16, fromClockHour: 7, tag: 'estimate' } as const;
export type PostureCycle = { uprightHours?: number; fromClockHour?: number };

/**
 * The posture timeline of a run: `lying` (the fixed posture, or the night posture of a cycle), the cycle's switches
 * and explicit changes merged in time order (each holds until the next switch of either kind; at one time the
 * later one). Returns the posture at t = 0 and the switches in (0, durationHours) that change it.
 */
export function postureTimeline(
  lying: Posture,
  cycle: PostureCycle | undefined,
  changes: readonly PostureChange[],
  durationHours: number,
): { initial: Posture; changes: PostureChange[] } {
  const all: PostureChange[] = [];
  const up = Math.min(24, cycle?.uprightHours ?? POSTURE_CYCLE_DEFAULT.uprightHours);
  const from = (cycle?.fromClockHour ?? POSTURE_CYCLE_DEFAULT.fromClockHour) % 24;
  // From the day before t = 0, so that a period begun the evening before is in force at 0.
  for (let d = -24; cycle && up > 0 && d < durationHours; d += 24)
    all.push(
      { tHours: d + from, posture: 'upright' },
      { tHours: d + from + up, posture: up < 24 ? lying : 'upright' },
    );
  all.push(...changes);
  all.sort((a, b) => a.tHours - b.tHours); // stable: the explicit change after a cycle switch at the same time
  let initial = lying;
  const out: PostureChange[] = [];
  for (const c of all) {
    if (c.tHours <= 0) initial = c.posture;
    else if (c.tHours < durationHours) {
      if (out.at(-1)?.tHours === c.tHours) out.pop();
      if (c.posture !== (out.at(-1)?.posture ?? initial)) out.push(c);
    }
  }
  return { initial, changes: out };
}

/**
 * Height (cm) of the spinal axis at level centres, lying supine on a flat table: the lumbar lordosis peaks at L3
 * and the thoracic kyphosis bottoms out at T5–T6, the classic pooling point of hyperbaric spinal anaesthetics;
 * a cervical lordosis peak at C4. Shape from general anatomy, magnitudes ≈ 3–5 cm (an estimate, not in the sources).
 */
const SUPINE_HEIGHT_CM: Readonly<Record<string, number>> = {
  S2: 1.0, S1: 2.5, L5: 3.5, L4: 4.2, L3: 4.5, L2: 4.2, L1: 3.5,
  T12: 2.8, T11: 2.1, T10: 1.5, T9: 0.9, T8: 0.5, T7: 0.2, T6: 0.0, T5: 0.0, T4: 0.2, T3: 0.6, T2: 1.1, T1: 1.6,
  C7: 2.1, C6: 2.6, C5: 2.9, C4: 3.0, C3: 2.9, C2: 2.6, C1: 2.2,
}; // prettier-ignore

export const POSTURE_PROFILE_SOURCE: Sourced = {
  value: 1,
  unit: 'profile',
  source:
    'supine: lordosis peak L3, kyphosis low T5–T6, ≈ 3–5 cm (general anatomy); upright: axis vertical; prone: supine mirrored',
  tag: 'estimate',
};

/** Axial slope dh/dx at x (cm from the caudal end) for a posture: piecewise linear between level centres. */
export function axialSlopeAt(posture: Posture, xCm: number, lengthCm: number): number {
  return slopeAmong(posture, xCm, vertebralLevels(lengthCm));
}

function slopeAmong(posture: Posture, xCm: number, levels: ReturnType<typeof vertebralLevels>): number {
  if (posture === 'upright') return 1;
  for (let i = 0; i + 1 < levels.length; i++) {
    if (xCm >= levels[i].xCm && xCm < levels[i + 1].xCm) return segmentSlope(posture, levels, i);
  }
  return 0; // beyond the end level centres: flat
}

/** dh/dx between level centres i and i + 1 (not upright). */
function segmentSlope(posture: Posture, levels: ReturnType<typeof vertebralLevels>, i: number): number {
  const a = levels[i];
  const b = levels[i + 1];
  const s = (SUPINE_HEIGHT_CM[b.name] - SUPINE_HEIGHT_CM[a.name]) / (b.xCm - a.xCm);
  return (posture === 'prone' ? -1 : 1) * Math.max(-1, Math.min(1, s));
}

/** dh/dx at the N+1 faces of an N-cell column (face f at x = f·L/N; face N is the top face). */
export function axialSlopeAtFaces(posture: Posture, lengthCm: number, cells: number): Float64Array {
  // A cohort batch builds this per patient and run: the level centres once, and one walk up faces and levels
  // together (slopeAmong's search per face cost more than a kernel step). Same segments, same arithmetic.
  const levels = vertebralLevels(lengthCm);
  const out = new Float64Array(cells + 1);
  if (posture === 'upright') return out.fill(1);
  const slopes = levels.slice(0, -1).map((_, i) => segmentSlope(posture, levels, i));
  let i = 0;
  for (let f = 0; f <= cells; f++) {
    const x = (f * lengthCm) / cells;
    while (i + 1 < levels.length && x >= levels[i + 1].xCm) i++;
    out[f] = i + 1 < levels.length && x >= levels[i].xCm ? slopes[i] : 0;
  }
  return out;
}

/** Buoyancy drift speed U_b (cm/h, > 0 sinks) of a drug with density ρ_drug/ρ_CSF = relativeDensity. */
export function buoyancySpeedCmPerHour(relativeDensity: number): number {
  if (!Number.isFinite(relativeDensity)) return 0;
  return POSTURE_DEFAULTS.buoyancyCmPerHourPerDensityExcess.value * (relativeDensity - 1);
}
