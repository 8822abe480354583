// The views pick a device preset for a scenario that may not be validated yet; the engine picks one for the
// validated scenario. Both must agree for every kind of device (a second copy in the UI once forgot the
// lumbar-puncture injection).
import { describe, expect, it } from 'vitest';
import { devicePresetId } from '../../src/model/scenario/resolve.js';
import { PRESETS, presetScenario } from '../../src/model/scenario/presets.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { devicePresetFor } from '../../src/ui/format/estimates.js';

const base = presetScenario('baclofen-programmable')!;
const devices: Record<string, unknown>[] = [
  { kind: 'programmable' },
  { kind: 'accumulator', generation: 1 },
  { kind: 'accumulator', generation: 2 },
  { kind: 'constant-rate' },
  { kind: 'external' },
  { kind: 'external', access: 'temporary-catheter' },
  { kind: 'external', access: 'port' },
  { kind: 'external', access: 'lumbar-puncture' },
];

describe('device preset of a scenario', () => {
  it.each(devices)('the views and the engine pick the same preset for %o', (device) => {
    const program = device.kind === 'constant-rate' ? {} : { mode: 'stopped' };
    const v = validateScenario({ ...base, device, program });
    expect(v.ok).toBe(true);
    if (v.ok) expect(devicePresetFor(device)).toBe(devicePresetId(v.scenario));
  });

  it('agrees on the device of every preset scenario', () => {
    for (const p of PRESETS) {
      const v = validateScenario(p.scenario);
      if (v.ok)
        expect({ id: p.id, preset: devicePresetFor(p.scenario.device as Record<string, unknown>) }).toEqual({
          id: p.id,
          preset: devicePresetId(v.scenario),
        });
    }
  });
});
