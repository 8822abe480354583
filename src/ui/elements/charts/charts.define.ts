import { defineElement } from '../../base/define.js';
import { ItpCharts } from './charts.js';

defineElement('itp-charts', ItpCharts);

declare global {
  interface HTMLElementTagNameMap {
    'itp-charts': ItpCharts;
  }
}
