/**
 * Infection risk of an external intrathecal system (a temporary or tunnelled catheter, or a subcutaneous port
 * with an external pump) over the days it is in, and what is done about it.
 *
 * Model (teaching simplification): a constant daily hazard λ, so the risk by day t is P(t) = 1 − e^(−λt).
 * λ is fitted to one published figure: in 821 cancer-pain patients with external intrathecal catheters,
 * superficial infection 2.3 % and deep infection 1.4 % after a mean of 54 days of catheter use [D14]:
 * λ = −ln(1 − p) / 54 days (estimate: a constant hazard is our assumption, the study gives the totals only).
 * A subcutaneous port is more stable than a percutaneous catheter, but its infection risk rises with frequent
 * needle access [D13]; no figure separates the two, so both use the same λ (estimate).
 */

/** Figures of the external-catheter series [D14]. */
export const EXTERNAL_CATHETER_INFECTION = {
  superficialFraction: 0.023,
  deepFraction: 0.014,
  meanDays: 54,
} as const;

export interface InfectionRisk {
  days: number;
  /** Probability of a superficial (exit-site or port-pocket) infection by `days`, 0–1. */
  superficial: number;
  /** Probability of a deep infection (meningitis, epidural abscess) by `days`, 0–1. */
  deep: number;
}

/** Daily hazard fitted to a fraction p by `meanDays`, 1/day. */
export function dailyHazard(fraction: number, meanDays: number): number {
  return -Math.log(1 - fraction) / meanDays;
}

/**
 * Cumulative risk of infection after `days` of an external system (catheter or port: one figure, see above). `days` outside [0, 3653] or not finite is an
 * error naming the value and the range (never NaN).
 */
export function externalInfectionRisk(days: number): InfectionRisk {
  if (!Number.isFinite(days) || days < 0 || days > 3653)
    throw new RangeError(`days: ${days} is outside 0–3653 days (the time an external system stays in)`);
  const f = EXTERNAL_CATHETER_INFECTION;
  const risk = (p: number) => 1 - Math.exp(-dailyHazard(p, f.meanDays) * days);
  return { days, superficial: risk(f.superficialFraction), deep: risk(f.deepFraction) };
}

/** Signs to check every day, and what to do (plain words, cited). */
export const EXTERNAL_INFECTION_CARE = {
  checks: [
    'Look at the exit site or port every day: redness, warmth, swelling, fluid.',
    'Ask about headache, neck stiffness, fever and new back pain: signs of a deep infection.',
  ],
  management:
    'A superficial infection is treated with antibiotics and closer checks; signs of a deep infection (meningitis, an abscess) mean stopping the infusion, taking spinal fluid for culture, removing the catheter and treating with antibiotics [R133]. External systems are kept in only as long as needed: their infection risk grows with time [D13, D14].',
} as const;
