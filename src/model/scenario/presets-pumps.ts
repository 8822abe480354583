/** Presets about the pumps themselves: programmable vs constant-rate, drugs, environment, MRI. */
import type { Preset } from './presets.js';
import type { ScenarioInput } from './schema.js';

const H_PER_DAY = 24;

/** Baclofen in a 30 mL constant-rate (gas) pump at 1 mL/day, at rest at 37 °C and sea level: two environment stories. */
const GAS_PUMP_PATIENT = {
  schemaVersion: 1,
  seed: 1,
  drug: { name: 'baclofen', concentrationUgPerMl: 500 },
  device: { kind: 'constant-rate', reservoirMl: 30, nominalRateMlPerDay: 1, reservoirStartMl: 30 },
  patient: { catheterTipLevel: 'T11' },
} as const satisfies Partial<ScenarioInput>;
const AT_REST = { bodyTemperatureC: 37, altitudeFt: 0 } as const;

/** Morphine for cancer pain: the chronic patient of two presets (tolerant here, naive in morphine-naive-start). */
const MORPHINE_CANCER_PAIN: ScenarioInput = {
  schemaVersion: 1,
  name: 'Morphine for cancer pain',
  seed: 7,
  durationDays: 14,
  outputIntervalMinutes: 15,
  // 10 mg/mL, inside the PACC 2012 maximum of 20 mg/mL ([R66], unverified).
  drug: { name: 'morphine', concentrationUgPerMl: 10000 },
  device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
  // Tip at the painful dermatomes: no numeric source (not found); T10 for abdominal/pelvic pain.
  // A chronic pump patient has been on opioids for far longer than the week that makes one tolerant [R102].
  patient: { catheterTipLevel: 'T10', opioidTolerance: 'tolerant' },
  program: {
    mode: 'continuous',
    // 0.3 mL/day = 3 mg/day, the mean dose at 6 months [D19].
    rateMlPerDay: 0.3,
    // Bolus parameters exist on the Prometra PTC [D3]; the numbers are estimates (limits not found).
    patientBolus: { doseUg: 200, durationMinutes: 10, lockoutHours: 4, maxPerDay: 4 },
    patientBolusRequests: [8, 9, 14, 20, 22, 32, 33, 40, 56, 58, 80, 104, 130, 200, 250, 300].map((h) => ({
      atHours: h,
    })),
  },
};

