import { defineElement } from '../../base/define.js';
import { ItpRunSummary } from './run-summary.js';

defineElement('itp-run-summary', ItpRunSummary);

declare global {
  interface HTMLElementTagNameMap {
    'itp-run-summary': ItpRunSummary;
  }
}
