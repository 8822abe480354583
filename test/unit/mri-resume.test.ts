// MRI with a programmable pump, through the whole scenario path: the rotor stalls for the scan and resumes when
// it ends (the default, no gap afterwards); a late restart is a fault given on the MRI event (resumeDelayHours,
// bounded by the reported 2–24 h); the event log asks for an interrogation when the scan ends.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';

/** 0.24 mL/day = 10 µL/h in 1 µL strokes, exact accuracy, hourly output; a 1-h scan from 2 h to 3 h. */
function scan(mri: Record<string, unknown> = {}): ScenarioInput {
  return {
    schemaVersion: 1,
    name: 'MRI, programmable pump',
    seed: 1,
    durationDays: 0.5,
    outputIntervalMinutes: 60,
    drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
    device: { kind: 'programmable', reservoirStartMl: 15, accuracyBiasPercent: 0, accuracyRandomPercent: 0 },
    patient: { catheterTipLevel: 'T11' },
    program: { mode: 'continuous', rateMlPerDay: 0.24 },
    events: [{ type: 'mri', atHours: 2, durationMinutes: 60, fieldT: 1.5, ...mri }],
  } as ScenarioInput;
}

describe('MRI with a programmable pump', () => {
  it('by default infusion resumes when the scan ends: no gap after it', async () => {
    const r = await simulate(scan());
    expect(Array.from(r.series.tipVolumeUl.slice(0, 6))).toEqual([10, 10, 0, 10, 10, 10]);
    expect(r.events.find((e) => e.code === 'mri-restart')?.tHours).toBe(3);
  });

  it('a late restart of 2 h, injected on the MRI event, leaves a 2-h gap after the scan', async () => {
    const r = await simulate(scan({ resumeDelayHours: 2 }));
    expect(Array.from(r.series.tipVolumeUl.slice(0, 7))).toEqual([10, 10, 0, 0, 0, 10, 10]);
    expect(r.events.find((e) => e.code === 'mri-restart')?.tHours).toBe(5);
  });

  it('the event log recommends interrogating the pump when the scan ends', async () => {
    for (const r of [await simulate(scan()), await simulate(scan({ resumeDelayHours: 2 }))]) {
      const ask = r.events.find((e) => e.code === 'mri-interrogate');
      expect(ask?.tHours).toBe(3);
      expect(ask?.message).toBe(
        'MRI scan over: interrogate the pump with the programmer to confirm that infusion has resumed (it can restart hours late).',
      );
    }
  });

  it('a delay beyond the reported 24 h is refused with the field, value, range and unit', () => {
    const v = validateScenario(scan({ resumeDelayHours: 30 }));
    if (v.ok) throw new Error('a 30-h delay must be refused');
    const issue = v.errors.find((i) => i.path === 'events.0.resumeDelayHours');
    expect(issue?.message).toMatch(/30/);
    expect(issue?.message).toMatch(/0 to 24 h/);
  });

  it('a late restart given for a pump the magnet does not stop is a warning, not a silent no-op', () => {
    const gas = {
      ...scan({ resumeDelayHours: 2 }),
      device: { kind: 'constant-rate', reservoirMl: 20 },
      program: {},
    };
    const v = validateScenario(gas);
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
    expect(v.warnings.map((w) => w.path)).toContain('events.0.resumeDelayHours');
    const ok = validateScenario(scan({ resumeDelayHours: 2 }));
    expect(ok.warnings.map((w) => w.path)).not.toContain('events.0.resumeDelayHours');
  });
});
