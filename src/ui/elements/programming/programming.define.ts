import { defineElement } from '../../base/define.js';
import { ItpProgramming } from './programming.js';

defineElement('itp-programming', ItpProgramming);

declare global {
  interface HTMLElementTagNameMap {
    'itp-programming': ItpProgramming;
  }
}
