/**
 * The result of one run. `summary` and `events` are plain JSON; `series` are Float64Arrays (transferred, not
 * copied, from the worker). Series names carry their unit. Output times are interval ends; per-interval
 * quantities are integrals over the interval, so summing them gives the run's total exactly.
 */

export interface SimEvent {
  tHours: number;
  /** Stable machine code, e.g. 'low-reservoir', 'empty-reservoir', 'eri', 'refill'. */
  code: string;
  severity: 'info' | 'warning' | 'alarm';
  /** Plain-language description (English; the UI translates codes through its string table). */
  message: string;
}

export interface Summary {
  durationHours: number;
  programmedVolumeMl: number;
  deliveredVolumeMl: number;
  deliveredDoseUg: number;
  reservoirEndMl: number;
  /** First time the reservoir ran empty, h (null if never). */
  emptyAtHours: number | null;
}

export interface Series {
  /** Output interval ends, h. */
  tHours: Float64Array;
  /** Volume delivered at the catheter tip in each interval, µL. */
  tipVolumeUl: Float64Array;
  /** Drug delivered at the catheter tip in each interval, µg. */
  tipDoseUg: Float64Array;
  /** Reservoir volume at each interval end, mL. */
  reservoirMl: Float64Array;
  /** Cumulative programmed volume at each interval end, mL. */
  programmedCumulativeMl: Float64Array;
}

export interface SimResult {
  schemaVersion: 1;
  scenarioName: string;
  seed: number;
  summary: Summary;
  series: Series;
  events: SimEvent[];
}

/** Every ArrayBuffer behind a result's series, for comlink's transfer list. */
export function resultBuffers(result: SimResult): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const arr of Object.values(result.series) as Float64Array[]) seen.add(arr.buffer as ArrayBuffer);
  return [...seen];
}
