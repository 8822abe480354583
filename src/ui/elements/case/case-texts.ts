/**
 * The patient cases' texts as the page shows them. The English words live with the cases in src/model/cases
 * (their structure, ids and right answers stay there); this catalogue copies every text by case id and question
 * and option id, so that a translation can replace them. `localCase` lays the page's language over a case.
 * Its Spanish is a chunk of its own (case-texts.es.ts), fetched only when a case is shown in Spanish.
 */
import {
  EXTERNAL_INFECTION_CARE,
  IMPLANT_WORDS,
  JOURNEY_WORDS,
  PATIENT_CASES,
  REFILL_WORDS,
  writtenQuestions,
  type CaseQuestion,
  type PatientCase,
} from '../../../model/cases/index.js';
import { registerCatalogue } from '../../i18n/locale.js';

export interface QuestionWords {
  prompt: string;
  options: Record<string, { label: string; feedback: string }>;
}

export interface CaseWords {
  patient: string;
  history: string[];
  /** Every question of the case by its id (selection, trial, implant, complication, follow-up). */
  questions: Record<string, QuestionWords>;
  criterion: string;
  complication: { title: string; signs: string[]; management: string };
  outcome: string;
}

const questionWords = (q: CaseQuestion): QuestionWords => ({
  prompt: q.prompt,
  options: Object.fromEntries(q.options.map((o) => [o.id, { label: o.label, feedback: o.feedback }])),
});

const caseWords = (c: PatientCase): CaseWords => ({
  patient: c.patient,
  history: [...c.history],
  questions: Object.fromEntries(writtenQuestions(c).map((q) => [q.id, questionWords(q)])),
  criterion: c.trial.criterion,
  complication: {
    title: c.implant.complication.title,
    signs: [...c.implant.complication.signs],
    management: c.implant.complication.management,
  },
  outcome: c.followUp.outcome,
});

const { event: _event, ...journeyWords } = JOURNEY_WORDS;

export const CASE_STORIES = {
  cases: Object.fromEntries(PATIENT_CASES.map((c) => [c.id, caseWords(c)])) as Record<string, CaseWords>,
  /** Looking after an external catheter or port. */
  care: { checks: [...EXTERNAL_INFECTION_CARE.checks], management: EXTERNAL_INFECTION_CARE.management },
  refill: { ...REFILL_WORDS },
  implant: { ...IMPLANT_WORDS },
  /** The journey's words but the engine events' (the page's event texts, src/ui/format/event-text.ts). */
  journey: journeyWords,
};

/** A question in the page's language (a question the catalogue lacks keeps its own words). */
function localQuestion<Q extends CaseQuestion>(q: Q, words: CaseWords): Q {
  const w = words.questions[q.id];
  if (!w) return q;
  return {
    ...q,
    prompt: w.prompt,
    options: q.options.map((o) => ({ ...o, ...w.options[o.id] })),
  };
}

/** The case `c` with its texts in the page's language; ids, right answers and numbers are the model's. */
export function localCase(c: PatientCase, title: string): PatientCase {
  const w = CASE_STORIES.cases[c.id];
  if (!w) return c;
  const q = <Q extends CaseQuestion>(x: Q) => localQuestion(x, w);
  return {
    ...c,
    title,
    patient: w.patient,
    history: w.history,
    selection: c.selection.map(q),
    trial: { ...c.trial, question: q(c.trial.question), criterion: w.criterion },
    implant: {
      ...c.implant,
      questions: c.implant.questions.map(q),
      complication: {
        ...c.implant.complication,
        ...w.complication,
        question: q(c.implant.complication.question),
      },
    },
    followUp: { ...c.followUp, question: q(c.followUp.question), outcome: w.outcome },
  };
}

registerCatalogue('CASE_STORIES', CASE_STORIES, {
  es: async () => (await import('./case-texts.es.js')).ES_CASE_STORIES,
});
