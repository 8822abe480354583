/**
 * The words of <itp-journey> (the marks' own texts come with the journey). Plurals go through Intl.PluralRules
 * of the page's language (`plural`), numbers are whole days, months and years.
 */
import { registerCatalogue } from '../../i18n/locale.js';

export const J = {
  kind: {
    decision: 'Decision',
    trial: 'Trial',
    implant: 'Implant',
    complication: 'Complication',
    titration: 'Dose change',
    refill: 'Refill',
    alarm: 'Alarm',
    device: 'Pump event',
    outcome: 'Outcome',
  },
  notBest: ' (not the best choice)',
  soundAfterChange: ' (a sound choice, after changing the first answer)',
  sound: ' (a sound choice)',
  changed: ' (changed after the feedback)',
  caption: (until: string) => `The journey so far, from the first visit to ${until}`,
  wider: '(the weeks up to a month after the implant are drawn wider than the years after)',
  timelineLabel: 'Time line of the journey; the slider below reads it out',
  symbols: 'Symbols',
  legend: {
    decision: 'decision',
    notBest: 'not the best choice',
    changed: 'changed after the feedback',
    milestone: 'trial, implant, outcome',
    change: 'complication, dose change',
    refill: 'refill',
    alarm: 'alarm',
    device: 'pump event',
  },
  previous: 'Previous event',
  next: 'Next event',
  slider: 'Point in the journey',
  nothingYet: 'Nothing has happened yet at this point.',
  everyEvent: (n: number) => `Every event as a list (${n})`,
  time: {
    day: (d: number) => `day ${d}`,
    implantDay: (d: number) => `day ${d}: the day of the implant`,
    afterImplant: (d: number, after: string) => `day ${d}: ${after} after the implant`,
    days: { one: 'day', other: 'days' },
    months: { one: 'month', other: 'months' },
    years: { one: 'year', other: 'years' },
    lessThanMonth: 'less than a month',
    firstVisit: 'first visit',
    implant: 'implant',
    year: (y: number) => `year ${y}`,
  },
};

registerCatalogue('JOURNEY_TEXT', J);
