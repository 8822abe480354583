/**
 * Shared styles of every itp- element. Theme through these custom properties (documented on each class):
 * --itp-font, --itp-fg, --itp-bg, --itp-muted, --itp-accent, --itp-border, --itp-focus, --itp-error,
 * --itp-warn, --itp-radius. Their defaults, light and dark, and the high-contrast mapping are in theme.ts; the type
 * and spacing scales (--itp-font-size-*, --itp-space-*) are in tokens.ts, and every size below is one of them.
 */
import { css } from 'lit';
import { themeTokens } from './theme.js';
import { sizeTokens } from './tokens.js';

export const baseStyles = css`
  ${themeTokens}
  ${sizeTokens}
  :host {
    display: block;
    font-family: var(--itp-font, system-ui, sans-serif);
    color: var(--_itp-fg);
    background: var(--itp-bg, transparent);
    line-height: 1.4;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4 {
    margin: var(--itp-space-m) 0;
    line-height: 1.2;
  }
  h2 {
    font-size: var(--itp-font-size-xl);
  }
  h3 {
    font-size: var(--itp-font-size-l);
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    background: var(--_itp-bg);
    border: 1px solid var(--_itp-border);
    border-radius: var(--itp-radius, 4px);
    padding: var(--itp-space-s) var(--itp-space-l);
    cursor: pointer;
    min-height: 2rem;
  }
  button[aria-pressed='true'],
  button.primary {
    background: var(--_itp-accent);
    border-color: var(--_itp-accent);
    color: var(--_itp-on-accent);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_itp-focus);
    outline-offset: 2px;
  }
  select {
    max-width: 100%;
    min-width: 0;
  }
  input[type='number'],
  select {
    border: 1px solid var(--_itp-border);
    border-radius: var(--itp-radius, 4px);
    padding: var(--itp-space-xs) var(--itp-space-s);
    background: var(--_itp-bg);
  }
  input[type='number'] {
    width: 6.5rem;
  }
  label {
    display: inline-flex;
    gap: var(--itp-space-s);
    align-items: center;
    flex-wrap: wrap;
    max-width: 100%;
  }
  .muted {
    color: var(--_itp-muted);
  }
  .notice {
    border-left: 4px solid var(--_itp-warn-line);
    padding: var(--itp-space-xs) var(--itp-space-m);
    margin: var(--itp-space-s) 0;
  }
  [role='alert'],
  .error {
    color: var(--_itp-error);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .est {
    position: relative;
    display: inline-block;
    font-size: var(--itp-font-size-xs);
    padding: 0 var(--itp-space-s);
    min-height: 0;
    border-radius: 0.6rem;
    border: 1px dashed var(--_itp-warn-line);
    color: var(--_itp-warn);
    background: var(--_itp-bg);
    vertical-align: middle;
    cursor: help;
  }
  /* The estimate badge's tip: a popover (top layer), placed by est() in templates.ts. */
  .tip[popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    border: 0;
    width: max-content;
    max-width: 18rem;
    padding: var(--itp-space-s) var(--itp-space-m);
    background: var(--_itp-tip-bg);
    color: var(--_itp-tip-fg);
    font-size: var(--itp-font-size-s);
    font-weight: normal;
    border-radius: 4px;
    text-align: left;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .time-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-s);
    align-items: center;
    margin: var(--itp-space-m) 0;
  }
  .time-controls input[type='range'] {
    flex: 1 1 10rem;
    min-width: 8rem;
  }
  .time-controls output {
    font-variant-numeric: tabular-nums;
    min-width: 9rem;
  }
  fieldset {
    border: 1px solid var(--_itp-rule);
    border-radius: var(--itp-radius, 4px);
    margin: var(--itp-space-m) 0;
    padding: var(--itp-space-s) var(--itp-space-l) var(--itp-space-l);
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-m) var(--itp-space-xl);
  }
  legend {
    font-weight: 600;
    padding: 0 var(--itp-space-s);
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    border-bottom: 1px solid var(--_itp-rule);
    padding: var(--itp-space-2xs) var(--itp-space-m);
    text-align: right;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  .scale-legend {
    display: inline-grid;
    gap: var(--itp-space-2xs);
    font-size: var(--itp-font-size-s);
  }
  .scale-legend .bar {
    height: 0.8rem;
    width: 14rem;
    max-width: 70vw;
    border: 1px solid var(--_itp-border);
  }
  .scale-legend .ticks {
    display: flex;
    justify-content: space-between;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    .time-controls,
    button {
      display: none;
    }
  }
`;

/** Tables on a phone (360 px): narrower cells and breakable words, so a table fits instead of running off. */
export const phoneTableStyles = css`
  /* A phone (360 px): narrower cells, so the table fits instead of scrolling sideways. */
  @media (max-width: 30rem) {
    th,
    td {
      padding: var(--itp-space-2xs) var(--itp-space-s);
      font-size: var(--itp-font-size-s);
      overflow-wrap: anywhere;
      /* Where the browser can hyphenate, a squeezed word breaks at a syllable with a hyphen ("Intra-thecal"). */
      hyphens: auto;
    }
  }
`;
