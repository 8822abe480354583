/** Case 3: spasticity after a spinal cord injury. Fictional. */
import { baclofenPumpQuestion, reservoirQuestion, PRIMING_QUESTION } from './shared-questions.js';
import { caseTitle } from './catalog.js';
import type { PatientCase } from './types.js';

export const SPINAL_SPASTICITY_CASE: PatientCase = {
  id: 'spinal-spasticity',
  title: caseTitle('spinal-spasticity'),
  patient: 'Mr C., 34, paraplegic after a spinal cord injury at T6 (a fictional patient).',
  history: [
    'Four years ago a motorbike accident injured Mr C.’s spinal cord at the sixth thoracic level. He uses a wheelchair and lives on his own with daily help.',
    'Spasms throw his legs straight several times an hour, wake him at night and have twice thrown him from his chair. Oral baclofen at the highest dose he could take made him too drowsy to work at his computer.',
    'Last month a pressure sore over his tailbone became infected; it is healing with dressings and antibiotics.',
    'He keeps every clinic appointment and wants to stay independent.',
  ],
  selection: [
    {
      id: 'candidate',
      prompt: 'Is Mr C. a candidate for intrathecal baclofen?',
      options: [
        {
          id: 'yes',
          label: 'Yes: severe spinal spasticity, oral baclofen not tolerated',
          best: true,
          feedback:
            'Spasticity that interferes with comfort, sleep, care or function is the reason to consider intrathecal baclofen; here oral baclofen could not be taken at a dose that helps [R134].',
        },
        {
          id: 'no-wheelchair',
          label: 'No: he cannot walk, so there is nothing to gain',
          best: false,
          feedback: 'The goals are comfort, sleep, safe sitting and easier care, not only walking [R134].',
        },
      ],
    },
    {
      id: 'timing',
      prompt: 'His pressure sore is still infected. When can he have the trial and the implant?',
      options: [
        {
          id: 'after-healed',
          label: 'After the infection has cleared',
          best: true,
          feedback:
            'An active infection rules intrathecal baclofen out until it is over [R134], and the screening test is not done with a non-healing wound [D16]. The sore is treated first; most infections of implanted systems start at the operation [R133].',
        },
        {
          id: 'now',
          label: 'Now: the spasms make the sore worse',
          best: false,
          feedback:
            'Implanting while an infection is active risks infecting the pump and catheter, and then the whole system usually has to come out [R133]. The sore is treated first.',
        },
      ],
    },
    baclofenPumpQuestion(
      'Baclofen for spasticity, and a programmable pump so that the dose can be titrated after the implant, and changed through the day if needed [D1].',
      'baclofen doses are adjusted often in the first months.',
      [
        {
          id: 'morphine-programmable',
          label: 'Morphine in a programmable pump',
          best: false,
          feedback: 'Morphine treats pain; spasticity is treated with baclofen.',
        },
      ],
    ),
  ],
  calendar: { trialDay: 42, implantDay: 70 },
  trial: {
    question: {
      id: 'trial',
      prompt: 'Which trial?',
      options: [
        {
          id: 'bolus',
          protocol: 'baclofen-bolus',
          label: 'A bolus ladder by lumbar puncture: 50 µg, then 75 and 100 µg a day apart if needed',
          best: true,
          feedback:
            'The bolus screening test is the usual trial; 25 µg first when the patient relies on his tone to stand or transfer [D16].',
        },
        {
          id: 'continuous',
          protocol: 'baclofen-continuous',
          label: 'A continuous infusion for 3 days through a temporary catheter and an external pump',
          best: true,
          feedback:
            'Acceptable: a continuous trial imitates the pump, but leaves a catheter in for days (infection risk) [D17].',
        },
      ],
    },
    population: 'spasticity-spinal',
    seed: 20,
    patientId: 2,
    criterion:
      'The trial succeeds with a drop of at least one level on the modified Ashworth scale in the key leg muscles [D17] without intolerable side effects.',
  },
  implant: {
    questions: [
      {
        id: 'tip',
        prompt: 'Where should the catheter tip go for leg spasticity?',
        options: [
          {
            id: 'T11',
            label: 'Lower thoracic (T11)',
            best: true,
            feedback: 'T11–T12 is the traditional tip level for spasticity of the legs [D20].',
          },
          {
            id: 'T6',
            label: 'Mid-thoracic (T6)',
            best: false,
            feedback:
              'A higher tip helps arms as well as legs [D20]; his arms are not spastic, and a higher tip brings more drug to the brain (sleepiness). T11 is enough for his legs.',
          },
        ],
      },
      reservoirQuestion(
        'either',
        'Fine: at his dose a 20 mL pump needs a refill about every three months; refills every one to six months are usual for baclofen [D11].',
        'Fine: a 40 mL pump can double the interval between refills [D1]; baclofen stays stable in the pump for six months [D1].',
      ),
      PRIMING_QUESTION,
    ],
    lowAlarmMl: 2,
    complication: {
      kind: 'seroma',
      title: 'A seroma in the pump pocket',
      onsetDay: 4,
      resolvedDay: 24,
      signs: [
        'day 4: a soft, fluid-filled swelling around the pump',
        'no redness, no warmth, no fever; no headache when he sits up',
      ],
      management:
        'A seroma is tissue fluid collecting in the pocket around a new pump. An abdominal binder and time usually settle it; needling it risks bringing in infection. A swelling with a headache on sitting up suggests spinal fluid leaking instead. (Teaching simplification, including the time course.)',
      question: {
        id: 'complication',
        prompt: 'Day 4: a soft swelling around the pump, no redness, no fever, no headache. What now?',
        options: [
          {
            id: 'binder',
            label: 'An abdominal binder and review in a week',
            best: true,
            feedback:
              'Without signs of infection or of a spinal fluid leak, a seroma is watched and supported; it usually settles (teaching simplification).',
          },
          {
            id: 'needle',
            label: 'Drain it with a needle today',
            best: false,
            feedback:
              'Every needle through the skin can carry bacteria into the pocket; a seroma without symptoms is left to settle (teaching simplification).',
          },
        ],
      },
    },
  },
  followUp: {
    drug: 'baclofen',
    // 2000 µg/mL as the lifecycle presets; 400 → 500 → 600 µg/day: an estimate inside the 300–800 µg/day
    // often quoted for spinal spasticity (unverified).
    concentrationUgPerMl: 2000,
    tipLevel: 'T11',
    startRateMlPerDay: 0.2,
    titration: [
      { atDay: 14, rateMlPerDay: 0.25 },
      { atDay: 60, rateMlPerDay: 0.3 },
    ],
    durationDays: 1095,
    complication: { kind: 'motor-stall', atDay: 800, durationHours: 30 },
    question: {
      id: 'follow-up',
      prompt:
        'Year 2: the pump sounds its two-tone alarm; by evening he is itchy, feverish and his spasms are back. What now?',
      options: [
        {
          id: 'emergency',
          label: 'Emergency: treat as baclofen withdrawal, check the pump, replace it',
          best: true,
          feedback:
            'Abrupt loss of intrathecal baclofen can cause high fever, confusion, rebound spasticity and rigidity, and rarely death [R72]; it develops over one to three days [R73]. The programmer shows a motor stall [D1]; baclofen is given by mouth as a bridge and the pump is replaced.',
        },
        {
          id: 'tomorrow',
          label: 'Clinic tomorrow: the alarm only means a refill is due',
          best: false,
          feedback:
            'The two-tone alarm also sounds for a stalled motor [D1], and fever with returning spasms after an alarm is baclofen withdrawal until proven otherwise [R72]. It needs help the same day.',
        },
      ],
    },
    outcome:
      'Three years on his spasms are rare, he sleeps through the night and has not fallen from his chair again. The stalled pump was replaced within a day and a half; he recovered fully (a fictional course).',
  },
  sources: ['R72', 'R73', 'R130', 'R133', 'R134', 'D1', 'D6', 'D11', 'D16', 'D17', 'D20'],
};
