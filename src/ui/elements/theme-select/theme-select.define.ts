import { defineElement } from '../../base/define.js';
import { ItpThemeSelect } from './theme-select.js';

defineElement('itp-theme-select', ItpThemeSelect);

declare global {
  interface HTMLElementTagNameMap {
    'itp-theme-select': ItpThemeSelect;
  }
}
