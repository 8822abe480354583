import type { ScenarioInput } from '../../../model/scenario/schema.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SimResult } from '../../../model/result.js';
import { findPreset, DEFAULT_PRESET_ID } from '../../../model/scenario/presets.js';
import { enqueueRun, SupersededError } from '../../base/run-queue.js';
import { withUnit } from '../../format/format.js';
import { S } from '../../i18n/strings.js';
import styles from './run-summary.styles.js';

/**
 * <itp-run-summary> — runs a scenario (a preset id, or a scenario object set as a property) in the worker and
 * shows what the pump delivered. The first slice of the product; bigger views compose it. Its runs go through
 * the page's run queue like every other element's, so several on one page (and other views) all finish.
 *
 * @event itp-run-finished - detail: { result: SimResult }
 * @csspart summary - the definition list of figures
 * @cssproperty --itp-fg - text colour
 * @cssproperty --itp-error - error text colour
 *
 * @tag itp-run-summary
 */
export class ItpRunSummary extends LitElement {
  static override styles = styles;

  /** Preset id to run when no scenario object is set. */
  @property() preset: string = DEFAULT_PRESET_ID;
  /** A scenario object (takes precedence over `preset`). */
  @property({ attribute: false }) scenario: ScenarioInput | undefined = undefined;

  @state() private result: SimResult | null = null;
  @state() private error: string | null = null;
  @state() private running = false;
  private seq = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.run();
  }

  /** A new preset or scenario after the first run runs again (the first run starts on connection). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('preset') || changed.has('scenario'))) void this.run();
  }

  /** Runs the current scenario; resolves with the result (also kept for rendering). */
  async run(): Promise<SimResult | null> {
    const scenario = this.scenario ?? findPreset(this.preset)?.scenario;
    if (!scenario) {
      this.error = `Unknown preset "${this.preset}".`;
      return null;
    }
    const mine = ++this.seq;
    this.running = true;
    this.error = null;
    try {
      const result = await enqueueRun({ scenario, wanted: () => mine === this.seq });
      if (mine !== this.seq) return null;
      this.result = result;
      this.dispatchEvent(
        new CustomEvent('itp-run-finished', { detail: { result }, bubbles: true, composed: true }),
      );
      return result;
    } catch (e) {
      if (e instanceof SupersededError || mine !== this.seq) return null;
      this.result = null;
      this.error = S.run.failed(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      if (mine === this.seq) this.running = false;
    }
  }

  override render() {
    const r = this.result;
    return html`
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      <p aria-live="polite">
        ${this.running ? 'Simulating…' : r ? `Simulated ${withUnit(r.summary.durationHours / 24, 'days')}.` : ''}
      </p>
      ${
        r
          ? html`<dl part="summary">
              <dt>Programmed volume</dt>
              <dd data-key="programmed">${withUnit(r.summary.programmedVolumeMl, 'mL', 4)}</dd>
              <dt>Delivered volume</dt>
              <dd data-key="delivered">${withUnit(r.summary.deliveredVolumeMl, 'mL', 4)}</dd>
              <dt>Delivered dose</dt>
              <dd data-key="dose">${withUnit(r.summary.deliveredDoseUg / 1000, 'mg', 4)}</dd>
              <dt>Reservoir at the end</dt>
              <dd data-key="reservoir">${withUnit(r.summary.reservoirEndMl, 'mL', 4)}</dd>
            </dl>`
          : nothing
      }
    `;
  }
}
