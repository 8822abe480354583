// Scenario field paths in words for learners (src/ui/format/field-words.ts): no schema path on screen.
import { describe, expect, it } from 'vitest';
import { fieldWords, plainMessage } from '../../src/ui/format/field-words.js';
import { issue } from '../../src/model/scenario/errors.js';
import { scenarioJsonSchema } from '../../src/model/scenario/schema.js';
import { setLang } from '../../src/ui/i18n/locale.js';
import { FIELD_TEXT } from '../../src/ui/i18n/strings.js';

/** Every property name in the scenario's JSON Schema, at any depth. */
function schemaFields(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => schemaFields(n, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) out.add(name);
      schemaFields(v, out);
    }
  return out;
}

describe('fieldWords', () => {
  it('names the field and the list items it is in, numbered from 1', () => {
    expect(fieldWords('environment.timeline.0.bodyTemperatureC')).toBe('Body temperature (°C), step 1');
    expect(fieldWords('events.2.volumeMl')).toBe('Volume (mL), event 3');
    expect(fieldWords('events.0.flex.steps.2.rateMlPerDay')).toBe('Rate (mL/day), step 3, event 1');
    expect(fieldWords('drug.concentrationUgPerMl')).toBe('Concentration (µg/mL)');
    expect(fieldWords('durationDays')).toBe('Simulated time (days)');
    expect(fieldWords('device.strokeVolumeUl')).toBe('Stroke volume (µL)');
    expect(fieldWords('')).toBe('The scenario');
  });

  it('rewrites a message that starts with its path; other messages are kept', () => {
    const i = issue('environment.timeline.0.bodyTemperatureC', 50, 'must be from 30 to 43 °C');
    expect(i.message).toContain('environment.timeline.0.bodyTemperatureC');
    expect(plainMessage(i)).toBe('Body temperature (°C), step 1 is 50: must be from 30 to 43 °C');
    const missing = issue('drug.concentrationUgPerMl', undefined, 'needed');
    expect(plainMessage(missing)).toBe('Concentration (µg/mL) is missing: needed');
    expect(plainMessage({ ...i, message: 'something else' })).toBe('something else');
  });

  it('names every field of the scenario format (so a translation names them all)', () => {
    const missing = [...schemaFields(scenarioJsonSchema())].filter(
      (f) => f !== '$schema' && !Object.hasOwn(FIELD_TEXT.names, f),
    );
    expect(missing).toEqual([]);
  });

  it('in Spanish: field names and list items in Spanish; the model keeps its English message', async () => {
    const i = issue('environment.timeline.0.bodyTemperatureC', 50, 'must be from 30 to 43 °C');
    await setLang('es', null);
    try {
      expect(plainMessage(i)).toBe('Temperatura corporal (°C), paso 1 vale 50: must be from 30 to 43 °C');
      expect(plainMessage(issue('drug.concentrationUgPerMl', undefined, 'needed'))).toBe(
        'Concentración (µg/mL) falta: needed',
      );
      expect(fieldWords('events.0.flex.steps.2.rateMlPerDay')).toBe('Ritmo (mL/día), paso 3, evento 1');
    } finally {
      await setLang('en', null);
    }
    expect(i.message).toBe('environment.timeline.0.bodyTemperatureC = 50: must be from 30 to 43 °C');
    expect(plainMessage(i)).toBe('Body temperature (°C), step 1 is 50: must be from 30 to 43 °C');
  });
});
