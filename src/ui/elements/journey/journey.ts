import { LitElement, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Journey, JourneyMark, JourneyMarkKind } from '../../../model/cases/journey.js';
import { baseStyles } from '../../base/styles.js';
import { journeyAxis, journeyTimeText } from './journey-time.js';
import styles from './journey.styles.js';
import { J } from './journey-strings.js';

/** The row of each kind (its word is J.kind's): the shape tells the kind apart, never the colour alone. */
const ROW: Record<JourneyMarkKind, number> = {
  decision: 0,
  trial: 0,
  implant: 0,
  complication: 1,
  titration: 1,
  refill: 2,
  alarm: 3,
  device: 3,
  outcome: 0,
};

/** The legend: its word (J.legend), and the symbol drawn. */
const LEGEND: [keyof typeof J.legend, JourneyMarkKind, boolean?, boolean?][] = [
  ['decision', 'decision', true],
  ['notBest', 'decision', false],
  ['changed', 'decision', true, true],
  ['milestone', 'trial'],
  ['change', 'complication'],
  ['refill', 'refill'],
  ['alarm', 'alarm'],
  ['device', 'device'],
];

/** Rows of the time line and its height, px (the width follows the element, so symbols keep their size). */
const ROW_Y = [22, 48, 74, 100];
const H = 136;
const MIN_WIDTH_PX = 280;
/** Least distance between two tick labels, px. */
const TICK_LABEL_PX = 64;

function symbol(kind: JourneyMarkKind, x: number, y: number, good?: boolean, corrected?: boolean) {
  switch (kind) {
    case 'decision':
      if (corrected && good !== false)
        return svg`<g class="m corrected"><circle class="decision" cx=${x} cy=${y} r="7"></circle><circle class="hole" cx=${x} cy=${y} r="3"></circle></g>`;
      return good === false
        ? svg`<g class="m bad"><circle cx=${x} cy=${y} r="7"></circle><path d="M${x - 4} ${y - 4}l8 8m0 -8l-8 8"></path></g>`
        : svg`<circle class="m decision" cx=${x} cy=${y} r="7"></circle>`;
    case 'trial':
    case 'implant':
    case 'outcome':
      return svg`<rect class="m ${kind}" x=${x - 7} y=${y - 7} width="14" height="14"></rect>`;
    case 'complication':
    case 'titration':
      return svg`<path class="m ${kind}" d="M${x} ${y - 8}l7 8l-7 8l-7 -8z"></path>`;
    case 'refill':
      return svg`<path class="m refill" d="M${x} ${y - 8}l7 13h-14z"></path>`;
    case 'alarm':
      return svg`<path class="m alarm" d="M${x - 7} ${y - 7}h14l-7 14z"></path>`;
    case 'device':
      return svg`<rect class="m device" x=${x - 5} y=${y - 5} width="10" height="10" transform="rotate(45 ${x} ${y})"></rect>`;
  }
}

/**
 * <itp-journey> — a patient's whole journey on one time line: decisions, the trial, the implant, the
 * complication, dose changes, refills, alarms and pump events, and the outcome. A slider (keyboard: arrows,
 * Page Up/Down, Home/End) scrubs through it and says what happens at that point; Previous/Next jump between
 * events; every mark is also in a list. Set `journey` (buildJourney() of src/model/cases).
 *
 * @csspart timeline - the time line (SVG)
 * @cssproperty --itp-accent - the cursor and decisions
 *
 * @tag itp-journey
 */
export class ItpJourney extends LitElement {
  static override styles = [baseStyles, styles];

