/**
 * Presets about what goes wrong with the catheter and at the refill: each a story with one teaching point, run by
 * the CLI, the app and the tests (test/unit/scenario-complications.test.ts checks each point). The fractions and
 * times of the complications are estimates (src/model/data/complications.ts); sources are keys of docs/sources.md.
 */
import type { Preset } from './presets.js';
import type { ScenarioInput } from './schema.js';

const H_PER_DAY = 24;
/** The day the complication starts in the baclofen stories. */
export const COMPLICATION_DAY = 5;

/** Baclofen 2000 µg/mL at 0.2 mL/day (400 µg/day), tip at T11: the patient the catheter stories share. */
function baclofenStory(
  name: string,
  durationDays: number,
  events: NonNullable<ScenarioInput['events']>,
): ScenarioInput {
  return {
    schemaVersion: 1,
    name,
    seed: 1,
    durationDays,
    outputIntervalMinutes: 60,
    drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
    device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 16 },
    patient: { catheterTipLevel: 'T11' },
    program: { mode: 'continuous', rateMlPerDay: 0.2 },
    events,
  };
}

/** The refill of the catheter stories, on day 30: what the reservoir check at that refill finds is the clue. */
const REFILL_DAY = 30;
const refill = { type: 'refill', atHours: REFILL_DAY * H_PER_DAY, volumeMl: 20 } as const;

