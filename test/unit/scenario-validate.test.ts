// Scenario validation: every invalid field named with its path, value, allowed range and unit, all at once;
// consistency errors; clinical warnings in plain words; the JSON Schema export.
/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit scenario documents as free-form JSON */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { scenarioJsonSchema } from '../../src/model/scenario/schema.js';

const base = () => presetScenario('baclofen-programmable') as Record<string, any>;

function errorsOf(input: unknown) {
  const v = validateScenario(input);
  if (v.ok) throw new Error('expected the scenario to be invalid');
  return v.errors;
}

describe('validateScenario', () => {
  it('reports several invalid fields at once with path, value, range and unit', () => {
    const s = base();
    s.durationDays = 0;
    s.drug.concentrationUgPerMl = -5;
    s.device.strokeVolumeUl = 'big';
    s.outputIntervalMinutes = 1e9;
    const errors = errorsOf(s);
    const by = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(Object.keys(by).sort()).toEqual([
      'device.strokeVolumeUl',
      'drug.concentrationUgPerMl',
      'durationDays',
      'outputIntervalMinutes',
    ]);
    expect(by.durationDays.message).toBe(
      'durationDays = 0: must be a number greater than 0 and at most 3653 days',
    );
    expect(by['drug.concentrationUgPerMl'].value).toBe(-5);
    expect(by['device.strokeVolumeUl'].message).toBe(
      'device.strokeVolumeUl = "big": must be a number from 0.05 to 50 µL',
    );
    expect(by.outputIntervalMinutes.message).toContain('from 1 to 10080 min');
  });

  it('names missing fields, unknown fields and wrong kinds plainly', () => {
    const s = base();
    delete s.drug;
    s.device.kind = 'magic';
    s.program.rateMlPerday = 1; // typo
    const errors = errorsOf(s);
    const msgs = errors.map((e) => e.message);
    expect(msgs).toContain('drug is missing: must be an object (a group of fields)');
    expect(
      msgs.some((m) => m.startsWith('device.kind = "magic": must be one of: programmable, accumulator')),
    ).toBe(true);
    expect(msgs).toContain(
      'program.rateMlPerday = 1: is not a field of this scenario format (check the spelling and docs/scenario.md)',
    );
  });

  it('rejects non-objects without throwing', () => {
    for (const bad of [null, 3, 'x', [], undefined, true]) {
      const errors = errorsOf(bad);
      expect(errors).toHaveLength(1);
      expect(errors[0].path).toBe('');
    }
  });

  it('checks consistency: rate above the device maximum, overfull reservoir, a programmed gas pump', () => {
    const s = base();
    s.program.rateMlPerDay = 30;
    s.device.reservoirStartMl = 25;
    const by = Object.fromEntries(errorsOf(s).map((e) => [e.path, e.message]));
    expect(by['program.rateMlPerDay']).toBe(
      'program.rateMlPerDay = 30: is faster than this pump can deliver: its maximum is 24 mL/day (allowed from 0 to 24 mL/day)',
    );
    expect(by['device.reservoirStartMl']).toContain('cannot exceed the reservoir (20 mL)');

    const gas = presetScenario('baclofen-constant-rate') as Record<string, any>;
    gas.program = { rateMlPerDay: 1 };
    expect(errorsOf(gas)[0].message).toMatch(/constant-rate \(gas-driven\) pump cannot be programmed/);
  });

  it('warns (does not refuse) above a published maximum daily dose or concentration', () => {
    const s = presetScenario('ziconotide-titration') as Record<string, any>;
    s.program.rateMlPerDay = 1; // 25 µg/day > 19.2 µg/day
    const v = validateScenario(s);
    expect(v.ok).toBe(true);
    expect(v.warnings.map((w) => w.message).join('\n')).toMatch(
      /up to 25 µg\/day of ziconotide is above the published maximum daily dose \(19\.2 µg\/day/,
    );
    const m = presetScenario('morphine-cancer-pain') as Record<string, any>;
    m.drug.concentrationUgPerMl = 30000;
    m.program.rateMlPerDay = 1; // 30 mg/day
    const vm = validateScenario(m);
    expect(vm.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(['drug.concentrationUgPerMl', 'program']),
    );
    expect(vm.warnings.find((w) => w.path === 'drug.concentrationUgPerMl')!.message).toContain(
      'not verified',
    );
  });

  it('flags events after the end of the run as warnings', () => {
    const s = base();
    s.events = [{ type: 'refill', atHours: 5000, volumeMl: 10 }];
    const v = validateScenario(s);
    expect(v.ok).toBe(true);
    expect(v.warnings[0].message).toBe(
      'events.0.atHours = 5000: is after the end of the run (2160 h): it will have no effect',
    );
  });

  it('bounds the output size', () => {
    const s = base();
    s.durationDays = 3000;
    s.outputIntervalMinutes = 1;
    expect(errorsOf(s)[0].message).toMatch(
      /output rows .* use at least 36 min or set model.distribution to false/,
    );
  });

  it('publishes JSON Schema with ranges and units', () => {
    const js = scenarioJsonSchema() as any;
    expect(js.$schema).toContain('2020-12');
    expect(js.properties.durationDays).toMatchObject({
      exclusiveMinimum: 0,
      maximum: 3653,
      'x-unit': 'days',
    });
    expect(js.required).toEqual(expect.arrayContaining(['schemaVersion', 'durationDays', 'drug', 'device']));
    expect(JSON.stringify(js)).toContain('"constant-rate"');
  });
});
