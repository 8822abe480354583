import { css } from 'lit';
import { themeTokens } from '../../base/theme.js';
import { sizeTokens } from '../../base/tokens.js';

// Okabe–Ito colours (colour-blind safe): blue for responders' side of the line, orange for side effects.

/** The patient time-line chart (timelineChart in trial-charts.ts) and its legend keys; <itp-case> shows it too. */
export const timelineChartStyles = css`
  .axis,
  .dose line {
    stroke: var(--_itp-fg);
  }
  .dose line {
    stroke-dasharray: 2 3;
  }
  .tick,
  .label,
  .dose text {
    font-size: 11px;
    fill: var(--_itp-fg);
  }
  path.effect {
    fill: none;
    stroke: #0072b2;
    stroke-width: 2;
  }
  path.side {
    fill: none;
    stroke: #e69f00;
    stroke-width: 2;
    stroke-dasharray: 6 3;
  }
  circle.assess {
    fill: #009e73;
  }
  .key {
    display: inline-block;
    width: 1.5rem;
    height: 0;
    border-top: 3px solid #0072b2;
    margin: 0 var(--itp-space-s) var(--itp-space-xs) var(--itp-space-m);
  }
  .key.side {
    border-top: 3px dashed #e69f00;
  }
`;

export default [
  themeTokens,
  sizeTokens,
  css`
    :host {
      display: block;
      font-family: var(--itp-font, system-ui, sans-serif);
      color: var(--_itp-fg);
      line-height: 1.4;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      gap: var(--itp-space-m) var(--itp-space-xl);
      align-items: end;
    }
    label {
      display: flex;
      flex-direction: column;
      font-size: var(--itp-font-size-s);
      max-width: 100%;
      min-width: 0;
    }
    select {
      max-width: 100%;
    }
    button,
    select,
    input {
      font: inherit;
    }
    input[type='number'] {
      width: 7rem;
    }
    :focus-visible {
      outline: 3px solid var(--_itp-focus);
      outline-offset: 2px;
    }
    progress {
      width: 100%;
    }
    svg {
      width: 100%;
      max-width: 40rem;
      height: auto;
      display: block;
    }
    .bar.above {
      fill: var(--itp-accent, #0072b2);
    }
    .bar.below {
      fill: var(--_itp-muted);
    }
    .bar.selected {
      stroke: var(--_itp-fg);
      stroke-width: 2;
    }
    .bar:focus-visible {
      outline: none;
      stroke: var(--_itp-focus);
      stroke-width: 3;
    }
    .line50 {
      stroke: #d55e00;
      stroke-dasharray: 4 3;
      stroke-width: 2;
    }
    ${timelineChartStyles}
    table {
      border-collapse: collapse;
      margin: var(--itp-space-m) 0;
      font-variant-numeric: tabular-nums;
      max-width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 600;
    }
    th,
    td {
      border: 1px solid var(--_itp-rule);
      padding: var(--itp-space-xs) var(--itp-space-m);
      text-align: left;
    }
    /* A phone (or a narrow lesson iframe): tighter tables, so that they fit instead of widening the page. */
    @media (max-width: 30rem) {
      table {
        font-size: var(--itp-font-size-s);
      }
      th,
      td {
        padding: var(--itp-space-2xs) var(--itp-space-xs);
      }
    }
    .grid {
      display: flex;
      flex-wrap: wrap;
      gap: var(--itp-space-xl);
    }
    .hint {
      color: var(--_itp-fg);
      font-size: var(--itp-font-size-s);
    }
    .est {
      font-size: var(--itp-font-size-xs);
      border: 1px solid currentColor;
      border-radius: 0.3rem;
      padding: 0 var(--itp-space-xs);
      text-decoration: none;
    }
    .decision.yes {
      border-left: 4px solid #009e73;
      padding-left: var(--itp-space-m);
    }
    .decision.no {
      border-left: 4px solid #d55e00;
      padding-left: var(--itp-space-m);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--itp-space-2xs) var(--itp-space-xl);
    }
    dd {
      margin: 0;
    }
    [role='alert'] {
      color: var(--_itp-error);
    }
  `,
];
