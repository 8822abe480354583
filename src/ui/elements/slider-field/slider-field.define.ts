import { defineElement } from '../../base/define.js';
import { ItpSliderField } from './slider-field.js';

defineElement('itp-slider-field', ItpSliderField);

declare global {
  interface HTMLElementTagNameMap {
    'itp-slider-field': ItpSliderField;
  }
}
