import { defineElement } from '../shared/define.js';
import { ItpLifecycle } from './lifecycle.js';

defineElement('itp-lifecycle', ItpLifecycle);

declare global {
  interface HTMLElementTagNameMap {
    'itp-lifecycle': ItpLifecycle;
  }
}
