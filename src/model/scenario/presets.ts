/**
 * Teaching presets. The ids are a contract the UI and the lessons use: keep them. Each scenario is complete and
 * valid; the sources of its numbers are in comments (keys of docs/sources.md). Tests run every one.
 */
import type { ScenarioInput } from './schema.js';
import { PUMP_PRESETS } from './presets-pumps.js';
import { LIFECYCLE_PRESETS } from './presets-lifecycle.js';
import { TRIAL_PRESETS } from './presets-trials.js';
import { COMPLICATION_PRESETS } from './presets-complications.js';

export interface Preset {
  id: string;
  title: string;
  /** One line: what the learner should look at. */
  description: string;
  scenario: ScenarioInput;
}

export const PRESET_IDS = [
  'baclofen-programmable',
  'baclofen-constant-rate',
  'morphine-cancer-pain',
  'ziconotide-titration',
  'gas-pump-fever-flight',
  'gas-pump-hyperbaric',
  'mri-programmable',
  'mri-accumulator',
  'mri-accumulator-gen2',
  'concentration-change-bridge',
  'concentration-change-no-bridge',
  'missed-refill',
  'pocket-fill',
  'battery-end-of-service',
  'baclofen-bolus-screening',
  'continuous-trial-external',
  'catheter-dead-space',
  'baclofen-child',
  'morphine-naive-start',
  'morphine-restart-after-gap',
  'catheter-granuloma',
  'catheter-kink',
  'catheter-occlusion',
  'catheter-disconnection',
  'catheter-migration',
  'access-port-injection',
  'wrong-concentration',
  'priming-bolus-mixing',
  'ziconotide-first-fill',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

const ALL = [...PUMP_PRESETS, ...LIFECYCLE_PRESETS, ...TRIAL_PRESETS, ...COMPLICATION_PRESETS];

/** Every preset, in PRESET_IDS order. */
export const PRESETS: readonly Preset[] = PRESET_IDS.map((id) => ALL.find((p) => p.id === id)!);

export const DEFAULT_PRESET_ID: PresetId = 'baclofen-programmable';

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** A deep copy of a preset's scenario, safe to edit: a scenario for a known id, undefined for an unknown string. */
export function presetScenario(id: PresetId): ScenarioInput;
export function presetScenario(id: string): ScenarioInput | undefined;
export function presetScenario(id: string): ScenarioInput | undefined {
  const p = findPreset(id);
  return p ? (JSON.parse(JSON.stringify(p.scenario)) as ScenarioInput) : undefined;
}
