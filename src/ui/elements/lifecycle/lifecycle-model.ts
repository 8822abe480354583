/** Pure helpers of the lifecycle view: events grouped by month, and the catheter dead-space delay. */
import type { ScenarioInput } from '../../../model/scenario/schema.js';
import type { SimEvent, SimResult } from '../../../model/result.js';
import { HOURS_PER_YEAR, fractionToPercent, ugPerMlToUgPerUl } from '../../../model/units.js';
import { eventText } from '../../format/event-text.js';

export const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;

export interface Milestone {
  tHours: number;
  code: string;
  label: string;
  severity: SimEvent['severity'];
}

/** Events and summary milestones (next refill, ERI, end of service) sorted in time. */
export function milestones(
  r: SimResult,
  labels: { nextRefill: string; eri: string; eos: string },
): Milestone[] {
  const out: Milestone[] = r.events.map((e) => ({
    tHours: e.tHours,
    code: e.code,
    label: eventText(e),
    severity: e.severity,
  }));
  const add = (t: number | null | undefined, code: string, label: string, severity: SimEvent['severity']) => {
    // Only what falls inside the run: a refill due after the end is in the summary, not on the calendar.
    if (
      typeof t === 'number' &&
      Number.isFinite(t) &&
      t <= r.summary.durationHours &&
      !out.some((m) => m.code === code && m.tHours === t)
    )
      out.push({ tHours: t, code, label, severity });
  };
  add(r.summary.nextRefillAtHours, 'next-refill', labels.nextRefill, 'info');
  add(r.summary.eriAtHours, 'eri', labels.eri, 'warning');
  add(r.summary.endOfServiceAtHours, 'end-of-service', labels.eos, 'alarm');
  return out.sort((a, b) => a.tHours - b.tHours);
}

/** Times the pump was replaced (the new pump's start), h. */
export function replacementTimes(r: SimResult): number[] {
  return r.events.filter((e) => e.code === 'replacement').map((e) => e.tHours);
}

/** The last ERI of a pump replaced since (null when the running pump's ERI is in the summary or none came). */
export function replacedPumpEriHours(r: SimResult): number | null {
  if (r.summary.eriAtHours != null) return null;
  const swaps = replacementTimes(r);
  const eris = r.events.filter((e) => e.code === 'eri' && swaps.some((t) => t >= e.tHours));
  return eris.length ? eris[eris.length - 1].tHours : null;
}

/** Milestones per calendar month of the run (month 1 = the first 30.4 days). */
export function byMonth(ms: Milestone[], durationHours: number): Milestone[][] {
  const months = Math.max(1, Math.ceil(durationHours / HOURS_PER_MONTH - 1e-9));
  const out: Milestone[][] = Array.from({ length: months }, () => []);
  for (const m of ms) out[Math.min(months - 1, Math.max(0, Math.floor(m.tHours / HOURS_PER_MONTH)))].push(m);
  return out;
}

/**
 * The new concentration of a refill, µg/µL: from the event's data when the engine gives it, else from the
 * scenario's refill event at the same time (the engine's refill event carries volumes only).
 */
function refillConcentrationUgPerUl(e: SimEvent, scenario: ScenarioInput | null): number {
  const fromEvent = e.data?.concentrationUgPerUl;
  if (typeof fromEvent === 'number' && Number.isFinite(fromEvent)) return fromEvent;
  const events = (scenario as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return NaN;
  const match = (events as Record<string, unknown>[]).find(
    (x) => x.type === 'refill' && Math.abs(Number(x.atHours) - e.tHours) < 1e-6,
  );
  const c = Number(match?.concentrationUgPerMl);
  return Number.isFinite(c) && c > 0 ? ugPerMlToUgPerUl(c) : NaN;
}

/**
 * The dead-space delay seen in a run: after the first refill that changes the concentration, how long until
 * the drug concentration of the fluid leaving the catheter tip (tip µg / tip µL) is halfway to the new value.
 * Null when the run has no such refill or the tip never gets there.
 */
export function deadSpaceDelayHours(
  r: SimResult,
  scenario: ScenarioInput | null = null,
): { refillAtHours: number; delayHours: number } | null {
  const refill = r.events.find(
    (e) => e.code === 'refill' && Number.isFinite(refillConcentrationUgPerUl(e, scenario)),
  );
  if (!refill) return null;
  const { tHours, tipVolumeUl, tipDoseUg } = r.series;
  const conc = (k: number) => (tipVolumeUl[k] > 0 ? tipDoseUg[k] / tipVolumeUl[k] : NaN);
  let before = NaN;
  for (let k = 0; k < tHours.length && tHours[k] <= refill.tHours; k++)
    if (Number.isFinite(conc(k))) before = conc(k);
  const after = refillConcentrationUgPerUl(refill, scenario);
  if (!Number.isFinite(before) || Math.abs(after - before) < 1e-12) return null;
  const half = (before + after) / 2;
  for (let k = 0; k < tHours.length; k++) {
    if (tHours[k] <= refill.tHours) continue;
    const c = conc(k);
    if (Number.isFinite(c) && (after > before ? c >= half : c <= half))
      return { refillAtHours: refill.tHours, delayHours: tHours[k] - refill.tHours };
  }
  return null;
}

const percentCache = new WeakMap<Float64Array, Float64Array>();

/** A 0–1 fraction series as percent (cached per series so the chart keeps the same array across renders). */
export function asPercent(fraction: Float64Array): Float64Array {
  let p = percentCache.get(fraction);
  if (!p) {
    p = Float64Array.from(fraction, fractionToPercent);
    percentCache.set(fraction, p);
  }
  return p;
}

/**
 * After implant the catheter holds no drug: the end of the first output interval in which the fluid leaving the
 * tip is at least half as strong as it gets in the run (the front's middle: Taylor–Aris dispersion, on by default,
 * sends a faint trace ahead of it), h; null when that is already so in the first interval or never happens.
 */
export function firstDrugAtTipHours(r: SimResult): number | null {
  const { tHours, tipDoseUg, tipVolumeUl } = r.series;
  const conc = (k: number) => (tipVolumeUl[k] > 0 ? tipDoseUg[k] / tipVolumeUl[k] : 0);
  let top = 0;
  for (let k = 0; k < tHours.length; k++) top = Math.max(top, conc(k));
  if (!(top > 0)) return null;
  for (let k = 0; k < tHours.length; k++) if (conc(k) >= top / 2) return k > 0 ? tHours[k] : null;
  return null;
}
