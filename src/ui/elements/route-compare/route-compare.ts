import { css, html, nothing, svg } from 'lit';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { ROUTES_TEXT, S } from '../../i18n/strings.js';
import { est, issuesList, notice } from '../../base/templates.js';
import { formatNumber, withUnit } from '../../format/format.js';
import { getDrug, type DrugData, type Sourced } from '../../../model/data/drugs.js';
import { citeText } from '../../../model/sources.js';
import { PATIENT_DEFAULTS } from '../../../model/data/patient.js';
import { compareRoutes, type Route, type RouteRow } from '../../../model/routes.js';
import { HOURS_PER_DAY } from '../../../model/units.js';
import { OKABE_ITO } from '../chart/chart-data.js';

type Json = Record<string, unknown>;

/** Where the dose bars start and how wide the log axis is (viewBox units). */
const BAR_X0 = 90;
const BAR_W = 280;

const unsure = (s: Sourced | null | undefined): string[] =>
  s && s.tag !== 'verified' ? [citeText(s.source)] : [];

/**
 * Sources of the estimated inputs behind a route's plasma level (for the "est." badge). The numbers themselves
 * come from src/model/routes.ts, the one implementation of the route arithmetic.
 */
export function routeEstimates(drug: DrugData, row: RouteRow): string[] {
  if (row.route === 'intrathecal') return [];
  const f =
    row.route === 'oral'
      ? unsure(drug.routes.oralBioavailability)
      : row.route === 'epidural'
        ? ['teaching assumption: epidural drug is eventually absorbed into the blood (F = 1)']
        : [];
  return [...unsure(row.ratio), ...f, ...unsure(drug.plasma.clearanceMlPerMinPerKg)];
}

/** The equianalgesic ratio to intrathecal, "10 : 1" (intrathecal itself 1 : 1). */
const ratioText = (x: RouteRow): string => (x.ratio ? `${formatNumber(x.ratio.value)} : 1` : '1 : 1');

/**
 * <itp-route-compare> — why intrathecal: the daily dose that gives the same spinal effect by the epidural,
 * intravenous and oral routes (the drug library's equianalgesic ratios), and the plasma exposure each route
 * gives, next to the intrathecal run's own plasma level. Numbers with estimated inputs carry an "est." badge.
 *
 * @event itp-run-finished - detail: { result, run: 'routes' }
 * @event itp-run-failed - detail: { message, issues, run }
 * @csspart bars - the dose bar chart
 *
 * @tag itp-route-compare
 */
export class ItpRouteCompare extends ItpView {
  static override styles = [
    ...ItpView.styles,
    css`
      svg.bars {
        width: 100%;
        max-width: 36rem;
        display: block;
      }
      /* A phone: one card per route, the column heads as its labels (a four-column table broke words mid-word,
         "Intra/thec/al", and Chromium has no hyphenation dictionary). Only one of the two is shown, so a screen
         reader meets the numbers once. */
      .cards {
        display: none;
        list-style: none;
        margin: var(--itp-space-m) 0;
        padding: 0;
        gap: var(--itp-space-s);
      }
      .cards > li {
        border: 1px solid var(--_itp-rule);
        border-radius: var(--itp-radius, 4px);
        padding: var(--itp-space-s) var(--itp-space-m);
      }
      .cards h3 {
        margin: 0 0 var(--itp-space-xs);
        font-size: var(--itp-font-size-m, 1rem);
      }
      .cards dl {
        display: grid;
        /* The same value column in every card, so the labels line up from card to card. */
        grid-template-columns: minmax(0, 1fr) 11rem;
        gap: var(--itp-space-2xs, 2px) var(--itp-space-m);
        margin: 0;
      }
      .cards dt {
        color: var(--_itp-muted);
      }
      .cards dd {
        margin: 0;
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      @media (max-width: 30rem) {
        .table-wrap {
          display: none;
        }
        .cards {
          display: grid;
        }
      }
    `,
  ];

  private runner = new RunController(this, 'routes');

  protected override defaultPreset(): string {
    return 'morphine-cancer-pain';
  }

  protected async load(): Promise<void> {
    const r = await this.resolve();
    this.sourceNotice = r.notice;
    await this.runner.run(r.scenario);
  }

  private label(route: Route): string {
    return {
      intrathecal: S.routes.it,
      epidural: S.routes.epidural,
      intravenous: S.routes.iv,
      oral: S.routes.oral,
    }[route];
  }

