import { css } from 'lit';

export default css`
  .posture {
    margin: var(--itp-space-m) 0;
  }
  .posture p {
    margin: var(--itp-space-xs) 0 0;
    max-width: 60ch;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12rem, 18rem) 1fr;
    gap: var(--itp-space-xl);
    align-items: start;
  }
  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  svg.spine {
    width: 100%;
    max-width: 18rem;
    touch-action: none;
  }
  .catheter-tip {
    cursor: grab;
  }
  .catheter-tip:focus {
    outline: none;
  }
  .catheter-tip:focus-visible circle.handle {
    stroke: var(--_itp-focus);
    stroke-width: 4;
  }
  canvas.heat {
    width: 100%;
    height: 14rem;
    image-rendering: pixelated;
    border: 1px solid var(--_itp-border);
  }
  .heat-wrap {
    position: relative;
  }
  /* Axes of the level × time map: level names on the left, time ticks and title underneath. */
  .heat-grid {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--itp-space-s);
  }
  .heat-y {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    height: 14rem;
    font-size: var(--itp-font-size-s);
    text-align: right;
  }
  .heat-x {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    font-size: var(--itp-font-size-s);
  }
  .heat-x-title {
    flex-basis: 100%;
    text-align: center;
    font-weight: 600;
  }
  .marker {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 2px;
    background: var(--_itp-focus);
    pointer-events: none;
  }
  .gauges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--itp-space-xl);
  }
  .gauge {
    border: 1px solid var(--_itp-rule);
    border-radius: 6px;
    padding: var(--itp-space-s) var(--itp-space-l);
  }
  .gauge strong {
    font-size: var(--itp-font-size-xl);
    font-variant-numeric: tabular-nums;
  }
  .scale-choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--itp-space-s) var(--itp-space-l);
    margin: var(--itp-space-s) 0;
  }
`;
