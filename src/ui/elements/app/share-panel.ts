/**
 * The app's save / share / export panel (a template over the app's state, not an element): save and load
 * scenarios in localStorage (versioned, corrupt entries kept aside and offered as a download), a share link
 * with the scenario in the URL hash, and export of the last result as JSON/CSV. The name being typed lives in
 * the app's state, so a re-render (a finished run, a change of view) never loses it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { S } from '../../i18n/strings.js';
import { NAME_MAX_CHARS, type CorruptStore, type SavedScenario } from '../../scenario/storage.js';

export interface ShareState {
  /** The name in the Save field. */
  name: string;
  saved: SavedScenario[];
  /** An unreadable saved list, offered as a download (and, once downloaded, for deletion if it blocks saving). */
  corrupt: CorruptStore | null;
  corruptDownloaded: boolean;
  message: string | null;
  link: string | null;
  canExport: boolean;
}

export interface ShareActions {
  setName(name: string): void;
  save(): void;
  downloadCorrupt(): void;
  discardCorrupt(): void;
  load(entry: SavedScenario): void;
  remove(name: string): void;
  share(): void;
  exportJson(): void;
  exportCsv(): void;
}

export function sharePanel(s: ShareState, a: ShareActions): TemplateResult {
  return html`<section class="share" aria-labelledby="share-h" part="share">
    <h2 id="share-h">${S.share.heading}</h2>
    <form
      @submit=${(e: Event) => {
        e.preventDefault();
        a.save();
      }}
      novalidate
    >
      <label
        >${S.share.name}
        <input
          type="text"
          maxlength=${NAME_MAX_CHARS}
          aria-describedby="share-status"
          .value=${s.name}
          @input=${(e: Event) => a.setName((e.target as HTMLInputElement).value)}
      /></label>
      <button type="submit">${S.share.save}</button>
    </form>
    <p role="status" id="share-status">${s.message ?? ''}</p>
    ${
      s.corrupt
        ? html`<p class="corrupt">
            <button type="button" @click=${a.downloadCorrupt}>${S.share.downloadCorrupt}</button>
            ${
              s.corrupt.keptAsideKey === null && s.corruptDownloaded
                ? html`<button type="button" @click=${a.discardCorrupt}>${S.share.discardCorrupt}</button>`
                : nothing
            }
          </p>`
        : nothing
    }
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
        : html`<p class="muted">${s.corrupt ? S.share.noneReadable : S.share.none}</p>`
    }
    <p>
      <button type="button" @click=${a.share}>${S.share.copyLink}</button>
      <button type="button" @click=${a.exportJson} ?disabled=${!s.canExport}>${S.share.json}</button>
      <button type="button" @click=${a.exportCsv} ?disabled=${!s.canExport}>${S.share.csv}</button>
    </p>
    ${s.link ? html`<label>Link <input type="text" readonly .value=${s.link} size="40" /></label>` : nothing}
  </section>`;
}
