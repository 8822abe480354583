/** Case 4: a child with cerebral palsy and spasticity of all four limbs. Fictional. */
import { baclofenPumpQuestion, reservoirQuestion, PRIMING_QUESTION } from './shared-questions.js';
import { caseTitle } from './catalog.js';
import type { PatientCase } from './types.js';

export const CP_CHILD_CASE: PatientCase = {
  id: 'cp-child',
  title: caseTitle('cp-child'),
  patient: 'Lea, 9, cerebral palsy with stiffness of arms and legs, 17 kg (a fictional patient).',
  history: [
    'Lea has cerebral palsy affecting all four limbs. She uses a wheelchair and needs help with dressing, washing and sitting.',
    'Her arms and legs are so stiff that dressing hurts, her hips ache at night and her carers struggle to seat her. Oral baclofen made her sleepy at school without loosening her enough; injections into single muscles help only locally.',
    'She is well, with no infection, and has no bleeding disorder. She is small for her age: 17 kg.',
    'She has had a shunt since infancy that drains spinal fluid from the brain into the abdomen (for hydrocephalus).',
    'Her parents live near the children’s hospital and have never missed an appointment.',
  ],
  selection: [
    {
      id: 'candidate',
      prompt: 'Is Lea a candidate for intrathecal baclofen?',
      options: [
        {
          id: 'yes',
          label: 'Yes: severe generalised spasticity, oral baclofen not tolerated',
          best: true,
          feedback:
            'Spasticity of cerebral origin affecting many muscles, not controlled by oral drugs at tolerable doses, is an indication; comfort and care are goals in themselves [R134]. The screening test responds in most such patients [R57].',
        },
        {
          id: 'too-young',
          label: 'No: children cannot have pumps',
          best: false,
          feedback:
            'Children have pumps: intrathecal baclofen is highly effective for spasticity in children [R134], though complications are more frequent at 10 years or younger [R136], which the team discusses with her parents.',
        },
      ],
    },
    {
      id: 'shunt',
      prompt: 'She has a shunt for hydrocephalus. Does it rule out a pump?',
      options: [
        {
          id: 'not-contraindicated',
          label: 'No, but the team keeps in mind that it changes how spinal fluid flows',
          best: true,
          feedback:
            'A shunt for hydrocephalus is not a contraindication, but it may change how the spinal fluid, and so the drug, moves [R134]. A true block of flow along the spine is another matter: drug given below a block may not reach the segments above it (teaching simplification), which is why the spine is imaged before the trial.',
        },
        {
          id: 'contraindicated',
          label: 'Yes: anything that changes spinal fluid flow rules a pump out',
          best: false,
          feedback:
            'A shunt is not a contraindication; the expert panel names it as something that may affect spinal fluid flow, to keep in mind [R134].',
        },
      ],
    },
    baclofenPumpQuestion(
      'Baclofen for spasticity; a programmable pump, because a growing child’s dose changes over the years [D1].',
      'a child’s dose changes often.',
    ),
  ],
  calendar: { trialDay: 21, implantDay: 56 },
  trial: {
    question: {
      id: 'trial',
      prompt: 'Which trial?',
      options: [
        {
          id: 'bolus',
          protocol: 'baclofen-bolus',
          label: 'A bolus ladder by lumbar puncture (a smaller first dose for a very small child)',
          best: true,
          feedback:
            'The bolus screening test is the usual trial; very small children start with 25 µg instead of 50 µg [D16].',
        },
        {
          id: 'continuous',
          protocol: 'baclofen-continuous',
          label: 'A continuous infusion for 3 days through a temporary catheter and an external pump',
          best: true,
          feedback:
            'Acceptable: a continuous trial imitates the pump [D17], but in a child it means days with a catheter in the back (infection risk and keeping still).',
        },
      ],
    },
    population: 'spasticity-cerebral',
    seed: 20,
    patientId: 3,
    criterion:
      'The trial succeeds with a drop of at least one level on the modified Ashworth scale [D17] without intolerable side effects. (Teaching simplification: the virtual patient is drawn from the simulator’s cerebral-origin population, which mixes children and adults.)',
  },
  implant: {
    questions: [
      {
        id: 'tip',
        prompt: 'Her arms are as stiff as her legs. Where should the catheter tip go?',
        options: [
          {
            id: 'T6',
            label: 'Mid-thoracic (T6–T7)',
            best: true,
            feedback:
              'In children with spasticity of all four limbs, a mid-thoracic tip gave a greater response of the arms than the traditional lower tip [D20].',
          },
          {
            id: 'T11',
            label: 'Lower thoracic (T11)',
            best: false,
            feedback:
              'T11–T12 is the traditional level, good for the legs; for stiff arms a mid-thoracic tip (T6–T7) works better [D20].',
          },
        ],
      },
      reservoirQuestion(
        20,
        'The 20 mL pump is smaller and lighter [D1], which matters in a 17 kg child; at her dose it still lasts about three months between refills.',
        'The 40 mL pump would double the refill interval [D1], but it is bigger: in a slim child the smaller pump fits better (teaching simplification).',
      ),
      PRIMING_QUESTION,
    ],
    lowAlarmMl: 2,
    complication: {
      kind: 'csf-leak-headache',
      title: 'Spinal fluid leak and headache',
      onsetDay: 1,
      resolvedDay: 8,
      signs: [
        'day 1: headache and nausea when she sits up, gone when she lies flat',
        'day 2: a soft swelling at the back wound, where the catheter enters the spine',
        'no fever, no redness',
      ],
      management:
        'Spinal fluid can leak around the catheter where it passes through the dura: the pressure falls and a typical headache comes when upright and goes when lying flat [R135]. In 200 children and adolescents with baclofen pumps, 11 % had a spinal fluid leak, the commonest complication of that series, and complications were more likely at 10 years or younger [R136]. Lying flat, fluids and a pressure dressing settle most leaks; a persistent one needs a blood patch or repair [R135]. Here it settles by day 8 (the time course is a teaching simplification).',
      question: {
        id: 'complication',
        prompt: 'Day 1: headache when she sits up, gone when she lies down. What is it most likely?',
        options: [
          {
            id: 'leak',
            label: 'A spinal fluid leak (post-dural-puncture headache)',
            best: true,
            feedback:
              'A headache that depends on posture is the mark of low spinal fluid pressure from a leak [R135].',
          },
          {
            id: 'overdose',
            label: 'A baclofen overdose',
            best: false,
            feedback:
              'Too much baclofen makes a child drowsy and floppy whatever her posture (teaching simplification); a headache that comes when upright and goes lying down points to a spinal fluid leak [R135].',
          },
          {
            id: 'meningitis',
            label: 'Meningitis',
            best: false,
            feedback:
              'Meningitis brings fever and a stiff neck, and the headache does not go away lying down [R133]. Keep watching for it, but a posture-dependent headache is a leak [R135].',
          },
        ],
      },
    },
  },
  followUp: {
    drug: 'baclofen',
    // 2000 µg/mL; 200 µg/day rising to 500 µg/day as she grows: an estimate inside the 70–1395 µg/day that
    // children were treated at [R53].
    concentrationUgPerMl: 2000,
    tipLevel: 'T6',
    startRateMlPerDay: 0.1,
    titration: [
      { atDay: 30, rateMlPerDay: 0.15 },
      { atDay: 365, rateMlPerDay: 0.2 },
      { atDay: 1095, rateMlPerDay: 0.25 },
    ],
    durationDays: 2740,
    complication: { kind: 'eri-replacement' },
    question: {
      id: 'follow-up',
      prompt:
        'Years later, at a refill, the programmer shows the elective replacement indicator (ERI). What now?',
      options: [
        {
          id: 'plan',
          label: 'Plan the replacement now, before the pump stops',
          best: true,
          feedback:
            'After the ERI the pump keeps working but stops about 90 days later; the replacement is planned well before that [D1]. A stopped baclofen pump means withdrawal [R72].',
        },
        {
          id: 'wait',
          label: 'Wait until it stops, to use the battery fully',
          best: false,
          feedback:
            'A stopped pump means abrupt loss of baclofen: fever, confusion, rebound spasticity, rarely death [R72]. The replacement is planned within the 90 days after ERI [D1].',
        },
      ],
    },
    outcome:
      'Seven years on, Lea sits comfortably, dressing no longer hurts and her hip pain eased. Her dose rose as she grew, and her pump was replaced once, at a planned visit, after the ERI (a fictional course).',
  },
  sources: ['R53', 'R57', 'R72', 'R133', 'R134', 'R135', 'R136', 'D1', 'D6', 'D16', 'D17', 'D20'],
};
