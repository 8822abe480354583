import { css } from 'lit';

export default css`
  :host {
    display: block;
    font-family: var(--itp-font, system-ui, sans-serif);
    color: var(--itp-fg, #1b1b1f);
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
    color: var(--itp-error, #a4001d);
  }
`;
