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
