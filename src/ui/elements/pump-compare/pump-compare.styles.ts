import { css } from 'lit';

export default css`
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr));
    gap: 1rem;
  }
  .side {
    border: 1px solid var(--_itp-rule);
    border-radius: var(--itp-radius, 6px);
    padding: 0.5rem 0.8rem;
    min-width: 0;
  }
  .drawing {
    margin: 0 0 0.4rem;
  }
  .schematic {
    width: 100%;
    max-width: 26rem;
    display: block;
    margin: 0 auto;
    font-family: var(--itp-font, system-ui, sans-serif);
  }
  .state {
    text-align: center;
    font-size: 0.85rem;
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
    gap: 0.3rem;
  }
  meter {
    width: 8rem;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .tip-head {
    margin: 0.4rem 0 0.2rem;
    font-size: 0.9rem;
  }
  .hint {
    font-size: 0.85rem;
  }
`;
