import { defineElement } from '../../base/define.js';
import { ItpLangSelect } from './lang-select.js';

defineElement('itp-lang-select', ItpLangSelect);

declare global {
  interface HTMLElementTagNameMap {
    'itp-lang-select': ItpLangSelect;
  }
}
