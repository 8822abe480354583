/**
 * Patient cases (docs/cases.md): fictional virtual patients whose journey a learner walks — selection, trial,
 * implant, follow-up over years — making a decision at each step. A case is data: texts, questions with their
 * options and explained feedback, the trial it runs on the existing trial engine, the perioperative event it
 * shows and the follow-up it simulates with the pump engine. Units: days on the journey, mL and mL/day where
 * clinicians use them (scenario fields), µg for doses. Statements cite docs/sources.md by key or say
 * "teaching simplification".
 */
import type { PopulationId } from '../trials/virtual-patients.js';

export type CaseId = 'cancer-pain' | 'chronic-pain' | 'spinal-spasticity' | 'cp-child';

export type CaseStepId = 'selection' | 'trial' | 'implant' | 'follow-up';

export interface CaseOption {
  id: string;
  label: string;
  /** The answer the case teaches (a question has at least one). */
  best: boolean;
  /** Why this answer is right or not, with [keys]. */
  feedback: string;
}

export interface CaseQuestion {
  id: string;
  prompt: string;
  options: CaseOption[];
}

/** What the learner answered: question id → option id. */
export type CaseAnswers = Readonly<Record<string, string>>;

export interface TrialOption extends CaseOption {
  /** The trial protocol this option runs (src/model/trials/protocols.ts). */
  protocol: string;
}

export interface TrialQuestion extends CaseQuestion {
  options: TrialOption[];
}

export interface CaseTrial {
  question: TrialQuestion;
  /** The virtual patient of the case: one seeded draw of the trial population. */
  population: PopulationId;
  seed: number;
  patientId: number;
  /** What is judged, in words (criterion and source). */
  criterion: string;
}

export type PerioperativeKind = 'wound-infection' | 'csf-leak-headache' | 'seroma' | 'catheter-misplacement';

/** A complication after the implant, with its time course and signs. */
export interface PerioperativeEvent {
  kind: PerioperativeKind;
  title: string;
  /** Days after the implant when the signs start and when the episode is over. */
  onsetDay: number;
  resolvedDay: number;
  signs: string[];
  management: string;
  question: CaseQuestion;
}

export type FollowUpComplication =
  | { kind: 'missed-refill'; refillNumber: number }
  | { kind: 'eri-replacement' }
  | { kind: 'motor-stall'; atDay: number; durationHours: number }
  | { kind: 'mri'; atDay: number; durationMinutes: number };

/** The years after the implant, simulated by the pump engine (src/model/cases/follow-up.ts builds the scenario). */
export interface FollowUpPlan {
  drug: 'baclofen' | 'morphine';
  concentrationUgPerMl: number;
  /** The recommended tip level (the follow-up runs at the tip the learner chose when that is a listed option). */
  tipLevel: string;
  startRateMlPerDay: number;
  /** Titration: rate changes at a day after the implant. */
  titration: { atDay: number; rateMlPerDay: number }[];
  durationDays: number;
  complication: FollowUpComplication;
  /** What the team does about it, and the learner's question. */
  question: CaseQuestion;
  outcome: string;
}

export interface PatientCase {
  id: CaseId;
  title: string;
  /** One line: who, fictional. */
  patient: string;
  history: string[];
  selection: CaseQuestion[];
  /** Days from the first visit to the trial and to the implant (teaching simplification: one plausible calendar). */
  calendar: { trialDay: number; implantDay: number };
  trial: CaseTrial;
  implant: {
    questions: CaseQuestion[];
    /** The implant's recommended reservoir (mL) and low-reservoir alarm (mL), used to judge the refill date. */
    lowAlarmMl: number;
    complication: PerioperativeEvent;
  };
  followUp: FollowUpPlan;
  /** Keys of docs/sources.md this case rests on. */
  sources: string[];
}

/** Every question written into a case, in the order the learner meets them (the refill question is built: refill.ts). */
export const writtenQuestions = (c: PatientCase): CaseQuestion[] => [
  ...c.selection,
  c.trial.question,
  ...c.implant.questions,
  c.implant.complication.question,
  c.followUp.question,
];
