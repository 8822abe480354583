import { css } from 'lit';

export default css`
  article {
    max-width: 60rem;
  }
  .fictional {
    border-left: 4px solid var(--itp-warn, #946200);
    padding: var(--itp-space-xs) var(--itp-space-m);
  }
  section {
    margin: var(--itp-space-xl) 0;
    padding-top: var(--itp-space-s);
    border-top: 1px solid var(--itp-border, #d8d8de);
  }
  fieldset.q {
    border: 1px solid var(--itp-border, #c8c8d0);
    border-radius: var(--itp-radius, 4px);
    margin: var(--itp-space-m) 0;
    padding: var(--itp-space-s) var(--itp-space-l) var(--itp-space-m);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 var(--itp-space-s);
  }
  label.opt {
    display: flex;
    align-items: flex-start;
    gap: var(--itp-space-m);
    margin: var(--itp-space-s) 0;
    flex-wrap: nowrap;
  }
  label.opt input {
    margin-top: var(--itp-space-xs);
    flex: none;
  }
  .note {
    margin: 0 0 var(--itp-space-s) var(--itp-space-2xl);
    font-size: var(--itp-font-size-s);
    color: var(--itp-muted, #55555f);
  }
  .fb {
    margin-top: var(--itp-space-m);
    padding: var(--itp-space-xs) var(--itp-space-m);
    border-left: 4px solid;
  }
  .fb p {
    margin: var(--itp-space-xs) 0;
  }
  .fb.good {
    border-color: #009e73;
  }
  .fb.bad {
    border-color: #d55e00;
  }
  .result {
    background: color-mix(in srgb, var(--itp-accent, #0b5cad) 6%, transparent);
    padding: var(--itp-space-s) var(--itp-space-l);
    margin: var(--itp-space-m) 0;
    border-radius: var(--itp-radius, 4px);
  }
  .result p {
    margin: var(--itp-space-xs) 0;
  }
  .trial-chart {
    margin: var(--itp-space-s) 0;
  }
  .trial-chart svg {
    width: 100%;
    max-width: 40rem;
    height: auto;
    display: block;
  }
  .trial-chart figcaption {
    font-size: var(--itp-font-size-s);
  }
  .decide p {
    margin: var(--itp-space-s) 0 var(--itp-space-xs);
    font-weight: 600;
  }
  button {
    margin: var(--itp-space-s) var(--itp-space-s) var(--itp-space-s) 0;
  }
  details {
    margin: var(--itp-space-m) 0;
  }
`;
