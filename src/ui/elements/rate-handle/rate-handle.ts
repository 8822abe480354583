import { LitElement, css, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../../base/styles.js';
import { clampToStep } from '../../format/format.js';

/** The drawing's box (viewBox units) and the track's top and bottom in it. */
const W = 40;
const H = 130;
const TOP = 14;
const BOTTOM = 116;
const X = 20;

/**
 * <itp-rate-handle> — a quantity set by direct manipulation: a vertical column whose height is the value, with a
 * handle on top that the learner drags up or down (or focuses and moves with the arrow keys: ↑/→ one step, Page
 * Up/Down ten, Home/End the ends). The comparison puts it beside the programmable pump's drawing for the basal rate,
 * so the learner changes the rate where the pump is, and both pumps re-run while the handle moves.
 *
 * It is a slider for assistive technology (role, aria-valuenow/min/max, and `valuetext`: the value in plain words
 * with its unit, given by the host). Events like a native input: `input` while the value moves, `change` when the
 * drag ends or a key set it. Read `value`.
 *
 * @event input - the value is moving (bubbles, composed)
 * @event change - the value was committed (bubbles, composed)
 *
 * @tag itp-rate-handle
 */
export class ItpRateHandle extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-flex;
        flex-direction: column;
        align-items: center;
        container-type: normal;
        width: 6.5rem;
        text-align: center;
        font-size: var(--itp-font-size-s);
      }
      .value {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      svg {
        display: block;
        width: 2.5rem;
        cursor: ns-resize;
        touch-action: none;
      }
      .knob:focus {
        outline: none;
      }
      .knob:focus-visible .ring {
        stroke: var(--_itp-focus);
        stroke-width: 4;
      }
      @media (forced-colors: active) {
        .knob:focus-visible .ring {
          stroke: Highlight;
        }
      }
    `,
  ];

  /** What the handle sets, for a screen reader, with how to use it. */
  @property() label = '';
  /** What the handle sets, shown above it in a word or two (e.g. "Basal rate"). */
  @property() caption = '';
  /** The value as shown above the column, with its unit (e.g. "0.2 mL/day"). */
  @property() display = '';
  /** The value in plain words for a screen reader (aria-valuetext). */
  @property() valuetext = '';
  @property({ type: Number }) min = 0;
  @property({ type: Number }) max = 1;
  @property({ type: Number }) step = 0.01;
  @property({ type: Number }) value = 0;

  private dragging = false;

  private yOf(v: number): number {
    const f = this.max > this.min ? (v - this.min) / (this.max - this.min) : 0;
    return BOTTOM - Math.max(0, Math.min(1, f)) * (BOTTOM - TOP);
  }

  /** The value at a pointer's height, on the step grid, within [min, max]. */
  private valueAt(e: PointerEvent): number {
    const box = (this.renderRoot.querySelector('svg') as SVGSVGElement).getBoundingClientRect();
    const y = ((e.clientY - box.top) / box.height) * H;
    return this.set((this.min + ((BOTTOM - y) / (BOTTOM - TOP)) * (this.max - this.min)) as number);
  }

  /** `v` on the step grid and within range. */
  private set(v: number): number {
    return clampToStep(v, this.min, this.max, this.step, true);
  }

  private move(v: number, type: 'input' | 'change'): void {
    if (v === this.value && type === 'input') return;
    this.value = v;
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  private onDown(e: PointerEvent): void {
    this.dragging = true;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    this.renderRoot.querySelector<SVGGElement>('.knob')?.focus();
    this.move(this.valueAt(e), 'input');
    e.preventDefault();
  }
  private onMove(e: PointerEvent): void {
    if (this.dragging) this.move(this.valueAt(e), 'input');
  }
  private onUp(): void {
    if (!this.dragging) return;
    this.dragging = false;
    this.move(this.value, 'change');
  }

  private onKey(e: KeyboardEvent): void {
    const s = this.step;
    const by: Record<string, number> = {
      ArrowUp: s,
      ArrowRight: s,
      ArrowDown: -s,
      ArrowLeft: -s,
      PageUp: 10 * s,
      PageDown: -10 * s,
    };
    let v: number;
    if (e.key in by) v = this.set(this.value + by[e.key]);
    else if (e.key === 'Home') v = this.min;
    else if (e.key === 'End') v = this.max;
    else return;
    e.preventDefault();
    if (v !== this.value) this.move(v, 'change');
  }

  override render() {
    const y = this.yOf(this.value);
    return html`<span aria-hidden="true">${this.caption}</span>
      <span class="value" aria-hidden="true">${this.display}</span>
      <svg
        viewBox="0 0 ${W} ${H}"
        @pointerdown=${this.onDown}
        @pointermove=${this.onMove}
        @pointerup=${this.onUp}
        @pointercancel=${this.onUp}
      >
        <rect x=${X - 7} y=${TOP} width="14" height=${BOTTOM - TOP} rx="7" fill="#e9e9ee" stroke="#4a4a55" />
        <rect x=${X - 7} y=${y} width="14" height=${BOTTOM - y} rx="7" fill="#0072B2" />
        ${svg`<g
        class="knob"
        tabindex="0"
        role="slider"
        aria-label=${this.label}
        aria-orientation="vertical"
        aria-valuemin=${this.min}
        aria-valuemax=${this.max}
        aria-valuenow=${this.value}
        aria-valuetext=${this.valuetext}
        @keydown=${this.onKey}
      >
        <circle class="ring" cx=${X} cy=${y} r="11" fill="#ffffff" stroke="#1b1b1f" stroke-width="2.5" />
        <path d=${`M ${X - 4} ${y - 2} l 4 -4 l 4 4 M ${X - 4} ${y + 2} l 4 4 l 4 -4`} fill="none" stroke="#1b1b1f"
          stroke-width="1.5" />
      </g>`}
      </svg>`;
  }
}
