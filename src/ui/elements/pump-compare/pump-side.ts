/** One side of the comparison: derived animation state of a run at time t, and its panel template. */
import type { ScenarioInput } from '../../../model/scenario/schema.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { SimResult } from '../../../model/result.js';
import { cumulative, cumulativeAt, firstAbove, valueAt, windowIndices } from '../../format/derive.js';
import { indexAt } from '../../base/time-controller.js';
import { COMPARE_TEXT, S } from '../../i18n/strings.js';
import { formatTime, withUnit } from '../../format/format.js';
import { est } from '../../base/templates.js';
import { VIEW, schematic, schematicParts, schematicState, type SchematicState } from './schematic.js';
import { quantumEstimate, quantumUl } from '../../format/estimates.js';

type Json = Record<string, unknown>;

export interface SideData {
  result: SimResult;
  kind: string;
  cumTipUl: Float64Array;
  cumDoseUg: Float64Array;
  /** µL per stroke or valve cycle (NaN for the gas pump). */
  quantumUl: number;
  reservoirMaxMl: number;
  /** Source of the stroke volume when it is an estimate. */
  quantumSource: string | null;
}

export function sideData(result: SimResult, scenario: ScenarioInput | null): SideData {
  // Not validated on this thread: read the device loosely.
  const device: Json = { ...scenario?.device };
  const kind = String(device.kind ?? 'programmable');
  let maxMl = Number(device.reservoirMl);
  if (!(maxMl > 0)) maxMl = Math.max(1e-9, ...result.series.reservoirMl);
  return {
    result,
    kind,
    cumTipUl: cumulative(result.series.tipVolumeUl),
    cumDoseUg: cumulative(result.series.tipDoseUg),
    quantumUl: quantumUl(device),
    reservoirMaxMl: maxMl,
    quantumSource: quantumEstimate(device),
  };
}

const WINDOW_H = 48;

/**
 * The scrolling strips (recent bars, recent strokes) place their marks from an origin that moves only every
 * ORIGIN_WINDOWS window widths, keyed by index, and shift one group each frame: a playback frame (and a live drag
 * runs during playback) then writes one transform and the marks that enter or leave, where moving every mark
 * wrote thousands of x attributes a second. The origin keeps coordinates small (float precision over years).
 */
const ORIGIN_WINDOWS = 50;

function strip(t: number, windowHours: number, width: number) {
  const span = windowHours * ORIGIN_WINDOWS;
  const origin = Math.floor(t / span) * span;
  /** x of a time, in the group's coordinates. */
  const at = (tHours: number) => ((tHours - origin) / windowHours) * width;
  return { at, shift: `translate(${width - at(t)} 0)` };
}

