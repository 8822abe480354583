/**
 * The words of <itp-case> (the case texts themselves are data, in src/model/cases, shown through case-texts.ts).
 * Counts take their singular or plural through Intl.PluralRules (`plural`); numbers come formatted.
 */
import { citeText } from '../../../model/sources.js';
import { plural, registerCatalogue } from '../../i18n/locale.js';

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
    `An external catheter or port for ${days} ${plural(days, { one: 'day', other: 'days' })}: about ${superficialPct} risk of a superficial infection and ${deepPct} of a deep one (a constant daily risk fitted to one published series [D14] — an estimate).`,
  externalDays: 'Days with an external catheter or port',
  dosesGiven: 'Doses given',
  /** A trial dose: a bolus in µg, an infusion in µg a day (numbers formatted). */
  bolusDose: (ug: string) => `${ug} µg bolus`,
  infusionDose: (ugPerDay: string) => `${ugPerDay} µg a day`,
  dosesJoin: ', then ',
  measure: { pain: 'pain score, 0–10', spasticity: 'modified Ashworth score' },
  /** What the trial decided, by its decision code; `dose` is the deciding dose with its unit. */
  decision: {
    responded: (dose: string) =>
      `Responded at ${dose}, with tolerable side effects: the criterion for an implant is met.`,
    'no-response-at-max-dose': (dose: string) =>
      `No response up to ${dose}: the criterion was not met at any step. Without a response in the trial, a pump is not implanted.`,
    'intolerable-side-effects': (dose: string) =>
      `Intolerable side effects at ${dose}. A pump is not implanted when the trial dose is not tolerated.`,
    'invalid-baseline': (_dose: string) =>
      'The baseline score is already at the floor of the scale: nothing to improve.',
  },
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
    `${years} simulated: ${refills} ${plural(refills, { one: 'refill', other: 'refills' })} and ${alarms} ${plural(alarms, { one: 'alarm', other: 'alarms' })}. The time line below shows each of them.`,
  /** The follow-up's length: whole months under a year, else years to one decimal (formatted). */
  months: (n: number) => `${n} ${plural(n, { one: 'month', other: 'months' })}`,
  years: (n: string, count: number) => `${n} ${plural(count, { one: 'year', other: 'years' })}`,
  outcome: 'Outcome',
  journey: 'The whole journey',
  unknownCase: (id: string, ids: string) => `There is no case “${id}”. The cases are: ${ids}.`,
  /** A case text with its citations shown as author and year. */
  cite: citeText,
};

registerCatalogue('CASE_TEXT', C);
