/**
 * Published maximum concentrations and daily doses used for warnings (pharmacology.md §3.3). ✔ = read in the
 * source; ◐ = PACC 2012 figure as quoted, not verified in the paper's table (the warning says so).
 * Interim: src/core/drugs.ts (issue 4) carries the drug library; this table holds only what warnings need.
 */
import type { DrugName } from './names.js';

export interface DrugLimit {
  maxConcentrationUgPerMl?: number;
  maxDailyDoseUg?: number;
  /** Highest labelled concentration (above it the drug is compounded), µg/mL. */
  maxLabelledConcentrationUgPerMl?: number;
  tag: '✔' | '◐';
  source: string;
}

export const DRUG_LIMITS: Partial<Record<DrugName, DrugLimit>> = {
  baclofen: {
    maxLabelledConcentrationUgPerMl: 2000,
    tag: '✔',
    source: 'baclofen label: 50, 500 and 2000 µg/mL (pharmacology.md §3.3)',
  },
  morphine: {
    maxConcentrationUgPerMl: 20000,
    maxDailyDoseUg: 15000,
    tag: '◐',
    source: 'PACC 2012 as quoted, not verified: 20 mg/mL, 15 mg/day (pharmacology.md §3.3)',
  },
  hydromorphone: {
    maxConcentrationUgPerMl: 15000,
    maxDailyDoseUg: 10000,
    tag: '◐',
    source: 'PACC 2012 as quoted, not verified: 15 mg/mL, 10 mg/day (pharmacology.md §3.3)',
  },
  bupivacaine: {
    maxConcentrationUgPerMl: 30000,
    maxDailyDoseUg: 20000,
    tag: '◐',
    source: 'PACC 2012 as quoted, not verified: 30 mg/mL, 15–20 mg/day (pharmacology.md §3.3)',
  },
  clonidine: {
    maxConcentrationUgPerMl: 1000,
    maxDailyDoseUg: 600,
    tag: '◐',
    source: 'PACC 2012 as quoted, not verified: 1000 µg/mL, 600 µg/day (pharmacology.md §3.3)',
  },
  ziconotide: {
    maxConcentrationUgPerMl: 100,
    maxDailyDoseUg: 19.2,
    tag: '✔',
    source: 'ziconotide label: at most 19.2 µg/day (0.8 µg/h); 25 and 100 µg/mL fills (pharmacology.md §3.3)',
  },
};
