/**
 * The stories' (scenario presets') titles and descriptions as the page shows them. The English words live with
 * the presets in src/model/scenario (the CLI and the scenario files use them); this catalogue copies them by
 * preset id so that a translation can replace them on the page. A preset without an entry shows its own words.
 */
import { PRESETS } from '../../model/scenario/presets.js';
import { registerCatalogue } from './locale.js';

export interface PresetWords {
  title: string;
  description: string;
}

export const PRESET_TEXT: Record<string, PresetWords> = Object.fromEntries(
  PRESETS.map((p) => [p.id, { title: p.title, description: p.description }]),
);

/** A preset's title in the page's language. */
export const presetTitle = (p: { id: string; title: string }): string => PRESET_TEXT[p.id]?.title ?? p.title;

/** A preset's description in the page's language. */
export const presetDescription = (p: { id: string; description: string }): string =>
  PRESET_TEXT[p.id]?.description ?? p.description;

registerCatalogue('PRESET_TEXT', PRESET_TEXT);
