/**
 * The whole journey as marks on one time line, in days from the first visit: the decisions, the trial, the
 * implant and its complication, and from the follow-up run the refills, program changes, alarms and device
 * events the engine reported, then the outcome. What <itp-journey> draws and lets the learner scrub. Pure.
 */
import type { SimEvent } from '../result.js';
import { writtenQuestions, type CaseAnswers, type CaseQuestion, type PatientCase } from './types.js';
import { judgeAnswer } from './judge.js';
import { formatMg, REFILL_WORDS, refillQuestion, type RefillWords } from './refill.js';

export type JourneyMarkKind =
  'decision' | 'trial' | 'implant' | 'complication' | 'titration' | 'refill' | 'alarm' | 'device' | 'outcome';

export interface JourneyMark {
  /** Days from the first visit. */
  day: number;
  /** Where an episode ends (complications), days from the first visit. */
  endDay?: number;
  kind: JourneyMarkKind;
  label: string;
  detail?: string;
  /** Decisions: the learner's answer was one the case teaches. */
  good?: boolean;
  /** Decisions: the first answer checked was not the best and was changed after its feedback. */
  corrected?: boolean;
}

export interface Journey {
  caseId: PatientCase['id'];
  /** Last day shown (the outcome), days from the first visit. */
  endDay: number;
  implantDay: number;
  marks: JourneyMark[];
}

/** What the follow-up run contributes: its events (times in hours after the implant). */
export interface FollowUpRun {
  events: readonly SimEvent[];
}

/** Engine event codes drawn on the journey, and how (the rest, e.g. telemetry, stay in the run's log). */
const EVENT_KIND: Readonly<Record<string, JourneyMarkKind>> = {
  refill: 'refill',
  'low-reservoir': 'alarm',
  'empty-reservoir': 'alarm',
  'refill-overdue': 'alarm',
  'withdrawal-risk': 'alarm',
  'motor-stall': 'alarm',
  eri: 'alarm',
  'end-of-service': 'alarm',
  'delivery-stopped': 'alarm',
  'missed-refill': 'device',
  'delivery-resumed': 'device',
  'mri-start': 'device',
  'mri-restart': 'device',
  explant: 'device',
  replacement: 'device',
};

const HOURS_PER_DAY = 24;

/** The journey's own words, English (the model's tests); the page passes its own language's. */
export const JOURNEY_WORDS = {
  corrected: (first: string, then: string) => `first: ${first}; then: ${then}`,
  trialMet: 'Trial: criterion met',
  trialNotMet: 'Trial: criterion not met',
  bestImprovement: (pct: number) => `best improvement ${pct} %`,
  implanted: 'Pump implanted',
  /** A dose change's label, after the kind's word ("Dose change: now 3 mg a day"). */
  newDose: (dailyDose: string) => `now ${dailyDose}`,
  /** A daily dose, µg a day. */
  dailyDose: (ugPerDay: number) => `${formatMg(ugPerDay)} a day`,
  /** An engine event on the line (its own message in English). */
  event: (e: SimEvent) => e.message,
  outcome: 'how the case ends',
  signsJoin: '; ',
};
export type JourneyWords = typeof JOURNEY_WORDS;

/** How the journey draws an engine event code (undefined: not drawn). */
export function journeyKindOf(code: string): JourneyMarkKind | undefined {
  return Object.hasOwn(EVENT_KIND, code) ? EVENT_KIND[code] : undefined;
}

/** The engine event that marks each follow-up complication (where its question sits on the journey). */
const COMPLICATION_EVENT: Readonly<Record<PatientCase['followUp']['complication']['kind'], string>> = {
  'missed-refill': 'missed-refill',
  'motor-stall': 'motor-stall',
  mri: 'mri-start',
  'eri-replacement': 'eri',
};

/** Every question of a case as the learner sees it (the refill question depends on the reservoir chosen). */
function caseQuestions(c: PatientCase, answers: CaseAnswers, refillWords: RefillWords): CaseQuestion[] {
  return [...writtenQuestions(c), refillQuestion(c, answers, refillWords)];
}

/**
 * Decision marks for the questions `ids` on `day`. A first answer that was not the best and was then changed
 * stays visible in the detail ("first … then …"), so the time line keeps the learner's path.
 */
