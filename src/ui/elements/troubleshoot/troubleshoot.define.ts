import { defineElement } from '../../base/define.js';
import { ItpTroubleshoot } from './troubleshoot.js';

defineElement('itp-troubleshoot', ItpTroubleshoot);

declare global {
  interface HTMLElementTagNameMap {
    'itp-troubleshoot': ItpTroubleshoot;
  }
}
