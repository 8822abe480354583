/** The words of <itp-case> (the case texts themselves are data, in src/model/cases). */
import { citeText } from '../../../model/sources.js';
import { registerCatalogue } from '../../i18n/locale.js';

export const C = {
  fictional:
    'A fictional patient for teaching. The decisions and their feedback are simplified; this is not clinical advice and not a dosing aid.',
  steps: {
    selection: '1. Selection',
    trial: '2. The trial',
    implant: '3. The implant',
    complication: 'After the operation',
    followUp: '4. The years after',
  },
  check: 'Check my answers',
  answerAll: 'Choose an answer for every question first.',
  right: 'Sound choice.',
  notBest: 'Not the best choice.',
  bestWas: (labels: string[]) => `The case teaches: ${labels.join('; or ')}.`,
  toTrial: 'Go on to the trial',
  runTrial: 'Run the trial on this patient',
  runningTrial: 'Running the trial on the virtual patient…',
  trialFailed: (why: string) => `The trial could not be run: ${why}`,
  trialInfection: (days: number, superficialPct: string, deepPct: string) =>
    `An external catheter or port for ${days} ${days === 1 ? 'day' : 'days'}: about ${superficialPct} risk of a superficial infection and ${deepPct} of a deep one (a constant daily risk fitted to one published series [D14] — an estimate).`,
  externalDays: 'Days with an external catheter or port',
  dosesGiven: 'Doses given',
  externalCare: 'External pump or port: looking after it',
  bestImprovement: (pct: number, measure: string) => `Best improvement: ${Math.round(pct)} % (${measure}).`,
  chartNote:
    'dotted lines: the doses; green dots: the improvement at each assessment (0 at the bottom, 100 % at the top).',
  implantQuestion: 'Decide: implant a permanent pump?',
  implant: 'Implant the pump',
  noImplant: 'Do not implant',
  otherTrial: 'Try the other trial',
  endsNoImplant:
    'The case ends here without a pump: the team looks at other treatments. Try the other trial, or choose another case.',
  teamImplants: 'The team goes ahead with the implant.',
  toImplant: 'Go on to the implant',
  toFollowUp: 'Go on to the years after the implant',
  runYears: 'Simulate the years after the implant',
  runningYears: 'Simulating the pump over the years…',
  yearsFailed: (why: string) => `The simulation could not be run: ${why}`,
  yearsSummary: (refills: number, alarms: number, years: string) =>
    `${years} simulated: ${refills} refills and ${alarms} alarms. The time line below shows each of them.`,
  outcome: 'Outcome',
  journey: 'The whole journey',
  unknownCase: (id: string, ids: string) => `There is no case “${id}”. The cases are: ${ids}.`,
  /** A case text with its citations shown as author and year. */
  cite: citeText,
};

registerCatalogue('CASE_TEXT', C);
