/**
 * Assembling a SimResult: the pump series collected chunk by chunk (internal units → result units through
 * src/model/units.ts), the event log, the raw strokes, the distribution, and the summary a clinician reads first
 * (programmed vs delivered, reservoir, next refill, ERI, alarms, mass balance, outcomes).
 */
import type { DistributionSeries, SimEvent, SimResult, Summary } from '../model/result.js';
import type { Scenario } from '../model/scenario/schema.js';
import { PUMP_SERIES, type EffectName, type PumpSeriesDef, type PumpSeriesName } from '../model/series.js';
import { ulToMl } from '../model/units.js';
import { OUT, type PumpDriver } from './pump/pump-driver.js';
import type { EngineInputs } from './scenario-mapping.js';
import { syndromeEvents } from './csf/syndrome-events.js';

/** The pump's per-interval series, filled from the engine's output records as PUMP_SERIES says. */
export class PumpSeriesCollector {
  readonly series: Record<PumpSeriesName, Float64Array>;

  constructor(readonly n: number) {
    this.series = Object.fromEntries(
      Object.keys(PUMP_SERIES).map((name) => [name, new Float64Array(n)]),
    ) as Record<PumpSeriesName, Float64Array>;
  }

  /** Copies n records (stride f64 each) starting at output index `start`. */
  add(start: number, n: number, view: Float64Array, stride: number): void {
    for (const name of Object.keys(PUMP_SERIES) as PumpSeriesName[]) {
      const def: PumpSeriesDef = PUMP_SERIES[name];
      const out = this.series[name];
      const field = OUT[def.field];
      const convert = def.convert;
      for (let i = 0; i < n; i++) {
        const x = view[i * stride + field];
        out[start + i] = convert ? convert(x) : x;
      }
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
  for (const key of (Object.keys(d.effects) as EffectName[]).sort()) {
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

/** What a clinician reads first: programmed vs delivered, reservoir, next refill, ERI, alarms, mass balance, outcomes. */
export function buildSummary(
  pump: PumpDriver,
  events: SimEvent[],
  collected: PumpSeriesCollector,
  distribution: DistributionSeries | null,
): Summary {
  const s = collected.series;
  const last = collected.n - 1;
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
  return summary;
}

/** The whole SimResult of a finished run: summary, pump series, events, distribution and raw strokes. */
export function assembleResult(
  scenario: Scenario,
  inputs: EngineInputs,
  pump: PumpDriver,
  collected: PumpSeriesCollector,
  distribution: DistributionSeries | null,
): SimResult {
  const pumpEvents = pump.events();
  const s = collected.series;
  // The patient's syndromes join the pump's events in time order (a stable sort keeps the pump's first at a tie).
  const events = distribution
    ? [...pumpEvents, ...syndromeEvents(scenario.drug.name, s.tHours, distribution.effects)].sort(
        (a, b) => a.tHours - b.tHours,
      )
    : pumpEvents;
  const result: SimResult = {
    schemaVersion: 1,
    scenarioName: scenario.name,
    seed: scenario.seed,
    // Alarms of the summary stay the pump's (what the device reported).
    summary: buildSummary(pump, pumpEvents, collected, distribution),
    series: {
      tHours: s.tHours,
      tipVolumeUl: s.tipVolumeUl,
      tipDoseUg: s.tipDoseUg,
      reservoirMl: s.reservoirMl,
      programmedCumulativeMl: s.programmedCumulativeMl,
      systemicDoseUg: s.systemicDoseUg,
      absorbedToBloodUg: s.absorbedToBloodUg,
      tissueDepotUg: s.tissueDepotUg,
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
