/**
 * The years after the implant as a scenario for the pump engine (run through SimulationApi.run): the programmable
 * pump with the reservoir the learner chose, filled at the implant; the first refill on the day the learner chose,
 * each later one planned by the team (REFILL_MARGIN); the titration as program changes; and the case's
 * complication as the engine's own events (a missed refill, a motor stall and replacement, an MRI scan, the
 * battery's ERI and a replacement). Pump only (model.distribution off): over years at daily output the spinal
 * distribution adds nothing to the story. Times: days here, hours in the scenario.
 */
import { HOURS_PER_DAY } from '../units.js';
import type { ScenarioInput } from '../scenario/schema.js';
import { PATIENT_CASES_STABILITY_DAYS, REFILL_MARGIN } from './constants.js';
import {
  chosenReservoirMl,
  dayReservoirReaches,
  rateOnDay,
  REFILL_OPTIONS_DAYS,
  refillQuestion,
} from './refill.js';
import type { CaseAnswers, PatientCase } from './types.js';

type ScenarioEvent = NonNullable<ScenarioInput['events']>[number];

/** Days a patient who missed a refill goes without drug before the make-up refill (teaching simplification). */
export const MISSED_REFILL_DAYS_DRY = 2;

export interface FollowUpOptions {
  /**
   * For the ERI case: the day the first run found the elective replacement indicator; the pump is then replaced
   * at the first planned refill after it. Absent: no replacement (the first run, which finds the ERI).
   */
  eriDay?: number | null;
}

export interface FollowUpSchedule {
  /** Days of each refill (missed ones excluded). */
  refillDays: number[];
  missedRefillDay: number | null;
  replacementDay: number | null;
}

/** The first refill day the learner chose (an offered option), or the best one for the case. */
export function chosenFirstRefillDay(c: PatientCase, answers: CaseAnswers): number {
  const d = Number(answers.refill);
  if ((REFILL_OPTIONS_DAYS as readonly number[]).includes(d)) return d;
  return Number(refillQuestion(c, answers).options.find((o) => o.best)!.id);
}

/** The team's next refill after one on `day`: 90 % of the days to the alarm, whole weeks, ≤ 6 months. */
function nextPlannedRefill(c: PatientCase, day: number, reservoirMl: number): number {
  const alarm = dayReservoirReaches(
    c.followUp,
    day,
    reservoirMl,
    c.implant.lowAlarmMl,
    day + PATIENT_CASES_STABILITY_DAYS,
  );
  const lasts = (alarm ?? day + PATIENT_CASES_STABILITY_DAYS) - day;
  return day + Math.max(7, Math.floor((lasts * REFILL_MARGIN) / 7) * 7);
}

export function followUpSchedule(
  c: PatientCase,
  answers: CaseAnswers,
  options: FollowUpOptions = {},
): FollowUpSchedule {
  const reservoirMl = chosenReservoirMl(c, answers);
  const end = c.followUp.durationDays;
  const comp = c.followUp.complication;
  const refillDays: number[] = [];
  let missedRefillDay: number | null = null;
  let replacementDay: number | null = null;
  let day = chosenFirstRefillDay(c, answers);
  let n = 0;
  while (day < end) {
    n++;
    if (comp.kind === 'missed-refill' && n === comp.refillNumber) {
      missedRefillDay = day;
      // The pump runs on what is left, reaches empty, and the make-up refill comes a little after.
      const dry = dayReservoirReaches(c.followUp, refillDays.at(-1) ?? 0, reservoirMl, 0, end) ?? end;
      day = Math.min(end - 1, Math.ceil(dry) + MISSED_REFILL_DAYS_DRY);
      if (day <= missedRefillDay) break;
    } else if (
      comp.kind === 'eri-replacement' &&
      replacementDay === null &&
      options.eriDay != null &&
      day >= options.eriDay
    ) {
      replacementDay = day;
      day = nextPlannedRefill(c, day, reservoirMl);
      continue;
    }
    refillDays.push(day);
    day = nextPlannedRefill(c, day, reservoirMl);
  }
  if (comp.kind === 'motor-stall') replacementDay = comp.atDay + comp.durationHours / HOURS_PER_DAY;
  return { refillDays, missedRefillDay, replacementDay };
}

export function followUpScenario(
  c: PatientCase,
  answers: CaseAnswers,
  options: FollowUpOptions = {},
): ScenarioInput {
  const plan = c.followUp;
  const reservoirMl = chosenReservoirMl(c, answers);
  const schedule = followUpSchedule(c, answers, options);
  const h = (day: number) => day * HOURS_PER_DAY;
  const events: ScenarioEvent[] = [];
  for (const step of plan.titration)
    events.push({
      type: 'reprogram',
      atHours: h(step.atDay),
      mode: 'continuous',
      rateMlPerDay: step.rateMlPerDay,
    });
  for (const d of schedule.refillDays) events.push({ type: 'refill', atHours: h(d), volumeMl: reservoirMl });
  if (schedule.missedRefillDay !== null)
    events.push({ type: 'missed-refill', atHours: h(schedule.missedRefillDay) });
  const comp = plan.complication;
  if (comp.kind === 'mri')
    events.push({ type: 'mri', atHours: h(comp.atDay), durationMinutes: comp.durationMinutes });
  if (comp.kind === 'motor-stall')
    events.push({
      type: 'fault',
      atHours: h(comp.atDay),
      fault: 'motor-stall',
      durationHours: comp.durationHours,
    });
  if (schedule.replacementDay !== null)
    events.push({ type: 'replacement', atHours: h(schedule.replacementDay), volumeMl: reservoirMl });
  events.sort((a, b) => a.atHours - b.atHours);
  return {
    schemaVersion: 1,
    name: `${c.title}: the years after the implant`,
    seed: 1,
    durationDays: plan.durationDays,
    outputIntervalMinutes: 1440,
    drug: { name: plan.drug, concentrationUgPerMl: plan.concentrationUgPerMl },
    device: {
      kind: 'programmable',
      reservoirMl,
      reservoirStartMl: reservoirMl,
      lowReservoirAlarmMl: c.implant.lowAlarmMl,
      batteryStartFraction: 1,
    },
    // The team primes the catheter at the implant (the priming question), so the drug is at the tip on day 0.
    catheter: { primed: true },
    patient: { catheterTipLevel: plan.tipLevel },
    program: { mode: 'continuous', rateMlPerDay: rateOnDay(plan, 0) },
    events,
    model: { distribution: false },
  };
}
