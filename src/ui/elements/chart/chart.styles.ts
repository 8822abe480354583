import { css, unsafeCSS } from 'lit';
import uplotCss from 'uplot/dist/uPlot.min.css?inline';

export default [
  unsafeCSS(uplotCss),
  css`
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
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
      margin: 0.2rem 0;
      font-size: 0.9rem;
    }
    details {
      margin: 0.2rem 0 0.8rem;
    }
    .table-wrap {
      max-height: 16rem;
      overflow: auto;
    }
    .u-legend {
      font-size: 0.8rem;
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
