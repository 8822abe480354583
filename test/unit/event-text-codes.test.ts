// Every event code the engine sends (src/engine) has a text in the page's catalogue (EVENT_TEXT), so the page
// never falls back to the engine's English message. The codes are read from the engine's source: each
// `code:` line's string literals, with the tip-loss codes built from their cause ids.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pumpLogToEvent } from '../../src/engine/pump/pump-events.js';
import { PUMP_CONSTANTS as C, TIP_LOSS_CAUSE_ID } from '../../src/model/wasm-abi.js';
import { eventText } from '../../src/ui/format/event-text.js';
import { EVENT_TEXT } from '../../src/ui/i18n/strings-events.js';

const engine = fileURLToPath(new URL('../../src/engine/', import.meta.url));

/** Codes written as literals after `code:` (not `?? 'fallback'` defaults inside them). */
function engineCodes(): Set<string> {
  const codes = new Set<string>();
  for (const f of readdirSync(engine, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.ts')) continue;
    for (const line of readFileSync(engine + f, 'utf8').split('\n')) {
      const at = line.search(/\bcode:/);
      if (at < 0) continue;
      // the expression after `code:` (a type annotation such as `code: string;` ends at once)
      const text = line
        .slice(at)
        .replace(/\?\?\s*'[^']*'/g, '')
        .split(/[,;]/)[0];
      for (const m of text.matchAll(/'([a-z]+(?:-[a-z]+)*)'/g)) codes.add(m[1]);
      if (text.includes('`tip-loss-${'))
        for (const id of Object.values(TIP_LOSS_CAUSE_ID)) codes.add(`tip-loss-${id}`);
    }
  }
  // 'unknown' is the engine's guard for a log record it has no mapping for; its message carries the raw number.
  codes.delete('unknown');
  return codes;
}

describe('engine event texts', () => {
  it('finds the engine codes (the scan can fail)', () => {
    const codes = engineCodes();
    expect(codes.size).toBeGreaterThan(40);
    for (const c of ['refill', 'bolus-end', 'catheter-fracture', 'tip-loss-granuloma', 'withdrawal-severe'])
      expect(codes).toContain(c);
  });

  it('every engine event code has a text', () => {
    const missing = [...engineCodes()].filter((c) => !(c in EVENT_TEXT.text));
    expect(missing).toEqual([]);
  });

  it('texts keyed by engine numbers say what the engine says (English)', () => {
    const logCodes = Object.entries(C)
      .filter(([k]) => k.startsWith('LOG_'))
      .map(([, v]) => v as number);
    for (const cause of logCodes) {
      const e = pumpLogToEvent(10, C.LOG_WITHDRAWAL_RISK, cause, 0, 0);
      expect(eventText(e), `cause ${cause}`).toBe(e.message);
    }
    for (const mode of [0, 1, 2, 3, 4]) {
      const e = pumpLogToEvent(10, C.LOG_MRI_INTERROGATE, mode, 0, 0);
      expect(eventText(e), `MRI mode ${mode}`).toBe(e.message);
    }
  });
});
