/**
 * The app's Sources panel: author, year and title of every paper, label and device document the numbers come
 * from. The list is docs/sources.md itself, fetched as a chunk of its own when the panel is first opened (not
 * part of the embed bundle) and parsed by src/ui/format/bibliography.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { SOURCES_TEXT as T } from '../../i18n/strings.js';
import type { SourceEntry } from '../../format/bibliography.js';

export type SourcesState = { entries: SourceEntry[] } | { error: true } | 'loading' | null;

/** Loads and parses the bibliography. */
export async function loadSources(): Promise<SourceEntry[]> {
  // Both in the panel's own chunk: the embed bundle carries neither the text nor its parser.
  const [{ default: md }, { parseSources }] = await Promise.all([
    import('../../../../docs/sources.md?raw'),
    import('../../format/bibliography.js'),
  ]);
  return parseSources(md);
}

const list = (entries: SourceEntry[]) =>
  html`<ul>
    ${entries.map((e) => html`<li><strong>${e.label}</strong> — ${e.reference}</li>`)}
  </ul>`;

export function sourcesPanel(state: SourcesState, open: () => void): TemplateResult {
  let body: TemplateResult | typeof nothing = nothing;
  if (state === 'loading') body = html`<p role="status">${T.loading}</p>`;
  else if (state && 'error' in state) body = html`<p role="alert">${T.failed}</p>`;
  else if (state)
    body = html`<h3>${T.literature}</h3>
      ${list(state.entries.filter((e) => e.key.startsWith('R')))}
      <h3>${T.devices}</h3>
      ${list(state.entries.filter((e) => e.key.startsWith('D')))}`;
  return html`<section class="sources" aria-labelledby="sources-h" part="sources">
    <details
      @toggle=${(e: Event) => {
        if ((e.target as HTMLDetailsElement).open) open();
      }}
    >
      <summary><h2 id="sources-h">${T.heading}</h2></summary>
      <p>${T.intro}</p>
      ${body}
    </details>
  </section>`;
}
