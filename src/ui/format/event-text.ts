/**
 * An engine event in the learner's language: its code and named data through the current catalogue
 * (src/ui/i18n/strings-events.ts); a code the catalogue does not know keeps the engine's English message.
 */
import type { SimEvent } from '../../model/result.js';
import { EVENT_TEXT, TIME_TEXT, type EventFormat } from '../i18n/strings-events.js';
import { formatNumber, formatTime, massText, volumeText } from './format.js';

const FORMAT: EventFormat = {
  n: (x, digits = 3) => (x === undefined ? '—' : formatNumber(x, digits)),
  vol: (ul) => (ul === undefined ? '—' : volumeText(ul)),
  mass: (ug) => (ug === undefined ? '—' : massText(ug)),
  t: (h) => (h === undefined ? '—' : h < 0 ? TIME_TEXT.never : formatTime(h)),
};

export function eventText(e: SimEvent): string {
  const fn = EVENT_TEXT.text[e.code];
  return fn ? fn(e.data ?? {}, FORMAT) : e.message;
}
