import { css } from 'lit';
import { baseStyles } from './styles.js';

/**
 * Styles of a small page-level control (the language and theme selectors): the shared look, sized by its content
 * (the base style's inline-size container would give it no width in a flex row).
 */
export const pageControlStyles = [
  baseStyles,
  css`
    :host {
      display: inline-block;
      container-type: normal;
    }
  `,
];
