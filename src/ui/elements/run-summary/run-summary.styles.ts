import { css } from 'lit';
import { themeTokens } from '../../base/theme.js';

export default [
  themeTokens,
  css`
    :host {
      display: block;
      font-family: var(--itp-font, system-ui, sans-serif);
      color: var(--_itp-fg);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    [role='alert'] {
      color: var(--_itp-error);
    }
  `,
];
