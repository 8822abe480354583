/**
 * Pure edits of a scenario (as plain JSON) for the view controls. Field names follow the scenario format
 * (docs/scenario.md): environment.timeline, events[] (mri, refill), program.rateMlPerDay, patient.
 * catheterTipLevel. Scenarios are `ScenarioInput`s, the scenario format's input type (type-only import): not
 * validated yet, so each edit reads fields defensively; the worker validates the edited scenario and any
 * problem comes back as ScenarioIssues with paths, shown next to the control.
 */
import type { ScenarioInput } from '../../model/scenario/schema.js';
import { daysToHours, HOURS_PER_DAY } from '../../model/units.js';

type Json = Record<string, unknown>;
type ProgramInput = NonNullable<ScenarioInput['program']>;
/** The scenario a view holds: null before its first run. */
type Held = ScenarioInput | null | undefined;
/** The edited copy, back in the scenario format's type. */
const asScenario = (json: Json): ScenarioInput => json as ScenarioInput;

const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};

export function clone<T>(s: T): T {
  return structuredClone(s);
}

export function deviceKind(s: Held): string {
  return String(obj(obj(s).device).kind ?? 'programmable');
}

export function durationHours(s: Held): number {
  const d = Number(obj(s).durationDays);
  return Number.isFinite(d) && d > 0 ? daysToHours(d) : 0;
}

/** Normal body temperature and sea level: the baseline the episode returns to. */
export const NORMAL_TEMPERATURE_C = 37;
export const SEA_LEVEL_FT = 0;

export interface Episode {
  startDay: number;
  lengthDays: number;
  bodyTemperatureC: number;
  altitudeFt: number;
}

/** Sets a fever/flight episode: from startDay for lengthDays, then back to normal. Replaces any timeline. */
export function withEpisode(s: Held, e: Episode): ScenarioInput {
  const out = clone(obj(s));
  const env = obj(out.environment);
  const normal = e.bodyTemperatureC === NORMAL_TEMPERATURE_C && e.altitudeFt === SEA_LEVEL_FT;
  if (normal) delete env.timeline;
  else
    env.timeline = [
      { atHours: e.startDay * HOURS_PER_DAY, bodyTemperatureC: e.bodyTemperatureC, altitudeFt: e.altitudeFt },
      {
        atHours: (e.startDay + e.lengthDays) * HOURS_PER_DAY,
        bodyTemperatureC: NORMAL_TEMPERATURE_C,
        altitudeFt: SEA_LEVEL_FT,
      },
    ];
  out.environment = env;
  return asScenario(out);
}

function events(s: Json): Json[] {
  return Array.isArray(s.events) ? (s.events as Json[]).slice() : [];
}

/** Adds (or removes, with day = null) one MRI scan of `minutes` minutes. Other events stay. */
export function withMri(s: Held, day: number | null, minutes = 45): ScenarioInput {
  const out = clone(obj(s));
  const ev = events(out).filter((e) => e.type !== 'mri');
  if (day !== null) ev.push({ type: 'mri', atHours: daysToHours(day), durationMinutes: minutes });
  out.events = ev.sort((a, b) => Number(a.atHours) - Number(b.atHours));
  return asScenario(out);
}

/** Sets the continuous programmed rate (programmable kinds only). */
export function withRate(s: Held, rateMlPerDay: number): ScenarioInput {
  const out = clone(obj(s));
  out.program = { ...obj(out.program), mode: 'continuous', rateMlPerDay };
  return asScenario(out);
}

export function rateOf(s: Held): number {
  const o = obj(s);
  const p = Number(obj(o.program).rateMlPerDay);
  if (Number.isFinite(p)) return p;
  const n = Number(obj(o.device).nominalRateMlPerDay);
  return Number.isFinite(n) ? n : NaN;
}

export function concentrationOf(s: Held): number {
  return Number(obj(obj(s).drug).concentrationUgPerMl);
}

/**
 * A refill on `day` to the full reservoir with a new concentration (the only way to change a constant-rate
 * pump's dose). Replaces an earlier refill added this way on the same day; keeps the story's own refills.
 */
export function withRefillConcentration(s: Held, day: number, concentrationUgPerMl: number): ScenarioInput {
  const out = clone(obj(s));
  const at = daysToHours(day);
  const reservoirMl = Number(obj(out.device).reservoirMl);
  const ev = events(out).filter((e) => !(e.type === 'refill' && e.atHours === at));
  ev.push({
    type: 'refill',
    atHours: at,
    volumeMl: Number.isFinite(reservoirMl) ? reservoirMl : 20,
    concentrationUgPerMl,
  });
  out.events = ev.sort((a, b) => Number(a.atHours) - Number(b.atHours));
  return asScenario(out);
}

export function withTipLevel(s: Held, level: string): ScenarioInput {
  const out = clone(obj(s));
  out.patient = { ...obj(out.patient), catheterTipLevel: level };
  return asScenario(out);
}

/** Sets patient.posture, or 'cycle': the default daily cycle, supine at night (moves hyperbaric drugs only). */
export function withPosture(s: Held, posture: string): ScenarioInput {
  const out = clone(obj(s));
  const { postureCycle: _, ...p } = obj(out.patient);
  out.patient = posture === 'cycle' ? { ...p, posture: 'supine', postureCycle: {} } : { ...p, posture };
  return asScenario(out);
}

/** Sets patient.opioidTolerance ('naive' or 'tolerant'; opioids only). */
export function withOpioidTolerance(s: Held, tolerance: string): ScenarioInput {
  const out = clone(obj(s));
  out.patient = { ...obj(out.patient), opioidTolerance: tolerance };
  return asScenario(out);
}

/** patient.opioidTolerance as given ('naive', the default, when absent). */
export function opioidToleranceOf(s: Held): string {
  const t = obj(obj(s).patient).opioidTolerance;
  return typeof t === 'string' ? t : 'naive';
}

export function postureOf(s: Held): string | null {
  const p = obj(obj(s).patient);
  return p.postureCycle ? 'cycle' : typeof p.posture === 'string' ? p.posture : null;
}

/** The drug's name and its infusate density relative to CSF as given in the scenario (null when not given). */
export function drugOf(s: Held): {
  name: string | null;
  densityRelativeToCsf: number | null;
  formulation: 'plain' | 'hyperbaric';
} {
  const d = obj(obj(s).drug);
  const rho = Number(d.densityRelativeToCsf);
  return {
    name: typeof d.name === 'string' ? d.name : null,
    densityRelativeToCsf: Number.isFinite(rho) && d.densityRelativeToCsf !== undefined ? rho : null,
    formulation: d.formulation === 'hyperbaric' ? 'hyperbaric' : 'plain',
  };
}

export function tipLevelOf(s: Held): string | null {
  const l = obj(obj(s).patient).catheterTipLevel;
  return typeof l === 'string' ? l : null;
}

export function withProgram(s: Held, program: ProgramInput): ScenarioInput {
  const out = clone(obj(s));
  out.program = program;
  return asScenario(out);
}

export function programOf(s: Held): ProgramInput {
  return clone(obj(obj(s).program)) as ProgramInput;
}