function decisionMarks(
  questions: readonly CaseQuestion[],
  answers: CaseAnswers,
  firstAnswers: CaseAnswers,
  day: number,
  ids: readonly string[],
  words: JourneyWords,
): JourneyMark[] {
  return ids.flatMap((id) => {
    const q = questions.find((x) => x.id === id);
    const a = answers[id];
    if (!q || a === undefined || !q.options.some((o) => o.id === a)) return [];
    const chosen = q.options.find((o) => o.id === a)!;
    const first = q.options.find((o) => o.id === firstAnswers[id]);
    const corrected = first !== undefined && first.id !== a && !first.best;
    return [
      {
        day,
        kind: 'decision' as const,
        label: q.prompt,
        detail: corrected ? words.corrected(first.label, chosen.label) : chosen.label,
        good: judgeAnswer(q, a).best,
        ...(corrected ? { corrected: true } : {}),
      },
    ];
  });
}

/**
 * The journey so far: `answers` holds what the learner has decided (steps not yet reached add nothing),
 * `trialImplant` the trial's verdict once it ran, `run` the follow-up once it ran, and `firstAnswers` the
 * first answer checked for each question (kept on the line when it was changed after the feedback). `c` and
 * `words` give the texts (the page passes them in its language).
 */
export function buildJourney(
  c: PatientCase,
  answers: CaseAnswers,
  trialImplant: { implant: boolean; bestImprovementPct: number } | null,
  run: FollowUpRun | null,
  firstAnswers: CaseAnswers = {},
  words: { journey: JourneyWords; refill: RefillWords } = { journey: JOURNEY_WORDS, refill: REFILL_WORDS },
): Journey {
  const { trialDay, implantDay } = c.calendar;
  const w = words.journey;
  const questions = caseQuestions(c, answers, words.refill);
  const decide = (day: number, ids: readonly string[]) =>
    decisionMarks(questions, answers, firstAnswers, day, ids, w);
  const marks: JourneyMark[] = [
    ...decide(
      0,
      c.selection.map((q) => q.id),
    ),
    ...decide(trialDay, ['trial']),
  ];
  if (trialImplant)
    marks.push({
      day: trialDay,
      kind: 'trial',
      label: trialImplant.implant ? w.trialMet : w.trialNotMet,
      detail: w.bestImprovement(Math.round(trialImplant.bestImprovementPct)),
    });
  const implanted = trialImplant?.implant === true;
  if (implanted) {
    marks.push({ day: implantDay, kind: 'implant', label: w.implanted });
    marks.push(...decide(implantDay, ['tip', 'reservoir', 'priming', 'refill']));
    const comp = c.implant.complication;
    marks.push({
      day: implantDay + comp.onsetDay,
      endDay: implantDay + comp.resolvedDay,
      kind: 'complication',
      label: comp.title,
      detail: comp.signs.join(w.signsJoin),
    });
    marks.push(...decide(implantDay + comp.onsetDay, ['complication']));
    for (const step of c.followUp.titration)
      marks.push({
        day: implantDay + step.atDay,
        kind: 'titration',
        label: w.newDose(w.dailyDose(step.rateMlPerDay * c.followUp.concentrationUgPerMl)),
      });
  }
  const endDay = implanted && run ? implantDay + c.followUp.durationDays : implanted ? implantDay : trialDay;
  if (implanted && run) {
    for (const e of run.events) {
      const kind = journeyKindOf(e.code);
      if (kind) marks.push({ day: implantDay + e.tHours / HOURS_PER_DAY, kind, label: w.event(e) });
    }
    const trigger = run.events.find((e) => e.code === COMPLICATION_EVENT[c.followUp.complication.kind]);
    marks.push(...decide(trigger ? implantDay + trigger.tHours / HOURS_PER_DAY : endDay, ['follow-up']));
    marks.push({ day: endDay, kind: 'outcome', label: w.outcome, detail: c.followUp.outcome });
  }
  // Stable: on one day the decisions keep their order, and an event's decision comes after the event.
  marks.sort((a, b) => a.day - b.day);
  return { caseId: c.id, endDay, implantDay, marks };
}
