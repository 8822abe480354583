/** Screening-trial presets ([D16], [D17]): a lumbar-puncture bolus series and a continuous external trial. */
import type { Preset } from './presets.js';

const H_PER_DAY = 24;

export const TRIAL_PRESETS: Preset[] = [
  {
    id: 'baclofen-bolus-screening',
    title: 'Baclofen bolus screening trial',
    description:
      '50, then 75, then 100 µg by lumbar puncture, 24 h apart: watch each peak 4–6 h after the injection, and the tone return to baseline without a rebound.',
    scenario: {
      schemaVersion: 1,
      name: 'Baclofen bolus screening',
      seed: 1,
      durationDays: 3,
      outputIntervalMinutes: 10,
      // 50 µg/mL screening ampoule [R57]; 50 → 75 → 100 µg ≥ 24 h apart [D16].
      drug: { name: 'baclofen', concentrationUgPerMl: 50 },
      // A syringe injection delivers what was drawn up: no pump accuracy error.
      device: {
        kind: 'external',
        access: 'lumbar-puncture',
        reservoirMl: 5,
        reservoirStartMl: 5,
        accuracyBiasPercent: 0,
        accuracyRandomPercent: 0,
      },
      // Lumbar puncture at the L3–L4 interspace.
      patient: { catheterTipLevel: 'L3' },
      catheter: { lengthCm: 0, primed: true },
      program: {
        mode: 'stopped',
        boluses: [
          { kind: 'single', atHours: 0, volumeUl: 1000, durationMinutes: 1 },
          { kind: 'single', atHours: H_PER_DAY, volumeUl: 1500, durationMinutes: 1 },
          { kind: 'single', atHours: 2 * H_PER_DAY, volumeUl: 2000, durationMinutes: 1 },
        ],
      },
    },
  },
  {
    id: 'continuous-trial-external',
    title: 'Continuous baclofen trial through an external pump',
    description:
      'A temporary catheter and an external pump for a few days: 50 µL strokes, the rate raised on day 2.',
    scenario: {
      schemaVersion: 1,
      name: 'Continuous trial (external pump)',
      seed: 1,
      durationDays: 5,
      outputIntervalMinutes: 15,
      drug: { name: 'baclofen', concentrationUgPerMl: 50 },
      // CADD-like: 50 µL per mechanism activation [D15]; 100 mL cassette (estimate).
      device: {
        kind: 'external',
        access: 'temporary-catheter',
        reservoirMl: 100,
        reservoirStartMl: 100,
        strokeVolumeUl: 50,
      },
      catheter: { lengthCm: 30, deadSpaceUlPerCm: 2.6, primed: true },
      patient: { catheterTipLevel: 'T10' },
      program: { mode: 'continuous', rateMlPerDay: 2.4 }, // 120 µg/day; a stroke every 30 min
      events: [{ type: 'reprogram', atHours: 2 * H_PER_DAY, mode: 'continuous', rateMlPerDay: 3.6 }], // 180 µg/day
    },
  },
];
