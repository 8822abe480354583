import { css } from 'lit';

export default css`
  figure {
    margin: var(--itp-space-m) 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: var(--itp-space-s);
  }
  figcaption .muted {
    font-weight: normal;
  }
  svg[part='timeline'] {
    max-width: 100%;
    display: block;
    border: 1px solid var(--itp-border, #8a8a95);
    border-radius: var(--itp-radius, 4px);
    background: var(--itp-bg, #fff);
  }
  .row {
    stroke: var(--itp-border, #c8c8d0);
    stroke-dasharray: 2 4;
  }
  .tick line {
    stroke: var(--itp-border, #d8d8de);
  }
  .tick text {
    font-size: 12px;
    fill: var(--itp-muted, #55555f);
  }
  .break {
    fill: none;
    stroke: var(--itp-muted, #55555f);
    stroke-width: 2;
  }
  /* Okabe–Ito colours; the shapes carry the meaning too. */
  .m {
    stroke: #1b1b1f;
    stroke-width: 1.5;
  }
  .decision {
    fill: var(--itp-accent, #0072b2);
  }
  .corrected .hole {
    fill: #fff;
    stroke: none;
  }
  .bad circle {
    fill: #fff;
    stroke: #d55e00;
    stroke-width: 2.5;
  }
  .bad path {
    stroke: #d55e00;
    stroke-width: 2.5;
  }
  .trial,
  .implant,
  .outcome {
    fill: #009e73;
  }
  .complication {
    fill: #e69f00;
  }
  .titration {
    fill: #56b4e9;
  }
  .refill {
    fill: #f0e442;
  }
  .alarm {
    fill: #d55e00;
  }
  .device {
    fill: #cc79a7;
  }
  .span {
    fill: #e69f00;
    opacity: 0.3;
  }
  .cursor {
    stroke: var(--itp-focus, #c85a00);
    stroke-width: 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-s) var(--itp-space-xl);
    list-style: none;
    padding: 0;
    margin: var(--itp-space-s) 0;
    font-size: var(--itp-font-size-s);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--itp-space-s);
  }
  .legend svg {
    width: 1.1rem;
    height: 1.1rem;
  }
  .scrub {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-m);
    align-items: center;
  }
  .slider {
    flex: 1 1 12rem;
  }
  .slider input {
    flex: 1 1 10rem;
    min-width: 0;
    width: 100%;
  }
  .now {
    border-left: 4px solid var(--itp-accent, #0b5cad);
    padding: var(--itp-space-2xs) var(--itp-space-m);
    margin: var(--itp-space-m) 0;
  }
  .now ul {
    margin: var(--itp-space-xs) 0;
    padding-left: var(--itp-space-xl);
  }
  /* room for two- and three-digit item numbers (a journey of years has dozens of events) */
  .all {
    padding-left: calc(var(--itp-space-3xl) + var(--itp-space-m));
  }
`;
