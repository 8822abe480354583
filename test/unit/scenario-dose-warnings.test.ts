// Overdose warnings over every delivery path × every drug with a limit (issue 17): a stopped basal plus a 10 mL
// clinician bolus of morphine or ziconotide, fentanyl or sufentanil at extreme concentration × rate, and any baclofen
// daily dose used to pass without a warning. Property: a path that delivers k × the drug's limit warns when k > 1
// and stays silent when k < 1 (the dose warnings only; concentration warnings are separate).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { drugDoseLimits } from '../../src/model/scenario/drug-limits.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';
import type { DrugName } from '../../src/model/scenario/names.js';

const DRUGS: DrugName[] = [
  'baclofen',
  'morphine',
  'hydromorphone',
  'fentanyl',
  'sufentanil',
  'bupivacaine',
  'clonidine',
  'ziconotide',
];
const RATE = 10; // mL/day of the high-dose program paths

const PATHS = [
  'basal',
  'flex',
  'reprogram',
  'gas pump',
  'refill concentration',
  'refill drug change',
  'replacement fill',
  'single bolus',
  'priming bolus',
  'bridge bolus',
  'patient bolus',
  'pocket fill',
] as const;
type Path = (typeof PATHS)[number];

const device = { kind: 'programmable', reservoirMl: 40, reservoirStartMl: 20, maxRateMlPerDay: 100 } as const;

/** A scenario whose only large delivery is `path`, giving k × the drug's limit that path is checked against. */
function scenario(drug: DrugName, path: Path, k: number): { s: unknown; field: RegExp } {
  const lim = drugDoseLimits(drug);
  const daily = lim.dailyUg!.valueUg;
  const single = lim.singleUg!.valueUg;
  const base = {
    schemaVersion: 1,
    durationDays: 3,
    drug: { name: drug, concentrationUgPerMl: (k * daily) / RATE },
    device,
    program: { mode: 'stopped' },
    model: { distribution: false },
  };
  const low = { name: drug, concentrationUgPerMl: 1e-3 };
  switch (path) {
    case 'basal':
      return {
        s: { ...base, program: { mode: 'continuous', rateMlPerDay: RATE } },
        field: /^program$/,
      };
    case 'flex':
      return {
        s: {
          ...base,
          program: {
            mode: 'flex',
            flex: {
              periodHours: 24,
              steps: [
                { startHours: 0, rateMlPerDay: 0 },
                { startHours: 12, rateMlPerDay: RATE },
              ],
            },
          },
        },
        field: /^program$/,
      };
    case 'reprogram':
      return {
        s: { ...base, events: [{ type: 'reprogram', atHours: 24, mode: 'continuous', rateMlPerDay: RATE }] },
        field: /^program$/,
      };
    case 'gas pump':
      return {
        s: { ...base, device: { kind: 'constant-rate', nominalRateMlPerDay: RATE }, program: {} },
        field: /^program$/,
      };
    case 'refill concentration':
      return {
        s: {
          ...base,
          drug: low,
          program: { mode: 'continuous', rateMlPerDay: RATE },
          events: [{ type: 'refill', atHours: 24, volumeMl: 20, concentrationUgPerMl: (k * daily) / RATE }],
        },
        field: /^program$/,
      };
    case 'refill drug change':
      return {
        s: {
          ...base,
          drug: { name: 'tracer', concentrationUgPerMl: 1000 },
          program: { mode: 'continuous', rateMlPerDay: RATE },
          events: [
            {
              type: 'refill',
              atHours: 24,
              volumeMl: 20,
              drugName: drug,
              concentrationUgPerMl: (k * daily) / RATE,
            },
          ],
        },
        field: /^program$/,
      };
    case 'replacement fill':
      return {
        s: {
          ...base,
          drug: low,
          program: { mode: 'continuous', rateMlPerDay: RATE },
          events: [
            { type: 'replacement', atHours: 24, volumeMl: 20, concentrationUgPerMl: (k * daily) / RATE },
          ],
        },
        field: /^program$/,
      };
    case 'single bolus':
    case 'priming bolus':
      return {
        s: {
          ...base,
          drug: { name: drug, concentrationUgPerMl: (k * single) / 10 },
          program: {
            mode: 'stopped',
            boluses: [{ kind: path.split(' ')[0], atHours: 1, volumeUl: 10000, durationMinutes: 10 }],
          },
        },
        field: /^program\.boluses\.0\.volumeUl$/,
      };
    case 'bridge bolus':
      // a bridge pushes out the old drug in the catheter: a fast one is a bolus of the old fill
      return {
        s: {
          ...base,
          drug: { name: drug, concentrationUgPerMl: (k * single) / 10 },
          program: {
            mode: 'stopped',
            boluses: [{ kind: 'bridge', atHours: 24, volumeUl: 10000, durationMinutes: 10 }],
          },
          events: [{ type: 'refill', atHours: 24, volumeMl: 20, concentrationUgPerMl: 1e-3 }],
        },
        field: /^program\.boluses\.0\.volumeUl$/,
      };
    case 'patient bolus':
      return {
        s: {
          ...base,
          drug: low,
          program: { mode: 'stopped', patientBolus: { doseUg: k * single, lockoutHours: 24, maxPerDay: 1 } },
        },
        field: /^program\.patientBolus\.doseUg$/,
      };
    case 'pocket fill':
      return {
        s: {
          ...base,
          drug: low,
          events: [
            { type: 'pocket-fill', atHours: 24, volumeMl: 10, concentrationUgPerMl: (k * daily) / 10 },
          ],
        },
        field: /^events\.0\.volumeMl$/,
      };
  }
}

