/**
 * The published limits the warnings use, read from the drug library (src/model/data/drugs.ts [R63, R66]):
 * maximum concentration and daily dose where the sources give them, else the highest labelled concentration.
 * An `unverified` figure (PACC 2012 as quoted, not confirmed in the paper's table) is said to be unverified.
 */
import { DRUGS, type DrugName, type Sourced } from '../data/drugs.js';
import { citeText } from '../sources.js';

export interface DrugLimit {
  maxConcentrationUgPerMl?: number;
  maxDailyDoseUg?: number;
  /** Highest verified labelled concentration, when no maximum is published (above it: compounded), µg/mL. */
  maxLabelledConcentrationUgPerMl?: number;
  /** Where the figures come from, in words, with "not verified" for unverified figures. */
  source: string;
}

const cite = (s: Sourced): string => `${citeText(s.source)}${s.tag === 'unverified' ? ', not verified' : ''}`;

export function drugLimit(name: DrugName): DrugLimit {
  const d = DRUGS[name].dosing;
  const labelled = d.concentrationsUgPerMl.filter((c) => c.tag === 'verified');
  const out: DrugLimit = { source: '' };
  const sources: string[] = [];
  if (d.maxConcentrationUgPerMl) {
    out.maxConcentrationUgPerMl = d.maxConcentrationUgPerMl.value;
    sources.push(cite(d.maxConcentrationUgPerMl));
  } else if (labelled.length) {
    out.maxLabelledConcentrationUgPerMl = Math.max(...labelled.map((c) => c.value));
    sources.push(cite(labelled[0]));
  }
  if (d.maxDailyDoseUg) {
    out.maxDailyDoseUg = d.maxDailyDoseUg.value;
    sources.push(cite(d.maxDailyDoseUg));
  }
  out.source = [...new Set(sources)].join('; ');
  return out;
}

/** A dose limit with what it is (a published maximum, the top of the usual range, or an estimate) and its source. */
export interface DoseLimit {
  valueUg: number;
  /** How the warning words it, e.g. "the published maximum daily dose". */
  what: string;
  /** What the limit is, as a code for an interface in another language. */
  kind: DoseLimitKind;
  source: string;
}

export type DoseLimitKind =
  | 'screening-bolus'
  | 'single-reported'
  | 'published-daily'
  | 'usual-daily'
  | 'far-above-daily'
  | 'single-ceiling'
  | 'single-spinal'
  | 'quarter-daily';

/** The limits every delivery path is checked against: a daily dose and a single intrathecal dose, µg. */
export interface DrugDoseLimits {
  dailyUg?: DoseLimit;
  singleUg?: DoseLimit;
}

/**
 * Fentanyl has no published maximum and no usual range in the drug table: an estimate from sufentanil's usual
 * top of 100 µg/day [R63] and a potency ratio of about 10 (sufentanil to fentanyl).
 */
const FENTANYL_DAILY_ESTIMATE_UG = 1000;
/**
 * Largest usual single intrathecal doses where the drug table gives only the trial dose: baclofen screening
 * boluses are usually 25–100 µg [R57, D16]; clonidine has been given up to 150 µg, with sedation and
 * haemodynamic depression [R60].
 */
const SINGLE_DOSE_UG: Partial<Record<DrugName, DoseLimit>> = {
  baclofen: {
    valueUg: 100,
    kind: 'screening-bolus',
    what: 'the usual largest screening bolus',
    source: citeText('[R57, D16]'),
  },
  clonidine: {
    valueUg: 150,
    kind: 'single-reported',
    what: 'the largest single dose reported',
    source: citeText('[R60]'),
  },
};
/** Without a single-dose figure: a bolus of more than a quarter of the daily limit (6 h of it at once), an estimate. */
const SINGLE_FRACTION_OF_DAILY = 0.25;

export function drugDoseLimits(name: DrugName): DrugDoseLimits {
  const d = DRUGS[name].dosing;
  const out: DrugDoseLimits = {};
  if (d.maxDailyDoseUg) {
    out.dailyUg = {
      valueUg: d.maxDailyDoseUg.value,
      kind: 'published-daily',
      what: 'the published maximum daily dose',
      source: cite(d.maxDailyDoseUg),
    };
  } else if (d.typicalDailyDoseUg) {
    const t = d.typicalDailyDoseUg;
    out.dailyUg = {
      valueUg: t.max,
      kind: 'usual-daily',
      what: 'the top of the usual daily range',
      source: `usual ${t.min}–${t.max} µg/day, ${citeText(t.source)}${t.tag === 'unverified' ? ', not verified' : ''}`,
    };
  } else if (name === 'fentanyl') {
    out.dailyUg = {
      valueUg: FENTANYL_DAILY_ESTIMATE_UG,
      kind: 'far-above-daily',
      what: 'a daily dose far above usual practice',
      source: citeText('an estimate from the sufentanil range [R63] and relative potency'),
    };
  }
  const single = SINGLE_DOSE_UG[name];
  if (single) out.singleUg = single;
  else if (name === 'morphine' && d.trialBolusUg) {
    out.singleUg = {
      valueUg: d.trialBolusUg.value,
      kind: 'single-ceiling',
      what: 'the usual single-dose ceiling',
      source: cite(d.trialBolusUg),
    };
  } else if (d.trialBolusUg) {
    out.singleUg = {
      valueUg: d.trialBolusUg.value,
      kind: 'single-spinal',
      what: 'the usual single spinal dose',
      source: cite(d.trialBolusUg),
    };
  } else if (out.dailyUg) {
    out.singleUg = {
      valueUg: out.dailyUg.valueUg * SINGLE_FRACTION_OF_DAILY,
      kind: 'quarter-daily',
      what: 'a quarter of the daily limit (6 hours of it at once)',
      source: 'an estimate',
    };
  }
  return out;
}
