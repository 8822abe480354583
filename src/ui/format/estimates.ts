/**
 * Which shown device numbers are estimates, and their sources, read from the sourced device presets
 * (src/model/data/devices.ts: every value carries `tag` and `source`). The views show an "est." badge for any value
 * tagged 'estimate' or 'not-found'.
 */
import { DEVICE_PRESETS, type DevicePresetId, type Sourced } from '../../model/data/devices.js';
import { devicePresetIdOf } from '../../model/scenario/resolve.js';
import { citeText } from '../../model/sources.js';

const UNSURE = new Set(['estimate', 'not-found']);

/** The device preset a scenario's device resembles: the model's own rule (src/model/scenario/resolve.ts). */
export function devicePresetFor(device: Record<string, unknown> | undefined): DevicePresetId {
  return devicePresetIdOf(device);
}

const sourceOf = (s: Sourced<unknown>): string | null =>
  UNSURE.has(s.tag) ? `${citeText(s.source)} (${s.tag})` : null;

/** Source of the stroke / pulse volume when it is an estimate, else null. */
export function quantumEstimate(device: Record<string, unknown> | undefined): string | null {
  const p = DEVICE_PRESETS[devicePresetFor(device)];
  return p.kind === 'constant-rate' ? null : sourceOf(p.strokeVolumeUl);
}

/** The stroke / pulse volume a device uses, µL: the scenario's value, else its preset's (NaN for gas). */
export function quantumUl(device: Record<string, unknown> | undefined): number {
  const p = DEVICE_PRESETS[devicePresetFor(device)];
  if (p.kind === 'constant-rate') return NaN;
  const given = Number(device?.strokeVolumeUl ?? device?.pulseVolumeUl);
  return given > 0 ? given : p.strokeVolumeUl.value;
}

/** Sources behind the gas pump's temperature and pressure sensitivity (estimates; docs/sources.md). */
export function gasSensitivityEstimate(): string {
  const g = DEVICE_PRESETS['constant-rate'].gas!;
  return [g.driveKpa, g.latentHeatJPerMol].map((s) => sourceOf(s) ?? citeText(s.source)).join('; ');
}
