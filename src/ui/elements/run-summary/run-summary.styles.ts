import { css } from 'lit';
import { themeTokens } from '../../base/theme.js';
import { sizeTokens } from '../../base/tokens.js';

export default [
  themeTokens,
  sizeTokens,
  css`
    :host {
      display: block;
      font-family: var(--itp-font, system-ui, sans-serif);
      color: var(--_itp-fg);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--itp-space-xs) var(--itp-space-xl);
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
