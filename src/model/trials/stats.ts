/**
 * Cohort statistics: responder rate with a Wilson score interval, the distribution of % improvement (with
 * the 50 % line), side-effect incidence, dose–response, what happens after implant, and the published rates
 * we calibrate against.
 *
 * Wilson (1927) score interval for k successes of n at z (1.96 for 95 %):
 *   centre = (p̂ + z²/2n) / (1 + z²/n),  half = z·√(p̂(1−p̂)/n + z²/4n²) / (1 + z²/n)
 * It stays inside [0, 1] and behaves at p̂ = 0 or 1, where the textbook Wald interval collapses.
 */
import { stepDose } from './protocols.js';
import type { OutcomeRow, Sourced, TrialResult } from './types.js';

export interface Proportion {
  k: number;
  n: number;
  /** k/n (0 when n = 0). */
  p: number;
  lo: number;
  hi: number;
}

export function wilson(k: number, n: number, z = 1.959963984540054): Proportion {
  if (!(n > 0)) return { k: 0, n: 0, p: 0, lo: 0, hi: 1 };
  const kk = Math.min(n, Math.max(0, k));
  const p = kk / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At p̂ = 0 or 1 the bound is exactly 0 or 1; say so instead of leaving a rounding error.
  const lo = kk === 0 ? 0 : Math.max(0, centre - half);
  const hi = kk === n ? 1 : Math.min(1, centre + half);
  return { k: kk, n, p, lo, hi };
}

export interface Histogram {
  /** Bin edges, length bins + 1. */
  edges: number[];
  counts: number[];
  /** Patient ids per bin, for drill-down. */
  members: number[][];
}

/** Fixed-width histogram; values outside the range go to the end bins. */
export function histogram(
  values: { id: number; value: number }[],
  lo: number,
  hi: number,
  bins: number,
): Histogram {
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
  const counts = new Array<number>(bins).fill(0);
  const members: number[][] = Array.from({ length: bins }, () => []);
  for (const { id, value } of values) {
    const v = Number.isFinite(value) ? value : lo;
    const b = Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)));
    counts[b]++;
    members[b].push(id);
  }
  return { edges, counts, members };
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const i = Math.floor(pos);
  const f = pos - i;
  return i + 1 < sorted.length ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[i];
}

/** Published responder rates, as data with their source ([R57], [D17]–[D19]). */
export interface PublishedRate {
  label: string;
  /** A single rate or a range, 0–1. */
  lo: number;
  hi: number;
  /** The population the figure was measured in, when the source says (compared first in the UI). */
  population?: string;
  source: Sourced<string>;
}

export const PUBLISHED: Record<string, PublishedRate[]> = {
  'baclofen-bolus': [
    {
      label: 'Bolus screening, spinal origin',
      population: 'spasticity-spinal',
      lo: 0.97,
      hi: 0.97,
      source: {
        value: 'Penn 1992 via lioresal.com',
        source: '[R57]',
        tag: 'verified',
      },
    },
    {
      label: 'Bolus screening, cerebral origin',
      population: 'spasticity-cerebral',
      lo: 0.94,
      hi: 0.94,
      source: {
        value: 'Gilmartin 2000 via lioresal.com',
        source: '[R57]',
        tag: 'verified',
      },
    },
  ],
  'baclofen-continuous': [
    {
      label: 'Continuous ITB trial → implant (57 patients)',
      lo: 0.86,
      hi: 0.86,
      source: { value: 'continuous ITB trial series', source: '[D17]', tag: 'verified' },
    },
  ],
  'morphine-continuous': [
    {
      label: 'Morphine trial success (Kumar 2001: 16/25; Anderson & Burchiel 1999: 30/40)',
      lo: 0.64,
      hi: 0.75,
      source: { value: 'Kumar 2001; Anderson & Burchiel 1999', source: '[D19, D18]', tag: 'verified' },
    },
  ],
  'morphine-bolus': [
    {
      label: 'Morphine trial success (Kumar 2001; Anderson & Burchiel 1999)',
      lo: 0.64,
      hi: 0.75,
      source: { value: 'Kumar 2001; Anderson & Burchiel 1999', source: '[D19, D18]', tag: 'verified' },
    },
  ],
};

