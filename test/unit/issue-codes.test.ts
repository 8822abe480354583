// Validation issues carry a code and parameters beside their English text, so that the interface writes them in
// the page's language (field-words.ts): every code has an English and a Spanish rule, a Spanish message has no
// English left in it, the model's English text is unchanged, and the code crosses the worker boundary.
/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit scenario documents as free-form JSON */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { ISSUE_CODES, ScenarioError, type ScenarioIssue } from '../../src/model/scenario/errors.js';
import { registerErrorTransfer } from '../../src/runtime/errors-transfer.js';
import { plainMessage } from '../../src/ui/format/field-words.js';
import { setLang } from '../../src/ui/i18n/locale.js';

/** An invalid scenario with one issue of many codes. */
function issues(): ScenarioIssue[] {
  const s = presetScenario('baclofen-programmable') as Record<string, any>;
  s.durationDays = 0;
  s.device.strokeVolumeUl = 'big';
  s.drug.concentrationUgPerMl = undefined;
  s.name = 7;
  s.colour = 'blue';
  const v = validateScenario(s);
  if (v.ok) throw new Error('expected the scenario to be invalid');
  return v.errors;
}
const by = (list: ScenarioIssue[], path: string) => list.find((i) => i.path === path)!;

/** English words a Spanish rule must not contain. */
const ENGLISH =
  /\b(must|from|between|greater|than|at most|number|whole|one of|is|missing|text|list|field)\b/i;

/** An issue of each code with every parameter set. */
const sample = (code: (typeof ISSUE_CODES)[number]): ScenarioIssue => ({
  path: 'program.rateMlPerDay',
  value: 1.5,
  message: 'program.rateMlPerDay = 1.5: (English)',
  severity: 'error',
  code,
  params: { min: 0, max: 2.5, unit: 'mL/day', options: ['a', 'b'], maxLength: 200, maxItems: 96, version: 1 },
});

describe('validation issue codes', () => {
  it('the model gives each schema issue a code and parameters, its English text unchanged', () => {
    const list = issues();
    const days = by(list, 'durationDays');
    expect(days.message).toBe('durationDays = 0: must be a number greater than 0 and at most 3653 days');
    expect(days.code).toBe('range');
    expect(days.params).toEqual({ min: 0, max: 3653, unit: 'days', int: false, exclusiveMin: true });
    expect(by(list, 'device.strokeVolumeUl').params).toMatchObject({ min: 0.05, max: 50, unit: 'µL' });
    expect(by(list, 'drug.concentrationUgPerMl').code).toBe('range');
    expect(by(list, 'name')).toMatchObject({ code: 'text', params: { maxLength: 200 } });
    expect(by(list, 'colour').code).toBe('unknown-field');
    expect(list.every((i) => i.code)).toBe(true);
    const notObject = validateScenario(5);
    expect(!notObject.ok && notObject.errors[0]!.code).toBe('not-a-scenario');
  });

  it('in English the interface says what the model says, with the field in words', () => {
    const list = issues();
    expect(plainMessage(by(list, 'device.strokeVolumeUl'))).toBe(
      'Stroke volume (µL) is "big": must be a number from 0.05 to 50 µL',
    );
    expect(plainMessage(by(list, 'drug.concentrationUgPerMl'))).toMatch(
      /^Concentration \(µg\/mL\) is missing: must be a number greater than 0 and at most [\d,]+ µg\/mL$/,
    );
  });

  it('in Spanish: every code written in Spanish, numbers and units per locale, no English word left', async () => {
    const english = ISSUE_CODES.map((c) => plainMessage(sample(c)));
    const list = issues();
    await setLang('es', null);
    try {
      ISSUE_CODES.forEach((c, k) => {
        const text = plainMessage(sample(c));
        expect(text, c).not.toBe(english[k]);
        expect(text, c).not.toContain('(English)');
        expect(text.replace(/"[^"]*"/g, ''), c).not.toMatch(ENGLISH);
      });
      expect(plainMessage(sample('range'))).toBe(
        'Ritmo (mL/día) vale 1,5: debe ser un número de 0 a 2,5 mL/día',
      );
      const days = plainMessage(by(list, 'durationDays'));
      expect(days).toBe(
        'Tiempo simulado (días) vale 0: debe ser un número mayor que 0 y como máximo 3653 días',
      );
      for (const i of list) expect(plainMessage(i).replace(/"[^"]*"/g, ''), i.path).not.toMatch(ENGLISH);
    } finally {
      await setLang('en', null);
    }
  });

  it('issues keep their code and parameters across the worker boundary', () => {
    const handlers = new Map<string, unknown>([
      [
        'throw',
        { canHandle: () => true, serialize: (v: unknown) => [v, []], deserialize: (v: unknown) => v },
      ],
    ]);
    registerErrorTransfer(handlers);
    const h = handlers.get('throw') as {
      serialize(v: unknown): [unknown, unknown[]];
      deserialize(v: unknown): unknown;
    };
    const [wire] = h.serialize({ value: new ScenarioError(issues()) });
    let revived: unknown;
    try {
      h.deserialize(structuredClone(wire));
    } catch (e) {
      revived = e;
    }
    expect(revived).toBeInstanceOf(ScenarioError);
    const days = by((revived as ScenarioError).issues, 'durationDays');
    expect(days.code).toBe('range');
    expect(days.params).toEqual({ min: 0, max: 3653, unit: 'days', int: false, exclusiveMin: true });
  });
});
