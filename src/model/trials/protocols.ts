/**
 * Trial protocols, as data. Numbers cite docs/sources.md by key,
 * or say they are estimates (estimate). A protocol definition is a dose ladder: one step per `stepHours`, given
 * until the criteria decide (criteria.ts); the per-patient protocol picks the reduced ladder for small
 * children and for patients who rely on their tone.
 *
 * Doses: bolus steps in µg; infusion steps in µg/day on the ladder, µg/h inside (units.ts converts).
 */
import { HOURS_PER_DAY, minutesToHours } from '../units.js';
import type { AssessmentTime, DoseStep, Measure, TrialDrug, TrialProtocol, VirtualPatient } from './types.js';

export interface ProtocolDefinition {
  id: string;
  title: string;
  drug: TrialDrug;
  route: TrialProtocol['route'];
  kind: 'bolus' | 'infusion';
  /** µg/µL (= mg/mL). */
  concentrationUgPerUl: number;
  tipLevel: string;
  measure: Measure;
  /** Bolus doses (µg) or infusion rates (µg/day), one per step. */
  ladder: number[];
  /** Ladder for very small children and patients who rely on spasticity (null: same ladder). */
  reducedLadder: number[] | null;
  stepHours: number;
  bolusDurationHours: number;
  /** Assessment offsets from the start of each step, h. */
  cardiopulmonaryHours: number[];
  efficacyHours: number[];
  /** Chronic dose used to ask "would long-term therapy help?", µg/day (stats.ts, docs/trials.md). */
  maintenanceUgPerDay: number;
  sources: string[];
}

/** Below this body mass a child gets the reduced first bolus ("very small children" [D16]) — an estimate. */
export const SMALL_CHILD_KG = 20;

export const PROTOCOLS: Record<string, ProtocolDefinition> = {
  'baclofen-bolus': {
    id: 'baclofen-bolus',
    title: 'Baclofen bolus screening (lumbar puncture)',
    drug: 'baclofen',
    route: 'lumbar-puncture-bolus',
    kind: 'bolus',
    // 50 µg/mL screening ampoule [R57].
    concentrationUgPerUl: 0.05,
    // Lumbar puncture level: an estimate (the sources give none for screening).
    tipLevel: 'L3',
    measure: 'spasticityMas',
    // 50 µg, then 75 and 100 µg at ≥ 24 h when there is no response [D16].
    ladder: [50, 75, 100],
    // 25 µg first for very small children or patients who rely on spasticity [D16]; then the standard 50 µg before
    // 75 and 100 µg (steps of 25 µg, an estimate: [D16] names the 25 µg start, not the steps after it).
    reducedLadder: [25, 50, 75, 100],
    stepHours: 24,
    // Lumbar-puncture bolus given over 1–2 min [R80].
    bolusDurationHours: minutesToHours(2),
    // "Check cardiopulmonary status frequently in the first 2 h" [D16]; the exact times are estimates.
    cardiopulmonaryHours: [0.25, 0.5, 1, 1.5, 2],
    // "Assess spasticity at least twice within 4 h" [D16] (2 h and 4 h), plus 6 h for the 4–6 h peak ([R57]).
    efficacyHours: [1, 2, 4, 6],
    // Maintenance: "up to 2× the effective screening dose per day" ([R57]); 2 × 100 µg = 200 µg/day is
    // the lower edge of chronic use — an estimate as a single figure. Spinal 300–800 µg/day (unverified) is higher still.
    maintenanceUgPerDay: 200,
    sources: ['Boster 2016 [D16]', 'Lioresal screening-trial pages [R57]', 'H-reflex study [R80]'],
  },
  'baclofen-continuous': {
    id: 'baclofen-continuous',
    title: 'Continuous baclofen trial (temporary catheter, external pump)',
    drug: 'baclofen',
    route: 'temporary-catheter-external-pump',
    kind: 'infusion',
    concentrationUgPerUl: 0.05,
    // Traditional tip level T11–T12 [D20].
    tipLevel: 'T11',
    measure: 'spasticityMas',
    // Daily titration 100 → 150 → 200 µg/day: an estimate, bracketing 2× the 50–100 µg screening doses ([R57]).
    ladder: [100, 150, 200],
    reducedLadder: [50, 100, 150],
    stepHours: 24,
    bolusDurationHours: 0,
    cardiopulmonaryHours: [2, 8, 16],
    // Success = one-level MAS drop in key lower-limb muscles [D17]; once-daily exams are an estimate.
    efficacyHours: [20, 23],
    maintenanceUgPerDay: 300,
    sources: ['continuous ITB trial series [D17]', 'Lioresal screening-trial pages [R57]'],
  },
  'morphine-continuous': {
    id: 'morphine-continuous',
    title: 'Continuous morphine trial for pain (temporary catheter, external pump)',
    drug: 'morphine',
    route: 'temporary-catheter-external-pump',
    kind: 'infusion',
    // 1 mg/mL: an estimate (no trial concentration in the sources).
    concentrationUgPerUl: 1,
    // At the level of the painful dermatomes (no numeric source found): T10 as an example, an estimate.
    tipLevel: 'T10',
    measure: 'painNrs',
    // 0.5 → 1 → 2 mg/day: an estimate around the mean post-implant start dose 1.11 mg/day (0.2–6.5) [D19].
    ladder: [500, 1000, 2000],
    reducedLadder: null,
    stepHours: 24,
    bolusDurationHours: 0,
    // Respiratory depression from rostral spread is delayed by hours [R61].
    cardiopulmonaryHours: [4, 8, 12, 16],
    efficacyHours: [20, 23],
    // 3.1 mg/day at 6 months [D19].
    maintenanceUgPerDay: 3100,
    sources: ['Kumar 2001 [D19]', 'Anderson & Burchiel 1999 [D18]', 'Palmer 1999 [R61]'],
  },
  'morphine-bolus': {
    id: 'morphine-bolus',
    title: 'Morphine single-shot trial for pain',
    drug: 'morphine',
    route: 'lumbar-puncture-bolus',
    kind: 'bolus',
    concentrationUgPerUl: 1,
    tipLevel: 'L3',
    measure: 'painNrs',
    // 0.2 mg, inside the 0.1–0.5 mg IT trial bolus range [R59]; chronic-pain trial
    // bolus doses were not found, so the choice is an estimate.
    ladder: [200],
    reducedLadder: null,
    stepHours: 24,
    bolusDurationHours: minutesToHours(2),
    cardiopulmonaryHours: [1, 2, 4, 6, 8, 12, 18],
    // A single shot lasts up to 24 h (post-operative context [R62]); exam times are estimates.
    efficacyHours: [2, 4, 8, 12],
    maintenanceUgPerDay: 3100,
    sources: ['teaching material on IT trialling [R59]', 'Mugabure Bujedo 2012 [R62]'],
  },
};

