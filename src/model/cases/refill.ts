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
 * The refill question, built for the reservoir the learner chose: the best answer is the latest offered date
 * that is not after the alarm day or the stability limit (earlier dates are safe but cost visits).
 */
export function refillQuestion(c: PatientCase, answers: CaseAnswers): CaseQuestion {
  const limit = firstRefillLimit(c, answers);
  const fitting = REFILL_OPTIONS_DAYS.filter((d) => d <= limit.latestDay);
  const bestDay = fitting.length ? fitting[fitting.length - 1] : REFILL_OPTIONS_DAYS[0];
  const startUgPerDay = c.followUp.startRateMlPerDay * c.followUp.concentrationUgPerMl;
  const why =
    limit.alarmDay === null
      ? `At the planned program the ${limit.reservoirMl} mL reservoir would last beyond six months, but the drug is proven stable in the pump for six months only [D1].`
      : `At the planned program (${formatMg(startUgPerDay)} a day at first, raised as planned) the ${limit.reservoirMl} mL reservoir reaches the ${c.implant.lowAlarmMl} mL alarm on day ${Math.floor(limit.alarmDay)}.`;
  return {
    id: 'refill',
    prompt: 'When is the first refill?',
    options: REFILL_OPTIONS_DAYS.map((d) => ({
      id: String(d),
      label: `${d} days after the implant`,
      best: d === bestDay,
      feedback:
        d === bestDay
          ? `${why} Day ${d} is the latest offered date before that.`
          : d < bestDay
            ? `Safe but early. ${why} Refilling on day ${d} costs the patient extra visits; day ${bestDay} would do.`
            : `Too late. ${why} By day ${d} the alarm would sound${limit.dryDay !== null && d > limit.dryDay ? `, and from day ${Math.floor(limit.dryDay)} the pump runs dry` : ''}; the follow-up below shows what happens.`,
    })),
  };
}

function formatMg(ug: number): string {
  return ug >= 1000 ? `${+(ug / 1000).toFixed(2)} mg` : `${Math.round(ug)} µg`;
}