  /**
   * Dose bars on a labelled log axis: whole decades from below the smallest dose to above the largest, a
   * gridline and a label at each, so a 300× difference reads as 2.5 decades (bars that started half a decade
   * below the smallest looked 6× apart).
   */
  private bars(rows: RouteRow[]) {
    const doses = rows.map((r) => r.dailyDoseUg / 1000).filter((v) => v > 0);
    const d0 = Math.floor(Math.log10(Math.min(...doses)));
    const d1 = Math.max(d0 + 1, Math.ceil(Math.log10(Math.max(...doses))));
    const x = (mgPerDay: number) => BAR_X0 + ((Math.log10(mgPerDay) - d0) / (d1 - d0)) * BAR_W;
    const axisY = rows.length * 30 + 8;
    const decades = Array.from({ length: d1 - d0 + 1 }, (_, i) => 10 ** (d0 + i));
    return svg`
      ${decades.map(
        (v) => svg`<line class="grid" x1=${x(v)} x2=${x(v)} y1="2" y2=${axisY} stroke="#c8c8d0" />
          <text class="tick" x=${x(v)} y=${axisY + 12} font-size="10" text-anchor="middle">${formatNumber(v)}</text>`,
      )}
      <text class="axis-title" x=${BAR_X0} y=${axisY + 26} font-size="10">${ROUTES_TEXT.axis}</text>
      ${rows.map((r, i) => {
        const mg = r.dailyDoseUg / 1000;
        const w = mg > 0 ? x(mg) - BAR_X0 : 0;
        return svg`<text x="0" y=${i * 30 + 19} font-size="12">${this.label(r.route)}</text>
          <rect class="bar" x=${BAR_X0} y=${i * 30 + 6} width=${w} height="18" fill=${OKABE_ITO[i]} />
          <text x=${BAR_X0 + w + 6} y=${i * 30 + 19} font-size="12">${withUnit(mg, 'mg/day')}</text>`;
      })}`;
  }

  /** A route's plasma exposure (the intrathecal run's own mean for intrathecal), with its estimate badge. */
  private plasmaCell(drug: DrugData, x: RouteRow, itPlasma: number, unit = false) {
    const v = x.route === 'intrathecal' ? itPlasma : x.steadyPlasmaNgPerMl;
    const text = !Number.isFinite(v)
      ? S.run.notProduced(S.spine.plasma)
      : unit
        ? withUnit(v, 'ng/mL')
        : formatNumber(v);
    const sources = routeEstimates(drug, x);
    return html`${text} ${sources.length ? est(sources.join('; ')) : nothing}`;
  }

  override render() {
    const r = this.runner.result;
    const sc = (this.runner.scenario ?? {}) as Json;
    const drugName = String(((sc.drug as Json) ?? {}).name ?? '');
    const drug = getDrug(drugName);
    const weight = Number(((sc.patient as Json) ?? {}).weightKg) || PATIENT_DEFAULTS.bodyWeightKg.value;
    const days = r ? r.summary.durationHours / HOURS_PER_DAY : 0;
    const itDose = r && days > 0 ? r.summary.deliveredDoseUg / days : NaN;
    const rows = r && drug && Number.isFinite(itDose) ? compareRoutes(drug.name, itDose, weight).rows : [];
    const d = r?.distribution;
    let itPlasma = NaN;
    if (d && d.plasmaNgPerMl.length)
      itPlasma = d.plasmaNgPerMl.reduce((s, v) => s + v, 0) / d.plasmaNgPerMl.length;
    return html`
      <h2>${S.routes.heading}</h2>
      ${notice(this.sourceNotice)} ${issuesList(this.runner.issues)}
      ${this.runner.error && !this.runner.issues.length ? html`<p role="alert">${S.run.failed(this.runner.error)}</p>` : nothing}
      <p class="muted" aria-live="polite">${this.runner.running ? S.run.simulating : ''}</p>
      <p class="notice">${S.routes.note}</p>
      ${
        r && drug && rows.length <= 1
          ? html`<p class="notice" role="status">
              No route ratios are known for ${drug.displayName} in the drug library.
            </p>`
          : nothing
      }
      ${
        rows.length > 1
          ? html`<p>
                ${drug!.displayName}: the simulated intrathecal delivery averaged
                ${withUnit(itDose / 1000, 'mg/day')}.
              </p>
              <svg
                class="bars"
                part="bars"
                viewBox="0 0 480 ${rows.length * 30 + 40}"
                role="img"
                aria-label=${`${S.routes.dose} (log scale): ${rows.map((x) => `${this.label(x.route)} ${withUnit(x.dailyDoseUg / 1000, 'mg/day')}`).join(', ')}`}
              >
                ${this.bars(rows)}
              </svg>
              <div class="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${S.routes.route}</th>
                      <th scope="col">${S.routes.ratio}</th>
                      <th scope="col">${S.routes.dose} (mg/day)</th>
                      <th scope="col">${S.routes.plasma} (ng/mL)</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${rows.map(
                      (x) =>
                        html`<tr>
                          <td>${this.label(x.route)}</td>
                          <td>${ratioText(x)}</td>
                          <td>${formatNumber(x.dailyDoseUg / 1000)}</td>
                          <td>${this.plasmaCell(drug!, x, itPlasma)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <ul class="cards">
                ${rows.map(
                  (x) =>
                    html`<li>
                      <h3>${this.label(x.route)}</h3>
                      <dl>
                        <dt>${S.routes.ratio}</dt>
                        <dd>${ratioText(x)}</dd>
                        <dt>${S.routes.dose}</dt>
                        <dd>${withUnit(x.dailyDoseUg / 1000, 'mg/day')}</dd>
                        <dt>${S.routes.plasma}</dt>
                        <dd>${this.plasmaCell(drug!, x, itPlasma, true)}</dd>
                      </dl>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    `;
  }
}
