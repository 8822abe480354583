import { css } from 'lit';
import { themeTokens } from '../../base/theme.js';

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
    margin: 0 0.3rem 0.2rem 0.6rem;
  }
  .key.side {
    border-top: 3px dashed #e69f00;
  }
`;

export default [
  themeTokens,
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
      gap: 0.5rem 1rem;
      align-items: end;
    }
    label {
      display: flex;
      flex-direction: column;
      font-size: 0.9rem;
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
      margin: 0.5rem 0;
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
      padding: 0.2rem 0.5rem;
      text-align: left;
    }
    /* A phone (or a narrow lesson iframe): tighter tables, so that they fit instead of widening the page. */
    @media (max-width: 30rem) {
      table {
        font-size: 0.85rem;
      }
      th,
      td {
        padding: 0.15rem 0.25rem;
      }
    }
    .grid {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .hint {
      color: var(--_itp-fg);
      font-size: 0.9rem;
    }
    .est {
      font-size: 0.75rem;
      border: 1px solid currentColor;
      border-radius: 0.3rem;
      padding: 0 0.2rem;
      text-decoration: none;
    }
    .decision.yes {
      border-left: 4px solid #009e73;
      padding-left: 0.5rem;
    }
    .decision.no {
      border-left: 4px solid #d55e00;
      padding-left: 0.5rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.1rem 1rem;
    }
    dd {
      margin: 0;
    }
    [role='alert'] {
      color: var(--_itp-error);
    }
  `,
];