function indices(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function sparkline(d: SideData, t: number): TemplateResult {
  const { tHours, tipVolumeUl } = d.result.series;
  const [from, to] = windowIndices(tHours, t, WINDOW_H);
  let max = 0;
  for (let i = from; i < to; i++) max = Math.max(max, tipVolumeUl[i]);
  const w = 200;
  const h = 40;
  const { at, shift } = strip(t, WINDOW_H, w);
  const bar = (i: number) => {
    const dt = i > 0 ? tHours[i] - tHours[i - 1] : tHours[0];
    const bw = Math.max(1, (dt / WINDOW_H) * w - 0.5);
    const bh = max > 0 ? (tipVolumeUl[i] / max) * (h - 2) : 0;
    return svg`<rect x=${at(tHours[i]) - bw} y=${h - bh} width=${bw} height=${bh} fill="#0072B2" />`;
  };
  return html`<svg viewBox="0 0 ${w} ${h}" class="spark" aria-hidden="true">
    <g transform=${shift}>${repeat(indices(from, to), (i) => i, bar)}</g>
  </svg>`;
}

function strokeStrip(d: SideData, t: number): TemplateResult | typeof nothing {
  const st = d.result.strokes;
  if (!st || !st.tHours.length) return nothing;
  const win = 2; // h
  // The strokes in [t − win, t] by binary search: a 90-day run has ~18,000, and this runs every playback frame.
  const end = firstAbove(st.tHours, t);
  const start = firstAbove(st.tHours, t - win - 1e-12);
  const { at, shift } = strip(t, win, 200);
  const tick = (i: number) => {
    const x = at(st.tHours[i]);
    return svg`<line x1=${x} x2=${x} y1="2" y2="18" stroke="#D55E00" stroke-width="1.5" />`;
  };
  return html`<svg viewBox="0 0 200 20" class="strip" aria-hidden="true">
    <g transform=${shift}>${repeat(indices(start, Math.min(end, start + 400)), (i) => i, tick)}</g>
  </svg>`;
}

/** One pump's panel at time `t`; `beside` goes next to the drawing (the programmable pump's rate handle). */
export function sidePanel(
  title: string,
  d: SideData | null,
  t: number,
  beside: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  if (!d) return html`<h3>${title}</h3>`;
  const s = d.result.series;
  const cum = cumulativeAt(s.tHours, d.cumTipUl, t);
  const reservoirMl = valueAt(s.tHours, s.reservoirMl, t);
  const battery = s.batteryFraction ? valueAt(s.tHours, s.batteryFraction, t) : NaN;
  const i = indexAt(s.tHours, t);
  const lastUl = i >= 0 ? s.tipVolumeUl[i] : 0;
  const stopped = i >= 0 && lastUl === 0;
  const strokes = Number.isFinite(d.quantumUl) ? cum / d.quantumUl : cum;
  const cumDoseUg = cumulativeAt(s.tHours, d.cumDoseUg, t);
  const pulsed = d.kind !== 'constant-rate';
  const state: SchematicState = {
    kind: d.kind,
    strokes,
    reservoirFraction: reservoirMl / d.reservoirMaxMl,
    batteryFraction: battery,
    stopped,
  };
  return html`
    <h3>${title}</h3>
    <figure class="drawing">
      <svg
        viewBox="0 0 ${VIEW.w} ${VIEW.h}"
        class="schematic"
        part="schematic"
        role="img"
        aria-label=${`${S.compare.cutaway(d.kind)} (${schematicParts(d.kind)}) at ${formatTime(t)}: reservoir ${withUnit(reservoirMl, 'mL')}; ${schematicState(state)}`}
      >
        ${schematic(state)}
      </svg>
      ${beside}
      <figcaption class="state" aria-hidden="true">${schematicState(state)}</figcaption>
    </figure>
    <div class="gauges">
      <label
        >${S.compare.reservoir}
        <meter
          min="0"
          max=${d.reservoirMaxMl}
          low=${d.reservoirMaxMl * 0.15}
          optimum=${d.reservoirMaxMl}
          .value=${reservoirMl}
        ></meter>
        <span class="num">${withUnit(reservoirMl, S.units.ml)}</span></label
      >
      ${
        Number.isFinite(battery)
          ? html`<label
              >${S.compare.battery}
              <meter min="0" max="1" low="0.2" optimum="1" .value=${battery}></meter>
              <span class="num">${withUnit(battery * 100, '%', 2)}</span></label
            >`
          : html`<span class="muted"
              >${pulsed ? S.run.notProduced(S.compare.battery) : `${S.compare.battery}: ${S.compare.noBattery}`}</span
            >`
      }
    </div>
    <p class="tip-head">
      ${S.compare.tipDelivery} (${pulsed ? S.compare.pulsed : S.compare.smooth}),
      ${COMPARE_TEXT.lastHours(WINDOW_H)}:
      ${Number.isFinite(d.quantumUl) ? html`${withUnit(d.quantumUl, S.units.ul)} ${COMPARE_TEXT.perStroke} ${d.quantumSource ? est(d.quantumSource) : nothing}` : nothing}
    </p>
    ${sparkline(d, t)} ${strokeStrip(d, t)}
    <p class="num">
      ${S.compare.delivered}: ${withUnit(cum / 1000, S.units.ml)} · ${S.compare.deliveredDose}:
      ${withUnit(cumDoseUg / 1000, S.units.mg)}
    </p>
  `;
}
