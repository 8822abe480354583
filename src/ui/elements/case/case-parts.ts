/** Stateless pieces of <itp-case>: a verdict, the trial's summary with its chart, the external-system care. */
import { html, nothing, type TemplateResult } from 'lit';
import { externalInfectionRisk, type PatientCase, type Verdict } from '../../../model/cases/index.js';
import type { TrialTimelineData } from '../../../model/trials/timeline.js';
import { timelineChart } from '../trial/trial-charts.js';
import { T } from '../trial/trial-strings.js';
import { formatFixed, formatNumber, unitText } from '../../format/format.js';
import { C } from './case-strings.js';
import '../slider-field/slider-field.define.js';
import type { ItpSliderField } from '../slider-field/slider-field.js';
import { CASE_STORIES } from './case-texts.js';

const HOURS_PER_DAY = 24;

export function verdictTemplate(v: Verdict): TemplateResult {
  return html`<div class="fb ${v.best ? 'good' : 'bad'}">
    <p><strong>${v.best ? C.right : C.notBest}</strong> ${C.cite(v.feedback)}</p>
    ${v.best ? nothing : html`<p>${C.bestWas(v.bestLabels)}</p>`}
  </div>`;
}

/** The infection-risk sentence for `days` of an external catheter or port (0–3653 days). */
export function externalRiskText(days: number): string {
  const pct = (x: number) => `${formatFixed(x * 100, x < 0.01 ? 2 : 1)} %`;
  const r = externalInfectionRisk(days);
  return C.trialInfection(days, pct(r.superficial), pct(r.deep));
}

/** What the trial gave and found, the criterion, and the patient's time course (the trial view's chart). */
export function trialSummary(c: PatientCase, t: TrialTimelineData): TemplateResult {
  const r = t.result;
  const pain = t.protocol.measure === 'painNrs';
  const doses = r.stepsGiven.map((s) =>
    s.kind === 'bolus'
      ? C.bolusDose(formatNumber(Math.round(s.doseUg), 0))
      : C.infusionDose(formatNumber(Math.round(s.rateUgPerHour * HOURS_PER_DAY), 0)),
  );
  return html`<div class="result" role="status">
    <p>${C.dosesGiven}: ${doses.join(C.dosesJoin)}.</p>
    <p>${C.bestImprovement(r.bestImprovementPct, pain ? C.measure.pain : C.measure.spasticity)}</p>
    <p>${C.decision[r.decision.code](doses[doses.length - 1] ?? '')}</p>
    <p class="muted">${C.cite(c.trial.criterion)}</p>
    <figure class="trial-chart">
      ${timelineChart(t)}
      <figcaption class="legend">
        <span class="key"></span>${T.effect} <span class="key side"></span>${T.sideEffect}; ${C.chartNote}
      </figcaption>
    </figure>
  </div>`;
}

/** Looking after an external pump or port, with the infection risk over the days entered. */
export function externalCare(days: number, setDays: (days: number) => void): TemplateResult {
  return html`<details>
    <summary>${C.externalCare}</summary>
    <ul>
      ${CASE_STORIES.care.checks.map((x) => html`<li>${x}</li>`)}
    </ul>
    <p>${C.cite(CASE_STORIES.care.management)}</p>
    <itp-slider-field
      label=${C.externalDays}
      unit=${unitText('days')}
      min="0"
      max="365"
      step="1"
      .value=${days}
      @change=${(e: Event) => setDays((e.target as ItpSliderField).value)}
    ></itp-slider-field>
    <p role="status">${C.cite(externalRiskText(days))}</p>
  </details>`;
}
