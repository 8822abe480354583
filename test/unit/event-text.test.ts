// Engine events in the learner's language (src/ui/format/event-text.ts): every code the pump driver emits is
// written from its code and data by the catalogue (strings-events.ts); the English text says what the engine
// says; Spanish comes from the same code and data.
import { afterEach, describe, expect, it } from 'vitest';
import { pumpLogToEvent } from '../../src/engine/pump/pump-events.js';
import { PUMP_CONSTANTS as C } from '../../src/model/wasm-abi.js';
import { eventText } from '../../src/ui/format/event-text.js';
import { formatTime } from '../../src/ui/format/format.js';
import { EVENT_TEXT } from '../../src/ui/i18n/strings-events.js';
import { setLang } from '../../src/ui/i18n/locale.js';

const LOG_CODES = Object.entries(C)
  .filter(([k]) => k.startsWith('LOG_') && k !== 'LOG_STRIDE' && k !== 'LOG_OVERFLOW')
  .map(([, v]) => v as number);

afterEach(() => setLang('en', null));

describe('event texts', () => {
  it('every code the pump driver emits has a text', () => {
    const missing: string[] = [];
    for (const code of LOG_CODES)
      for (const a of [0, 1]) {
        const e = pumpLogToEvent(10, code, a, 2.5, 3);
        if (!EVENT_TEXT.text[e.code]) missing.push(e.code);
        const text = eventText(e);
        expect(text, e.code).toMatch(/\S/);
        expect(text, e.code).not.toMatch(/undefined|NaN/);
      }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('a gas pump’s backflow in plain words, English and Spanish; a backwards flow is not a negative percent', async () => {
    const start = pumpLogToEvent(34, C.LOG_BACKFLOW_START, 40.5, 17.1, 0);
    expect(eventText(start)).toBe(start.message);
    expect(eventText(start)).toMatch(/runs backwards, about 17\.1 µL an hour drawn from the spinal fluid/);
    const end = pumpLogToEvent(35.5, C.LOG_BACKFLOW_END, 101.3, 25.7, 0.0154);
    expect(eventText(end)).toMatch(
      /^The drive is 101 kPa above ambient again: forward flow resumed\. 25\.7 µL were drawn back, with 0\.0154 µg of drug/,
    );
    const env = pumpLogToEvent(34, C.LOG_ENVIRONMENT, 37, 243.2, -0.4);
    expect(env.message).toMatch(/runs backwards at about 40 % of its nominal rate/);
    expect(eventText(env)).toMatch(/runs backwards, at 40 % of its nominal rate/);
    await setLang('es', null);
    expect(eventText(start)).toMatch(/el flujo va hacia atrás/);
    expect(eventText(end)).toMatch(/se reanudó el flujo hacia delante/);
    for (const e of [start, end, env]) expect(eventText(e)).not.toMatch(/−|-\d|e-\d/);
  });

  it('the English text says what the engine says (numbers formatted for display)', () => {
    const low = pumpLogToEvent(1440, C.LOG_LOW_RESERVOIR, 2000, 0, 0);
    expect(low.message).toBe('Low-reservoir alarm: the pump calculates 2 mL left.');
    expect(eventText(low)).toBe('Low-reservoir alarm: the pump calculates 2 mL left.');
    const overdue = pumpLogToEvent(2100, C.LOG_REFILL_OVERDUE, 2040, 0, 0);
    expect(eventText(overdue)).toBe(overdue.message);
    const mri = pumpLogToEvent(10, C.LOG_MRI_START, 0.5, C.MRI_STALL_RESTART, 0);
    expect(eventText(mri)).toBe(mri.message.replace('0.50 h', '0.5 h'));
  });

  it('Spanish from the same code and data: words, decimal comma, day names', async () => {
    await setLang('es', null);
    const low = pumpLogToEvent(1440, C.LOG_LOW_RESERVOIR, 1234.5, 0, 0);
    expect(eventText(low)).toBe('Alarma de depósito bajo: la bomba calcula que quedan 1,23 mL.');
    const overdue = pumpLogToEvent(2100, C.LOG_REFILL_OVERDUE, 2040, 0, 0);
    expect(eventText(overdue)).toBe('La recarga prevista para día 85, 00:00 no se ha hecho.');
    expect(formatTime(9000)).toBe('día 375 (año 2), 00:00');
    // A code without a catalogue text keeps the engine's message rather than showing nothing.
    expect(eventText({ tHours: 0, code: 'future-code', severity: 'info', message: 'Engine words.' })).toBe(
      'Engine words.',
    );
  });
});
