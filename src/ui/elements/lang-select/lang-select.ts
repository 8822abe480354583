import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { pageControlStyles } from '../../base/page-control-styles.js';
import { LANGUAGES, currentLang, isLang, setLang, type Lang } from '../../i18n/locale.js';
import { rememberLang, startLang } from '../../i18n/lang-preference.js';
import { LANG_TEXT as T } from '../../i18n/strings-reach.js';

/**
 * <itp-lang-select> — the language of the page: switches every itp- element on the page at once, in place (the
 * scenario, the view and the simulated time stay as they are), sets `<html lang>` and keeps the choice in the
 * address (`?lang=es`) and in this browser. It starts in the language the address or the last choice names.
 * Language names are written in their own language.
 *
 * @tag itp-lang-select
 */
export class ItpLangSelect extends LitElement {
  static override styles = pageControlStyles;

  @state() private chosen: Lang = currentLang();
  @state() private failed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const start = startLang(location.search);
    if (start !== currentLang()) void this.switchTo(start, false);
  }

  private async switchTo(lang: Lang, remember = true): Promise<void> {
    try {
      await setLang(lang);
      this.chosen = lang;
      this.failed = false;
      if (remember) rememberLang(lang);
    } catch {
      // The catalogue is a separate file: offline before it was ever fetched, it cannot load.
      this.failed = true;
    }
  }

  private choose(e: Event): void {
    const v = (e.target as HTMLSelectElement).value;
    if (isLang(v)) void this.switchTo(v);
  }

  override render() {
    return html`<label
        >${T.label}
        <select @change=${this.choose}>
          ${Object.entries(LANGUAGES).map(
            ([code, name]) =>
              html`<option value=${code} lang=${code} ?selected=${code === this.chosen}>${name}</option>`,
          )}
        </select></label
      >${this.failed ? html`<span role="alert">${T.failed}</span>` : null}`;
  }
}
