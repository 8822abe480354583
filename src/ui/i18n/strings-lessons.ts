/**
 * Lesson texts (part of the UI string table, kept in their own file so they load with the lesson chunk only;
 * translate together with strings.ts and strings-lessons-ui.ts). Each lesson is predict → observe → explain:
 * per step a question with choices asked BEFORE the result is shown, feedback for every choice (why it is
 * right or wrong), what to look at, and the explanation; then a short summary. Teacher notes are shown only in
 * instructor mode. Which view and stories each step shows is in src/ui/elements/lesson/lesson-plan.ts.
 * The answers are qualitative on purpose: the numbers come from the simulation the learner then watches.
 */
import { registerCatalogue } from './locale.js';

export interface LessonChoiceText {
  text: string;
  /** This choice is a right answer (at least one per question). */
  correct?: true;
  /** Shown when this choice is picked: why it is right, or what it misses. */
  feedback: string;
}

export interface LessonStepText {
  title: string;
  question: string;
  choices: LessonChoiceText[];
  /** What to look at in the picture(s) once the result is shown. */
  lookAt: string[];
  /** The explanation, shown with the result. */
  explain: string[];
}

export interface LessonText {
  id: string;
  title: string;
  /** The story, read before the first question. */
  intro: string[];
  steps: LessonStepText[];
  /** The take-home points, shown at the end. */
  summary: string[];
  /** For the teacher (instructor mode only): aims, discussion, pitfalls. */
  teacherNotes: string[];
}

