import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '../../base/styles.js';

/** One choice of a segmented control: the value it sets and what the learner reads. */
export interface Segment {
  value: string;
  label: string;
}

/** Next id for the group's label: unique on the page. */
let nextId = 0;

/**
 * <itp-segmented> — a small exclusive choice (two to four options: log or linear, a posture, a mode) as a row of
 * adjoining buttons, with the semantics and keys of a radio group (WAI-ARIA radio group pattern): one tab stop, the
 * arrow keys move the choice (and wrap), Home and End go to the ends, Space or a click chooses. Every segment shows
 * its words (no icon-only choice), and the chosen one is filled, so the state is not told by colour alone.
 *
 * Like a select: set `options` and `value`; `change` (bubbles, composed) says the learner chose; read `value`.
 *
 * @event change - the learner chose another option
 * @csspart group - the row of segments
 *
 * @tag itp-segmented
 */
export class ItpSegmented extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--itp-space-xs) var(--itp-space-s);
        container-type: normal;
        max-width: 100%;
      }
      /* Segments 2 px apart, each rounded: the same on one line and wrapped on a phone (joined corners broke). */
      .group {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 2px;
        max-width: 100%;
      }
      button {
        flex: 1 1 auto;
      }
      button[aria-checked='true'] {
        background: var(--_itp-accent);
        border-color: var(--_itp-accent);
        color: var(--_itp-on-accent);
        position: relative;
      }
      button:focus-visible {
        position: relative;
        z-index: 1;
      }
      @media (forced-colors: active) {
        button[aria-checked='true'] {
          forced-color-adjust: none;
          background: Highlight;
          border-color: Highlight;
          color: HighlightText;
        }
      }
    `,
  ];

  /** The choice's name, shown before the segments and given to the group. */
  @property() label = '';
  @property({ attribute: false }) options: Segment[] = [];
  @property() value = '';

  private readonly labelId = `itp-seg-${nextId++}`;
  /** Move focus to the chosen segment after the next render (the keys move the choice and the focus). */
  private focusChosen = false;

  private choose(i: number): void {
    const o = this.options[i];
    if (!o) return;
    this.focusChosen = true;
    if (o.value === this.value) return;
    this.value = o.value;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    const at = Math.max(
      0,
      this.options.findIndex((o) => o.value === this.value),
    );
    const to: Record<string, number> = {
      ArrowRight: (at + 1) % n,
      ArrowDown: (at + 1) % n,
      ArrowLeft: (at - 1 + n) % n,
      ArrowUp: (at - 1 + n) % n,
      Home: 0,
      End: n - 1,
    };
    if (!(e.key in to) || !n) return;
    e.preventDefault();
    this.choose(to[e.key]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusChosen) return;
    this.focusChosen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button[aria-checked="true"]')?.focus();
  }

  override render() {
    // No option chosen (a value not offered): the first takes the tab stop, as a radio group does.
    const chosen = this.options.some((o) => o.value === this.value);
    return html`${this.label ? html`<span id=${this.labelId}>${this.label}</span>` : nothing}
      <div
        class="group"
        part="group"
        role="radiogroup"
        aria-labelledby=${this.label ? this.labelId : nothing}
        @keydown=${this.onKey}
      >
        ${this.options.map(
          (o, i) =>
            html`<button
              type="button"
              role="radio"
              aria-checked=${o.value === this.value ? 'true' : 'false'}
              tabindex=${o.value === this.value || (!chosen && i === 0) ? '0' : '-1'}
              @click=${() => this.choose(i)}
            >
              ${o.label}
            </button>`,
        )}
      </div>`;
  }
}
