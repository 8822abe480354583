/**
 * The published limits the warnings use, read from the drug library (src/model/data/drugs.ts, pharmacology.md §3.3):
 * maximum concentration and daily dose where the sheet has them, else the highest labelled concentration.
 * A ◐ figure ("recalled": PACC 2012 as quoted, not verified in the paper's table) is said to be unverified.
 */
import { DRUGS, type DrugName, type Sourced } from '../data/drugs.js';

export interface DrugLimit {
  maxConcentrationUgPerMl?: number;
  maxDailyDoseUg?: number;
  /** Highest verified labelled concentration, when no maximum is published (above it: compounded), µg/mL. */
  maxLabelledConcentrationUgPerMl?: number;
  /** Where the figures come from, in words, with "not verified" for ◐ figures. */
  source: string;
}

const cite = (s: Sourced): string => `${s.source}${s.tag === 'recalled' ? ', not verified' : ''}`;

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
