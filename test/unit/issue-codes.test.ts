// Validation issues carry a code and parameters beside their English text, so that the interface writes them in
// the page's language (field-words.ts): every code has an English and a Spanish rule, a Spanish message has no
// English left in it, the model's English text is unchanged, and the code crosses the worker boundary.
/* eslint-disable @typescript-eslint/no-explicit-any -- the tests edit scenario documents as free-form JSON */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/scenario/validate.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import {
  CHECK_CODES,
  ISSUE_CODES,
  ScenarioError,
  type ScenarioIssue,
} from '../../src/model/scenario/errors.js';
import { registerErrorTransfer } from '../../src/runtime/errors-transfer.js';
import { plainMessage, ruleMessage } from '../../src/ui/format/field-words.js';
import { setLang } from '../../src/ui/i18n/locale.js';
import { FIELD_TEXT } from '../../src/ui/i18n/strings.js';

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

/** A scenario that breaks a few consistency checks and sets off a few clinical warnings. */
function checked(): { errors: ScenarioIssue[]; warnings: ScenarioIssue[] } {
  const s = presetScenario('baclofen-programmable') as Record<string, any>;
  s.program.rateMlPerDay = 1; // 2000 µg/day of baclofen
  s.durationDays = 400; // the fill outlasts baclofen's stability in the pump
  s.events = [
    { type: 'replacement', atHours: 24, volumeMl: 30, interruptionHours: 5 },
    { type: 'refill', atHours: 26, volumeMl: 10 },
  ];
  const v = validateScenario(s);
  return v.ok ? { errors: [], warnings: v.warnings } : { errors: v.errors, warnings: v.warnings };
}
const byCode = (list: ScenarioIssue[], code: string) => {
  const found = list.find((i) => i.code === code);
  if (!found) throw new Error(`no issue with code ${code}`);
  return found;
};

/** English words a Spanish check or warning must not contain (drug names and citations aside). */
const ENGLISH_CHECK =
  /\b(the|is|of|and|above|after|before|with|days|day|refill|pump|fill|must|cannot|dose|limit|run|new|or|at|to|by)\b/i;

/** A check or warning of each code with every parameter set. */
const checkSample = (code: (typeof CHECK_CODES)[number]): ScenarioIssue => ({
  path: 'program.rateMlPerDay',
  value: 1.5,
  message: 'program.rateMlPerDay = 1.5: (English)',
  severity: 'warning',
  code,
  params: {
    drug: 'morphine',
    amount: 1234.5,
    limit: 1000,
    min: 0,
    max: 40,
    unit: 'mL/day',
    count: 200000,
    from: 50,
    to: 74,
    event: 1,
    what: 'initial',
    limitKind: 'published-daily',
    source: '(a citation)',
    options: ['programmable', 'constant-rate'],
    flag: true,
  },
});

describe('consistency check and clinical warning codes', () => {
  it('the model gives each check and warning a code and parameters, its English text unchanged', () => {
    const { errors, warnings } = checked();
    const fill = byCode(errors, 'replacement-fill');
    expect(fill.message).toBe(
      "events.0.volumeMl = 30: the fill cannot exceed the new pump's reservoir (20 mL): allowed from 0 to 20 mL",
    );
    expect(fill.params).toEqual({ min: 0, max: 20, unit: 'mL' });
    const daily = byCode(warnings, 'daily-dose');
    expect(daily.message).toMatch(/^program = 2000: up to 2000 µg\/day of baclofen is above the /);
    expect(daily.params).toMatchObject({ drug: 'baclofen', amount: 2000 });
    expect(byCode(warnings, 'no-pump-implanted').message).toBe(
      'events.1.atHours = 26: falls while no pump is implanted (events.0: from 24 to 29 h): the new pump is filled by the replacement',
    );
    expect(byCode(warnings, 'stability-end').params).toMatchObject({ drug: 'baclofen', what: 'refilled' });
    for (const i of [...errors, ...warnings]) expect(i.code, i.message).toBeDefined();
  });

  it('every check and warning code is written in English and in Spanish, with no English word left', async () => {
    const english = CHECK_CODES.map((c) => plainMessage(checkSample(c)));
    CHECK_CODES.forEach((c, k) => {
      expect(typeof FIELD_TEXT.checks[c], c).toBe('function');
      expect(english[k], c).not.toContain('(English)');
    });
    await setLang('es', null);
    try {
      CHECK_CODES.forEach((c, k) => {
        const text = plainMessage(checkSample(c));
        expect(text, c).not.toBe(english[k]);
        expect(text, c).not.toContain('(English)');
        expect(text.replace(/Prometra( II| PTC)?/g, ''), c).not.toMatch(ENGLISH_CHECK);
      });
      expect(plainMessage(checkSample('daily-dose'))).toContain(
        'hasta 1234,5 µg/día de morfina supera la dosis diaria máxima publicada (1000 µg/día)',
      );
      expect(plainMessage(checkSample('implanted-only'))).toContain(
        '(programable, de flujo constante (impulsada por gas))',
      );
    } finally {
      await setLang('en', null);
    }
  });

  it('a dose above the daily limit, a fill beyond its stability and a replacement check read in Spanish', async () => {
    const { errors, warnings } = checked();
    const picked = [
      byCode(warnings, 'daily-dose'),
      byCode(warnings, 'stability-end'),
      byCode(warnings, 'no-pump-implanted'),
      byCode(errors, 'replacement-fill'),
    ];
    const english = picked.map(plainMessage);
    expect(english[3]).toBe(
      "Volume (mL), event 1 is 30: the fill cannot exceed the new pump's reservoir (20 mL): allowed 0 to 20 mL",
    );
    await setLang('es', null);
    try {
      const spanish = picked.map(plainMessage);
      spanish.forEach((text, k) => {
        expect(text).not.toBe(english[k]);
        expect(text, text).not.toMatch(ENGLISH_CHECK);
        expect(text, text).not.toMatch(/events\.|atHours|volumeMl|\{/);
      });
      expect(spanish[0]).toMatch(/^Programa vale 2000: hasta 2000 µg\/día de baclofeno supera /);
      expect(spanish[2]).toContain('(evento 1: de 24 a 29 h)');
      expect(spanish[3]).toBe(
        'Volumen (mL), evento 1 vale 30: el llenado no puede superar el reservorio de la bomba nueva (20 mL): se admite de 0 a 20 mL',
      );
      expect(ruleMessage(picked[3])).toBe(
        'el llenado no puede superar el reservorio de la bomba nueva (20 mL): se admite de 0 a 20 mL',
      );
    } finally {
      await setLang('en', null);
    }
  });
});
