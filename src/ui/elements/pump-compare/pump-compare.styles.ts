import { css } from 'lit';

export default css`
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr));
    gap: var(--itp-space-xl);
  }
  .side {
    border: 1px solid var(--_itp-rule);
    border-radius: var(--itp-radius, 6px);
    padding: var(--itp-space-m) var(--itp-space-l);
    min-width: 0;
  }
  .drawing {
    margin: 0 0 var(--itp-space-s);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--itp-space-s);
  }
  .drawing figcaption {
    flex: 1 0 100%;
  }
  /* Beside the rate handle on a desktop; on a phone the handle goes under it, so the labels keep their size. */
  .schematic {
    flex: 1 1 17rem;
    min-width: 0;
    width: 100%;
    max-width: 26rem;
    display: block;
    margin: 0 auto;
    font-family: var(--itp-font, system-ui, sans-serif);
  }
  .state {
    text-align: center;
    font-size: var(--itp-font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .spark,
  .strip {
    width: 100%;
    height: 2.5rem;
    display: block;
    background: #f6f6f8;
  }
  .strip {
    height: 1.2rem;
  }
  .gauges {
    display: grid;
    gap: var(--itp-space-s);
  }
  meter {
    width: 8rem;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .tip-head {
    margin: var(--itp-space-s) 0 var(--itp-space-xs);
    font-size: var(--itp-font-size-s);
  }
  .hint {
    font-size: var(--itp-font-size-s);
  }
  /* The controls' sliders share the row: two or three side by side on a desktop, one per line on a phone. */
  itp-slider-field {
    flex: 1 1 15rem;
  }
`;
