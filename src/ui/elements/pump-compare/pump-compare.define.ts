import { defineElement } from '../../base/define.js';
import { ItpPumpCompare } from './pump-compare.js';

defineElement('itp-pump-compare', ItpPumpCompare);

declare global {
  interface HTMLElementTagNameMap {
    'itp-pump-compare': ItpPumpCompare;
  }
}
