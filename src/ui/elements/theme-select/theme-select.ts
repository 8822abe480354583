import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { pageControlStyles } from '../../base/page-control-styles.js';
import { THEMES, applyTheme, savedTheme, type Theme } from '../../base/theme-preference.js';
import { THEME_TEXT as T } from '../../i18n/strings-reach.js';
import '../segmented/segmented.define.js';
import type { ItpSegmented } from '../segmented/segmented.js';

/**
 * <itp-theme-select> — the app's colour theme: follow the system, light or dark, as a three-way segmented choice
 * (all three seen at once; arrow keys move it). The choice is remembered in this browser and applied to the whole
 * page (the root element's color-scheme, which every itp- element follows). Used by the app and the lesson page;
 * an embedding page themes the elements itself.
 *
 * @tag itp-theme-select
 */
export class ItpThemeSelect extends LitElement {
  static override styles = pageControlStyles;

  @state() private theme: Theme = savedTheme();

  override connectedCallback(): void {
    super.connectedCallback();
    applyTheme(this.theme);
  }

  private choose(e: Event): void {
    const v = (e.target as ItpSegmented).value as Theme;
    if (!(THEMES as readonly string[]).includes(v)) return;
    this.theme = v;
    applyTheme(v);
  }

  override render() {
    return html`<itp-segmented
      label=${T.label}
      .options=${THEMES.map((t) => ({ value: t, label: T.options[t] }))}
      .value=${this.theme}
      @change=${this.choose}
    ></itp-segmented>`;
  }
}
