/**
 * Pump replacement on the TypeScript side: what the new pump of a replacement runs with, and which pump is
 * implanted at a given time. The engine side is assembly/pump/replacement.ts.
 */
import type { PumpConfig, PumpDeviceParams, Replacement } from '../../model/pump-config.js';

const num = (x: number | undefined): number => (Number.isFinite(x) ? (x as number) : 0);

export const batteryPowered = (d: PumpDeviceParams): boolean =>
  !!d.battery && d.kind !== 'constant-rate' && d.kind !== 'injection';

/**
 * The configuration the new pump of replacement r runs with: its device (default: the same model with a new
 * battery), its catheter (revised, or kept) and its reservoir. Used for its engine parameter set.
 */
export function replacementConfig(config: PumpConfig, r: Replacement): PumpConfig {
  const same = config.device;
  const device = r.device ?? { ...same, battery: same.battery && { ...same.battery, startUsedFraction: 0 } };
  return {
    ...config,
    device,
    catheter: r.catheter ?? config.catheter,
    reservoir: { volumeUl: r.volumeUl, concentrationUgPerUl: r.concentrationUgPerUl, drug: r.drug },
  };
}

/** The device implanted at time t (the last replacement started by then, else the first pump). */
export function deviceAt(config: PumpConfig, tHours: number): PumpDeviceParams {
  let d = config.device;
  const started = config.events.replacements
    .map((r) => ({ r, t: r.tHours + Math.max(0, num(r.interruptionHours)) }))
    .filter((x) => x.t <= tHours)
    .sort((a, b) => a.t - b.t);
  for (const x of started) d = replacementConfig(config, x.r).device;
  return d;
}
