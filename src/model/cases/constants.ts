/** Numbers the case model shares. */

/** Morphine and baclofen are proven stable in the pump for six months [D1]: the longest refill interval, days. */
export const PATIENT_CASES_STABILITY_DAYS = 180;

/**
 * After the first refill the team plans each next one at 90 % of the days the reservoir lasts at the current
 * rate, in whole weeks (estimate: a safety margin of our choosing), never beyond the stability limit.
 */
export const REFILL_MARGIN = 0.9;
