/**
 * The app's save / share / export panel (a template over the app's state, not an element): save and load
 * scenarios in localStorage (versioned, corrupt entries kept aside), a share link with the scenario in the
 * URL hash, and export of the last result as JSON/CSV.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { S } from '../../i18n/strings.js';
import type { SavedScenario } from '../../scenario/storage.js';

export interface ShareState {
  saved: SavedScenario[];
  message: string | null;
  link: string | null;
  canExport: boolean;
}

export interface ShareActions {
  save(name: string): void;
  load(entry: SavedScenario): void;
  remove(name: string): void;
  share(): void;
  exportJson(): void;
  exportCsv(): void;
}

export function sharePanel(s: ShareState, a: ShareActions): TemplateResult {
  let name = '';
  return html`<section class="share" aria-labelledby="share-h" part="share">
    <h2 id="share-h">${S.share.heading}</h2>
    <form
      @submit=${(e: Event) => {
        e.preventDefault();
        a.save(name);
      }}
    >
      <label
        >${S.share.name}
        <input
          type="text"
          maxlength="120"
          required
          @input=${(e: Event) => (name = (e.target as HTMLInputElement).value)}
      /></label>
      <button type="submit">${S.share.save}</button>
    </form>
    <h3>${S.share.saved}</h3>
    ${
      s.saved.length
        ? html`<ul>
            ${s.saved.map(
              (e) =>
                html`<li>
                  ${e.name} <span class="muted">(${e.savedAt.slice(0, 16).replace('T', ' ')})</span>
                  <button type="button" @click=${() => a.load(e)} aria-label=${`${S.share.load} ${e.name}`}>
                    ${S.share.load}
                  </button>
                  <button
                    type="button"
                    @click=${() => a.remove(e.name)}
                    aria-label=${`${S.share.del} ${e.name}`}
                  >
                    ${S.share.del}
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${S.share.none}</p>`
    }
    <p>
      <button type="button" @click=${a.share}>${S.share.copyLink}</button>
      <button type="button" @click=${a.exportJson} ?disabled=${!s.canExport}>${S.share.json}</button>
      <button type="button" @click=${a.exportCsv} ?disabled=${!s.canExport}>${S.share.csv}</button>
    </p>
    ${s.link ? html`<label>Link <input type="text" readonly .value=${s.link} size="40" /></label>` : nothing}
    <p role="status">${s.message ?? ''}</p>
  </section>`;
}
