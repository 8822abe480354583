/** Table templates of <itp-trial>: the numbers behind every chart, and the statistics themselves. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CohortResult } from '../../../model/trials/cohort.js';
import type { TrialTimelineData as TrialTimeline } from '../../../model/trials/timeline.js';
import type { Histogram, Proportion } from '../../../model/trials/stats.js';
import { citeText } from '../../../model/sources.js';
import { pct, T } from './trial-strings.js';

const rate = (p: Proportion) => T.rateWithCi(p.p, p.lo, p.hi, p.k, p.n);

export function respondersTable(r: CohortResult): TemplateResult {
  const published = r.published.length ? r.published : [{ label: '—', lo: NaN, hi: NaN, source: null }];
  return html`<table part="responders">
      <caption>
        ${T.responders} — ${r.protocolTitle}, ${r.populationTitle}
        <abbr class="est" title=${T.estTitle}>${T.est}</abbr>
      </caption>
      <thead>
        <tr>
          <th scope="col">${T.ours} (${T.ci})</th>
          <th scope="col">${T.published}</th>
        </tr>
      </thead>
      <tbody>
        ${published.map(
          (p, i) =>
            html`<tr>
              ${i === 0 ? html`<td rowspan=${published.length} data-key="ours">${rate(r.summary.responders)}</td>` : nothing}
              <td data-key="published">
                ${Number.isFinite(p.lo) ? T.publishedRate(p.lo, p.hi) : '—'} ${p.label}
                ${p.source ? html`<small>(${p.source.value}; ${citeText(p.source.source)})</small>` : nothing}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p>${T.criterion(r.criterion)} ${T.atOrAbove50(r.summary.improvement.line50.p)}</p>`;
}

export function histogramTable(h: Histogram, onPick: (bin: number) => void): TemplateResult {
  return html`<details>
    <summary>${T.table}: ${T.histogram}</summary>
    <table>
      <thead>
        <tr>
          <th scope="col">${T.range}</th>
          <th scope="col">${T.patients}</th>
          <th scope="col"></th>
        </tr>
      </thead>
      <tbody>
        ${h.counts.map(
          (c, i) =>
            html`<tr>
              <th scope="row">${T.bin(h.edges[i], h.edges[i + 1])}</th>
              <td>${c}</td>
              <td>
                ${c > 0 ? html`<button type="button" @click=${() => onPick(i)} aria-label=${T.binLabel(h.edges[i], h.edges[i + 1], c)}>${T.show}</button>` : nothing}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}

export function detailsTables(r: CohortResult): TemplateResult {
  const s = r.summary;
  const unit = r.spec.protocol.includes('continuous') ? 'µg/day' : 'µg';
  const a = s.afterImplant;
  return html`<div class="grid">
      <table part="side-effects">
        <caption>
          ${T.sideEffects}
        </caption>
        <tbody>
          <tr>
            <th scope="row">${T.anySide}</th>
            <td>${rate(s.sideEffects.any)}</td>
          </tr>
          <tr>
            <th scope="row">${T.intolerable}</th>
            <td>${rate(s.sideEffects.intolerable)}</td>
          </tr>
        </tbody>
      </table>
      <table part="dose-response">
        <caption>
          ${T.doseResponse}
        </caption>
        <thead>
          <tr>
            <th scope="col">${T.dose}</th>
            <th scope="col">${T.given}</th>
            <th scope="col">${T.respondedAt}</th>
            <th scope="col">${T.cumulative}</th>
          </tr>
        </thead>
        <tbody>
          ${s.doseResponse.map(
            (d) =>
              html`<tr>
                <th scope="row">${d.dose.toFixed(0)} ${unit}</th>
                <td>${d.given}</td>
                <td>${d.responded}</td>
                <td>${pct(d.cumulative.p)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <table part="after-implant">
        <caption>
          ${T.afterImplant}
        </caption>
        <tbody>
          <tr>
            <th scope="row">${T.implantedHelped}</th>
            <td>${a.trueResponders}</td>
          </tr>
          <tr>
            <th scope="row">${T.implantedFails}</th>
            <td data-key="fails">${a.respondersWhoFail}</td>
          </tr>
          <tr>
            <th scope="row">${T.notImplantedMissed}</th>
            <td data-key="missed">${a.nonRespondersWhoMightBenefit}</td>
          </tr>
          <tr>
            <th scope="row">${T.notImplantedRight}</th>
            <td>${a.trueNonResponders}</td>
          </tr>
        </tbody>
      </table>
    </div>
    <p class="hint">${T.afterImplantHint} ${T.ppv(a.ppv.p)}</p>`;
}

export function comparisonTable(results: CohortResult[]): TemplateResult {
  return html`<table part="comparison">
    <caption>
      ${T.comparison}
    </caption>
    <thead>
      <tr>
        <th scope="col">${T.protocol}</th>
        <th scope="col">${T.ours} (${T.ci})</th>
        <th scope="col">${T.published}</th>
        <th scope="col">${T.intolerable}</th>
      </tr>
    </thead>
    <tbody>
      ${results.map(
        (r) =>
          html`<tr>
            <th scope="row">${r.protocolTitle}</th>
            <td>${rate(r.summary.responders)}</td>
            <td>
              ${r.published.map((p) => `${T.publishedRate(p.lo, p.hi)} (${p.label})`).join('; ') || '—'}
            </td>
            <td>${pct(r.summary.sideEffects.intolerable.p)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function patientTables(t: TrialTimeline): TemplateResult {
  const p = t.result.patient;
  const d = t.result.decision;
  const f = (x: number) => x.toFixed(2);
  return html`<p class="decision ${d.implant ? 'yes' : 'no'}" data-key="decision">
      <strong>${T.decision}: ${d.implant ? T.implant : T.noImplant}.</strong> ${d.reasons.join(' ')}
    </p>
    <details>
      <summary>${T.patientTraits}</summary>
      <dl>
        <dt>CSF clearance ×</dt>
        <dd>${f(p.csfClearanceFactor)}</dd>
        <dt>Dispersion ×</dt>
        <dd>${f(p.dispersionFactor)}</dd>
        <dt>EC50 ×</dt>
        <dd>${f(p.ec50Factor)}</dd>
        <dt>Side-effect EC50 ×</dt>
        <dd>${f(p.sideEffectEc50Factor)}</dd>
        <dt>Baseline</dt>
        <dd>${f(p.baselineSeverity)}</dd>
        <dt>Placebo</dt>
        <dd>${pct(p.placeboFraction)}</dd>
        <dt>Body mass</dt>
        <dd>${p.bodyMassKg.toFixed(0)} kg</dd>
        <dt>Relies on tone</dt>
        <dd>${p.reliesOnTone ? 'yes' : 'no'}</dd>
      </dl>
    </details>
    <details>
      <summary>${T.table}: ${T.timelineAlt}</summary>
      <table part="assessments">
        <thead>
          <tr>
            <th scope="col">${T.time}</th>
            <th scope="col">${T.kind}</th>
            <th scope="col">${T.score}</th>
            <th scope="col">${T.improvement}</th>
            <th scope="col">${T.sideEffect}</th>
          </tr>
        </thead>
        <tbody>
          ${t.result.assessments.map(
            (a) =>
              html`<tr>
                <td>${a.tHours.toFixed(2)}</td>
                <td>${a.kind === 'efficacy' ? T.efficacy : T.cardiopulmonary}</td>
                <td>${a.kind === 'efficacy' ? a.score : '—'}</td>
                <td>${a.kind === 'efficacy' ? `${a.improvementPct.toFixed(0)} %` : '—'}</td>
                <td>${f(a.sideEffect)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
}
