import { defineElement } from '../../base/define.js';
import { ItpLifecycle } from './lifecycle.js';

defineElement('itp-lifecycle', ItpLifecycle);

declare global {
  interface HTMLElementTagNameMap {
    'itp-lifecycle': ItpLifecycle;
  }
}
