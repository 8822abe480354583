/**
 * Fills the device fields a scenario leaves out with the defaults of its device preset, still in scenario
 * units. Used by the consistency checks, the warnings and src/sim/scenario-mapping.ts, so that all three see the
 * same numbers.
 */
import type { Scenario } from './schema.js';
import { DEVICE_DEFAULTS, type DeviceDefaults } from './device-defaults.js';

export interface ResolvedDevice extends DeviceDefaults {
  kind: Scenario['device']['kind'];
  reservoirStartMl: number;
}

export function resolveDevice(s: Scenario): ResolvedDevice {
  const spec = s.device;
  const base = DEVICE_DEFAULTS[spec.kind];
  const defined = Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined));
  const merged = { ...base, ...defined } as DeviceDefaults & { kind: Scenario['device']['kind'] };
  return { ...merged, reservoirStartMl: spec.reservoirStartMl ?? merged.reservoirMl };
}
