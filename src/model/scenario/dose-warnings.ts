/**
 * Overdose warnings over every delivery path (issue 17): the basal program (continuous, flex, reprogrammed, a gas
 * pump's fixed rate) at the concentration of each fill (initial, refill, replacement, with the drug a refill may
 * change), clinician boluses of every kind, patient boluses, and pocket fills (drug injected under the skin by a
 * missed refill needle). Each is checked against the limits of the drug in the pump at that time
 * (drug-limits.ts): a daily dose over any 24 h and a single intrathecal dose.
 */
import { issue, type CheckCode, type IssueDetail, type ScenarioIssue } from './errors.js';
import type { Scenario } from './schema.js';
import type { DrugName } from './names.js';
import { drugDoseLimits, type DoseLimit } from './drug-limits.js';
import { catheterDeadVolumeUl, resolveDevice } from './resolve.js';

const round = (x: number): number => +x.toPrecision(4);
const HOURS_PER_DAY = 24;

interface Fill {
  tHours: number;
  drug: DrugName;
  concentrationUgPerMl: number;
  /** The refill or replacement event that made this fill (absent: the initial fill). */
  event?: { index: number; newPump: boolean };
}

/** What the reservoir holds over time: the initial fill, then each refill or replacement (as the engines map it). */
export function fillTimeline(s: Scenario): Fill[] {
  const fills: Fill[] = [{ tHours: 0, drug: s.drug.name, concentrationUgPerMl: s.drug.concentrationUgPerMl }];
  const ordered = s.events.map((e, i) => ({ e, i })).sort((a, b) => a.e.atHours - b.e.atHours || a.i - b.i);
  for (const { e, i } of ordered) {
    const last = fills[fills.length - 1];
    if (e.type === 'refill' || e.type === 'replacement') {
      fills.push({
        tHours: e.atHours,
        drug: (e.type === 'refill' ? e.drugName : undefined) ?? last.drug,
        concentrationUgPerMl: e.concentrationUgPerMl ?? last.concentrationUgPerMl,
        event: { index: i, newPump: e.type === 'replacement' },
      });
    }
  }
  return fills;
}

const fillAt = (fills: Fill[], tHours: number): Fill =>
  fills.reduce((cur, f) => (f.tHours <= tHours ? f : cur), fills[0]);

/** Largest basal rate in [from, to), mL/day: the program in force at `from` and every reprogram inside. */
function peakRateMlPerDay(s: Scenario, from: number, to: number): number {
  if (s.device.kind === 'constant-rate') return resolveDevice(s).nominalRateMlPerDay;
  const rateOf = (p: {
    mode?: string;
    rateMlPerDay?: number;
    flex?: { steps: { rateMlPerDay: number }[] };
  }) => {
    const mode = p.mode ?? (p.flex ? 'flex' : 'continuous');
    if (mode === 'stopped') return 0;
    if (mode === 'flex') return Math.max(0, ...(p.flex?.steps.map((st) => st.rateMlPerDay) ?? []));
    return p.rateMlPerDay ?? 0;
  };
  let inForce = rateOf(s.program);
  let peak = 0;
  const reprograms = s.events
    .filter((e) => e.type === 'reprogram')
    .sort((a, b) => a.atHours - b.atHours) as Extract<Scenario['events'][number], { type: 'reprogram' }>[];
  for (const r of reprograms) {
    if (r.atHours <= from) inForce = rateOf(r);
    else if (r.atHours < to) peak = Math.max(peak, rateOf(r));
  }
  return Math.max(peak, inForce);
}

interface BolusDose {
  index: number;
  tHours: number;
  volumeUl: number;
  doseUg: number;
  drug: DrugName;
  /** Given in minutes (not a bridge bolus running at the old basal rate): checked against the single dose. */
  fast: boolean;
}

/**
 * Each clinician bolus's drug amount, µg: its volume (default: the catheter's dead volume) at the fill then. A
 * bridge bolus pushes out the catheter's contents, i.e. the fill before the one now in the reservoir, and without
 * a duration it runs at the old basal rate (a daily-dose matter, not a single dose).
 */
function clinicianBolusDoses(s: Scenario, fills: Fill[]): BolusDose[] {
  const deadUl = catheterDeadVolumeUl(s);
  return (s.program.boluses ?? []).map((b, index) => {
    const now = fills.indexOf(fillAt(fills, b.atHours));
    const f = b.kind === 'bridge' ? fills[Math.max(0, now - 1)] : fills[now];
    const volumeUl = b.volumeUl ?? deadUl;
    return {
      index,
      tHours: b.atHours,
      volumeUl,
      doseUg: volumeUl * (f.concentrationUgPerMl / 1000),
      drug: f.drug,
      fast: b.kind !== 'bridge' || b.durationMinutes !== undefined,
    };
  });
}

