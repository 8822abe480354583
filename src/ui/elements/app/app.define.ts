import { defineElement } from '../../base/define.js';
import { ItpApp } from './app.js';

defineElement('itp-app', ItpApp);

declare global {
  interface HTMLElementTagNameMap {
    'itp-app': ItpApp;
  }
}