export interface DoseResponseRow {
  /** Ladder dose: µg (bolus) or µg/day (infusion). */
  dose: number;
  /** Patients who received this step. */
  given: number;
  /** Patients who responded at this step. */
  responded: number;
  /** Responders up to and including this step, of the whole cohort. */
  cumulative: Proportion;
}

export interface CohortSummary {
  n: number;
  responders: Proportion;
  implanted: Proportion;
  byReason: Record<string, number>;
  /** Best % improvement per patient. */
  improvement: { histogram: Histogram; median: number; p10: number; p90: number; line50: Proportion };
  sideEffects: { any: Proportion; intolerable: Proportion };
  doseResponse: DoseResponseRow[];
  /** Trial decision against long-term benefit from chronic therapy. */
  afterImplant: {
    trueResponders: number;
    respondersWhoFail: number;
    nonRespondersWhoMightBenefit: number;
    trueNonResponders: number;
    /** Of those implanted, the fraction whose chronic therapy helps. */
    ppv: Proportion;
  };
}

export function toRow(r: TrialResult): OutcomeRow {
  return {
    id: r.patient.id,
    implant: r.decision.implant,
    code: r.decision.code,
    bestImprovementPct: r.bestImprovementPct,
    peakSideEffect: r.peakSideEffect,
    dosesGiven: r.stepsGiven.map(stepDose),
    respondingDose: r.decision.respondingDose,
    longTermBenefit: r.longTerm.benefit,
    longTermImprovementPct: r.longTerm.improvementPct,
  };
}

export function summarise(rows: OutcomeRow[], noticeableSideEffect: number, bins = 20): CohortSummary {
  const n = rows.length;
  const implanted = rows.filter((r) => r.implant).length;
  const responders = rows.filter((r) => r.code === 'responded').length;
  const byReason: Record<string, number> = {};
  for (const r of rows) byReason[r.code] = (byReason[r.code] ?? 0) + 1;

  const improvements = rows.map((r) => ({ id: r.id, value: r.bestImprovementPct }));
  const sorted = improvements.map((x) => x.value).sort((a, b) => a - b);

  const given = new Map<number, number>();
  const respondedAt = new Map<number, number>();
  for (const r of rows) {
    for (const dose of r.dosesGiven) given.set(dose, (given.get(dose) ?? 0) + 1);
    if (r.respondingDose !== null)
      respondedAt.set(r.respondingDose, (respondedAt.get(r.respondingDose) ?? 0) + 1);
  }
  const ladder = [...given.keys()].sort((a, b) => a - b);
  let cum = 0;
  const doseResponse = ladder.map((dose) => {
    cum += respondedAt.get(dose) ?? 0;
    return {
      dose,
      given: given.get(dose) ?? 0,
      responded: respondedAt.get(dose) ?? 0,
      cumulative: wilson(cum, n),
    };
  });

  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const r of rows) {
    if (r.implant) {
      if (r.longTermBenefit) tp++;
      else fp++;
    } else if (r.longTermBenefit) fn++;
    else tn++;
  }
  return {
    n,
    responders: wilson(responders, n),
    implanted: wilson(implanted, n),
    byReason,
    improvement: {
      histogram: histogram(improvements, 0, 100, bins),
      median: quantile(sorted, 0.5),
      p10: quantile(sorted, 0.1),
      p90: quantile(sorted, 0.9),
      line50: wilson(sorted.filter((v) => v >= 50).length, n),
    },
    sideEffects: {
      any: wilson(rows.filter((r) => r.peakSideEffect >= noticeableSideEffect).length, n),
      intolerable: wilson(byReason['intolerable-side-effects'] ?? 0, n),
    },
    doseResponse,
    afterImplant: {
      trueResponders: tp,
      respondersWhoFail: fp,
      nonRespondersWhoMightBenefit: fn,
      trueNonResponders: tn,
      ppv: wilson(tp, tp + fp),
    },
  };
}
