import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { CHARTS_TEXT, S } from '../../i18n/strings.js';
import { formatTime } from '../../format/format.js';
import { eventText } from '../../format/event-text.js';
import { issuesList, notice } from '../../base/templates.js';
import { dailyDoseChart } from './daily-dose-chart.js';
import { seriesDef } from '../../../model/series.js';
import '../chart/chart.define.js';

/** Unit of an effect series, from the series table (painNrs: NRS 0–10, sedationFraction: 0–1). */
export function effectUnit(name: string): string {
  return seriesDef(name)?.unit ?? '';
}

/** What learners read as the title of an effect series: plain words and the scale ("Pain score (0–10)"). */
export function effectTitle(name: string): string {
  return seriesDef(name)?.label ?? name;
}

/**
 * <itp-charts> — the run's time series as charts (uPlot): tip delivery, reservoir, CSF at chosen levels
 * (log scale), plasma, and the effect and side-effect scores. Each chart has hover read-outs, a text summary,
 * a data table and PNG export (see <itp-chart>). Series the engine has not produced are named as such.
 *
 * @event itp-run-finished - detail: { result, run: 'charts' }
 * @event itp-alarm - detail: { event, run }
 * @event itp-run-failed - detail: { message, issues, run }
 *
 * @tag itp-charts
 */
export class ItpCharts extends ItpView {
  static override styles = [
    ...ItpView.styles,
    css`
      .events {
        columns: 22rem auto;
        column-gap: 1.5rem;
        padding-left: 1.4rem;
        font-size: 0.9rem;
      }
      .events li {
        break-inside: avoid;
      }
      .sev-alarm {
        color: var(--_itp-error);
        font-weight: 600;
      }
      .sev-warning {
        color: var(--_itp-warn);
      }
    `,
  ];

  @state() private chosen: string[] | null = null;
  @state() private logCsf = true;
  private runner = new RunController(this, 'charts');

  protected override defaultPreset(): string {
    return 'baclofen-programmable';
  }

  protected async load(): Promise<void> {
    const r = await this.resolve();
    this.sourceNotice = r.notice;
    await this.runner.run(r.scenario);
  }

  /** Levels shown by default: cranial-most, the middle and caudal-most of the model's levels. */
  private levels(): string[] {
    const d = this.runner.result?.distribution;
    if (!d || !d.levels.length) return [];
    if (this.chosen) return this.chosen.filter((n) => d.levels.some((l) => l.name === n));
    const names = d.levels.map((l) => l.name);
    return [...new Set([names[0], names[Math.floor(names.length / 2)], names[names.length - 1]])];
  }

  private toggleLevel(name: string, on: boolean): void {
    const cur = this.levels();
    this.chosen = on ? [...cur, name] : cur.filter((n) => n !== name);
  }

  private csfCharts() {
    const r = this.runner.result!;
    const d = r.distribution;
    if (!d) return html`<p class="notice" role="status">${S.run.notProduced(S.charts.csfAtLevels)}</p>`;
    const chosen = this.levels();
    const series = chosen.map((name) => {
      const j = d.levels.findIndex((l) => l.name === name);
      const n = r.series.tHours.length;
      const v = new Float64Array(n);
      for (let k = 0; k < n; k++) v[k] = d.csfNgPerMl[k * d.levels.length + j];
      return { label: `CSF at ${name}`, values: v };
    });
    const effects = Object.entries(d.effects);
    return html` <fieldset>
        <legend>${S.charts.levels}</legend>
        ${d.levels.map(
          (l) =>
            html`<label
              ><input
                type="checkbox"
                .checked=${chosen.includes(l.name)}
                @change=${(e: Event) => this.toggleLevel(l.name, (e.target as HTMLInputElement).checked)}
              />${l.name}</label
            >`,
        )}
        <label
          ><input
            type="checkbox"
            .checked=${this.logCsf}
            @change=${(e: Event) => (this.logCsf = (e.target as HTMLInputElement).checked)}
          />${S.charts.logScale}</label
        >
      </fieldset>
      <itp-chart
        heading=${S.charts.csfAtLevels}
        unit="ng/mL"
        ?log=${this.logCsf}
        .tHours=${r.series.tHours}
        .series=${series}
      ></itp-chart>
      <itp-chart
        heading=${S.charts.plasma}
        unit="ng/mL"
        .tHours=${r.series.tHours}
        .series=${[
          { label: S.spine.plasma, values: d.plasmaNgPerMl },
          { label: S.spine.cranial, values: d.cranialNgPerMl },
        ]}
        ?log=${this.logCsf}
      ></itp-chart>
      ${
        effects.length
          ? effects.map(
              ([name, v]) =>
                html`<itp-chart
                  heading=${effectTitle(name)}
                  unit=${effectUnit(name)}
                  .tHours=${r.series.tHours}
                  .series=${[{ label: effectTitle(name), values: v }]}
                ></itp-chart>`,
            )
          : html`<p class="notice" role="status">${S.run.notProduced(S.charts.effects)}</p>`
      }`;
  }

  /** The run's events in time order (what an MRI, a refill or an alarm did, in the engine's words). */
  private eventList() {
    const ev = this.runner.result?.events ?? [];
    const max = 40;
    return html`<h3>${CHARTS_TEXT.events}</h3>
      ${
        ev.length
          ? html`<ol class="events">
              ${ev.slice(0, max).map((e) => html`<li class="sev-${e.severity}">${formatTime(e.tHours)}: ${eventText(e)}</li>`)}
            </ol>`
          : html`<p>${CHARTS_TEXT.none}</p>`
      }
      ${ev.length > max ? html`<p class="muted">${CHARTS_TEXT.more(ev.length - max)}</p>` : nothing}`;
  }

  override render() {
    const r = this.runner.result;
    return html`
      <h2>${S.charts.heading}</h2>
      ${notice(this.sourceNotice)} ${issuesList(this.runner.issues)}
      ${this.runner.error && !this.runner.issues.length ? html`<p role="alert">${S.run.failed(this.runner.error)}</p>` : nothing}
      <p aria-live="polite" class="muted">${this.runner.running ? S.run.simulating : ''}</p>
      ${
        r
          ? html` <itp-chart
                heading=${S.charts.tipDelivery}
                unit="µL per interval"
                steps
                .tHours=${r.series.tHours}
                .series=${[{ label: S.charts.tipDelivery, values: r.series.tipVolumeUl }]}
              ></itp-chart>
              ${dailyDoseChart([{ label: S.charts.dose, result: r }])} ${this.eventList()}
              <itp-chart
                heading=${S.charts.reservoir}
                unit="mL"
                .tHours=${r.series.tHours}
                .series=${[{ label: S.charts.reservoir, values: r.series.reservoirMl }]}
              ></itp-chart>
              ${this.csfCharts()}`
          : nothing
      }
    `;
  }
}
