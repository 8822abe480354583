import { defineElement } from '../../base/define.js';
import { ItpChart } from './chart.js';

defineElement('itp-chart', ItpChart);

declare global {
  interface HTMLElementTagNameMap {
    'itp-chart': ItpChart;
  }
}