export const LESSON_TEXTS: LessonText[] = [
  {
    id: 'why-intrathecal',
    title: 'Why intrathecal?',
    intro: [
      'A drug given into the spinal fluid (intrathecally) reaches the spinal cord directly. By mouth or into a vein, almost all of it goes to the rest of the body first.',
    ],
    steps: [
      {
        title: 'The dose for the same effect',
        question:
          'To get the same effect on the spinal cord, how does the daily intrathecal dose of morphine compare with the dose by mouth?',
        choices: [
          {
            text: 'About the same',
            feedback:
              'By mouth, the drug is diluted in the whole body and much of it is broken down by the liver before it reaches the spine, so far more is needed.',
          },
          {
            text: 'A few times smaller',
            feedback:
              'Smaller, yes — but by much more than a few times. Read the ratio column: the bars use a logarithmic scale, which makes large differences look small.',
          },
          {
            text: 'Hundreds of times smaller',
            correct: true,
            feedback:
              'Put straight into the spinal fluid, a tiny fraction of the oral dose gives the same spinal effect.',
          },
        ],
        lookAt: [
          'the ratio of each route’s dose to the intrathecal one (the bars use a logarithmic scale: they look much closer than they are)',
          'how much of each dose ends up in the blood',
        ],
        explain: [
          'The oral dose has to fill the whole body before enough reaches the spinal fluid; the intrathecal dose starts there. That is why a pump with a reservoir of a few tens of millilitres can last months.',
          'Less drug in the blood also means fewer side effects elsewhere in the body — but a mistake with a concentrated pump drug is dangerous, because every microgram counts.',
        ],
      },
      {
        title: 'What reaches the blood',
        question:
          'A patient’s cancer pain responds to oral morphine, but only at doses whose drowsiness and constipation she cannot bear. Why might a pump help?',
        choices: [
          {
            text: 'Morphine from a pump is a different, milder drug',
            feedback: 'It is the same drug; what changes is where it goes and how little is needed.',
          },
          {
            text: 'The tiny intrathecal dose leaves far less drug in the blood, where those side effects come from',
            correct: true,
            feedback:
              'Drowsiness and constipation from oral morphine come largely from the drug in the blood and the body; the intrathecal dose is so small that little reaches the blood.',
          },
          {
            text: 'A pump gives the drug only at night',
            feedback: 'The pump delivers around the clock; the benefit comes from the dose and the route.',
          },
        ],
        lookAt: [
          'the plasma exposure column of the table: intrathecal against the other routes (on a phone, scroll the table sideways)',
        ],
        explain: [
          'Side effects that come from the drug in the blood are one reason patients who cannot tolerate large oral doses are offered a pump.',
          'Effects inside the spinal fluid remain: a drug that spreads up towards the brain can still cause drowsiness or slowed breathing.',
        ],
      },
    ],
    summary: [
      'Intrathecal delivery puts the drug where it acts: a tiny dose gives the effect of a large oral one.',
      'Little reaches the blood, so side effects elsewhere are fewer.',
      'Because doses are so small, a concentration or programming error matters a lot.',
    ],
    teacherNotes: [
      'Aim: the learner can say why intrathecal doses are so much smaller than oral ones.',
      'Ask the group to guess the ratio before showing the chart; discuss why a logarithmic axis makes a huge difference look modest.',
      'Pitfall: the ratio between routes is a rule of thumb for conversion, not a prescription; individual patients differ widely.',
    ],
  },
  {
    id: 'constant-vs-programmable',
    title: 'Constant-rate vs programmable',
    intro: [
      'A programmable pump moves drug in tiny strokes driven by a battery motor; a gas-driven pump pushes it smoothly through a flow restrictor and has no battery.',
      'Both pumps here treat the same patient with baclofen: compare how each one delivers it.',
    ],
    steps: [
      {
        title: 'Changing the dose',
        question: 'The patient needs a lower dose. What does it take on each pump?',
        choices: [
          {
            text: 'Both can be reprogrammed from outside the body',
            feedback:
              'Only the programmable pump. The gas pump has no electronics: its flow is set by its gas pressure and restrictor.',
          },
          {
            text: 'The programmable pump is reprogrammed; the gas pump needs a refill with a weaker solution',
            correct: true,
            feedback:
              'On a constant-rate pump the only way to change the dose is to change the concentration at a refill.',
          },
          {
            text: 'Both need surgery',
            feedback: 'Neither needs surgery to change the dose.',
          },
        ],
        lookAt: ['the battery gauge of the programmable pump', 'the gas pump, which has none'],
        explain: [
          'The programmable pump buys flexibility (dose changes, boluses, schedules) with a battery that eventually runs out; the gas pump has no battery but every dose change waits for a refill.',
        ],
      },
      {
        title: 'How the drug comes out',
        question: 'Seen close up, how does the programmable pump deliver drug at the catheter tip?',
        choices: [
          {
            text: 'A smooth, even flow, like the gas pump',
            feedback:
              'Over a day the two can give the same amount, but the programmable pump’s motor turns in steps, so the drug comes out in small pulses.',
          },
          {
            text: 'Small pulses with pauses between them',
            correct: true,
            feedback:
              'Each turn of the rotor squeezes out a small stroke of drug; between strokes nothing flows.',
          },
          {
            text: 'One large dose once a day',
            feedback:
              'The pump spreads the daily dose over the whole day in many small strokes; a single large dose would be a bolus.',
          },
        ],
        lookAt: ['the rotor stepping and the pulsed tip delivery', 'the smooth delivery of the gas pump'],
        explain: [
          'The pulses are small and frequent, so over hours the spinal cord sees an almost steady dose from either design.',
        ],
      },
    ],
    summary: [
      'A programmable pump delivers in small strokes; a gas pump flows smoothly. Over a day they can give the same dose.',
      'Only the programmable pump can change its dose from outside the body; a gas pump needs a refill with another concentration.',
      'The programmable pump’s battery sets its life span.',
    ],
    teacherNotes: [
      'Aim: contrast the two drive principles and what each means for dose changes and device life.',
      'Pause the animation and step it to show single strokes; ask whether the pulses matter for the spinal cord.',
      'Discussion: which patients suit which pump (stable dose versus frequent titration)?',
    ],
  },
  {
    id: 'fever-and-flight',
    title: 'Fever and flying',
    intro: [
      'A gas-driven pump is pushed by a propellant whose pressure rises with body temperature, against the ambient pressure, which falls with altitude.',
    ],
    steps: [
      {
        title: 'A fever',
        question:
          'The patient with the gas pump gets a fever. What happens to the dose the gas pump delivers?',
        choices: [
          {
            text: 'It rises',
            correct: true,
            feedback:
              'A warmer propellant pushes harder, and the warmer drug flows more easily through the restrictor, so more drug is delivered.',
          },
          {
            text: 'It falls',
            feedback:
              'The other way round: warmth raises the propellant’s pressure, which pushes more drug through the restrictor.',
          },
          {
            text: 'It stays the same',
            feedback:
              'That is true of the programmable pump, whose motor counts strokes. The gas pump has no such control: its flow follows the pressure.',
          },
        ],
        lookAt: [
          'the dose per day of the gas pump during the fever',
          'the programmable pump staying on its programmed rate',
        ],
        explain: [
          'The flow through the restrictor follows the pressure difference between propellant and surroundings. A fever raises it for as long as the fever lasts; the dose returns when the temperature does.',
        ],
      },
      {
        title: 'A flight',
        question:
          'Later the patient flies, and the gas pump delivers more in the air. Why, when the body temperature has not changed?',
        choices: [
          {
            text: 'The cabin is colder',
            feedback:
              'A colder pump would deliver less, not more — and the pump sits at body temperature under the skin.',
          },
          {
            text: 'The cabin pressure is lower, so the propellant pushes against less',
            correct: true,
            feedback:
              'The flow follows the difference between the propellant’s pressure and the pressure around the pump; the body does not shield the pump from the cabin’s lower pressure.',
          },
          {
            text: 'The patient moves less on a plane',
            feedback:
              'Movement does not drive a gas pump: only its propellant pressure against the surrounding pressure does.',
          },
        ],
        lookAt: ['the gas pump’s dose per day during the flight', 'both pumps side by side'],
        explain: [
          'Altitude and fever both raise a gas pump’s flow. Try your own: change the temperature and the altitude below and watch the daily dose.',
        ],
      },
    ],
    summary: [
      'A gas pump’s flow follows the pressure difference: fever and altitude both raise it.',
      'A programmable pump keeps its programmed rate through both.',
      'Patients with gas pumps are told about fevers, hot baths, saunas and flying for this reason.',
    ],
    teacherNotes: [
      'Aim: the learner can predict the direction of a gas pump’s dose change from temperature and pressure.',
      'Ask for predictions before the result; then let learners set their own temperature and altitude.',
      'The size of the change per degree and per altitude in this model is an estimate from the pump physics, not a manufacturer’s figure.',
    ],
  },
  {
    id: 'dead-space',
    title: "The catheter's dead space",
    intro: [
      'The catheter holds drug. After a refill with a new concentration, the old solution in the catheter must be pushed out first, so the change reaches the patient late.',
    ],
    steps: [
      {
        title: 'A stronger solution',
        question:
          'The pump is refilled with a stronger solution and its rate lowered so that the daily dose should stay the same. With no other step taken, what does the patient get in the next hours?',
        choices: [
          {
            text: 'The same dose as before, straight away',
            feedback:
              'That is the intention — but the catheter is still full of the old, weaker solution, now pushed out at the new, lower rate.',
          },
          {
            text: 'Less than the intended dose for a while',
            correct: true,
            feedback:
              'Until the old solution has been pushed out of the catheter, the patient gets weak drug at a slow rate: under-dosing.',
          },
          {
            text: 'More than the intended dose for a while',
            feedback:
              'Not in this case: the old solution is weaker, so at the new slower rate the patient gets less, not more.',
          },
        ],
        lookAt: ['the dose per day after the refill', 'how long the dip lasts'],
        explain: [
          'The delay is the catheter’s volume divided by the flow rate: a long catheter at a slow rate can take more than a day.',
        ],
      },
      {
        title: 'The bridge bolus',
        question:
          'A bridge bolus pushes the old solution out of the catheter at the old rate right after the refill. What happens to the dose the patient gets?',
        choices: [
          {
            text: 'It dips just as much as without the bridge',
            feedback:
              'The dip came from weak drug moving at the new slow rate; the bridge moves it at the old rate instead.',
          },
          {
            text: 'It stays close to the intended dose',
            correct: true,
            feedback:
              'The old solution leaves at the rate that gives the intended dose with it, so the patient keeps getting close to that dose until the new solution arrives.',
          },
          {
            text: 'It doubles for a day',
            feedback:
              'The bridge runs at the old rate with the old, weaker solution — the dose it gives is the old one, not double.',
          },
        ],
        lookAt: [
          'the dose per day with the bridge bolus beside the same refill without one',
          'how much smaller the dip is with the bridge',
        ],
        explain: [
          'Side by side: without the bridge the dose falls to a fraction for about a day; with it, the patient hardly notices the change of solution.',
          'The same delay appears after implant: an empty catheter must fill before any drug reaches the spinal fluid (the second story).',
        ],
      },
    ],
    summary: [
      'The catheter holds a volume of old solution that reaches the patient before the new one.',
      'The delay is catheter volume divided by flow: long at low rates.',
      'A bridge bolus clears the old solution at the old rate, so the dose hardly dips.',
    ],
    teacherNotes: [
      'Aim: the learner can explain why a concentration change reaches the patient late, and what a bridge bolus does.',
      'Ask learners to estimate the delay from the catheter volume and the rate before showing the chart.',
      'Link to practice: the pump’s own refill procedure offers the bridge bolus; check the catheter volume on the implant record.',
    ],
  },
  {
    id: 'mri',
    title: 'MRI and your pump',
    intro: [
      'A strong magnet affects pumps differently. Some stop during the scan, some may release drug, and gas pumps carry on.',
    ],
    steps: [
      {
        title: 'A programmable pump in the scanner',
        question: 'What does the motor of a programmable pump do during an MRI scan?',
        choices: [
          {
            text: 'It keeps running normally',
            feedback:
              'The magnet holds the motor’s rotor still, so delivery stops while the patient is in the scanner.',
          },
          {
            text: 'It stops during the scan and normally restarts afterwards',
            correct: true,
            feedback:
              'The rotor stalls in the magnetic field. It normally restarts when the scan ends, but late restarts have been reported — so the pump is checked with the programmer after every scan.',
          },
          {
            text: 'It runs faster',
            feedback: 'The field stops the rotor; it does not speed it up.',
          },
        ],
        lookAt: [
          'the tip delivery around the scan',
          'the event list: when the scan started and delivery resumed',
        ],
        explain: [
          'In this story the pump restarts hours late, a reported fault: the gap in delivery is longer than the scan itself.',
        ],
      },
      {
        title: 'A valve-gated pump',
        question:
          'A first-generation valve-gated (accumulator) pump goes into the scanner without being emptied first. What is the risk?',
        choices: [
          {
            text: 'None: it stops like the motor pump',
            feedback:
              'Not for this design: its valves are moved by magnets, and in the field both can open at once.',
          },
          {
            text: 'Both valves open and the reservoir drains into the patient',
            correct: true,
            feedback:
              'With both valves open, the drug flows straight through: an overdose. That is why these pumps are emptied before a scan.',
          },
          {
            text: 'The battery explodes',
            feedback: 'The danger is the valves opening, not the battery.',
          },
        ],
        lookAt: ['the delivery at the moment of the scan', 'compare with the second-generation pump'],
        explain: [
          'A newer valve design lets only a small volume through and then shuts until the pump is reset. Each pump type has its own MRI instructions.',
        ],
      },
    ],
    summary: [
      'A motor pump stops in the scanner and must be checked afterwards: it can restart late.',
      'An older valve-gated pump can empty into the patient unless it is emptied first.',
      'A gas pump carries on. Every pump type has its own MRI conditions.',
    ],
    teacherNotes: [
      'Aim: the learner knows that each pump type behaves differently in MRI and why a check after the scan matters.',
      'Ask: what would you do before and after an MRI for each pump type?',
      'Pitfall: this is a simulation of reported behaviour, not MRI labelling; always follow the device’s own MRI conditions.',
    ],
  },
  {
    id: 'refills-alarms-pocket',
    title: 'Refills, alarms and pocket fills',
    intro: [
      'Pumps must be refilled every few months. The pump warns when the reservoir is low, and again when it is empty.',
    ],
    steps: [
      {
        title: 'A missed refill',
        question: 'A refill of a baclofen pump is missed and the reservoir runs dry. What is the danger?',
        choices: [
          {
            text: 'None: the patient just gets no drug',
            feedback:
              'Getting no drug is the danger: stopping baclofen suddenly causes withdrawal, which can be life-threatening.',
          },
          {
            text: 'Baclofen withdrawal: fever, confusion and severe stiffness',
            correct: true,
            feedback:
              'Sudden baclofen withdrawal causes high fever, altered mental state and rebound spasticity; in rare cases it is fatal.',
          },
          {
            text: 'An overdose',
            feedback: 'Not from an empty pump: the risk is too little drug, not too much.',
          },
        ],
        lookAt: ['the reservoir emptying', 'the low-reservoir and empty alarms in the events'],
        explain: [
          'The pump alarms before it runs dry, giving time to refill. The alarm only helps if the patient hears it and acts.',
        ],
      },
      {
        title: 'A pocket fill',
        question:
          'At a refill the needle misses the port, and the drug goes into the pocket under the skin around the pump. Where does it go?',
        choices: [
          {
            text: 'It stays in the pocket and does nothing',
            feedback: 'The tissue absorbs it into the blood, where a large dose can act on the whole body.',
          },
          {
            text: 'Into the blood, which can cause an overdose',
            correct: true,
            feedback:
              'A whole reservoir’s worth of concentrated drug under the skin reaches the blood: an overdose risk.',
          },
          {
            text: 'Into the spinal fluid, as intended',
            feedback: 'Only the pump’s reservoir connects to the catheter; the pocket does not.',
          },
        ],
        lookAt: [
          'the drug in the blood after the refill',
          'the events: the pocket fill, then the pump running dry',
        ],
        explain: [
          'The pump did not get its refill either, so soon after it runs dry: an overdose first, then the risk of withdrawal.',
          'Checking that the volume drawn back from the reservoir and the volume injected match, and that the needle is in the port, helps catch a pocket fill.',
        ],
      },
    ],
    summary: [
      'A missed refill empties the pump: with baclofen that means dangerous withdrawal.',
      'A pocket fill puts concentrated drug into the blood: an overdose risk.',
      'Alarms and careful refill technique are the safety net.',
    ],
    teacherNotes: [
      'Aim: the learner can name the two refill hazards and the checks that prevent them.',
      'Role-play the refill: who books it, who hears the alarm, what is checked at the port.',
      'The pocket-fill amount in the story is an illustration of a reported event, not a typical one.',
    ],
  },
  {
    id: 'battery',
    title: 'Battery and replacement',
    intro: [
      'A programmable pump runs on a battery that lasts years. It cannot be recharged: when it runs down, the whole pump is replaced.',
    ],
    steps: [
      {
        title: 'When the battery runs down',
        question: 'How does the team know when a programmable pump needs replacing?',
        choices: [
          {
            text: 'The pump stops one day without warning',
            feedback: 'The pump gives a warning months before it stops, so the replacement can be planned.',
          },
          {
            text: 'An elective replacement indicator warns months ahead',
            correct: true,
            feedback:
              'The elective replacement indicator (ERI) comes on months before the end of service, in time to plan surgery.',
          },
          {
            text: 'The battery is recharged through the skin',
            feedback: 'Not for these pumps: the battery is sealed inside and cannot be recharged.',
          },
        ],
        lookAt: ['the battery over the years', 'ERI and the pump replacement in the events'],
        explain: [
          'How long the battery lasts depends on how much the pump works: higher rates and more boluses use it faster.',
        ],
      },
    ],
    summary: [
      'The battery sets a programmable pump’s life span; the pump is replaced when it runs down.',
      'The elective replacement indicator gives months of warning.',
      'A gas pump has no battery, so it has no such end of service.',
    ],
    teacherNotes: [
      'Aim: the learner knows what ERI means and why replacement is planned, not an emergency.',
      'Discussion: what happens to a baclofen patient if the warning is missed?',
    ],
  },
  {
    id: 'screening-trial',
    title: 'The screening trial',
    intro: [
      'Before a pump is implanted, a trial checks that the drug helps: a test bolus (or a few days of continuous infusion through an external pump) and an assessment.',
    ],
    steps: [
      {
        title: 'Who responds',
        question: 'Does every patient in a screening trial respond to the test dose?',
        choices: [
          {
            text: 'Yes, the drug always works intrathecally',
            feedback:
              'Patients differ: some do not respond to a dose that helps others, and that is why the trial is done.',
          },
          {
            text: 'No: some do not respond, and they are not offered a pump',
            correct: true,
            feedback:
              'The trial spares non-responders an operation; a responder’s dose also guides the pump’s starting dose.',
          },
        ],
        lookAt: ['the patient timeline with doses and assessments', 'how many patients respond'],
        explain: [
          'A bolus trial gives one test dose at a time and watches the effect for hours; a continuous trial runs for days through an external pump, closer to life with the implant.',
        ],
      },
    ],
    summary: [
      'A screening trial tests the drug before the operation.',
      'Not every patient responds; the trial spares non-responders a pump.',
      'The trial dose guides the pump’s starting dose.',
    ],
    teacherNotes: [
      'Aim: the learner can explain why a trial comes before implant and how a response is judged.',
      'Ask: what would count as a response for spasticity, and for pain?',
    ],
  },
  {
    id: 'tolerance-withdrawal',
    title: 'Tolerance and withdrawal',
    intro: [
      'Pump patients on morphine have usually taken opioids for weeks or months before the pump. The body adapts to a drug it gets every day: it becomes tolerant to some effects, and it comes to depend on the drug.',
    ],
    steps: [
      {
        title: 'Same dose, two patients',
        question:
          'Two patients get the same 3 mg of intrathecal morphine a day: one has taken opioids for months, the other never has. Who is sleepier?',
        choices: [
          {
            text: 'Both the same: the dose is the same',
            feedback:
              'The dose is the same, but the patients are not: tolerance to sleepiness builds within days of regular opioid use.',
          },
          {
            text: 'The patient who never took opioids',
            correct: true,
            feedback:
              'Right: the tolerant patient hardly feels sleepy on a dose that sedates a newcomer. Starts, dose increases and opioid-naive trials are when the danger is greatest.',
          },
          {
            text: 'The patient on opioids for months',
            feedback:
              'The opposite: months of opioids make a patient tolerant, so the same dose sedates them far less.',
          },
        ],
        lookAt: ['sedation in the chronic patient and in the opioid-naive one, on the same dose'],
        explain: [
          'Tolerance to sleepiness and slowed breathing builds within days; tolerance to pain relief builds more slowly, over weeks, which is one reason doses creep up over months and years.',
        ],
      },
      {
        title: 'Restarting after a gap',
        question:
          'A tolerant patient goes two weeks without morphine, then restarts at the old dose. What happens to sleepiness after the restart?',
        choices: [
          {
            text: 'Nothing: the patient is still tolerant',
            feedback: 'Tolerance does not last: it fades within one to two weeks without the drug.',
          },
          {
            text: 'More sleepiness than before the gap',
            correct: true,
            feedback:
              'Right: with tolerance lost, the old dose acts more like a first start. That is why a restart after a gap begins lower.',
          },
        ],
        lookAt: ['sedation before and after the two-week gap', 'the events of the gap and the restart'],
        explain: [
          'Tolerance builds with exposure and fades without it, so the same program can be safe before a gap and too strong after it.',
        ],
      },
      {
        title: 'When the reservoir runs dry',
        question:
          'A baclofen pump runs dry after a missed refill. How does withdrawal behave while the pump stays empty?',
        choices: [
          {
            text: 'It starts at once and is over within a day',
            feedback:
              'Withdrawal needs time to build (one to three days) and does not fade on its own while the drug is missing.',
          },
          {
            text: 'It builds over one to three days and persists until the drug is restored',
            correct: true,
            feedback:
              'Right: after weeks of daily baclofen the body depends on it. Itching and returning spasticity come first; fever, confusion and rigidity can follow and be life-threatening.',
          },
          {
            text: 'There is no withdrawal: the drug was given into the spine, not by mouth',
            feedback:
              'Intrathecal baclofen has a boxed warning for exactly this: abrupt loss of the drug can be life-threatening.',
          },
        ],
        lookAt: [
          'withdrawal and dependence after the reservoir runs dry',
          'the alarms and withdrawal events',
        ],
        explain: [
          'Dependence comes from days of sustained exposure: a single test dose is too short to cause it, so a screening bolus leaves no rebound.',
        ],
      },
    ],
    summary: [
      'A tolerant chronic patient is not sedated by a dose that sedates an opioid-naive one.',
      'Tolerance fades within weeks without the drug: restart lower after a gap.',
      'Withdrawal follows sustained exposure, builds over one to three days and persists until the drug is restored.',
    ],
    teacherNotes: [
      'Aim: the learner can explain why starts, dose increases and restarts are the dangerous moments, and why a missed refill is an emergency for baclofen.',
      'Ask: why does the same program become dangerous after a two-week hospital stay without the pump being refilled?',
      'Note: the tolerance and dependence time constants are teaching estimates.',
    ],
  },
];

registerCatalogue('LESSON_TEXTS', LESSON_TEXTS);