export const DEFAULT_PROTOCOL_ID = 'baclofen-bolus';

export function findProtocol(id: string): ProtocolDefinition | undefined {
  return Object.hasOwn(PROTOCOLS, id) ? PROTOCOLS[id] : undefined;
}

/** Does this patient get the reduced ladder? */
export function usesReducedLadder(def: ProtocolDefinition, patient: VirtualPatient): boolean {
  return def.reducedLadder !== null && (patient.reliesOnTone || patient.bodyMassKg < SMALL_CHILD_KG);
}

/** The concrete protocol for one patient: every step of the ladder, as if no step responded. */
export function buildProtocol(def: ProtocolDefinition, patient?: VirtualPatient): TrialProtocol {
  const ladder = patient && usesReducedLadder(def, patient) ? def.reducedLadder! : def.ladder;
  const steps: DoseStep[] = ladder.map((dose, i) => {
    const tHours = i * def.stepHours;
    if (def.kind === 'bolus') {
      return {
        tHours,
        kind: 'bolus',
        doseUg: dose,
        rateUgPerHour: 0,
        volumeUl: dose / def.concentrationUgPerUl,
        durationHours: def.bolusDurationHours,
      };
    }
    const rateUgPerHour = dose / HOURS_PER_DAY;
    return {
      tHours,
      kind: 'infusion',
      doseUg: rateUgPerHour * def.stepHours,
      rateUgPerHour,
      volumeUl: rateUgPerHour / def.concentrationUgPerUl,
      durationHours: def.stepHours,
    };
  });
  const assessments: AssessmentTime[] = [];
  steps.forEach((s, step) => {
    for (const h of def.cardiopulmonaryHours)
      assessments.push({ tHours: s.tHours + h, step, kind: 'cardiopulmonary' });
    for (const h of def.efficacyHours) assessments.push({ tHours: s.tHours + h, step, kind: 'efficacy' });
  });
  assessments.sort((a, b) => a.tHours - b.tHours);
  return {
    id: def.id,
    title: def.title,
    drug: def.drug,
    route: def.route,
    concentrationUgPerUl: def.concentrationUgPerUl,
    tipLevel: def.tipLevel,
    steps,
    assessments,
    durationHours: steps.length * def.stepHours,
    measure: def.measure,
    sources: def.sources,
  };
}

/** Ladder value of a step in its display unit: µg for a bolus, µg/day for an infusion. */
export function stepDose(step: DoseStep): number {
  return step.kind === 'bolus' ? step.doseUg : step.rateUgPerHour * HOURS_PER_DAY;
}

/** Hours of chronic infusion before the long-term question is asked: > 10 CSF half-lives of either drug. */
export const MAINTENANCE_HOURS = 48;

/**
 * The chronic therapy after implant, as a protocol: the maintenance dose as a continuous infusion from the
 * implanted catheter (T11 for baclofen [D20], the pain level for morphine), assessed at the end.
 */
export function maintenanceProtocol(def: ProtocolDefinition): TrialProtocol {
  const rateUgPerHour = def.maintenanceUgPerDay / HOURS_PER_DAY;
  // Pump concentrations: baclofen 2000 µg/mL is labelled [R39]; morphine 10 mg/mL is an estimate.
  const concentrationUgPerUl = def.drug === 'baclofen' ? 2 : 10;
  return {
    id: `${def.id}-maintenance`,
    title: `Chronic ${def.drug} at ${def.maintenanceUgPerDay} µg/day`,
    drug: def.drug,
    route: 'implanted-pump',
    concentrationUgPerUl,
    tipLevel: def.measure === 'painNrs' ? 'T10' : 'T11',
    steps: [
      {
        tHours: 0,
        kind: 'infusion',
        doseUg: rateUgPerHour * MAINTENANCE_HOURS,
        rateUgPerHour,
        volumeUl: rateUgPerHour / concentrationUgPerUl,
        durationHours: MAINTENANCE_HOURS,
      },
    ],
    assessments: [{ tHours: MAINTENANCE_HOURS, step: 0, kind: 'efficacy' }],
    durationHours: MAINTENANCE_HOURS,
    measure: def.measure,
    sources: def.sources,
  };
}
