/**
 * How long one fill may stay in an implanted pump, per drug: the drug's proven stability in the pump or the
 * labelled refill interval. The scenario warns when a refill interval is longer (src/model/scenario/stability-warnings.ts).
 * A drug with no figure in the sources is `null`: no limit is known, so none is checked.
 */
import type { DrugName } from './drugs.js';
import { sourced, type Sourced } from '../sources.js';

export interface PumpStabilityData {
  /** Longest interval from a fill to the next, days. */
  maxDays: Sourced;
  /** When diluted solution has its own, shorter limit: that limit and the supplied strengths (undiluted), µg/mL. */
  diluted?: { maxDays: Sourced; undilutedUgPerMl: readonly number[] };
  /** The first fill of a new pump, when its limit is shorter (drug lost inside a pump that never held it), days. */
  newPumpFirstFillDays?: Sourced;
}

/** Days in a month, the calendar average (as the telemetry schedule uses). */
const DAYS_PER_MONTH = 30.4375;

/** Morphine and intrathecal baclofen were shown stable for 6 months in the programmable pump [D1]. */
const SIX_MONTHS = sourced(
  6 * DAYS_PER_MONTH,
  'days',
  'verified',
  'stable for 6 months in the programmable pump [D1]',
);

export const PUMP_STABILITY: Readonly<Record<DrugName, PumpStabilityData | null>> = {
  baclofen: { maxDays: SIX_MONTHS },
  morphine: { maxDays: SIX_MONTHS },
  // The Prialt label's refill rules [R35]: undiluted (as supplied, 25 or 100 µg/mL) at least every 84 days, diluted
  // every 40; a new pump is refilled within 14 days of its first fill, because drug is lost to the titanium surfaces
  // and diluted in the pump's residual space, losses that later refills do not have.
  ziconotide: {
    maxDays: sourced(84, 'days', 'verified', 'undiluted: refill at least every 84 days [R35]'),
    diluted: {
      maxDays: sourced(40, 'days', 'verified', 'diluted: refill at least every 40 days [R35]'),
      undilutedUgPerMl: [25, 100],
    },
    newPumpFirstFillDays: sourced(
      14,
      'days',
      'verified',
      'a new pump is refilled within 14 days of its first fill [R35]',
    ),
  },
  // Not found in the sources consulted: no limit is checked.
  hydromorphone: null,
  fentanyl: null,
  sufentanil: null,
  bupivacaine: null,
  clonidine: null,
  tracer: null,
};

/**
 * Drug lost in the reservoir (degradation, adsorption to the pump's surfaces), as a first-order rate per hour, for
 * a fill of `drug` at `concentrationUgPerMl`; 0 for a drug shown stable or with no figure. Only ziconotide's label
 * ties its refill intervals to drug loss in the pump [R35]; the rates are an estimate: a fill is taken to keep 90 %
 * of its drug over its labelled interval (84 days undiluted, 40 diluted, 14 for a new pump's first fill).
 */
export function inPumpLossPerHour(
  drug: string,
  concentrationUgPerMl: number,
  newPumpFirstFill: boolean,
): number {
  if (drug !== 'ziconotide') return 0;
  const st = PUMP_STABILITY.ziconotide;
  if (!st) return 0;
  const days =
    newPumpFirstFill && st.newPumpFirstFillDays
      ? st.newPumpFirstFillDays.value
      : st.diluted && !st.diluted.undilutedUgPerMl.includes(concentrationUgPerMl)
        ? st.diluted.maxDays.value
        : st.maxDays.value;
  return -Math.log(KEPT_OVER_INTERVAL) / (days * 24);
}

/** Fraction of the drug a fill keeps over its labelled interval: an estimate (a common stability criterion). */
export const KEPT_OVER_INTERVAL = 0.9;
