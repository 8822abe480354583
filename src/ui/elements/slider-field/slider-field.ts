import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../../base/styles.js';
import { clampToStep, formatNumber } from '../../format/format.js';
import { CONTROL_TEXT as T } from '../../i18n/strings-controls.js';

/** Next id for the parts a screen reader links (label, unit, message): unique on the page. */
let nextId = 0;

/**
 * <itp-slider-field> — one quantity a learner sets: a range slider to move it and a number box to type it exactly,
 * with its unit beside it. A typed value outside [min, max] is set to the nearest end, and a message in plain
 * words names the allowed range with its unit (what a learner did is never silently dropped). Both parts are
 * labelled for a screen reader; the slider says its value with the unit (aria-valuetext).
 *
 * Content (e.g. an estimate badge) goes after the label.
 *
 * Events, like a native input: `input` while the value moves (dragging the slider, arrow keys, a whole number
 * typed in range — the host may re-run live) and `change` when it is committed (the slider released, the box
 * left or Enter pressed). Read `value` on the element.
 *
 * @event input - the value is moving (bubbles, composed)
 * @event change - the value was committed (bubbles, composed)
 * @slot - after the label: a badge about the quantity (estimate, source)
 * @csspart slider - the range input
 * @csspart number - the number input
 *
 * @tag itp-slider-field
 */
export class ItpSliderField extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
        container-type: normal;
        max-width: 100%;
      }
      .field {
        display: grid;
        gap: var(--itp-space-xs);
      }
      .head,
      .row {
        display: flex;
        align-items: center;
        gap: var(--itp-space-s);
      }
      /* Slider, box and unit stay on one line: the slider gives way first. */
      input[type='range'] {
        flex: 1 1 4rem;
        min-width: 3rem;
        margin: 0;
        accent-color: var(--_itp-accent);
      }
      input[type='number'] {
        width: 5.5rem;
      }
      .unit {
        color: var(--_itp-muted);
      }
      .msg,
      .hint {
        margin: 0;
        font-size: var(--itp-font-size-s);
      }
      .msg {
        color: var(--_itp-warn);
      }
    `,
  ];

  /** What is set, in plain words, without the unit (e.g. "Body temperature"). */
  @property() label = '';
  /** The unit as the learner reads it (e.g. "°C", "mL/day"). */
  @property() unit = '';
  /** The unit after exactly 1, when it differs (a count: "1 patient", "2 patients"). */
  @property({ attribute: 'unit-one' }) unitOne = '';
  @property({ type: Number }) min = 0;
  @property({ type: Number }) max = 100;
  @property({ type: Number }) step = 1;
  @property({ type: Number }) value = 0;
  /** A sentence shown under the field and read with it (what the quantity does). */
  @property() hint = '';

  /** The plain-words message after a typed value was changed or refused (null: none). */
  @state() private message: string | null = null;
  private readonly idp = `itp-sf-${nextId++}`;

  private withUnit(v: number): string {
    const unit = v === 1 && this.unitOne ? this.unitOne : this.unit;
    return unit ? `${formatNumber(v, 6)} ${unit}` : formatNumber(v, 6);
  }

  private fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }

  private onSlider(e: Event, type: 'input' | 'change'): void {
    // The inner input's own events stop here: the host says `input` / `change` once, for both parts.
    e.stopPropagation();
    this.value = this.own = Number((e.target as HTMLInputElement).value);
    this.message = null;
    this.fire(type);
  }

  /** While typing: only a value the field accepts as it is moves the slider and the run (never "3" of "38"). */
  private onTyping(e: Event): void {
    e.stopPropagation();
    const box = e.target as HTMLInputElement;
    const v = box.valueAsNumber;
    if (box.value === '' || !Number.isFinite(v) || v < this.min || v > this.max) return;
    this.value = this.own = v;
    this.message = null;
    this.fire('input');
  }

  /** Committed (Enter, leaving the box, the spinner): clamp to the range, say so, then `change`. */
  private onCommit(e: Event): void {
    e.stopPropagation();
    const box = e.target as HTMLInputElement;
    const v = box.valueAsNumber;
    const range = [this.withUnit(this.min), this.withUnit(this.max)] as const;
    if (!Number.isFinite(v)) {
      this.message = T.notANumber(...range);
      box.value = String(this.value);
      return;
    }
    const set = clampToStep(v, this.min, this.max, this.step);
    this.message = set === v ? null : T.clamped(this.withUnit(v), this.withUnit(set), ...range);
    this.value = this.own = set;
    box.value = String(set);
    this.fire('change');
  }

  /** The last value this field set itself (a different one came from the host). */
  private own: number | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new value from the host (another view, a reset) is not what the message was about.
    if (changed.has('value') && this.value !== this.own) this.message = null;
  }

  override render() {
    const id = this.idp;
    return html`<div class="field" role="group" aria-labelledby="${id}-label">
      <div class="head"><span id="${id}-label">${this.label}</span><slot></slot></div>
      <div class="row">
        <input
          part="slider"
          type="range"
          min=${this.min}
          max=${this.max}
          step=${this.step}
          .value=${String(this.value)}
          aria-labelledby="${id}-label"
          aria-valuetext=${this.withUnit(this.value)}
          @input=${(e: Event) => this.onSlider(e, 'input')}
          @change=${(e: Event) => this.onSlider(e, 'change')}
        />
        <input
          part="number"
          type="number"
          min=${this.min}
          max=${this.max}
          step=${this.step}
          .value=${String(this.value)}
          aria-label=${T.exact(this.unit ? `${this.label} (${this.unit})` : this.label)}
          aria-describedby=${this.hint ? `${id}-msg ${id}-hint` : `${id}-msg`}
          aria-invalid=${this.message ? 'true' : 'false'}
          @input=${this.onTyping}
          @change=${this.onCommit}
        />
        <span class="unit" aria-hidden="true">${this.unit}</span>
      </div>
      <p class="msg" id="${id}-msg" role="status">${this.message ?? ''}</p>
      ${this.hint ? html`<p class="hint muted" id="${id}-hint">${this.hint}</p>` : nothing}
    </div>`;
  }
}
