/**
 * The patient cases' titles as the lesson list and the case show them. The English titles live with the cases in
 * src/model/cases/catalog.ts; this catalogue copies them by case id so that a translation can replace them (the
 * rest of a case's texts is a catalogue of the case chunk, src/ui/elements/case/case-texts.ts).
 */
import { CASE_CATALOG } from '../../model/cases/catalog.js';
import { registerCatalogue } from './locale.js';

export const CASE_TITLE_TEXT: Record<string, string> = Object.fromEntries(
  CASE_CATALOG.map((c) => [c.id, c.title]),
);

/** A case's title in the page's language. */
export const caseTitleText = (c: { id: string; title: string }): string => CASE_TITLE_TEXT[c.id] ?? c.title;

registerCatalogue('CASE_TITLE_TEXT', CASE_TITLE_TEXT);