export const COMPLICATION_PRESETS: Preset[] = [
  {
    id: 'ziconotide-first-fill',
    title: 'Ziconotide in a new pump: the first fill',
    description:
      'Ziconotide is lost in the pump, most in a new pump’s first fill: so the new pump is rinsed with undiluted drug before it is filled and refilled within 14 days; later fills last up to 84 days.',
    scenario: {
      schemaVersion: 1,
      name: 'Ziconotide: a new pump’s first fill',
      // On day 1 the pump is replaced by a new one, rinsed with undiluted 25 µg/mL ziconotide (three 2 mL
      // rinses as commonly quoted, unverified) and filled; the label asks for a refill within 14 days because
      // drug is lost to the pump’s surfaces and its residual fluid [R35]. How fast it is lost is an estimate:
      // 10 % over the labelled interval.
      seed: 1,
      durationDays: 29,
      outputIntervalMinutes: 60,
      // 25 µg/mL fill, 2.4 µg/day: the start of a titration [R65, R84].
      drug: { name: 'ziconotide', concentrationUgPerMl: 25 },
      device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
      patient: { catheterTipLevel: 'T10' },
      program: { mode: 'continuous', rateMlPerDay: 0.096 },
      events: [
        { type: 'replacement', atHours: H_PER_DAY, volumeMl: 20 },
        { type: 'refill', atHours: 15 * H_PER_DAY, volumeMl: 20 },
      ],
    },
  },
  {
    id: 'priming-bolus-mixing',
    title: 'A priming bolus mixes at its front',
    description:
      'A new catheter full of saline is primed at the fastest rate: drug and saline mix at the front, so drug reaches the CSF before the priming bolus ends and arrives dilute for a while after it.',
    scenario: {
      schemaVersion: 1,
      name: 'Priming bolus mixing',
      // After implant the catheter (50 cm, an estimate) and the pump’s fluid path hold saline. A priming bolus
      // of their volume runs at the maximum rate; Taylor–Aris dispersion mixes the front [D1]. Then 0.2 mL/day.
      seed: 1,
      durationDays: 1,
      outputIntervalMinutes: 1,
      drug: { name: 'baclofen', concentrationUgPerMl: 500 },
      device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
      catheter: { primed: false, dispersion: true },
      patient: { catheterTipLevel: 'T11' },
      program: { mode: 'continuous', rateMlPerDay: 0.2, boluses: [{ kind: 'priming', atHours: 0 }] },
    },
  },
  {
    id: 'catheter-granuloma',
    title: 'Inflammatory mass (granuloma) at the catheter tip',
    description:
      'High-concentration morphine; from week 2 a mass grows at the tip and takes up more and more of each dose: the pain returns over weeks on an unchanged program, while the pump and its reservoir check look normal.',
    scenario: {
      schemaVersion: 1,
      name: 'Granuloma at the catheter tip',
      // Morphine 25 mg/mL at 5 mg/day. From day 14 an inflammatory mass grows at the catheter tip over 6 weeks
      // (an estimate) and takes up to 90 % of the drug leaving it (an estimate). Nothing in the pump changes:
      // the refill on day 42 finds the expected volume.
      seed: 1,
      durationDays: 70,
      outputIntervalMinutes: 240,
      // Above the PACC 2012 maximum of 20 mg/mL ([R66], unverified): high concentration and dose are the risk
      // linked with masses [D24, D25]; the run warns about it.
      drug: { name: 'morphine', concentrationUgPerMl: 25000 },
      device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
      patient: { catheterTipLevel: 'T10' },
      program: { mode: 'continuous', rateMlPerDay: 0.2 },
      events: [
        { type: 'fault', atHours: 14 * H_PER_DAY, fault: 'granuloma' },
        { type: 'refill', atHours: 42 * H_PER_DAY, volumeMl: 20 },
      ],
    },
  },
  {
    id: 'catheter-kink',
    title: 'A kinked catheter (partial occlusion)',
    description:
      'From day 5 a kink blocks half the flow: the dose at the tip halves, the pump cannot tell, and at the refill the reservoir holds more than the pump calculated.',
    scenario: baclofenStory(
      'Kinked catheter',
      // A kink on day 5 blocks half of the flow (an estimate). The blocked drug stays in the reservoir: the
      // refill on day 30 finds about 2.5 mL more than the pump calculated.
      32,
      [{ type: 'fault', atHours: COMPLICATION_DAY * H_PER_DAY, fault: 'kink', blockedFraction: 0.5 }, refill],
    ),
  },
  {
    id: 'catheter-occlusion',
    title: 'A blocked catheter (complete occlusion)',
    description:
      'On day 5 the catheter blocks completely: nothing reaches the CSF, this pump has no occlusion alarm, and baclofen withdrawal begins; the refill finds the reservoir fuller than calculated.',
    scenario: baclofenStory(
      'Blocked catheter',
      // The catheter is blocked from day 5. The programmable pump keeps counting strokes and does not alarm;
      // the refill on day 30 finds about 5 mL more than it calculated.
      32,
      [{ type: 'fault', atHours: COMPLICATION_DAY * H_PER_DAY, fault: 'occlusion' }, refill],
    ),
  },
  {
    id: 'catheter-disconnection',
    title: 'A disconnected or leaking catheter',
    description:
      'On day 5 the catheter comes off the pump connector: the drug goes into the tissue around the pump, not the CSF. Baclofen withdrawal begins; the reservoir check at the refill is normal.',
    scenario: baclofenStory(
      'Disconnected catheter',
      // The catheter disconnects from the pump on day 5. Everything the pump delivers goes into tissue and is
      // absorbed into the blood (too little to act on the spinal cord).
      32,
      [{ type: 'fault', atHours: COMPLICATION_DAY * H_PER_DAY, fault: 'disconnection' }, refill],
    ),
  },
  {
    id: 'catheter-migration',
    title: 'The catheter tip migrated out of the intrathecal space',
    description:
      'On day 5 the tip slips out of the intrathecal space: the drug no longer reaches the CSF, baclofen withdrawal begins, and the pump and reservoir look normal.',
    scenario: baclofenStory(
      'Catheter tip out of the intrathecal space',
      // The catheter tip moves out of the intrathecal space on day 5 (into the epidural or subdural space or
      // soft tissue): none of the infusion reaches the CSF directly (an estimate).
      32,
      [{ type: 'fault', atHours: COMPLICATION_DAY * H_PER_DAY, fault: 'migration-out' }, refill],
    ),
  },
  {
    id: 'access-port-injection',
    title: 'A refill injected into the catheter access port',
    description:
      'On day 10 the refill needle enters the catheter access port instead of the reservoir: 20 mL of baclofen goes straight into the CSF, an overdose, and the reservoir was never refilled.',
    scenario: baclofenStory(
      'Refill into the catheter access port',
      // The refill of day 10 goes into the catheter access port: the whole 40 mg goes down the catheter into
      // the CSF over 5 minutes (an estimate), while the pump is told it holds 20 mL and runs on what was left.
      20,
      [{ type: 'refill', atHours: 10 * H_PER_DAY, volumeMl: 20, into: 'catheter-access-port' }],
    ),
  },
  {
    id: 'wrong-concentration',
    title: 'A refill with the wrong concentration',
    description:
      'Prescribed 500 µg/mL, filled with 2000 µg/mL: the same program now gives four times the dose, arriving once the old drug in the catheter has been pushed out.',
    scenario: {
      ...baclofenStory(
        'Refill with the wrong concentration',
        // The pump runs 0.8 mL/day of 500 µg/mL (400 µg/day). On day 5 it is refilled with 2000 µg/mL instead
        // of the prescribed 500 µg/mL: 1600 µg/day once the catheter has emptied.
        12,
        [
          {
            type: 'refill',
            atHours: COMPLICATION_DAY * H_PER_DAY,
            volumeMl: 20,
            concentrationUgPerMl: 2000,
            prescribedConcentrationUgPerMl: 500,
          },
        ],
      ),
      drug: { name: 'baclofen', concentrationUgPerMl: 500 },
      program: { mode: 'continuous', rateMlPerDay: 0.8 },
    },
  },
];
