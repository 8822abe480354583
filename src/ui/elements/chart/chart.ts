import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type uPlot from 'uplot';
import { baseStyles } from '../../base/styles.js';
import { S } from '../../i18n/strings.js';
import { formatNumber, magnitude, timeAxisUnit, unitText } from '../../format/format.js';
import {
  OKABE_ITO,
  fmtUnit,
  logFloor,
  logSafe,
  seriesStats,
  tableRows,
  withGaps,
  type ChartSeries,
} from './chart-data.js';
import chartStyles from './chart.styles.js';

// uPlot (about 20 KB gzipped) is fetched when the first chart connects, not with the bundle every embedding page
// downloads (`npm run size`): a page of pump comparisons without charts never loads it. A chart whose data arrives
// before it has loaded draws when it has.
let UPlot: typeof uPlot | null = null;
let loadingUPlot: Promise<typeof uPlot> | null = null;
function loadUPlot(): Promise<typeof uPlot> {
  loadingUPlot ??= import('uplot').then((m) => (UPlot = m.default));
  return loadingUPlot;
}

/**
 * <itp-chart> — one time-series chart (uPlot): axes with units, hover read-outs in the legend, an optional log
 * scale, a marker at the current playback time, a text summary, the same data as a table, and PNG export.
 *
 * @csspart plot - the chart area
 * @csspart table - the data table
 *
 * @tag itp-chart
 */
export class ItpChart extends LitElement {
  static override styles = [baseStyles, ...chartStyles];

  /** Heading shown above the chart. */
  @property() heading = '';
  /** Unit of the y values (all series of one chart share it). */
  @property() unit = '';
  /** Output times, h (interval ends). */
  @property({ attribute: false }) tHours: Float64Array = new Float64Array(0);
  @property({ attribute: false }) series: ChartSeries[] = [];
  /** Logarithmic y axis (for concentrations spanning decades). */
  @property({ type: Boolean }) log = false;
  /** Current playback time, h, drawn as a vertical marker (NaN: none). */
  @property({ type: Number }) cursorHours = NaN;
  /** Draw as steps (per-interval quantities such as delivered µL). */
  @property({ type: Boolean }) steps = false;
  /**
   * A fixed y range [min, max] (a score's whole scale, 0–10); null at either end: that end follows the data.
   * Null (default): the axis follows the data. Ignored on a log axis.
   */
  @property({ attribute: false }) yRange: [number | null, number | null] | null = null;

  @query('.plot') private plotEl!: HTMLDivElement;
  private plot: uPlot | null = null;
  /** The data table is built only while its disclosure is open (it can be hundreds of rows). */
  @state() private tableOpen = false;
  private resize: ResizeObserver | null = null;