  @property({ attribute: false }) journey: Journey | null = null;
  /** The scrubbed day (days from the first visit). */
  @state() day = 0;
  /** The element's width, px: the SVG is drawn at 1:1 so that a phone shows the symbols at full size. */
  @state() private widthPx = 800;
  private lastEnd = -1;
  private resize = new ResizeObserver((entries) => {
    const w = Math.round(entries[0]?.contentRect.width ?? 0);
    if (w > 0 && Math.abs(w - this.widthPx) > 1) this.widthPx = w;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  override willUpdate(): void {
    const j = this.journey;
    // A journey that grew (the learner went on) moves the cursor to its new end.
    if (j && j.endDay !== this.lastEnd) {
      this.lastEnd = j.endDay;
      this.day = j.endDay;
    }
  }

  /** Marks at or before the cursor, the latest first (what the learner has reached). */
  private current(j: Journey): JourneyMark[] {
    const upTo = j.marks.filter((m) => m.day <= this.day + 1e-9);
    if (!upTo.length) return [];
    const lastDay = upTo[upTo.length - 1].day;
    const ongoing = upTo.filter((m) => m.endDay !== undefined && m.endDay >= this.day && m.day !== lastDay);
    return [...upTo.filter((m) => m.day === lastDay), ...ongoing];
  }

  private jump(direction: 1 | -1): void {
    const j = this.journey;
    if (!j) return;
    const days = [...new Set(j.marks.map((m) => m.day))];
    const next =
      direction > 0 ? days.find((d) => d > this.day + 1e-9) : days.reverse().find((d) => d < this.day - 1e-9);
    if (next !== undefined) this.day = next;
  }

  /** The axis ticks, labelled only where a label has room (a phone shows every other year, say). */
  private ticks(axis: ReturnType<typeof journeyAxis>, X: (d: number) => number) {
    let last = -Infinity;
    return axis.ticks.map((t) => {
      const x = X(t.day);
      const room = x - last >= TICK_LABEL_PX;
      if (room) last = x;
      return { day: t.day, label: room ? t.label : '' };
    });
  }

  private markText(m: JourneyMark, implantDay: number): string {
    const verdict =
      m.good === undefined ? '' : !m.good ? J.notBest : m.corrected ? J.soundAfterChange : J.sound;
    return `${journeyTimeText(m.day, implantDay)}. ${J.kind[m.kind]}: ${m.label}${m.detail ? ` — ${m.detail}` : ''}${verdict}`;
  }

  override render() {
    const j = this.journey;
    if (!j) return nothing;
    const axis = journeyAxis(j.endDay, j.implantDay);
    const W = Math.max(MIN_WIDTH_PX, this.widthPx);
    const X = (d: number) => 12 + axis.x(d) * (W - 24);
    const anchor = (d: number) => (axis.x(d) < 0.05 ? 'start' : axis.x(d) > 0.95 ? 'end' : 'middle');
    const here = this.current(j);
    const valueText = `${journeyTimeText(this.day, j.implantDay)}${here.length ? `: ${here.map((m) => `${J.kind[m.kind]}, ${m.label}`).join('; ')}` : ''}`;
    return html`
      <figure>
        <figcaption>
          ${J.caption(journeyTimeText(j.endDay, j.implantDay))}${
            axis.breakAt !== null ? html` <span class="muted">${J.wider}</span>` : nothing
          }
        </figcaption>
        <svg
          part="timeline"
          width=${W}
          height=${H}
          viewBox="0 0 ${W} ${H}"
          role="img"
          aria-label=${J.timelineLabel}
        >
          ${ROW_Y.map((y) => svg`<line class="row" x1="20" x2=${W - 20} y1=${y} y2=${y}></line>`)}
          ${axis.breakAt !== null ? svg`<path class="break" d="M${X(j.implantDay + 30) - 3} ${H - 30}l3 -6l3 6l3 -6"></path>` : nothing}
          ${this.ticks(axis, X).map(
            (t) =>
              svg`<g class="tick"><line x1=${X(t.day)} x2=${X(t.day)} y1="14" y2=${H - 26}></line>${t.label ? svg`<text x=${X(t.day)} y=${H - 8} text-anchor=${anchor(t.day)}>${t.label}</text>` : nothing}</g>`,
          )}
          ${j.marks.map((m) =>
            m.endDay !== undefined
              ? svg`<rect class="span" x=${X(m.day)} y=${ROW_Y[ROW[m.kind]] - 10} width=${Math.max(4, X(m.endDay) - X(m.day))} height="20"></rect>`
              : nothing,
          )}
          ${j.marks.map((m) => symbol(m.kind, X(m.day), ROW_Y[ROW[m.kind]], m.good, m.corrected))}
          <line class="cursor" x1=${X(this.day)} x2=${X(this.day)} y1="10" y2=${H - 26}></line>
        </svg>
        <ul class="legend" aria-label=${J.symbols}>
          ${LEGEND.map(
            ([key, kind, good, corrected]) =>
              html`<li>
                <svg viewBox="-9 -9 18 18" aria-hidden="true">${symbol(kind, 0, 0, good, corrected)}</svg
                >${J.legend[key]}
              </li>`,
          )}
        </ul>
      </figure>
      <div class="scrub">
        <button type="button" @click=${() => this.jump(-1)}>${J.previous}</button>
        <label class="slider"
          >${J.slider}
          <input
            type="range"
            min="0"
            max=${Math.ceil(j.endDay)}
            step="1"
            .value=${String(Math.round(this.day))}
            aria-valuetext=${valueText}
            @input=${(e: Event) => (this.day = Number((e.target as HTMLInputElement).value))}
        /></label>
        <button type="button" @click=${() => this.jump(1)}>${J.next}</button>
      </div>
      <div class="now" role="status" aria-live="polite">
        <p><strong>${journeyTimeText(this.day, j.implantDay)}</strong></p>
        ${
          here.length
            ? html`<ul>
                ${here.map((m) => html`<li>${J.kind[m.kind]}: ${m.label}${m.detail ? html` — ${m.detail}` : nothing}${m.good === false ? J.notBest : m.corrected ? J.changed : ''}</li>`)}
              </ul>`
            : html`<p class="muted">${J.nothingYet}</p>`
        }
      </div>
      <details>
        <summary>${J.everyEvent(j.marks.length)}</summary>
        <ol class="all">
          ${j.marks.map((m) => html`<li>${this.markText(m, j.implantDay)}</li>`)}
        </ol>
      </details>
    `;
  }
}
