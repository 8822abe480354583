// The published JSON Schema (`intrathecal-pump-sim/scenario.schema.json`, `itp-sim schema`) as other tools read it:
// Ajv 2020 in strict mode compiles it (an unknown keyword such as `unit` fails strict mode; units travel as the
// `x-unit` annotation, which a strict validator declares: `new Ajv2020({ keywords: ['x-unit'] })`), it carries an
// `$id`, and it accepts every preset and rejects an out-of-range value.
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { scenarioJsonSchema, SCENARIO_SCHEMA_ID } from '../../src/model/scenario/schema.js';
import { PRESETS } from '../../src/model/scenario/presets.js';

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, keywords: ['x-unit'] });
  return ajv.compile(scenarioJsonSchema());
}

describe('scenario JSON Schema under Ajv strict mode', () => {
  it('compiles in strict mode and has an absolute $id', () => {
    expect(() => compile()).not.toThrow();
    expect(scenarioJsonSchema().$id).toBe(SCENARIO_SCHEMA_ID);
    expect(new URL(SCENARIO_SCHEMA_ID).protocol).toBe('https:');
  });

  it('puts the unit of every number in x-unit', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    expect(text).not.toMatch(/"unit":/);
    const props = scenarioJsonSchema().properties as Record<string, Record<string, unknown>>;
    expect(props.durationDays?.['x-unit']).toBe('days');
  });

  it('accepts every preset scenario and rejects an out-of-range duration', () => {
    const validate = compile();
    for (const p of PRESETS)
      expect(validate(p.scenario), `${p.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const bad = { ...PRESETS[0]!.scenario, durationDays: -1 };
    expect(validate(bad)).toBe(false);
  });
});
