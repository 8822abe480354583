import { defineElement } from '../../base/define.js';
import { ItpSpine } from './spine.js';

defineElement('itp-spine', ItpSpine);

declare global {
  interface HTMLElementTagNameMap {
    'itp-spine': ItpSpine;
  }
}
