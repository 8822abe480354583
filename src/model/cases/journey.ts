/**
 * The whole journey as marks on one time line, in days from the first visit: the decisions, the trial, the
 * implant and its complication, and from the follow-up run the refills, program changes, alarms and device
 * events the engine reported, then the outcome. What <itp-journey> draws and lets the learner scrub. Pure.
 */
import type { SimEvent } from '../result.js';
import type { CaseAnswers, PatientCase } from './types.js';
import { judgeAnswer } from './judge.js';

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

/** How the journey draws an engine event code (undefined: not drawn). */
export function journeyKindOf(code: string): JourneyMarkKind | undefined {
  return Object.hasOwn(EVENT_KIND, code) ? EVENT_KIND[code] : undefined;
}

function decisionMarks(
  c: PatientCase,
  answers: CaseAnswers,
  day: number,
  ids: readonly string[],
): JourneyMark[] {
  const questions = [
    ...c.selection,
    c.trial.question,
    ...c.implant.questions,
    c.implant.complication.question,
  ];
  return ids.flatMap((id) => {
    const q = questions.find((x) => x.id === id);
    const a = answers[id];
    if (!q || a === undefined || !q.options.some((o) => o.id === a)) return [];
    const v = judgeAnswer(q, a);
    const chosen = q.options.find((o) => o.id === a)!;
    return [{ day, kind: 'decision' as const, label: q.prompt, detail: chosen.label, good: v.best }];
  });
}

/**
 * The journey so far: `answers` holds what the learner has decided (steps not yet reached add nothing),
 * `trialImplant` the trial's verdict once it ran, and `run` the follow-up once it ran.
 */
export function buildJourney(
  c: PatientCase,
  answers: CaseAnswers,
  trialImplant: { implant: boolean; bestImprovementPct: number } | null,
  run: FollowUpRun | null,
): Journey {
  const { trialDay, implantDay } = c.calendar;
  const marks: JourneyMark[] = [
    ...decisionMarks(
      c,
      answers,
      0,
      c.selection.map((q) => q.id),
    ),
    ...decisionMarks(c, answers, trialDay, ['trial']),
  ];
  if (trialImplant)
    marks.push({
      day: trialDay,
      kind: 'trial',
      label: trialImplant.implant ? 'Trial: criterion met' : 'Trial: criterion not met',
      detail: `best improvement ${Math.round(trialImplant.bestImprovementPct)} %`,
    });
  const implanted = trialImplant?.implant === true;
  if (implanted) {
    marks.push({ day: implantDay, kind: 'implant', label: 'Pump implanted' });
    marks.push(...decisionMarks(c, answers, implantDay, ['tip', 'reservoir', 'priming', 'refill']));
    const comp = c.implant.complication;
    marks.push({
      day: implantDay + comp.onsetDay,
      endDay: implantDay + comp.resolvedDay,
      kind: 'complication',
      label: comp.title,
      detail: comp.signs.join('; '),
    });
    marks.push(...decisionMarks(c, answers, implantDay + comp.onsetDay, ['complication']));
    for (const step of c.followUp.titration)
      marks.push({
        day: implantDay + step.atDay,
        kind: 'titration',
        label: 'Dose changed',
        detail: `${doseText(step.rateMlPerDay * c.followUp.concentrationUgPerMl)} a day`,
      });
  }
  if (implanted && run)
    for (const e of run.events) {
      const kind = journeyKindOf(e.code);
      if (kind) marks.push({ day: implantDay + e.tHours / HOURS_PER_DAY, kind, label: e.message });
    }
  const endDay = implanted && run ? implantDay + c.followUp.durationDays : implanted ? implantDay : trialDay;
  if (implanted && run)
    marks.push({ day: endDay, kind: 'outcome', label: 'how the case ends', detail: c.followUp.outcome });
  marks.sort((a, b) => a.day - b.day);
  return { caseId: c.id, endDay, implantDay, marks };
}

function doseText(ug: number): string {
  return ug >= 1000 ? `${+(ug / 1000).toFixed(2)} mg` : `${Math.round(ug)} µg`;
}