/** Largest total of the boluses of `drug` starting within any 24 h window, µg. */
function peakBolusDayUg(boluses: BolusDose[], drug: DrugName): number {
  const list = boluses.filter((b) => b.drug === drug).sort((a, b) => a.tHours - b.tHours);
  let peak = 0;
  let sum = 0;
  for (let i = 0, j = 0; i < list.length; i++) {
    sum += list[i].doseUg;
    while (list[i].tHours - list[j].tHours >= HOURS_PER_DAY) sum -= list[j++].doseUg;
    peak = Math.max(peak, sum);
  }
  return peak;
}

/** A dose warning's code and parameters: the drug, its dose, the limit, what that limit is and its source. */
const coded = (lim: DoseLimit, code: CheckCode, drug: DrugName, amount: number): IssueDetail => ({
  code,
  params: { drug, amount, limit: round(lim.valueUg), limitKind: lim.kind, source: lim.source },
});

const above = (limit: DoseLimit, unit: string) =>
  `above ${limit.what} (${round(limit.valueUg)} ${unit}; ${limit.source})`;

/** Largest daily dose the scenario can give of each drug in the pump, µg/day: basal + patient + clinician boluses. */
export function peakDailyDoses(s: Scenario): Map<DrugName, number> {
  const fills = fillTimeline(s);
  const boluses = clinicianBolusDoses(s, fills);
  const end = s.durationDays * HOURS_PER_DAY;
  const pb = s.program.patientBolus;
  const patientDayUg = pb ? pb.doseUg * pb.maxPerDay : 0;
  const out = new Map<DrugName, number>();
  fills.forEach((f, i) => {
    const to = Math.max(f.tHours, Math.min(end, fills[i + 1]?.tHours ?? end));
    const basal = peakRateMlPerDay(s, f.tHours, to) * f.concentrationUgPerMl;
    const dose = basal + patientDayUg + peakBolusDayUg(boluses, f.drug);
    out.set(f.drug, Math.max(out.get(f.drug) ?? 0, dose));
  });
  return out;
}

export function doseLimitWarnings(s: Scenario, out: ScenarioIssue[]): void {
  for (const [drug, dose] of peakDailyDoses(s)) {
    const lim = drugDoseLimits(drug).dailyUg;
    if (lim && dose > lim.valueUg) {
      out.push(
        issue(
          'program',
          round(dose),
          `up to ${round(dose)} µg/day of ${drug} is ${above(lim, 'µg/day')}`,
          'warning',
          coded(lim, 'daily-dose', drug, round(dose)),
        ),
      );
    }
  }
  const fills = fillTimeline(s);
  for (const b of clinicianBolusDoses(s, fills)) {
    const lim = drugDoseLimits(b.drug).singleUg;
    if (lim && b.fast && b.doseUg > lim.valueUg) {
      out.push(
        issue(
          `program.boluses.${b.index}.volumeUl`,
          round(b.volumeUl),
          `gives ${round(b.doseUg)} µg of ${b.drug} in one bolus, ${above(lim, 'µg')}`,
          'warning',
          coded(lim, 'bolus-dose', b.drug, round(b.doseUg)),
        ),
      );
    }
  }
  const pb = s.program.patientBolus;
  if (pb) {
    // the drug of any fill may be in the pump when the patient presses the button
    for (const drug of new Set(fills.map((f) => f.drug))) {
      const lim = drugDoseLimits(drug).singleUg;
      if (lim && pb.doseUg > lim.valueUg) {
        out.push(
          issue(
            'program.patientBolus.doseUg',
            pb.doseUg,
            `a patient bolus of ${round(pb.doseUg)} µg of ${drug} is ${above(lim, 'µg')}`,
            'warning',
            coded(lim, 'patient-bolus-dose', drug, round(pb.doseUg)),
          ),
        );
      }
    }
  }
  s.events.forEach((e, i) => {
    if (e.type !== 'pocket-fill') return;
    const f = fillAt(fills, e.atHours);
    const doseUg = e.volumeMl * (e.concentrationUgPerMl ?? f.concentrationUgPerMl);
    const lim = drugDoseLimits(f.drug).dailyUg;
    if (lim && doseUg > lim.valueUg) {
      out.push(
        issue(
          `events.${i}.volumeMl`,
          e.volumeMl,
          `puts ${round(doseUg)} µg of ${f.drug} under the skin, where it reaches the blood within hours: ` +
            above(lim, 'µg/day'),
          'warning',
          coded(lim, 'pocket-fill-dose', f.drug, round(doseUg)),
        ),
      );
    }
  });
}
