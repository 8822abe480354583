/** Case 2: chronic non-cancer pain after spine surgery. Fictional. */
import { morphineTrialQuestion, reservoirQuestion, PRIMING_QUESTION } from './shared-questions.js';
import { caseTitle } from './catalog.js';
import type { PatientCase } from './types.js';

export const CHRONIC_PAIN_CASE: PatientCase = {
  id: 'chronic-pain',
  title: caseTitle('chronic-pain'),
  patient: 'Ms B., 52, persistent back and leg pain after two spine operations (a fictional patient).',
  history: [
    'Ms B. has had back and leg pain for nine years, and it stayed after two spine operations. Physiotherapy, a pain-management programme and several medicines helped little; oral opioids made her too drowsy to work.',
    'She scores her pain 7 out of 10. She feels low and sleeps badly; she has never seen a psychologist.',
    'She has no infection, takes no blood thinners, and her spine MRI shows no block to the flow of spinal fluid.',
    'She lives 90 km from the pain centre and does not drive; her sister can bring her.',
  ],
  selection: [
    {
      id: 'candidate',
      prompt: 'What is the next step for Ms B.?',
      options: [
        {
          id: 'psych-first',
          label: 'A psychological assessment before deciding on a trial',
          best: true,
          feedback:
            'For non-cancer pain the consensus recommends a psychological evaluation before a trial; low mood and poor sleep are treated alongside, and her expectations are discussed [R130]. Only some non-cancer patients are suitable [R130]. Here the assessment finds a treatable depression and realistic goals, and the team goes on to a trial.',
        },
        {
          id: 'implant-now',
          label: 'Implant a pump now: nothing else has worked',
          best: false,
          feedback:
            'A pump is never implanted without a trial, and for non-cancer pain not before a psychological assessment [R130]: untreated depression makes a good result less likely.',
        },
        {
          id: 'never',
          label: 'Not a candidate: intrathecal therapy is only for cancer pain',
          best: false,
          feedback:
            'Some patients with non-cancer pain that resists other treatment benefit; they are chosen more carefully [R130, D19].',
        },
      ],
    },
    {
      id: 'drug',
      prompt: 'Which drug for her trial?',
      options: [
        {
          id: 'morphine',
          label: 'Morphine',
          best: true,
          feedback: 'Morphine is a first-line intrathecal drug for pain [R66].',
        },
        {
          id: 'baclofen',
          label: 'Baclofen',
          best: false,
          feedback: 'Baclofen treats spasticity, not pain.',
        },
      ],
    },
    {
      id: 'refills',
      prompt: 'She lives 90 km away and does not drive. Can she have a pump?',
      options: [
        {
          id: 'plan-visits',
          label: 'Yes, if the refill visits are planned with her and her sister',
          best: true,
          feedback:
            'A pump needs refills every one to six months for life, and a missed refill can empty it [D11]. Being able to keep those appointments is part of the selection [R130]; a 40 mL reservoir can space them out [D1].',
        },
        {
          id: 'no-matter',
          label: 'Distance does not matter: the pump runs by itself',
          best: false,
          feedback:
            'The pump runs by itself only until the reservoir is empty; refills every one to six months are part of the therapy [D11].',
        },
      ],
    },
  ],
  calendar: { trialDay: 60, implantDay: 90 },
  trial: {
    question: morphineTrialQuestion(
      'If it falls short, the team can still try a continuous trial before deciding (teaching simplification).',
    ),
    population: 'pain-chronic',
    seed: 20,
    patientId: 1,
    criterion: 'The trial succeeds with at least 50 % pain relief without intolerable side effects [D21].',
  },
  implant: {
    questions: [
      {
        id: 'tip',
        prompt: 'Where should the catheter tip go for back and leg pain?',
        options: [
          {
            id: 'T10',
            label: 'Lower thoracic (T10), near the segments of the painful region',
            best: true,
            feedback:
              'The tip goes near the spinal segments that carry the pain; T10 is an estimate (no source gives a number).',
          },
          {
            id: 'C5',
            label: 'Cervical (C5)',
            best: false,
            feedback:
              'Far above the painful segments, and closer to the brainstem: opioid that spreads up towards it can depress breathing [R61].',
          },
        ],
      },
      reservoirQuestion(
        40,
        'Workable, but a 20 mL pump would bring her back twice as often [D1].',
        'With a long journey to every refill, the 40 mL reservoir can double the interval between visits [D1].',
      ),
      PRIMING_QUESTION,
    ],
    lowAlarmMl: 2,
    complication: {
      kind: 'catheter-misplacement',
      title: 'The catheter is not where it should be',
      onsetDay: 2,
      resolvedDay: 5,
      signs: [
        'day 2: the pain relief of the trial has not come back, although the pump runs',
        'day 3: an X-ray shows the catheter tip lower than planned, and a dye study shows the catheter outside the intrathecal space',
      ],
      management:
        'Catheter problems (a tip out of place, a kink, a leak) are common: in a prospective study 37 of 209 patients had one, most caused by the implant procedure rather than the catheter itself [R137]. The catheter is repositioned in a short operation on day 4; relief returns on day 5 (the time course is a teaching simplification).',
      question: {
        id: 'complication',
        prompt: 'Day 2: the pump runs but her pain is back to 7 out of 10. What first?',
        options: [
          {
            id: 'image',
            label: 'Check the pump with the programmer and image the catheter',
            best: true,
            feedback:
              'When a working pump gives no effect, the catheter is suspected first: its position, kinks, leaks [R137].',
          },
          {
            id: 'double',
            label: 'Double the dose',
            best: false,
            feedback:
              'If the drug does not reach the intrathecal space, a higher dose does not help; if the catheter is then fixed, the higher dose becomes an overdose. Find the cause first [R137].',
          },
        ],
      },
    },
  },
  followUp: {
    drug: 'morphine',
    // 10 mg/mL (as the cancer case); 1 mg/day at the start, 3 mg/day later: the means reported after implant
    // (1.11 mg/day at the start, 3.1 mg/day at 6 months) [D19].
    concentrationUgPerMl: 10000,
    tipLevel: 'T10',
    startRateMlPerDay: 0.1,
    titration: [
      { atDay: 30, rateMlPerDay: 0.2 },
      { atDay: 180, rateMlPerDay: 0.3 },
    ],
    durationDays: 1095,
    complication: { kind: 'missed-refill', refillNumber: 5 },
    question: {
      id: 'follow-up',
      prompt:
        'Her sister was in hospital and Ms B. missed a refill visit. Days later the pump sounds its alarm, and she feels restless, sweaty and in pain. What now?',
      options: [
        {
          id: 'refill-now',
          label: 'Refill the same day and watch her for opioid withdrawal',
          best: true,
          feedback:
            'The alarm warns that the reservoir is low or empty. When the pump runs dry the morphine stops abruptly, and withdrawal (restlessness, sweating, pain rebound) can follow; the pump is refilled at once and the dose restarted carefully (teaching simplification).',
        },
        {
          id: 'next-week',
          label: 'Book the next routine slot next week',
          best: false,
          feedback:
            'An alarm for a low reservoir means the pump is about to stop or has stopped. Waiting a week means a week without morphine and withdrawal (teaching simplification); a refill visit is arranged the same day.',
        },
      ],
    },
    outcome:
      'Three years on, her pain is 4 out of 10 and she works part time; her dose rose in the first months and then held. After the missed refill, the team set reminders and a backup driver (a fictional course).',
  },
  sources: ['R66', 'R130', 'R131', 'R137', 'D1', 'D11', 'D19', 'D21'],
};
