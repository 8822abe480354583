import { defineElement } from '../../base/define.js';
import { ItpRateHandle } from './rate-handle.js';

defineElement('itp-rate-handle', ItpRateHandle);

declare global {
  interface HTMLElementTagNameMap {
    'itp-rate-handle': ItpRateHandle;
  }
}
