// Scenario field paths in words for learners (src/ui/format/field-words.ts): no schema path on screen.
import { describe, expect, it } from 'vitest';
import { fieldWords, plainMessage } from '../../src/ui/format/field-words.js';
import { issue } from '../../src/model/scenario/errors.js';

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
});
