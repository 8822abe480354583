import { defineElement } from '../../base/define.js';
import { ItpSegmented } from './segmented.js';

defineElement('itp-segmented', ItpSegmented);

declare global {
  interface HTMLElementTagNameMap {
    'itp-segmented': ItpSegmented;
  }
}