export const PUMP_PRESETS: Preset[] = [
  {
    id: 'baclofen-programmable',
    title: 'Baclofen on a programmable pump',
    description:
      'The everyday case: small discrete strokes add up to a steady 400 µg/day; the reservoir falls to the alarm.',
    scenario: {
      schemaVersion: 1,
      name: 'Baclofen on a programmable pump',
      seed: 1,
      durationDays: 90,
      outputIntervalMinutes: 60,
      // 2000 µg/mL is one of the three labelled baclofen concentrations [R39].
      drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
      // 20 mL reservoir [D1]; 1 µL stroke is an estimate. Ideal delivery here, so the numbers
      // can be checked by hand; the device's accuracy error (+1 % bias, ±5 % per refill) is one --set away.
      device: {
        kind: 'programmable',
        reservoirMl: 20,
        strokeVolumeUl: 1,
        reservoirStartMl: 20,
        accuracyBiasPercent: 0,
        accuracyRandomPercent: 0,
      },
      // Traditional ITB tip level T11–T12 [D20].
      patient: { catheterTipLevel: 'T11' },
      // 0.2 mL/day × 2000 µg/mL = 400 µg/day, inside the spinal-origin maintenance range 300–800 µg/day (commonly quoted, unverified).
      program: { mode: 'continuous', rateMlPerDay: 0.2 },
    },
  },
  {
    id: 'baclofen-constant-rate',
    title: 'Baclofen on a constant-rate (gas) pump',
    description:
      'No battery, no programming: to lower the dose the clinician must refill with a weaker solution.',
    scenario: {
      schemaVersion: 1,
      name: 'Baclofen on a constant-rate pump',
      seed: 1,
      durationDays: 50,
      outputIntervalMinutes: 60,
      drug: { name: 'baclofen', concentrationUgPerMl: 500 },
      // Nominal 1 mL/day and 30 mL: estimates (Codman rate options not found).
      device: { kind: 'constant-rate', reservoirMl: 30, nominalRateMlPerDay: 1, reservoirStartMl: 30 },
      patient: { catheterTipLevel: 'T11' },
      // Day 25: the dose (500 µg/day) is to come down by a fifth; only the concentration can do it.
      events: [{ type: 'refill', atHours: 25 * H_PER_DAY, volumeMl: 30, concentrationUgPerMl: 400 }],
    },
  },
  {
    id: 'morphine-cancer-pain',
    title: 'Morphine for cancer pain, with patient boluses',
    description:
      'A basal infusion plus patient-activated boluses: some requests are granted, some refused by the lockout.',
    scenario: MORPHINE_CANCER_PAIN,
  },
  {
    id: 'ziconotide-titration',
    title: 'Ziconotide: slow titration after implant',
    description:
      'Start at 2.4 µg/day and step up weekly by 2.4 µg/day; effect comes late, side effects track CSF levels.',
    scenario: {
      schemaVersion: 1,
      name: 'Ziconotide titration',
      seed: 1,
      durationDays: 28,
      outputIntervalMinutes: 60,
      // 25 µg/mL fill, start 2.4 µg/day, steps ≤ 2.4 µg/day, maximum 19.2 µg/day [R65, R84].
      drug: { name: 'ziconotide', concentrationUgPerMl: 25 },
      device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
      patient: { catheterTipLevel: 'T10' },
      program: { mode: 'continuous', rateMlPerDay: 0.096 }, // 2.4 µg/day
      events: [
        { type: 'reprogram', atHours: 7 * H_PER_DAY, rateMlPerDay: 0.192 }, // 4.8 µg/day
        { type: 'reprogram', atHours: 14 * H_PER_DAY, rateMlPerDay: 0.288 }, // 7.2 µg/day
        { type: 'reprogram', atHours: 21 * H_PER_DAY, rateMlPerDay: 0.384 }, // 9.6 µg/day
      ],
    },
  },
  {
    id: 'gas-pump-fever-flight',
    title: 'A gas pump through a fever and a flight',
    description:
      'Flow rises with body temperature and with cabin altitude: the dose drifts when the patient does.',
    scenario: {
      ...GAS_PUMP_PATIENT,
      name: 'Gas pump: fever and flight',
      durationDays: 14,
      outputIntervalMinutes: 30,
      environment: {
        ...AT_REST,
        timeline: [
          { atHours: 3 * H_PER_DAY, bodyTemperatureC: 39.5, note: 'fever' },
          { atHours: 5 * H_PER_DAY, bodyTemperatureC: 37, note: 'fever over' },
          // A typical airliner cabin is pressurised to at most 8,000 ft (an airworthiness limit; ISA pressures [D22]).
          { atHours: 9 * H_PER_DAY, altitudeFt: 8000, note: 'flight: cabin at 8,000 ft' },
          { atHours: 9 * H_PER_DAY + 10, altitudeFt: 0, note: 'landed' },
        ],
      },
    },
  },
  {
    id: 'gas-pump-hyperbaric',
    title: 'A gas pump in a hyperbaric chamber: the flow runs backwards',
    description:
      'For a 90-minute hyperbaric oxygen session at 2.4 atmospheres the chamber pressure is above the pump’s propellant drive: spinal fluid is drawn back into the catheter and no drug is delivered, then the pump first pushes that diluted mixture out.',
    scenario: {
      ...GAS_PUMP_PATIENT,
      name: 'Gas pump: hyperbaric oxygen session',
      // 2.4 atmospheres absolute for 90 min: an estimate of a usual hyperbaric oxygen treatment (no source in
      // docs/sources.md). The propellant drive of 1 atm at 37 °C is itself an estimate (devices.ts): above about
      // 2 atm absolute the flow reverses (assembly/pump/backflow.ts).
      durationDays: 3,
      outputIntervalMinutes: 10,
      environment: {
        ...AT_REST,
        timeline: [
          {
            atHours: 34,
            ambientPressureKpa: 243.2,
            note: 'hyperbaric chamber at 2.4 atmospheres (estimate)',
          },
          { atHours: 35.5, ambientPressureKpa: 101.325, note: 'session over' },
        ],
      },
    },
  },
  {
    id: 'mri-programmable',
    title: 'An MRI scan with a programmable pump (late restart)',
    description:
      'The magnet stalls the rotor during the scan. Infusion normally resumes when the scan ends; here it restarts 6 h late, a reported fault that an interrogation after the scan finds.',
    scenario: {
      schemaVersion: 1,
      name: 'MRI with a programmable pump',
      seed: 1,
      durationDays: 4,
      outputIntervalMinutes: 10,
      drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
      device: { kind: 'programmable', reservoirStartMl: 15 },
      patient: { catheterTipLevel: 'T11' },
      program: { mode: 'continuous', rateMlPerDay: 0.2 },
      // A late restart (2–24 h reported [D1]) injected as a fault; 6 h chosen inside that range.
      events: [{ type: 'mri', atHours: 36, durationMinutes: 45, fieldT: 1.5, resumeDelayHours: 6 }],
    },
  },
  {
    id: 'mri-accumulator',
    title: 'An MRI scan with a first-generation accumulator pump (not emptied)',
    description:
      'Both valves open in the field: reservoir and catheter contents go into the patient at once.',
    scenario: {
      schemaVersion: 1,
      name: 'MRI with a first-generation accumulator pump',
      seed: 1,
      durationDays: 3,
      outputIntervalMinutes: 5,
      drug: { name: 'morphine', concentrationUgPerMl: 10000 },
      // Prometra: must be emptied before MRI; here it was not [D3].
      device: { kind: 'accumulator', generation: 1, reservoirMl: 20, reservoirStartMl: 10 },
      patient: { catheterTipLevel: 'T10', opioidTolerance: 'tolerant' }, // a chronic pump patient [R102]
      program: { mode: 'continuous', rateMlPerDay: 0.3 },
      events: [{ type: 'mri', atHours: 24, durationMinutes: 30, fieldT: 1.5 }],
    },
  },
  {
    id: 'mri-accumulator-gen2',
    title: 'An MRI scan with a second-generation accumulator pump',
    description:
      'The flow-activated valve lets at most 10 µL through, then stays shut until the pump is reset.',
    scenario: {
      schemaVersion: 1,
      name: 'MRI with a second-generation accumulator pump',
      seed: 1,
      durationDays: 3,
      outputIntervalMinutes: 5,
      drug: { name: 'morphine', concentrationUgPerMl: 10000 },
      // Prometra II: ≤ 10 µL, then no delivery until manually reset [D3].
      device: { kind: 'accumulator', generation: 2, reservoirMl: 20, reservoirStartMl: 10 },
      patient: { catheterTipLevel: 'T10', opioidTolerance: 'tolerant' }, // a chronic pump patient [R102]
      program: { mode: 'continuous', rateMlPerDay: 0.3 },
      events: [
        { type: 'mri', atHours: 24, durationMinutes: 30, fieldT: 1.5 },
        { type: 'interrogation', atHours: 40 },
      ],
    },
  },
  {
    id: 'morphine-naive-start',
    title: 'The same morphine dose in an opioid-naive patient',
    description:
      'The cancer-pain program in a patient not used to opioids: sleepy in the first days, until tolerance develops.',
    // As morphine-cancer-pain, in a patient who has not taken opioids for a week or more [R102].
    scenario: {
      ...MORPHINE_CANCER_PAIN,
      name: 'Morphine, opioid-naive patient',
      patient: { ...MORPHINE_CANCER_PAIN.patient, opioidTolerance: 'naive' },
    },
  },
  {
    id: 'morphine-restart-after-gap',
    title: 'Morphine restarted at the old dose after two weeks off',
    description:
      'The pump is stopped for two weeks, then restarted at the old rate: withdrawal during the gap, more sedation after it, because tolerance was lost.',
    scenario: {
      schemaVersion: 1,
      name: 'Morphine restarted after a gap',
      seed: 7,
      durationDays: 24,
      outputIntervalMinutes: 30,
      drug: { name: 'morphine', concentrationUgPerMl: 10000 },
      device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
      patient: { catheterTipLevel: 'T10', opioidTolerance: 'tolerant' }, // a chronic pump patient [R102]
      program: { mode: 'continuous', rateMlPerDay: 0.3 }, // 3 mg/day [D19]
      // Stopped on day 7 (e.g. while a catheter problem is sorted out), restarted unchanged on day 21.
      events: [
        { type: 'reprogram', atHours: 7 * 24, mode: 'stopped' },
        { type: 'reprogram', atHours: 21 * 24, mode: 'continuous', rateMlPerDay: 0.3 },
      ],
    },
  },
];

/** The adult baclofen preset in a child of about five (18 kg, 110 cm, an estimate), so the two compare directly. */
const ADULT_BACLOFEN = PUMP_PRESETS.find((p) => p.id === 'baclofen-programmable')!.scenario;
PUMP_PRESETS.push({
  id: 'baclofen-child',
  title: 'Baclofen in a child: the same dose, a smaller body',
  description:
    "The adult preset's 400 µg/day in an 18 kg child: less CSF dilutes it, so spinal and cranial levels run higher.",
  scenario: {
    ...ADULT_BACLOFEN,
    name: 'Baclofen in a child',
    // Body size scales the column and the CSF volumes (src/model/data/body-size.ts). Children are treated with
    // 70–1395 µg/day [R53]: 400 µg/day is inside it.
    patient: { ...ADULT_BACLOFEN.patient, heightCm: 110, weightKg: 18 },
  },
});
