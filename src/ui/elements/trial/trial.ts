import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CohortResult } from '../../../model/trials/cohort.js';
import type { TrialTimelineData as TrialTimeline } from '../../../model/trials/timeline.js';
import { DEFAULT_TRIAL_PRESET, findTrialPreset, TRIAL_PRESETS } from '../../../model/trials/spec.js';
import type { TrialService } from '../../../model/trials/service.js';
import { histogramChart, timelineChart } from './trial-charts.js';
import {
  comparisonTable,
  detailsTables,
  histogramTable,
  patientTables,
  respondersTable,
} from './trial-tables.js';
import { T } from './trial-strings.js';
import styles from './trial.styles.js';
import '../slider-field/slider-field.define.js';
import type { ItpSliderField } from '../slider-field/slider-field.js';
import { phoneTableStyles } from '../../base/styles.js';

/** The protocol compared with in "bolus vs continuous", per protocol. */
const COUNTERPART: Record<string, string> = {
  'baclofen-bolus': 'baclofen-continuous',
  'baclofen-continuous': 'baclofen-bolus',
  'morphine-bolus': 'morphine-continuous',
  'morphine-continuous': 'morphine-bolus',
};

/**
 * <itp-trial> — screening trials on virtual patients: a cohort's responder rate with its Wilson interval
 * beside the published figure, the histogram of improvement with the 50 % line, side effects, dose–response,
 * what happens after the decision, bolus vs continuous compared, and a drill-down from a histogram bar to one
 * patient's trial timeline (doses, assessments, decision). Every chart has a data table.
 *
 * @event itp-trial-result - detail: { result: CohortResult } after each cohort run
 * @csspart histogram - the improvement histogram (SVG)
 * @csspart timeline - one patient's timeline (SVG)
 * @csspart responders - responder rate vs published table
 * @cssproperty --itp-accent - bars at or above the 50 % line
 * @cssproperty --itp-muted - bars below the line
 *
 * @tag itp-trial
 */
export class ItpTrial extends LitElement {
  static override styles = [styles, phoneTableStyles];

  /** Trial preset id (see TRIAL_PRESETS). */
  @property() preset: string = DEFAULT_TRIAL_PRESET;
  @property({ type: Number }) cohort = 500;
  @property({ type: Number }) seed = 1;
  /** Run the cohort as soon as the element is connected. */
  @property({ type: Boolean, attribute: 'auto-run' }) autoRun = false;
  /** Where trials run; defaults to the worker pool (set before connecting to override). */
  @property({ attribute: false }) service: TrialService | null = null;

