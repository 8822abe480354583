/** Case 1: cancer pain that oral opioids cannot control without intolerable side effects. Fictional. */
import { morphineTrialQuestion, reservoirQuestion, PRIMING_QUESTION } from './shared-questions.js';
import { caseTitle } from './catalog.js';
import type { PatientCase } from './types.js';

export const CANCER_PAIN_CASE: PatientCase = {
  id: 'cancer-pain',
  title: caseTitle('cancer-pain'),
  patient: 'Mr A., 61, pancreatic cancer with severe upper abdominal pain (a fictional patient).',
  history: [
    'Mr A. has pancreatic cancer that has spread. His oncologist expects him to live about a year, perhaps less.',
    'His pain is 8 out of 10 despite oral morphine raised step by step; each step made him drowsier, confused in the evenings and badly constipated. Intrathecal delivery reaches the spinal cord with a fraction of the dose, so side effects are fewer [R79].',
    'He has no fever, the skin of his abdomen is healthy and his platelet count is normal. He takes a daily low-molecular-weight heparin injection to prevent clots.',
    'He lives with his wife 20 minutes from the hospital and comes to every chemotherapy appointment.',
  ],
  selection: [
    {
      id: 'candidate',
      prompt: 'Is Mr A. a candidate for intrathecal therapy?',
      options: [
        {
          id: 'yes',
          label: 'Yes: refractory cancer pain, oral opioids not tolerated',
          best: true,
          feedback:
            'Cancer pain that resists oral opioids, or whose side effects the patient cannot bear, is the classic indication; in a randomised trial an implanted system gave better pain control with less drug toxicity than medical management alone [R79].',
        },
        {
          id: 'no-anticoagulant',
          label: 'No: he is on an anticoagulant',
          best: false,
          feedback:
            'The heparin is not a reason to refuse: it is a reason to plan. Implanting a pump is a high-bleeding-risk procedure, so the injection is paused for the interval the anticoagulation guideline gives before the operation and restarted after it [R132].',
        },
        {
          id: 'no-prognosis',
          label: 'No: his life expectancy is too short for an implant',
          best: false,
          feedback:
            'About a year is long enough for an implanted pump to pay off (teaching simplification). A temporary external catheter is the choice when the prognosis is very short, under about a month [D13].',
        },
      ],
    },
    {
      id: 'drug',
      prompt: 'Which drug?',
      options: [
        {
          id: 'morphine',
          label: 'Morphine',
          best: true,
          feedback:
            'Morphine is a first-line intrathecal drug for pain in the consensus recommendations [R66].',
        },
        {
          id: 'baclofen',
          label: 'Baclofen',
          best: false,
          feedback: 'Baclofen treats spasticity, not cancer pain.',
        },
      ],
    },
    {
      id: 'pump',
      prompt: 'Which kind of pump?',
      options: [
        {
          id: 'programmable',
          label: 'A programmable pump',
          best: true,
          feedback:
            'Cancer pain usually grows as the disease progresses, and a programmable pump lets the team raise the dose by telemetry at a visit, without emptying the pump [D1].',
        },
        {
          id: 'constant-rate',
          label: 'A constant-rate (gas-driven) pump',
          best: false,
          feedback:
            'A constant-rate pump delivers a fixed volume per day; the only way to change the dose is to empty it and refill it with another concentration [D6]. For pain that will grow, that is many extra procedures. The team chooses a programmable pump.',
        },
        {
          id: 'external',
          label: 'An external pump on a tunnelled catheter for the rest of his life',
          best: false,
          feedback:
            'External systems suit a short prognosis; over many months their infection risk adds up [D13, D14], while a fully implanted pump carries a lower infection risk [D13]. The team chooses an implanted programmable pump.',
        },
      ],
    },
  ],
  calendar: { trialDay: 10, implantDay: 24 },
  trial: {
    question: morphineTrialQuestion(),
    population: 'pain-chronic',
    seed: 20,
    patientId: 2,
    criterion:
      'The trial succeeds with at least 50 % pain relief without intolerable side effects [D21]. (Teaching simplification: the virtual patient is drawn from the simulator’s refractory-pain population, which mixes cancer and non-cancer pain.)',
  },
  implant: {
    questions: [
      {
        id: 'tip',
        prompt: 'Where should the catheter tip go?',
        options: [
          {
            id: 'T10',
            label: 'Lower thoracic (T10), near the spinal segments of the painful region',
            best: true,
            feedback:
              'The tip is placed at the level of the painful dermatomes, because the drug acts mostly near the tip. No source gives a number for this, so T10 is an estimate for upper abdominal pain.',
          },
          {
            id: 'L4',
            label: 'Lumbar (L4), where a lumbar puncture is easiest',
            best: false,
            feedback:
              'Far below the segments that carry his pain: the drug would have to spread a long way up, and less reaches the target. The tip goes near the painful dermatomes (an estimate: T10).',
          },
        ],
      },
      reservoirQuestion(
        20,
        '20 mL is enough for monthly to two-monthly visits at his dose, and a smaller pump is easier to place in a thin patient (teaching simplification).',
        'A 40 mL pump can double the interval between refills [D1], but his dose will be raised often anyway, and the bigger pump is harder to fit in a thin abdomen (teaching simplification).',
      ),
      PRIMING_QUESTION,
    ],
    lowAlarmMl: 2,
    complication: {
      kind: 'wound-infection',
      title: 'Wound infection over the pump pocket',
      onsetDay: 6,
      resolvedDay: 20,
      signs: [
        'day 6: the wound over the pump is red, warm and tender',
        'day 7: a little cloudy fluid comes from the wound; temperature 38.2 °C',
        'no headache, no neck stiffness: nothing suggests meningitis',
      ],
      management:
        'A superficial wound infection is treated with antibiotics and watched closely; an infection that reaches the pump or the catheter usually means removing the system [R133]. Chemotherapy weakens his defences, so the team looks daily. Here it settles by day 20 (the time course is a teaching simplification).',
      question: {
        id: 'complication',
        prompt: 'Day 7: red, warm wound with cloudy fluid and a mild fever. What now?',
        options: [
          {
            id: 'antibiotics-watch',
            label: 'Swab the wound, start antibiotics, check daily for signs of deep infection',
            best: true,
            feedback:
              'A superficial infection can be treated with antibiotics; fever with headache or neck stiffness, or pus around the pump, would point to a deep infection needing removal of the system [R133].',
          },
          {
            id: 'ignore',
            label: 'Nothing: some redness is normal after surgery',
            best: false,
            feedback:
              'Cloudy fluid and fever are not normal healing. An untreated infection can spread along the catheter to the spinal fluid (meningitis) [R133].',
          },
          {
            id: 'explant',
            label: 'Remove the pump today',
            best: false,
            feedback:
              'Too early: without signs that the pump or the catheter is infected, antibiotics come first; removal is for deep infection [R133].',
          },
        ],
      },
    },
  },
  followUp: {
    drug: 'morphine',
    // 10 mg/mL, inside the PACC 2012 maximum of 20 mg/mL ([R66], unverified) — as the morphine-cancer-pain preset.
    concentrationUgPerMl: 10000,
    tipLevel: 'T10',
    // 2 mg/day, then 3, 4.5 and 6 mg/day as the disease progresses: an estimate around the mean post-implant
    // doses of 1.11 mg/day at the start and 3.1 mg/day at 6 months [D19] (non-cancer pain; cancer doses run higher).
    startRateMlPerDay: 0.2,
    titration: [
      { atDay: 14, rateMlPerDay: 0.3 },
      { atDay: 90, rateMlPerDay: 0.45 },
      { atDay: 180, rateMlPerDay: 0.6 },
    ],
    durationDays: 270,
    complication: { kind: 'mri', atDay: 120, durationMinutes: 40 },
    question: {
      id: 'follow-up',
      prompt: 'Month 4: his oncologist wants an MRI scan to stage the cancer. What about the pump?',
      options: [
        {
          id: 'check-after',
          label: 'Scan within the pump’s MRI conditions, then check the pump with the programmer',
          best: true,
          feedback:
            'The magnet stops this pump’s motor for the scan; it should restart afterwards, but delays of 2–24 hours have been reported, so the pump is checked after the scan [D1, D5].',
        },
        {
          id: 'stop-first',
          label: 'Program the pump to “stopped” before the scan',
          best: false,
          feedback:
            'The manufacturer advises against programming a stopped pump before MRI [D1]: a forgotten restart means hours or days without morphine.',
        },
        {
          id: 'no-mri',
          label: 'No MRI: pumps and scanners never mix',
          best: false,
          feedback:
            'Programmable pumps of this kind are MRI-conditional: a scan is possible within the stated conditions [D1].',
        },
      ],
    },
    outcome:
      'Over nine months his pain stayed between 3 and 4 out of 10 with four dose increases; he was alert enough to spend his last months at home. The case ends at month 9 (a fictional course).',
  },
  sources: ['R66', 'R79', 'R131', 'R132', 'R133', 'D1', 'D5', 'D6', 'D13', 'D14', 'D19', 'D21'],
};