  /** Resolves when the chart library has loaded (the chart draws then, if it has data). */
  readonly libraryReady: Promise<unknown> = loadUPlot().then(() => {
    this.builtFrom = [];
    this.requestUpdate();
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  private axisUnit() {
    const n = this.tHours.length;
    return timeAxisUnit(n ? this.tHours[n - 1] : 0);
  }

  private build(): void {
    this.plot?.destroy();
    this.plot = null;
    this.marker = null;
    if (!this.tHours.length || !this.series.length || !this.plotEl || !UPlot) return;
    const uPlot = UPlot;
    const tu = unitText(this.axisUnit().unit);
    const width = Math.max(280, this.plotEl.clientWidth || 600);
    const opts: uPlot.Options = {
      width,
      height: Math.round(Math.min(260, Math.max(180, width * 0.4))),
      scales: { x: { time: false }, y: this.log ? { distr: 3 } : this.yScale() },
      axes: [
        { label: `${S.charts.time} (${tu})`, stroke: '#1b1b1f', grid: { stroke: '#e4e4ea' } },
        {
          label: unitText(this.unit),
          stroke: '#1b1b1f',
          grid: { stroke: '#e4e4ea' },
          size: 60,
          values: (_u, vals) => vals.map((v) => formatNumber(v, 3, this.log ? undefined : magnitude(vals))),
        },
      ],
      series: [
        { label: `${S.charts.time} (${tu})`, value: (_u, v) => (v == null ? '—' : formatNumber(v, 4)) },
        ...this.series.map((s, i) => ({
          label: s.label,
          stroke: OKABE_ITO[i % OKABE_ITO.length],
          width: 1.5,
          paths: this.steps ? uPlot.paths.stepped!({ align: -1 as const }) : undefined,
          value: (_u: uPlot, v: number | null) => (v == null ? '—' : fmtUnit(v, this.unit, this.scaleOf(s))),
        })),
      ],
      cursor: { drag: { x: false, y: false } },
      hooks: { draw: [() => this.placeMarker()] },
    };
    this.plot = new uPlot(opts, this.data(), this.plotEl);
    this.marker = document.createElement('div');
    this.marker.className = 'marker';
    this.plot.over.append(this.marker);
    this.placeMarker();
    this.resize ??= new ResizeObserver(() => {
      const w = Math.max(280, this.plotEl.clientWidth);
      if (this.plot && Math.abs(this.plot.width - w) > 4)
        this.plot.setSize({ width: w, height: Math.round(Math.min(260, Math.max(180, w * 0.4))) });
    });
    this.resize.observe(this.plotEl);
  }

  /** A linear y scale with the fixed ends of `yRange` (the other end from the data, padded as uPlot does). */
  private yScale(): uPlot.Scale {
    const r = this.yRange;
    if (!r) return {};
    return {
      range: (_u, dataMin, dataMax) => {
        const [lo, hi] = UPlot!.rangeNum(dataMin, dataMax, 0.1, true);
        const min = r[0] ?? lo ?? 0;
        const max = r[1] ?? hi ?? 1;
        return [min, max > min ? max : min + 1];
      },
    };
  }

  /**
   * The playback marker is an element over the plot, moved with a transform: playback changes cursorHours every
   * frame, and redrawing the canvas (axes, text) for it each frame kept the main thread busy (docs/bench.md).
   */
  private marker: HTMLDivElement | null = null;

  private placeMarker(): void {
    const u = this.plot;
    const m = this.marker;
    if (!u || !m) return;
    const x = Number.isFinite(this.cursorHours)
      ? u.valToPos(this.cursorHours / this.axisUnit().hoursPer, 'x')
      : NaN;
    const inside = Number.isFinite(x) && x >= 0 && x <= u.bbox.width / UPlot!.pxRatio + 0.5; // no layout read
    m.hidden = !inside;
    if (inside) m.style.transform = `translateX(${x}px)`;
  }

  /** What the current plot was built from: hosts often pass new arrays holding the same typed arrays. */
  private builtFrom: unknown[] = [];
  /** The plot's structure (series, scales, axis units): when only the data changes, uPlot.setData is enough. */
  private shape = '';

  private data(): uPlot.AlignedData {
    const { hoursPer } = this.axisUnit();
    const floor = this.log ? logFloor(this.series.map((s) => s.values)) : 0;
    const ys = this.series.map((s) => (this.log ? logSafe(s.values, floor) : withGaps(s.values)));
    const t = this.tHours;
    if (!this.steps || !t.length)
      return [Float64Array.from(t, (h) => h / hoursPer), ...ys] as uPlot.AlignedData;
    // Steps: each value belongs to the interval that ENDS at its time (a day's dose at the day's end), so the
    // plot also needs the first interval's start, or the first day would not be drawn at all.
    const start = Math.max(0, t.length > 1 ? t[0] - (t[1] - t[0]) : 0);
    const x = [start / hoursPer, ...Array.from(t, (h) => h / hoursPer)];
    return [x, ...ys.map((y) => [y[0] ?? null, ...Array.from(y)])] as uPlot.AlignedData;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const from = [
      this.yRange,
      this.tHours,
      this.log,
      this.steps,
      this.unit,
      ...this.series.flatMap((s) => [s.label, s.values]),
    ];
    const same = from.length === this.builtFrom.length && from.every((x, i) => x === this.builtFrom[i]);
    const shape = JSON.stringify([
      this.yRange,
      this.log,
      this.steps,
      this.unit,
      this.axisUnit().unit,
      this.series.map((s) => s.label),
    ]);
    if (same && this.plot) {
      if (changed.has('cursorHours')) this.placeMarker();
      return;
    }
    this.builtFrom = from;
    if (this.plot && shape === this.shape && this.tHours.length) this.plot.setData(this.data());
    else {
      this.shape = shape;
      this.build();
    }
  }

  /** The chart as a PNG data URL (white background, heading on top). */
  toPng(): string | null {
    if (!this.plot) return null;
    const src = this.plot.ctx.canvas;
    const out = document.createElement('canvas');
    out.width = src.width;
    out.height = src.height + 40;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.fillStyle = '#1b1b1f';
    ctx.font = '20px system-ui, sans-serif';
    ctx.fillText(`${this.heading} (${unitText(this.unit)})`, 10, 26);
    ctx.drawImage(src, 0, 40);
    return out.toDataURL('image/png');
  }

  private savePng(): void {
    const url = this.toPng();
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = `${(this.heading || 'chart').replace(/[^\w-]+/g, '-').toLowerCase()}.png`;
    a.click();
  }

  /** On a linear axis, the series' magnitude: read-outs round float residue to 0 (a log axis spans decades). */
  private scaleOf(s: ChartSeries): number | undefined {
    return this.log ? undefined : magnitude(s.values);
  }

  private summary(): string {
    return this.series
      .map((s) => {
        const st = seriesStats(s.values);
        const scale = this.scaleOf(s);
        return S.charts.summary(
          s.label,
          fmtUnit(st.min, this.unit, scale),
          fmtUnit(st.max, this.unit, scale),
          fmtUnit(st.last, this.unit, scale),
        );
      })
      .join(' ');
  }

  override render() {
    const { unit: tu, hoursPer } = this.axisUnit();
    const rows = tableRows(this.tHours.length);
    return html`
      <div class="head">
        <h3>${this.heading} <span class="muted">(${this.unit})</span></h3>
        <button type="button" @click=${this.savePng} ?disabled=${!this.tHours.length}>
          ${S.charts.exportPng}
        </button>
      </div>
      <div class="plot" part="plot" role="img" aria-label=${`${this.heading}: ${this.summary()}`}></div>
      <p class="summary muted">${this.summary()}</p>
      ${
        this.tHours.length
          ? html`<details @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
              <summary>${S.charts.table}</summary>
              <div
                class="table-wrap"
                tabindex="0"
                role="region"
                aria-label=${`${this.heading} — ${S.charts.table}`}
              >
                <table part="table">
                  <thead>
                    <tr>
                      <th scope="col">${S.charts.time} (${tu})</th>
                      ${this.series.map((s) => html`<th scope="col">${s.label} (${this.unit})</th>`)}
                    </tr>
                  </thead>
                  <tbody>
                    ${(this.tableOpen ? rows : []).map(
                      (i) =>
                        html`<tr>
                          <td>${formatNumber(this.tHours[i] / hoursPer, 4)}</td>
                          ${this.series.map((s) => html`<td>${formatNumber(s.values[i], 4)}</td>`)}
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
            </details>`
          : nothing
      }
    `;
  }
}
