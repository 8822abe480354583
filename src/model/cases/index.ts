/** The patient cases (docs/cases.md), in the order the lessons list them. */
import { CANCER_PAIN_CASE } from './case-cancer-pain.js';
import { CHRONIC_PAIN_CASE } from './case-chronic-pain.js';
import { SPINAL_SPASTICITY_CASE } from './case-spinal-spasticity.js';
import { CP_CHILD_CASE } from './case-cp-child.js';
import type { CaseId, PatientCase } from './types.js';

export const PATIENT_CASES: readonly PatientCase[] = [
  CANCER_PAIN_CASE,
  CHRONIC_PAIN_CASE,
  SPINAL_SPASTICITY_CASE,
  CP_CHILD_CASE,
];

export function findCase(id: string): PatientCase | undefined {
  return PATIENT_CASES.find((c) => c.id === id);
}

export function isCaseId(id: string): id is CaseId {
  return findCase(id) !== undefined;
}

/** The trial spec of a case for the trial option chosen (one patient: cohort of the case's patient id + 1). */
export function caseTrialSpec(c: PatientCase, trialOptionId: string): { spec: unknown; patientId: number } {
  const option = c.trial.question.options.find((o) => o.id === trialOptionId) ?? c.trial.question.options[0];
  return {
    spec: {
      name: `${c.title}: trial`,
      protocol: option.protocol,
      population: c.trial.population,
      cohortSize: c.trial.patientId + 1,
      seed: c.trial.seed,
    },
    patientId: c.trial.patientId,
  };
}

export * from './types.js';
export * from './judge.js';
export * from './refill.js';
export * from './follow-up.js';
export * from './journey.js';
export * from './port-infection.js';
