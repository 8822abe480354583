/**
 * Lesson texts (part of the UI string table, kept in their own file for size; translate together with
 * strings.ts). Each lesson: a short story, what to look at, and which view and presets it uses.
 */
import { registerCatalogue } from './locale.js';

export interface LessonText {
  id: string;
  title: string;
  body: string[];
  lookAt: string[];
}

export const LESSON_TEXTS: LessonText[] = [
  {
    id: 'why-intrathecal',
    title: 'Why intrathecal?',
    body: [
      'A drug given into the spinal fluid reaches the spinal cord directly. By mouth or into a vein, almost all of it goes to the rest of the body first.',
      'Compare the daily dose that gives the same spinal effect by each route, and how much of it ends up in the blood.',
    ],
    lookAt: ['the dose ratios between routes (log scale)', 'the plasma exposure of each route'],
  },
  {
    id: 'constant-vs-programmable',
    title: 'Constant-rate vs programmable',
    body: [
      'A programmable pump moves drug in tiny strokes driven by a battery motor; a gas-driven pump pushes it smoothly through a flow restrictor and has no battery.',
      'Both pumps here give the same patient the same drug.',
    ],
    lookAt: [
      'the rotor stepping and the pulsed tip delivery',
      'the smooth delivery of the gas pump',
      'the battery gauge',
    ],
  },
  {
    id: 'fever-and-flight',
    title: 'Fever and flying',
    body: [
      'A gas-driven pump is pushed by a propellant whose pressure rises with body temperature, against the ambient pressure, which falls with altitude.',
      'Raise the body temperature or the cabin altitude and watch the daily dose of each pump.',
    ],
    lookAt: [
      'the dose per day of the gas pump during the episode',
      'the programmable pump staying on its programmed rate',
    ],
  },
  {
    id: 'dead-space',
    title: "The catheter's dead space",
    body: [
      'The catheter holds drug. After a refill with a new concentration, the old solution in the catheter must be pushed out first, so the change reaches the patient late.',
    ],
    lookAt: ['the dose per day after the refill', 'the measured dead-space delay'],
  },
  {
    id: 'mri',
    title: 'MRI and your pump',
    body: [
      "A strong magnet stops a programmable pump's motor during the scan. It normally starts again when the scan ends, but late restarts of hours have been reported, so the pump is checked with the programmer afterwards. Some valve-gated pumps may release drug; gas pumps carry on.",
    ],
    lookAt: ['the tip delivery around the scan', 'the event list'],
  },
  {
    id: 'refills-alarms-pocket',
    title: 'Refills, alarms and pocket fills',
    body: [
      'Pumps must be refilled every few months. A missed refill lets the reservoir run dry — dangerous with baclofen. A pocket fill puts the drug under the skin instead of into the pump.',
    ],
    lookAt: ['the calendar of refills and alarms', 'the reservoir chart'],
  },
  {
    id: 'battery',
    title: 'Battery and replacement',
    body: [
      'A programmable pump runs on a battery that lasts years; the elective replacement indicator warns months before the end of service.',
    ],
    lookAt: ['the battery chart', 'ERI and end of service in the calendar'],
  },
  {
    id: 'screening-trial',
    title: 'The screening trial',
    body: [
      'Before a pump is implanted, a trial checks that the drug helps: a test bolus (or a few days of continuous infusion through an external pump) and an assessment.',
    ],
    lookAt: ['the patient timeline with doses and assessments', 'how many patients respond'],
  },
];

registerCatalogue('LESSON_TEXTS', LESSON_TEXTS);
