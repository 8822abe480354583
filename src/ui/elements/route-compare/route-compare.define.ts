import { defineElement } from '../../base/define.js';
import { ItpRouteCompare } from './route-compare.js';

defineElement('itp-route-compare', ItpRouteCompare);

declare global {
  interface HTMLElementTagNameMap {
    'itp-route-compare': ItpRouteCompare;
  }
}