  @state() private result: CohortResult | null = null;
  @state() private comparison: CohortResult[] = [];
  @state() private status = '';
  @state() private error: string | null = null;
  @state() private running = false;
  @state() private progress = 0;
  @state() private bin: number | null = null;
  @state() private inBin = 0;
  @state() private timeline: TrialTimeline | null = null;
  private controller: AbortController | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.autoRun) void this.runCohort();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  /** With `auto-run`, a new preset (a lesson's second story) runs at once instead of showing the old cohort. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && this.autoRun && changed.has('preset')) void this.runCohort();
  }

  private async getService(): Promise<TrialService> {
    if (!this.service)
      this.service = (await import('../../../runtime/browser/trial-service.js')).getDefaultTrialService();
    return this.service;
  }

  private spec(presetId = this.preset, protocol?: string) {
    const base = (findTrialPreset(presetId) ?? findTrialPreset(DEFAULT_TRIAL_PRESET)!).spec;
    const cohortSize = Math.min(10000, Math.max(1, Math.round(Number(this.cohort) || 1)));
    const seed = Math.min(2 ** 32 - 1, Math.max(0, Math.round(Number(this.seed) || 0)));
    return { ...base, ...(protocol ? { protocol } : {}), cohortSize, seed };
  }

  /** Runs the cohort; resolves with the result (null when cancelled or failed). */
  async runCohort(): Promise<CohortResult | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.running = true;
    this.error = null;
    this.comparison = [];
    this.timeline = null;
    this.bin = null;
    const spec = this.spec();
    const t0 = performance.now();
    try {
      const service = await this.getService();
      const result = await service.runCohort(spec, {
        signal: controller.signal,
        onProgress: (p) => {
          this.progress = p.fraction;
          this.status = T.running(p.done, p.total);
        },
      });
      this.result = result;
      this.status = T.done(result.summary.n, performance.now() - t0);
      this.dispatchEvent(
        new CustomEvent('itp-trial-result', { detail: { result }, bubbles: true, composed: true }),
      );
      return result;
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') this.status = T.cancelled;
      else this.error = T.failed(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.running = false;
      }
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Runs the counterpart protocol (bolus ↔ continuous) on the same patients and shows both. */
  async compare(): Promise<void> {
    if (!this.result) await this.runCohort();
    const first = this.result;
    const other = first && COUNTERPART[first.spec.protocol];
    if (!first || !other) return;
    const controller = new AbortController();
    this.controller = controller;
    this.running = true;
    try {
      const service = await this.getService();
      const second = await service.runCohort(this.spec(this.preset, other), {
        signal: controller.signal,
        onProgress: (p) => {
          this.progress = p.fraction;
          this.status = T.running(p.done, p.total);
        },
      });
      this.comparison = [first, second];
      this.status = '';
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') this.status = T.cancelled;
      else this.error = T.failed(e instanceof Error ? e.message : String(e));
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.running = false;
      }
    }
  }

  /** Shows patient `index` of histogram bin `bin` (drill-down). */
  async showBin(bin: number, index = 0): Promise<void> {
    const members = this.result?.summary.improvement.histogram.members[bin] ?? [];
    if (members.length === 0 || !this.result) return;
    this.bin = bin;
    this.inBin = ((index % members.length) + members.length) % members.length;
    try {
      const service = await this.getService();
      this.timeline = await service.runTimeline(this.result.spec, members[this.inBin]);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#patient-heading')?.focus();
    } catch (e) {
      this.error = T.failed(e instanceof Error ? e.message : String(e));
    }
  }

  private onInput(e: Event): void {
    const t = e.target as HTMLInputElement | HTMLSelectElement;
    if (t.name === 'preset') this.preset = t.value;
    if (t.getAttribute('name') === 'cohort') this.cohort = (t as unknown as ItpSliderField).value;
    if (t.name === 'seed') this.seed = Number(t.value);
  }

  override render() {
    const r = this.result;
    const hist = r?.summary.improvement.histogram;
    const members = this.bin !== null && hist ? hist.members[this.bin] : [];
    return html`
      <h2>${T.heading}</h2>
      <p class="hint">${T.intro}</p>
      <form
        @submit=${(e: Event) => (e.preventDefault(), void this.runCohort())}
        @change=${this.onInput}
        aria-label=${T.controls}
      >
        <label
          >${T.preset}
          <select name="preset" .value=${this.preset}>
            ${TRIAL_PRESETS.map((p) => html`<option value=${p.id} ?selected=${p.id === this.preset}>${p.title}</option>`)}
          </select>
        </label>
        <itp-slider-field
          name="cohort"
          label=${T.cohort}
          unit=${T.cohortUnit}
          unit-one=${T.cohortUnitOne}
          min="1"
          max="10000"
          step="1"
          .value=${this.cohort}
        ></itp-slider-field>
        <label
          >${T.seed} <input name="seed" type="number" min="0" step="1" .value=${String(this.seed)}
        /></label>
        <button type="submit" ?disabled=${this.running}>${T.run}</button>
        <button type="button" @click=${() => this.cancel()} ?disabled=${!this.running}>${T.cancel}</button>
        <button type="button" @click=${() => void this.compare()} ?disabled=${this.running}>
          ${T.compare}
        </button>
      </form>
      ${this.running ? html`<progress max="1" .value=${this.progress} aria-label=${T.cohort}></progress>` : nothing}
      <p role="status" aria-live="polite">${this.status}</p>
      ${this.error ? html`<p role="alert">${this.error}</p>` : nothing}
      ${
        r && hist
          ? html`
              ${respondersTable(r)}
              <section aria-labelledby="hist-heading">
                <h3 id="hist-heading">${T.histogram}</h3>
                <p class="hint">${T.histogramHint}</p>
                ${histogramChart(hist, this.bin, (b) => void this.showBin(b))}
                ${histogramTable(hist, (b) => void this.showBin(b))}
              </section>
              ${detailsTables(r)} ${this.comparison.length ? comparisonTable(this.comparison) : nothing}
            `
          : nothing
      }
      ${
        this.timeline
          ? html`<section aria-labelledby="patient-heading" class="patient">
              <h3 id="patient-heading" tabindex="-1">
                ${T.patient(this.timeline.result.patient.id)} — ${T.timeline}
              </h3>
              ${
                members.length > 1
                  ? html`<p>
                      <button type="button" @click=${() => void this.showBin(this.bin!, this.inBin - 1)}>
                        ${T.prev}
                      </button>
                      <span>${T.ofBin(this.inBin, members.length)}</span>
                      <button type="button" @click=${() => void this.showBin(this.bin!, this.inBin + 1)}>
                        ${T.next}
                      </button>
                    </p>`
                  : nothing
              }
              ${timelineChart(this.timeline)}
              <p class="legend">
                <span class="key effect"></span>${T.effect} <span class="key side"></span>${T.sideEffect}
              </p>
              ${patientTables(this.timeline)}
            </section>`
          : nothing
      }
    `;
  }
}
