/** Small shared templates: the est. badge, time controls, validation issues, notices, the colour legend. */
import { html, nothing, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { ScenarioIssue } from '../../model/scenario/errors.js';
import type { TimeController } from './time-controller.js';
import { S } from '../i18n/strings.js';
import { CONTROL_TEXT } from '../i18n/strings-controls.js';
import { decadeTicks, viridisGradient, type LogScale } from '../format/colormap.js';
import { formatNumber, formatTime } from '../format/format.js';
import { findPreset } from '../../model/scenario/presets.js';
import { plainMessage } from '../format/field-words.js';
import { presetTitle } from '../i18n/strings-presets.js';

/** Ids of the badges' tips: unique on the page, so each badge names its own tip (aria-describedby). */
let tipIds = 0;

/**
 * Links a badge to its tip (the next element) with an id made once per rendered badge: a new id on every
 * render rewrote two attributes of every badge on every playback frame and every step of a live drag.
 */
class TipLink extends Directive {
  private readonly id = `itp-est-${tipIds++}`;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('tipLink() belongs on the badge element.');
  }

  render(): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart): typeof nothing {
    const badge = part.element;
    if (badge.getAttribute('aria-describedby') !== this.id) {
      badge.setAttribute('aria-describedby', this.id);
      badge.nextElementSibling?.setAttribute('id', this.id);
    }
    return nothing;
  }
}
const tipLink = directive(TipLink);

/**
 * The estimate badge: a button that says "estimate" in words, described by its tip (the source, or why the value
 * is an estimate), which shows while the badge is focused (keyboard, a tap on a phone) or hovered, and hides on
 * Escape or blur. The tip is a popover, in the page's top layer, so no container clips it, and it is
 * placed inside the window: under the badge, moved left at the right edge, above it at the bottom.
 */
export function est(source: string): TemplateResult {
  const text = source.toLowerCase().startsWith(CONTROL_TEXT.estimate)
    ? source
    : CONTROL_TEXT.estimateWhy(source);
  return html`<button
      type="button"
      class="est"
      ${tipLink()}
      @focus=${showTip}
      @mouseenter=${showTip}
      @click=${showTip}
      @blur=${hideTip}
      @mouseleave=${leaveBadge}
      @keydown=${badgeKey}
    >
      ${S.est.badge}</button
    ><span class="tip" role="tooltip" popover="manual">${text}</span>`;
}

// Module-level handlers, not arrows in the template: a new function on every render makes Lit swap the
// listeners of every badge on every frame.
function leaveBadge(e: Event): void {
  if (!(e.currentTarget as HTMLElement).matches(':focus')) hideTip(e);
}

function badgeKey(e: KeyboardEvent): void {
  if (e.key === 'Escape') hideTip(e);
}

/** Space kept between a tip and the window's edge, px. */
const EDGE = 8;

function showTip(e: Event): void {
  const badge = e.currentTarget as HTMLElement;
  const tip = badge.nextElementSibling as HTMLElement | null;
  if (!tip?.showPopover || tip.matches(':popover-open')) return;
  tip.showPopover();
  placeTip(badge, tip);
  // The tip follows its badge while the page scrolls (a focus on a phone scrolls it into view), and closes when
  // the badge leaves the window.
  const follow = () => placeTip(badge, tip);
  window.addEventListener('scroll', follow, { capture: true, passive: true });
  // The toggle events come later, as tasks: the opening one too, so wait for the closing one.
  const closed = (t: Event) => {
    if ((t as ToggleEvent).newState !== 'closed') return;
    window.removeEventListener('scroll', follow, { capture: true });
    tip.removeEventListener('toggle', closed);
  };
  tip.addEventListener('toggle', closed);
}

/** Under the badge, moved left at the right edge, above it at the bottom; hidden if the badge is off screen. */
function placeTip(badge: HTMLElement, tip: HTMLElement): void {
  const r = badge.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  if (r.bottom < 0 || r.top > vh) {
    tip.hidePopover();
    return;
  }
  tip.style.maxWidth = `${Math.min(288, vw - 2 * EDGE)}px`;
  const { offsetWidth: w, offsetHeight: h } = tip;
  const below = r.bottom + 4;
  const top = below + h > vh - EDGE && r.top - 4 - h >= EDGE ? r.top - 4 - h : below;
  tip.style.left = `${Math.max(EDGE, Math.min(r.left, vw - w - EDGE))}px`;
  tip.style.top = `${top}px`;
}

function hideTip(e: Event): void {
  const tip = (e.currentTarget as HTMLElement).nextElementSibling as HTMLElement | null;
  if (tip?.matches(':popover-open')) tip.hidePopover();
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
