/**
 * The first refill date: when does the reservoir reach the low-reservoir alarm under the planned program
 * (start rate and titration steps), and is the drug still stable by then? Volumes in mL, rates in mL/day,
 * times in days after the implant. The reservoir follows V(t) = V0 − ∫ rate dt, piecewise linear.
 */
import { PATIENT_CASES_STABILITY_DAYS } from './constants.js';
import type { CaseAnswers, CaseQuestion, FollowUpPlan, PatientCase } from './types.js';

/** The refill dates offered to the learner, days after the implant (one to six months [D11]). */
export const REFILL_OPTIONS_DAYS = [30, 60, 90, 120, 180] as const;

/** The program's rate on `day` (the last titration step at or before it). */
export function rateOnDay(plan: Pick<FollowUpPlan, 'startRateMlPerDay' | 'titration'>, day: number): number {
  let rate = plan.startRateMlPerDay;
  for (const step of plan.titration) if (step.atDay <= day) rate = step.rateMlPerDay;
  return rate;
}

/**
 * The first day after `fromDay` on which a reservoir holding `volumeMl` then reaches `thresholdMl` under the
 * plan's rates (exact for piecewise-constant rates), or null if it does not by `untilDay`.
 */
export function dayReservoirReaches(
  plan: Pick<FollowUpPlan, 'startRateMlPerDay' | 'titration'>,
  fromDay: number,
  volumeMl: number,
  thresholdMl: number,
  untilDay: number,
): number | null {
  const changes = plan.titration.map((s) => s.atDay).filter((d) => d > fromDay && d < untilDay);
  let t = fromDay;
  let v = volumeMl;
  for (const end of [...changes, untilDay]) {
    const rate = rateOnDay(plan, t);
    const reach = rate > 0 ? t + (v - thresholdMl) / rate : Infinity;
    if (reach <= end) return Math.max(fromDay, reach);
    v -= rate * (end - t);
    t = end;
  }
  return null;
}

/** The reservoir the learner chose (20 or 40 mL), or the case's first best option. */
export function chosenReservoirMl(c: PatientCase, answers: CaseAnswers): number {
  const q = c.implant.questions.find((x) => x.id === 'reservoir')!;
  const id = q.options.some((o) => o.id === answers.reservoir)
    ? answers.reservoir
    : q.options.find((o) => o.best)!.id;
  return Number(id);
}

export interface RefillLimit {
  reservoirMl: number;
  /** Day the low-reservoir alarm sounds under the planned program (null: not within the stability limit). */
  alarmDay: number | null;
  /** Day the reservoir runs dry under the planned program (null: not within a year). */
  dryDay: number | null;
  /** The latest sensible first refill, days: the alarm day or the drug's stability limit, whichever is first. */
  latestDay: number;
}

export function firstRefillLimit(c: PatientCase, answers: CaseAnswers): RefillLimit {
  const reservoirMl = chosenReservoirMl(c, answers);
  const alarmDay = dayReservoirReaches(
    c.followUp,
    0,
    reservoirMl,
    c.implant.lowAlarmMl,
    PATIENT_CASES_STABILITY_DAYS,
  );
  const dryDay = dayReservoirReaches(c.followUp, 0, reservoirMl, 0, 365);
  return { reservoirMl, alarmDay, dryDay, latestDay: alarmDay ?? PATIENT_CASES_STABILITY_DAYS };
}

/**
 * The refill question's words, English (the CLI and the model's tests); the page passes its own language's.
 * Doses in µg a day, volumes in mL, days after the implant.
 */
export const REFILL_WORDS = {
  prompt: 'When is the first refill?',
  label: (day: number) => `${day} days after the implant`,
  whyStable: (reservoirMl: number) =>
    `At the planned program the ${reservoirMl} mL reservoir would last beyond six months, but the drug is proven stable in the pump for six months only [D1].`,
  whyAlarm: (startUgPerDay: number, reservoirMl: number, alarmMl: number, alarmDay: number) =>
    `At the planned program (${formatMg(startUgPerDay)} a day at first, raised as planned) the ${reservoirMl} mL reservoir reaches the ${alarmMl} mL alarm on day ${alarmDay}.`,
  best: (why: string, day: number) => `${why} Day ${day} is the latest offered date before that.`,
  early: (why: string, day: number, bestDay: number) =>
    `Safe but early. ${why} Refilling on day ${day} costs the patient extra visits; day ${bestDay} would do.`,
  late: (why: string, day: number, dryDay: number | null) =>
    `Too late. ${why} By day ${day} the alarm would sound${dryDay !== null ? `, and from day ${dryDay} the pump runs dry` : ''}; the follow-up below shows what happens.`,
};
export type RefillWords = typeof REFILL_WORDS;

/**
 * The refill question, built for the reservoir the learner chose: the best answer is the latest offered date
 * that is not after the alarm day or the stability limit (earlier dates are safe but cost visits).
 */
export function refillQuestion(
  c: PatientCase,
  answers: CaseAnswers,
  words: RefillWords = REFILL_WORDS,
): CaseQuestion {
  const limit = firstRefillLimit(c, answers);
  const fitting = REFILL_OPTIONS_DAYS.filter((d) => d <= limit.latestDay);
  const bestDay = fitting.length ? fitting[fitting.length - 1] : REFILL_OPTIONS_DAYS[0];
  const startUgPerDay = c.followUp.startRateMlPerDay * c.followUp.concentrationUgPerMl;
  const why =
    limit.alarmDay === null
      ? words.whyStable(limit.reservoirMl)
      : words.whyAlarm(startUgPerDay, limit.reservoirMl, c.implant.lowAlarmMl, Math.floor(limit.alarmDay));
  return {
    id: 'refill',
    prompt: words.prompt,
    options: REFILL_OPTIONS_DAYS.map((d) => ({
      id: String(d),
      label: words.label(d),
      best: d === bestDay,
      feedback:
        d === bestDay
          ? words.best(why, d)
          : d < bestDay
            ? words.early(why, d, bestDay)
            : words.late(why, d, limit.dryDay !== null && d > limit.dryDay ? Math.floor(limit.dryDay) : null),
    })),
  };
}

/** A dose in µg, or in mg from 1 mg on (English number format). */
export function formatMg(ug: number): string {
  return ug >= 1000 ? `${+(ug / 1000).toFixed(2)} mg` : `${Math.round(ug)} µg`;
}
