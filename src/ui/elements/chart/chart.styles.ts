import { css, unsafeCSS } from 'lit';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';

export default [
  unsafeCSS(uplotCss),
  css`
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--itp-space-m);
      align-items: baseline;
      justify-content: space-between;
    }
    .plot {
      width: 100%;
      min-height: 12rem;
    }
    .marker {
      position: absolute;
      top: 0;
      bottom: 0;
      left: 0;
      width: 0;
      border-left: 1.5px dashed #1b1b1f; /* dark and dashed: never mistaken for a data series */
      pointer-events: none;
      will-change: transform; /* its own layer: moving it repaints nothing */
    }
    .summary {
      margin: var(--itp-space-xs) 0;
      font-size: var(--itp-font-size-s);
    }
    details {
      margin: var(--itp-space-xs) 0 var(--itp-space-l);
    }
    .table-wrap {
      max-height: 16rem;
      overflow: auto;
    }
    .u-legend {
      font-size: var(--itp-font-size-s);
      text-align: left;
    }
    .u-legend .u-marker {
      width: 0.9rem;
      height: 0.9rem;
    }
    @media print {
      details {
        display: none;
      }
    }
  `,
];
