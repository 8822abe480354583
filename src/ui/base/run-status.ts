/**
 * <itp-run-status> — the page-wide voice of the run queue (run-queue.ts), one per page, added to the end of
 * <body> the first time it has something to say: progress of a long run (with Stop), a plain-words notice (the
 * simulator stopped and was restarted), and the "this will take a while" question, asked in a modal <dialog>
 * (focus moves into it and comes back, Escape means "not now"). Every view and lesson runs through the same
 * queue, so this is the one place these messages appear, in the app and on any host page alike. Loaded on
 * first use (a dynamic import): a page whose runs are short and healthy never downloads it.
 *
 * @tag itp-run-status
 */
import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { baseStyles } from './styles.js';
import { defineElement } from './define.js';
import { S } from '../i18n/strings.js';

const TAG = 'itp-run-status';

/** "about 40 seconds", "about 3 minutes", "about 1.5 hours": an estimate in words, never e-notation. */
export function aboutDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 1) return 'about a second';
  if (seconds < 90) {
    const s = seconds < 10 ? Math.round(seconds) : Math.round(seconds / 5) * 5;
    return `about ${s} second${s === 1 ? '' : 's'}`;
  }
  const min = seconds / 60;
  if (min < 90) {
    const m = Math.round(min);
    return `about ${m} minute${m === 1 ? '' : 's'}`;
  }
  const h = Math.round((min / 60) * 2) / 2;
  return `about ${h} hour${h === 1 ? '' : 's'}`;
}

export class ItpRunStatus extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: fixed;
        inset: auto 0.75rem 0.75rem auto;
        z-index: 1000;
        /* A fixed box sizes to its content, which an inline-size container (the base style) would make 0. */
        container-type: normal;
        width: min(26rem, calc(100vw - 1.5rem));
        background: transparent;
        pointer-events: none;
      }
      .box,
      dialog {
        pointer-events: auto;
      }
      .box {
        background: var(--_itp-bg);
        border: 1px solid var(--_itp-border);
        border-radius: var(--itp-radius, 4px);
        box-shadow: 0 2px 10px var(--_itp-shade);
        padding: var(--itp-space-m) var(--itp-space-l);
        margin-top: var(--itp-space-m);
      }
      .box p {
        margin: 0 0 var(--itp-space-s);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--itp-space-m);
        align-items: center;
      }
      progress {
        flex: 1 1 8rem;
        min-width: 6rem;
      }
      dialog {
        max-width: min(30rem, calc(100vw - 2rem));
        border: 1px solid var(--_itp-border);
        border-radius: var(--itp-radius, 4px);
        padding: var(--itp-space-xl) var(--itp-space-xl);
        color: var(--_itp-fg);
        background: var(--_itp-bg);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
    `,
  ];

  /** Progress of the long run in flight (0–1), or null when none is shown. */
  @state() progress: number | null = null;
  @state() private estimateText: string | null = null;
  @state() notice: string | null = null;
  @state() private question: string | null = null;
  private stop: (() => void) | null = null;
  private answer: ((yes: boolean) => void) | null = null;
  private returnFocus: HTMLElement | null = null;

  /** Shows progress of a run (its estimate in words, if known) with a Stop button that calls `stop`. */
  showProgress(fraction: number, stop: () => void, estimateSeconds: number | null): void {
    this.progress = Math.min(1, Math.max(0, fraction));
    this.stop = stop;
    this.estimateText = estimateSeconds === null ? null : aboutDuration(estimateSeconds);
  }

  hideProgress(): void {
    this.progress = null;
    this.stop = null;
    this.estimateText = null;
  }

  say(text: string): void {
    this.notice = text;
  }

  /** Asks whether to start a run estimated at `seconds`; resolves true (run it) or false (not now, Escape). */
  async confirmLongRun(seconds: number): Promise<boolean> {
    this.answer?.(false);
    this.returnFocus = deepActiveElement();
    this.question = S.run.longRunQuestion(aboutDuration(seconds));
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog')!;
    dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('button.primary')?.focus();
    return new Promise<boolean>((resolve) => (this.answer = resolve));
  }

  private reply(yes: boolean): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    this.question = null;
    const answer = this.answer;
    this.answer = null;
    this.returnFocus?.focus();
    this.returnFocus = null;
    answer?.(yes);
  }

  override render() {
    const pct = this.progress === null ? 0 : Math.round(this.progress * 100);
    return html`
      <dialog
        aria-labelledby="long-title"
        aria-describedby="long-text"
        @cancel=${(e: Event) => {
          e.preventDefault();
          this.reply(false);
        }}
      >
        <h2 id="long-title">${S.run.longRunTitle}</h2>
        <p id="long-text">${this.question ?? ''}</p>
        <div class="row">
          <button type="button" class="primary" @click=${() => this.reply(true)}>${S.run.longRunYes}</button>
          <button type="button" @click=${() => this.reply(false)}>${S.run.longRunNo}</button>
        </div>
      </dialog>
      <div role="status" aria-live="polite">
        ${
          this.notice
            ? html`<div class="box notice">
                <p>${this.notice}</p>
                <button type="button" @click=${() => (this.notice = null)}>${S.run.dismiss}</button>
              </div>`
            : nothing
        }
        ${
          this.progress !== null
            ? html`<div class="box">
                <p>
                  ${S.run.progress(pct)}${this.estimateText ? ` ${S.run.estimateInAll(this.estimateText)}` : ''}
                </p>
                <div class="row">
                  <progress max="100" .value=${pct} aria-label=${S.run.progressLabel}></progress>
                  <button type="button" @click=${() => this.stop?.()}>${S.run.stop}</button>
                </div>
              </div>`
            : nothing
        }
      </div>
    `;
  }
}

function deepActiveElement(): HTMLElement | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a instanceof HTMLElement ? a : null;
}

/** The page's status element, added to <body> on first use. */
export function runStatus(): ItpRunStatus {
  defineElement(TAG, ItpRunStatus);
  let el = document.querySelector<ItpRunStatus>(TAG);
  if (!el) {
    el = document.createElement(TAG) as ItpRunStatus;
    document.body.append(el);
  }
  return el;
}
