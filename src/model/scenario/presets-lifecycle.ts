/** Presets about living with a pump: refills, concentration changes, dead space, mistakes, battery. */
import type { Preset } from './presets.js';
import type { ScenarioInput } from './schema.js';

const H_PER_DAY = 24;

/** Baclofen 500 → 2000 µg/mL at day 7, the rate cut to a quarter so that the daily dose stays 400 µg. */
function concentrationChange(bridge: boolean): ScenarioInput {
  const tChange = 7 * H_PER_DAY;
  return {
    schemaVersion: 1,
    name: bridge ? 'Concentration change with a bridge bolus' : 'Concentration change without a bridge bolus',
    seed: 1,
    durationDays: 10,
    outputIntervalMinutes: 15,
    drug: { name: 'baclofen', concentrationUgPerMl: 500 },
    device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
    // 110 cm × 2.6 µL/cm = 286 µL of old drug in the catheter (Prometra catheter [D3], left at its supplied
    // length here to make the delay clear; implanted ones are trimmed), plus the pump's own 20 µL (estimate).
    catheter: { lengthCm: 110, deadSpaceUlPerCm: 2.6, primed: true },
    patient: { catheterTipLevel: 'T11' },
    program: {
      mode: 'continuous',
      rateMlPerDay: 0.8, // 400 µg/day
      // The bridge pushes the old drug out at the old rate, so the tip dose never dips (our model).
      boluses: bridge ? [{ kind: 'bridge', atHours: tChange }] : [],
    },
    events: [
      { type: 'refill', atHours: tChange, volumeMl: 20, concentrationUgPerMl: 2000 },
      { type: 'reprogram', atHours: tChange, mode: 'continuous', rateMlPerDay: 0.2 }, // 400 µg/day
    ],
  };
}

/**
 * Refill every 12 weeks with 20 mL for 7.5 years. The elective replacement indicator comes on on day 2322 (year 7;
 * the battery draw is our estimate calibrated to the 5–7-year life, src/model/data/devices.ts); the pump would stop
 * 90 days later [D1]. At the next visit, day 2352, the pump is replaced instead of refilled: same
 * model, new battery, filled with 20 mL, in the same operation (delivery continuous), catheter kept.
 * test/unit/pump-replacement.test.ts checks that the swap falls between ERI and the end of service.
 */
export const BATTERY_STORY_REPLACEMENT_DAY = 2352;

function batteryScenario(): ScenarioInput {
  const days = Math.round(7.5 * 365.25);
  const events: NonNullable<ScenarioInput['events']> = [];
  for (let d = 84; d < days; d += 84) {
    events.push(
      d === BATTERY_STORY_REPLACEMENT_DAY
        ? { type: 'replacement', atHours: d * H_PER_DAY, volumeMl: 20 }
        : { type: 'refill', atHours: d * H_PER_DAY, volumeMl: 20 },
    );
  }
  return {
    schemaVersion: 1,
    name: 'Battery, ERI and pump replacement',
    seed: 1,
    durationDays: days,
    outputIntervalMinutes: 1440,
    drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
    // Typical life 5–7 years, maximum 7; ERI → stop after 90 days [D1].
    device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20, batteryStartFraction: 1 },
    patient: { catheterTipLevel: 'T11' },
    program: { mode: 'continuous', rateMlPerDay: 0.2 },
    events,
    // Pump-only engineering run: the CSF model adds nothing over 7 years at daily resolution.
    model: { distribution: false },
  };
}

export const LIFECYCLE_PRESETS: Preset[] = [
  {
    id: 'concentration-change-bridge',
    title: 'Concentration change with a bridge bolus',
    description:
      'The catheter still holds the old, weaker drug; a bridge bolus clears it at the old rate, so the dose holds.',
    scenario: concentrationChange(true),
  },
  {
    id: 'concentration-change-no-bridge',
    title: 'Concentration change without a bridge bolus',
    description:
      'Without a bridge the old drug trickles out at the new slow rate: a day and a half of under-dosing.',
    scenario: concentrationChange(false),
  },
  {
    id: 'missed-refill',
    title: 'A missed refill',
    description:
      'The refill date passes, the alarm sounds, the reservoir runs dry: baclofen withdrawal builds over one to three days and persists while the pump is empty.',
    scenario: {
      schemaVersion: 1,
      name: 'Missed refill',
      seed: 1,
      durationDays: 50,
      outputIntervalMinutes: 60,
      drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
      device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 12, lowReservoirAlarmMl: 2 },
      patient: { catheterTipLevel: 'T11' },
      program: { mode: 'continuous', rateMlPerDay: 0.3 }, // 600 µg/day: empty after 40 days
      events: [{ type: 'missed-refill', atHours: 30 * H_PER_DAY }],
    },
  },
  {
    id: 'pocket-fill',
    title: 'A pocket fill',
    description:
      'The refill needle misses the port: 40 mg of baclofen goes under the skin and is absorbed into the blood over hours; half of it is drawn back an hour later, and the next refill finds the reservoir short.',
    scenario: {
      schemaVersion: 1,
      name: 'Pocket fill',
      seed: 1,
      durationDays: 35,
      outputIntervalMinutes: 30,
      drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
      device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 8 },
      patient: { catheterTipLevel: 'T11' },
      program: { mode: 'continuous', rateMlPerDay: 0.2 },
      // ~60 mg was aspirated on average in the two reported cases [D12]; here a whole 20 mL fill.
      // Absorbed with a half-time of 2 h (an estimate); 10 mL aspirated back from the pocket after 1 h.
      events: [
        {
          type: 'pocket-fill',
          atHours: 30 * H_PER_DAY,
          volumeMl: 20,
          concentrationUgPerMl: 2000,
          aspiratedMl: 10,
          aspiratedAfterHours: 1,
        },
      ],
    },
  },
  {
    id: 'battery-end-of-service',
    title: 'Battery, ERI and pump replacement',
    description:
      'Six years of refills, then the elective replacement indicator: the pump would stop 90 days later, so at the next visit it is replaced with a new one instead of refilled.',
    scenario: batteryScenario(),
  },
  {
    id: 'catheter-dead-space',
    title: 'Catheter dead space after implant',
    description:
      'An unprimed 110 cm catheter and the pump’s own fluid path hold about 0.3 mL: at 0.1 mL/day the drug reaches the tip only after about 3 days.',
    scenario: {
      schemaVersion: 1,
      name: 'Catheter dead space',
      seed: 1,
      durationDays: 7,
      outputIntervalMinutes: 30,
      drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
      device: { kind: 'programmable', reservoirMl: 20, reservoirStartMl: 20 },
      catheter: { lengthCm: 110, deadSpaceUlPerCm: 2.6, primed: false },
      patient: { catheterTipLevel: 'T11' },
      program: { mode: 'continuous', rateMlPerDay: 0.1 },
    },
  },
];
