/** Small shared templates: the est. badge, time controls, validation issues, notices, the colour legend. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ScenarioIssue } from '../../model/scenario/errors.js';
import type { TimeController } from './time-controller.js';
import { S } from '../i18n/strings.js';
import { decadeTicks, viridisGradient, type LogScale } from '../format/colormap.js';
import { formatNumber, formatTime } from '../format/format.js';
import { findPreset } from '../../model/scenario/presets.js';
import { plainMessage } from '../format/field-words.js';
import { presetTitle } from '../i18n/strings-presets.js';

/** The "est." badge: focusable, names its source on hover and focus. */
export function est(source: string): TemplateResult {
  return html`<button type="button" class="est" aria-label=${S.est.label(source)}>
    ${S.est.badge}<span class="tip" aria-hidden="true">${source}</span>
  </button>`;
}

export function timeControls(t: TimeController, id: string): TemplateResult {
  return html`<div class="time-controls" role="group" aria-label=${S.time.group} part="time-controls">
    <button type="button" @click=${() => t.toggle()} aria-pressed=${t.playing ? 'true' : 'false'}>
      ${t.playing ? S.time.pause : S.time.play}
    </button>
    <button type="button" @click=${() => t.step()}>${S.time.step}</button>
    <button type="button" @click=${() => t.reset()}>${S.time.reset}</button>
    <label
      >${S.time.speed}
      <select @change=${(e: Event) => t.setSpeed(Number((e.target as HTMLSelectElement).value))}>
        ${S.time.speeds.map(
          (label, i) => html`<option value=${i} ?selected=${i === t.speedIndex}>${label}</option>`,
        )}
      </select>
    </label>
    <input
      id=${id}
      type="range"
      min="0"
      max=${t.durationHours}
      step=${t.stepHours}
      .value=${String(t.tHours)}
      aria-label=${S.time.position}
      aria-valuetext=${formatTime(t.tHours)}
      @input=${(e: Event) => {
        t.pause();
        t.seek(Number((e.target as HTMLInputElement).value));
      }}
    />
    <output for=${id} aria-live="off">${formatTime(t.tHours)}</output>
  </div>`;
}

export function issuesList(issues: ScenarioIssue[]): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  return html`<div role="alert">
    <p>${S.run.invalidScenario}</p>
    <ul>
      ${issues.map((i) => html`<li>${plainMessage(i)}</li>`)}
    </ul>
  </div>`;
}

export function notice(text: string | null): TemplateResult | typeof nothing {
  return text ? html`<p class="notice" role="status">${text}</p>` : nothing;
}

export function scaleLegend(scale: LogScale, label: string, note?: string): TemplateResult {
  const ticks = scale.linear ? [0, scale.max / 2, scale.max] : decadeTicks(scale);
  const kind = scale.linear ? S.units.linearScale : S.units.logScale;
  const low = scale.linear ? '0' : `≤${formatNumber(scale.min)}`;
  return html`<div class="scale-legend" part="legend">
    <span>${label} (${S.units.ngPerMl}, ${kind})</span>
    <div
      class="bar"
      style="background:${viridisGradient()}"
      role="img"
      aria-label=${`${label}: ${kind} colour scale from ${low} to ${formatNumber(scale.max)} ${S.units.ngPerMl}, dark purple low, yellow high`}
    ></div>
    <div class="ticks" aria-hidden="true">
      <span>${low}</span>
      ${ticks.length > 2 ? html`<span>${formatNumber(ticks[Math.floor(ticks.length / 2)])}</span>` : nothing}
      <span>${formatNumber(scale.max)}</span>
    </div>
    ${note ? html`<p class="muted">${note}</p>` : nothing}
  </div>`;
}

/** A labelled select of preset stories (a missing preset is listed, disabled, with a note); `pick` gets the id. */
export function storyPicker(
  label: string,
  ids: readonly string[],
  current: string,
  pick: (id: string) => void,
): TemplateResult {
  return html`<label
    >${label}
    <select @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
      ${ids.map((id) => {
        const p = findPreset(id);
        return html`<option value=${id} ?selected=${id === current} ?disabled=${!p}>
          ${p ? presetTitle(p) : `${id} — ${S.run.presetMissing(id)}`}
        </option>`;
      })}
    </select></label
  >`;
}
