import { css } from 'lit';

export default css`
  article {
    max-width: 60rem;
  }
  .fictional {
    border-left: 4px solid var(--itp-warn, #946200);
    padding: 0.2rem 0.6rem;
  }
  section {
    margin: 1rem 0;
    padding-top: 0.4rem;
    border-top: 1px solid var(--itp-border, #d8d8de);
  }
  fieldset.q {
    border: 1px solid var(--itp-border, #c8c8d0);
    border-radius: var(--itp-radius, 4px);
    margin: 0.6rem 0;
    padding: 0.4rem 0.7rem 0.6rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3rem;
  }
  label.opt {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    margin: 0.3rem 0;
    flex-wrap: nowrap;
  }
  label.opt input {
    margin-top: 0.25rem;
    flex: none;
  }
  .note {
    margin: 0 0 0.3rem 1.8rem;
    font-size: 0.9rem;
    color: var(--itp-muted, #55555f);
  }
  .fb {
    margin-top: 0.5rem;
    padding: 0.2rem 0.6rem;
    border-left: 4px solid;
  }
  .fb p {
    margin: 0.2rem 0;
  }
  .fb.good {
    border-color: #009e73;
  }
  .fb.bad {
    border-color: #d55e00;
  }
  .result {
    background: color-mix(in srgb, var(--itp-accent, #0b5cad) 6%, transparent);
    padding: 0.3rem 0.7rem;
    margin: 0.6rem 0;
    border-radius: var(--itp-radius, 4px);
  }
  .result p {
    margin: 0.25rem 0;
  }
  .trial-chart {
    margin: 0.4rem 0;
  }
  .trial-chart svg {
    width: 100%;
    max-width: 40rem;
    height: auto;
    display: block;
  }
  .trial-chart figcaption {
    font-size: 0.9rem;
  }
  .decide p {
    margin: 0.4rem 0 0.2rem;
    font-weight: 600;
  }
  button {
    margin: 0.3rem 0.3rem 0.3rem 0;
  }
  details {
    margin: 0.5rem 0;
  }
`;
