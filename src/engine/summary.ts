/**
 * Assembling a SimResult: the pump series collected chunk by chunk (internal units → result units through
 * src/model/units.ts), the event log, the raw strokes, the distribution, and the summary a clinician reads first
 * (programmed vs delivered, reservoir, next refill, ERI, alarms, mass balance, outcomes).
 */
import type { DistributionSeries, SimResult, Summary } from '../model/result.js';
import type { Scenario } from '../model/scenario/schema.js';
import { ulToMl } from '../model/units.js';
import { OUT, type PumpDriver } from './pump/pump-driver.js';
import type { EngineInputs } from './scenario-mapping.js';

/** The pump's per-interval series, filled from the engine's output records. */
export class PumpSeriesCollector {
  readonly tHours: Float64Array;
  readonly tipVolumeUl: Float64Array;
  readonly tipDoseUg: Float64Array;
  readonly reservoirMl: Float64Array;
  readonly programmedCumulativeMl: Float64Array;
  readonly systemicDoseUg: Float64Array;
  readonly batteryFraction: Float64Array;

  constructor(readonly n: number) {
    this.tHours = new Float64Array(n);
    this.tipVolumeUl = new Float64Array(n);
    this.tipDoseUg = new Float64Array(n);
    this.reservoirMl = new Float64Array(n);
    this.programmedCumulativeMl = new Float64Array(n);
    this.systemicDoseUg = new Float64Array(n);
    this.batteryFraction = new Float64Array(n);
  }

  /** Copies n records (stride f64 each) starting at output index `start`. */
  add(start: number, n: number, view: Float64Array, stride: number): void {
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const r = i * stride;
      this.tHours[k] = view[r + OUT.tHours];
      this.tipVolumeUl[k] = view[r + OUT.tipVolumeUl];
      this.tipDoseUg[k] = view[r + OUT.tipMassUg];
      this.reservoirMl[k] = ulToMl(view[r + OUT.reservoirUl]);
      this.programmedCumulativeMl[k] = ulToMl(view[r + OUT.programmedCumUl]);
      this.systemicDoseUg[k] = view[r + OUT.systemicMassUg];
      this.batteryFraction[k] = view[r + OUT.batteryFraction];
    }
  }
}

const sum = (a: Float64Array): number => a.reduce((s, x) => s + x, 0);

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const x of a) if (Number.isFinite(x)) m = Math.max(m, Math.abs(x));
  return m;
}

/** End, minimum and maximum of each effect measure (e.g. painNrsEnd, sedationFractionMax). */
function outcomes(d: DistributionSeries): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(d.effects).sort()) {
    const a = d.effects[key];
    if (!a.length) continue;
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of a) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    out[`${key}End`] = a[a.length - 1];
    out[`${key}Min`] = lo;
    out[`${key}Max`] = hi;
  }
  return out;
}

export function buildSummary(
  scenario: Scenario,
  inputs: EngineInputs,
  pump: PumpDriver,
  s: PumpSeriesCollector,
  distribution: DistributionSeries | null,
): SimResult {
  const events = pump.events();
  const last = s.n - 1;
  const emptyAt = events.find((e) => e.code === 'empty-reservoir')?.tHours;
  const summary: Summary = {
    durationHours: s.tHours[last],
    programmedVolumeMl: s.programmedCumulativeMl[last],
    deliveredVolumeMl: ulToMl(sum(s.tipVolumeUl)),
    deliveredDoseUg: sum(s.tipDoseUg),
    reservoirEndMl: s.reservoirMl[last],
    emptyAtHours: emptyAt ?? null,
    nextRefillAtHours: pump.nextRefillHours(),
    eriAtHours: pump.eriHours(),
    endOfServiceAtHours: pump.endOfServiceHours(),
    alarmCount: events.filter((e) => e.severity === 'alarm').length,
  };
  if (distribution) {
    summary.massBalanceMaxRelError = maxAbs(distribution.massBalanceRelError);
    summary.outcomes = outcomes(distribution);
  }
  const result: SimResult = {
    schemaVersion: 1,
    scenarioName: scenario.name,
    seed: scenario.seed,
    summary,
    series: {
      tHours: s.tHours,
      tipVolumeUl: s.tipVolumeUl,
      tipDoseUg: s.tipDoseUg,
      reservoirMl: s.reservoirMl,
      programmedCumulativeMl: s.programmedCumulativeMl,
      systemicDoseUg: s.systemicDoseUg,
      ...(pump.hasBattery ? { batteryFraction: s.batteryFraction } : {}),
    },
    events,
  };
  if (distribution) result.distribution = distribution;
  if (inputs.pump.recordStrokes !== false) {
    const { tHours, volumeUl } = pump.strokes();
    result.strokes = { tHours, volumeUl };
  }
  return result;
}