const DOSE_WARNING = /µg\/day of|in one bolus|a patient bolus of|under the skin/;

function doseWarnings(s: unknown) {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
  return v.warnings.filter((w) => DOSE_WARNING.test(w.message));
}

describe('overdose warnings: every drug × every delivery path', () => {
  it('every drug but the tracer has a daily and a single-dose limit with a source or "an estimate"', () => {
    for (const d of DRUGS) {
      const lim = drugDoseLimits(d);
      expect(lim.dailyUg!.valueUg, d).toBeGreaterThan(0);
      expect(lim.singleUg!.valueUg, d).toBeGreaterThan(0);
      expect(lim.dailyUg!.source.length + lim.singleUg!.source.length).toBeGreaterThan(8);
    }
    expect(drugDoseLimits('tracer')).toEqual({});
  });

  it('warns at k > 1 on the path’s own field, names the drug, and is silent at k < 1 (all 96 pairs)', () => {
    for (const drug of DRUGS) {
      for (const path of PATHS) {
        fc.assert(
          fc.property(
            fc.double({ min: 1.05, max: 5, noNaN: true }),
            fc.double({ min: 0.02, max: 0.95, noNaN: true }),
            (over, under) => {
              const hi = scenario(drug, path, over);
              const warned = doseWarnings(hi.s);
              const hit = warned.some((w) => hi.field.test(w.path) && w.message.includes(drug));
              expect(hit, `${drug} ${path} ×${over}`).toBe(true);
              expect(doseWarnings(scenario(drug, path, under).s), `${drug} ${path} ×${under}`).toEqual([]);
            },
          ),
          { numRuns: 6, seed: 17 },
        );
      }
    }
  });

  it('the cases of the issue: a stopped basal with one 10 mL bolus; fentanyl/sufentanil; any baclofen dose', () => {
    const bolus = (drug: DrugName, c: number) =>
      doseWarnings({
        schemaVersion: 1,
        durationDays: 2,
        drug: { name: drug, concentrationUgPerMl: c },
        device,
        program: {
          mode: 'stopped',
          boluses: [{ kind: 'single', atHours: 1, volumeUl: 10000, durationMinutes: 5 }],
        },
      } as ScenarioInput).map((w) => w.message);
    expect(bolus('morphine', 2000).join('\n')).toMatch(/gives 20000 µg of morphine in one bolus/);
    expect(bolus('ziconotide', 25).join('\n')).toMatch(/gives 250 µg of ziconotide in one bolus/);
    const basal = (drug: DrugName, c: number, rate: number) =>
      doseWarnings({
        schemaVersion: 1,
        durationDays: 2,
        drug: { name: drug, concentrationUgPerMl: c },
        device,
        program: { mode: 'continuous', rateMlPerDay: rate },
      } as ScenarioInput).map((w) => w.message);
    expect(basal('fentanyl', 50000, 20).join('\n')).toMatch(/up to 1e\+06|up to 1000000 µg\/day of fentanyl/);
    expect(basal('sufentanil', 50000, 20).join('\n')).toMatch(/µg\/day of sufentanil is above/);
    expect(basal('baclofen', 2000, 1).join('\n')).toMatch(/up to 2000 µg\/day of baclofen is above/);
    expect(basal('baclofen', 2000, 0.2)).toEqual([]); // 400 µg/day: usual
  });
});
