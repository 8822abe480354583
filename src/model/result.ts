/**
 * The result of one run. `summary` and `events` are plain JSON; series are Float64Arrays (transferred, not
 * copied, from the worker). Every series name carries its unit. Output times are interval ends; per-interval
 * quantities (µL, µg) are integrals over the interval, so summing them gives the run's total exactly.
 *
 * Producers: the pump engine fills `series` (issue 3), the distribution engine fills `distribution`
 * (issue 4), simulate() assembles both and the summary (issue 5). Consumers: the UI, the CLI, the trials.
 */
import type { Effects, MassTerm, Series } from './series.js';

export type { Effects, Series };

export interface SimEvent {
  tHours: number;
  /** Stable machine code, e.g. 'low-reservoir', 'empty-reservoir', 'eri', 'refill', 'mri-start'. */
  code: string;
  severity: 'info' | 'warning' | 'alarm';
  /** Plain-language description (English; the UI maps codes through its string table). */
  message: string;
  /** Optional numeric payload in internal units, named (e.g. { volumeUl: 20000 }). */
  data?: Record<string, number>;
}

export interface Summary {
  durationHours: number;
  programmedVolumeMl: number;
  deliveredVolumeMl: number;
  deliveredDoseUg: number;
  reservoirEndMl: number;
  /** First time the reservoir ran empty, h (null if never). */
  emptyAtHours: number | null;
  /** Day the predicted reservoir reaches the refill threshold, h (null if not within reach). */
  nextRefillAtHours?: number | null;
  /** Elective replacement indicator, h (null for pumps without battery, or beyond the horizon). */
  eriAtHours?: number | null;
  /** End of service (ERI + 90 days for SynchroMed-like pumps), h. */
  endOfServiceAtHours?: number | null;
  alarmCount?: number;
  /** Largest relative mass-balance error over all output steps (distribution engine). */
  massBalanceMaxRelError?: number;
  /** Outcome scores at the end of the run and their baselines (distribution engine). */
  outcomes?: Record<string, number>;
}

/** A vertebral level on the spinal axis (x = 0 at the caudal end of the dural sac). */
export interface LevelInfo {
  name: string;
  xCm: number;
}

/** Where the spinal effect is read: the patient's target levels or the indication's default window. */
export interface TargetInfo {
  /** Lowest and highest level of the window (e.g. 'L1' and 'T10'). */
  fromLevel: string;
  toLevel: string;
  loCm: number;
  hiCm: number;
}

/** Where the drug went and what it did (distribution engine), one value per output interval. */
export interface DistributionSeries {
  levels: LevelInfo[];
  /** The spinal target window the effects are read over. */
  target?: TargetInfo;
  /** CSF concentration at each level, row-major: csfNgPerMl[k * levels.length + j], ng/mL. */
  csfNgPerMl: Float64Array;
  cranialNgPerMl: Float64Array;
  plasmaNgPerMl: Float64Array;
  /** Effect measures, each on the scale its name says (src/model/series.ts EFFECT_SERIES). */
  effects: Effects;
  /** Relative mass-balance error at each output step. */
  massBalanceRelError: Float64Array;
  /** CSF concentration in the catheter-tip cell, ng/mL. */
  tipNgPerMl?: Float64Array;
  /** Mean CSF concentration over the indication's spinal target window (what drives the spinal effect), ng/mL. */
  spinalTargetNgPerMl?: Float64Array;
  /** Mass-balance terms at each output end, µg (delivered = spinalCsf + cranialCsf + cordTissue + plasma + eliminated). */
  massBalanceUg?: Record<MassTerm, Float64Array>;
}

export interface SimResult {
  schemaVersion: 1;
  scenarioName: string;
  seed: number;
  summary: Summary;
  series: Series;
  distribution?: DistributionSeries;
  /** Raw stroke / pulse list for engineers (only when the scenario asks for it). */
  strokes?: { tHours: Float64Array; volumeUl: Float64Array };
  events: SimEvent[];
}

/** Every ArrayBuffer behind a result's typed arrays, for comlink's transfer list. */
export function resultBuffers(result: SimResult): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  const add = (a: Float64Array | undefined) => {
    if (a) seen.add(a.buffer as ArrayBuffer);
  };
  Object.values(result.series).forEach(add);
  if (result.distribution) {
    const d = result.distribution;
    [d.csfNgPerMl, d.cranialNgPerMl, d.plasmaNgPerMl, d.massBalanceRelError].forEach(add);
    Object.values(d.effects).forEach(add);
    [d.tipNgPerMl, d.spinalTargetNgPerMl].forEach(add);
    if (d.massBalanceUg) Object.values(d.massBalanceUg).forEach(add);
  }
  if (result.strokes) [result.strokes.tHours, result.strokes.volumeUl].forEach(add);
  return [...seen];
}
