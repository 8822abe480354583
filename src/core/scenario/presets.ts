/** Teaching presets. Each is a complete, valid scenario; sources of the numbers are in the comments. */
import type { ScenarioInput } from './schema.js';

export interface Preset {
  id: string;
  title: string;
  scenario: ScenarioInput;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'baclofen-programmable',
    title: 'Baclofen on a programmable pump',
    scenario: {
      schemaVersion: 1,
      name: 'Baclofen on a programmable pump',
      seed: 1,
      durationDays: 90,
      outputIntervalMinutes: 60,
      // 2000 µg/mL is one of the three labelled baclofen concentrations (pharmacology.md §3.3 ✔).
      drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
      // 20 mL reservoir [V]; 1 µL stroke is an estimate [E] (pumps.md §6).
      device: { kind: 'programmable', reservoirMl: 20, strokeVolumeUl: 1 },
      reservoirStartMl: 20,
      // 0.2 mL/day × 2000 µg/mL = 400 µg/day, inside the spinal-origin maintenance range 300–800 µg/day (◐).
      program: { mode: 'continuous', rateMlPerDay: 0.2 },
    },
  },
];

export const DEFAULT_PRESET_ID = 'baclofen-programmable';

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
