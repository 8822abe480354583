/**
 * Chart templates of <itp-trial>: the improvement histogram (bars are keyboard-operable drill-down buttons)
 * and one patient's timeline. Each chart has a data table next to it (trial-tables.ts); the SVG itself is
 * described by a title, and its interactive bars carry their own labels.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Histogram } from '../../../model/trials/stats.js';
import type { TrialTimelineData as TrialTimeline } from '../../../model/trials/timeline.js';
import { stepDose } from '../../../model/trials/protocols.js';
import { unitText } from '../../format/format.js';
import { T } from './trial-strings.js';

const W = 480;
const H = 200;
const PAD = { l: 40, r: 24, t: 10, b: 30 };
const PW = W - PAD.l - PAD.r;
const PH = H - PAD.t - PAD.b;

export function histogramChart(
  h: Histogram,
  selectedBin: number | null,
  onPick: (bin: number) => void,
): TemplateResult {
  const max = Math.max(1, ...h.counts);
  const bw = PW / h.counts.length;
  const lo = h.edges[0];
  const hi = h.edges[h.edges.length - 1];
  const x50 = PAD.l + ((50 - lo) / (hi - lo)) * PW;
  const key = (e: KeyboardEvent, i: number) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(i);
    }
  };
  return html`<svg viewBox="0 0 ${W} ${H}" part="histogram" role="group" aria-label=${T.histogram}>
    ${h.counts.map((c, i) => {
      const bh = (c / max) * PH;
      const x = PAD.l + i * bw;
      const above = h.edges[i] >= 50;
      return svg`<rect class="bar ${above ? 'above' : 'below'} ${selectedBin === i ? 'selected' : ''}"
        x=${x + 1} y=${PAD.t + PH - bh} width=${Math.max(1, bw - 2)} height=${Math.max(bh, c > 0 ? 1 : 0)}
        role="button" tabindex=${c > 0 ? 0 : -1} aria-disabled=${c > 0 ? 'false' : 'true'}
        aria-label=${T.binLabel(h.edges[i], h.edges[i + 1], c)}
        @click=${() => c > 0 && onPick(i)} @keydown=${(e: KeyboardEvent) => c > 0 && key(e, i)}></rect>`;
    })}
    <line class="line50" x1=${x50} x2=${x50} y1=${PAD.t} y2=${PAD.t + PH}></line>
    <text class="label" x=${x50 + 4} y=${PAD.t + 12}>${T.line50}</text>
    <line class="axis" x1=${PAD.l} x2=${PAD.l + PW} y1=${PAD.t + PH} y2=${PAD.t + PH}></line>
    ${[0, 25, 50, 75, 100].map(
      (v) =>
        svg`<text class="tick" x=${PAD.l + ((v - lo) / (hi - lo)) * PW} y=${H - 12} text-anchor="middle">${v} %</text>`,
    )}
    <text class="tick" x=${PAD.l - 6} y=${PAD.t + 10} text-anchor="end">${max}</text>
    <text class="tick" x=${PAD.l - 6} y=${PAD.t + PH} text-anchor="end">0</text>
  </svg>`;
}

/** Time course of drug effect and side effect, with dose markers and assessment points, up to the decision. */
export function timelineChart(t: TrialTimeline): TemplateResult {
  const n = t.tHours.length;
  if (n < 2) return html`${nothing}`;
  const end = t.tHours[n - 1];
  const X = (h: number) => PAD.l + (h / end) * PW;
  const Y = (v: number) => PAD.t + PH - Math.min(1, Math.max(0, v)) * PH;
  const path = (a: Float64Array) =>
    Array.from(a, (v, i) => `${i ? 'L' : 'M'}${X(t.tHours[i]).toFixed(1)},${Y(v).toFixed(1)}`).join('');
  const unit = t.protocol.steps[0]?.kind === 'infusion' ? unitText('µg/day') : 'µg';
  const ticks = Array.from({ length: 5 }, (_, i) => (i * end) / 4);
  return html`<svg
    viewBox="0 0 ${W} ${H}"
    part="timeline"
    role="img"
    aria-label=${`${T.timeline}: ${T.effect}, ${T.sideEffect}`}
  >
    <line class="axis" x1=${PAD.l} x2=${PAD.l + PW} y1=${PAD.t + PH} y2=${PAD.t + PH}></line>
    <path class="effect" d=${path(t.effectFraction)}></path>
    <path class="side" d=${path(t.sideEffect)}></path>
    ${t.result.stepsGiven.map(
      (
        s,
      ) => svg`<g class="dose"><line x1=${X(s.tHours)} x2=${X(s.tHours)} y1=${PAD.t} y2=${PAD.t + PH}></line>
        <text x=${X(s.tHours) + 3} y=${PAD.t + 10}>${stepDose(s).toFixed(0)} ${unit}</text></g>`,
    )}
    ${t.result.assessments
      .filter((a) => a.kind === 'efficacy')
      .map(
        (a) => svg`<circle class="assess" cx=${X(a.tHours)} cy=${Y(a.improvementPct / 100)} r="3"></circle>`,
      )}
    ${ticks.map((v) => svg`<text class="tick" x=${X(v)} y=${H - 12} text-anchor="middle">${v.toFixed(0)} h</text>`)}
    <text class="tick" x=${PAD.l - 6} y=${PAD.t + 10} text-anchor="end">1</text>
    <text class="tick" x=${PAD.l - 6} y=${PAD.t + PH} text-anchor="end">0</text>
  </svg>`;
}
