import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { CHARTS_TEXT, LIFECYCLE_TEXT, S } from '../../i18n/strings.js';
import { issuesList, notice } from '../../base/templates.js';
import { fromPreset } from '../../scenario/scenario-source.js';
import { findPreset } from '../../../model/scenario/presets.js';
import { LESSON_UI as T } from '../../i18n/strings-lessons-ui.js';
import { formatTime, withUnit } from '../../format/format.js';
import { dailyDoseChart } from '../charts/daily-dose-chart.js';
import { asPercent, deadSpaceDelayHours, firstDrugAtTipHours } from '../lifecycle/lifecycle-model.js';
import type { SimEvent, SimResult } from '../../../model/result.js';
import { EFFECT_SERIES } from '../../../model/series.js';
import { PICTURES, type PictureId } from './lesson-types.js';
import '../chart/chart.define.js';
import { presetTitle } from '../../i18n/strings-presets.js';

/**
 * Events shown in a lesson: what the story is about first — alarms, then warnings, then the rarer kinds of
 * event before routine ones (in a six-year story, the replacement before the 30th refill) — shown by time.
 */
const EVENTS_MAX = 12;
const RANK: Record<SimEvent['severity'], number> = { alarm: 0, warning: 1, info: 2 };

/**
 * <itp-lesson-pictures> — one story (preset) run and shown as the one or two pictures a lesson step names in
 * `pictures` ("dose events"): a focused view instead of every chart. Used by <itp-lesson>.
 *
 * @event itp-run-finished - detail: { result, run: 'lesson' }
 * @event itp-alarm - detail: { event, run }
 * @event itp-run-failed - detail: { message, issues, run }
 *
 * @tag itp-lesson-pictures
 */
export class ItpLessonPictures extends ItpView {
  static override styles = [
    ...ItpView.styles,
    css`
      .events {
        padding-left: var(--itp-space-2xl);
        font-size: var(--itp-font-size-s);
      }
      .sev-alarm {
        color: var(--itp-error, #a4001d);
        font-weight: 600;
      }
      .sev-warning {
        color: var(--itp-warn, #7a5100);
      }
    `,
  ];

  /** Space-separated picture names (see PICTURES). */
  @property() pictures = 'dose';
  /** A second preset whose daily dose the 'dose' picture draws beside this one's (before/after). */
  @property({ attribute: 'compare-preset' }) comparePreset: string | null = null;
  private runner = new RunController(this, 'lesson');
  private other = new RunController(this, 'lesson-compare');

  protected async load(): Promise<void> {
    const r = await this.resolve();
    this.sourceNotice = r.notice;
    const runs = [this.runner.run(r.scenario)];
    if (this.comparePreset) runs.push(this.other.run(fromPreset(this.comparePreset).scenario));
    await Promise.all(runs);
  }

  private storyTitle(preset: string | null): string {
    const p = preset ? findPreset(preset) : undefined;
    return (p && presetTitle(p)) || S.charts.dose;
  }

  private picture(id: PictureId, r: SimResult) {
    const t = r.series.tHours;
    switch (id) {
      case 'dose': {
        const o = this.comparePreset ? this.other.result : null;
        return dailyDoseChart(
          o
            ? [
                { label: this.storyTitle(this.preset), result: r },
                { label: this.storyTitle(this.comparePreset), result: o },
              ]
            : [{ label: S.charts.dose, result: r }],
        );
      }
      case 'tip':
        return html`<itp-chart
          heading=${S.charts.tipDelivery}
          unit=${S.charts.tipDeliveryUnit}
          steps
          .tHours=${t}
          .series=${[{ label: S.charts.tipDelivery, values: r.series.tipVolumeUl }]}
        ></itp-chart>`;
      case 'reservoir':
        return html`<itp-chart
          heading=${S.charts.reservoir}
          unit="mL"
          .tHours=${t}
          .series=${[{ label: S.charts.reservoir, values: r.series.reservoirMl }]}
        ></itp-chart>`;
      case 'battery':
        return r.series.batteryFraction
          ? html`<itp-chart
              heading=${LIFECYCLE_TEXT.batteryPercent}
              unit="%"
              .tHours=${t}
              .series=${[{ label: S.compare.battery, values: asPercent(r.series.batteryFraction) }]}
            ></itp-chart>`
          : html`<p>${S.compare.battery}: ${S.compare.noBattery}</p>`;
      case 'plasma':
        return r.distribution
          ? html`<itp-chart
              heading=${S.charts.plasma}
              unit="ng/mL"
              .tHours=${t}
              .series=${[{ label: S.spine.plasma, values: r.distribution.plasmaNgPerMl }]}
            ></itp-chart>`
          : html`<p class="notice" role="status">${S.run.notProduced(S.charts.plasma)}</p>`;
      case 'sedation': {
        // Same dose, two patients (or before/after a gap): the comparison preset is drawn beside the story.
        const o = this.comparePreset ? this.other.result : null;
        if (!r.distribution)
          return html`<p class="notice" role="status">
            ${S.run.notProduced(EFFECT_SERIES.sedationFraction.label)}
          </p>`;
        const series = [
          { label: this.storyTitle(this.preset), values: r.distribution.effects.sedationFraction },
        ];
        if (o?.distribution)
          series.push({
            label: this.storyTitle(this.comparePreset),
            values: o.distribution.effects.sedationFraction,
          });
        return html`<itp-chart
          heading=${EFFECT_SERIES.sedationFraction.label}
          unit="0–1"
          .tHours=${t}
          .series=${series}
        ></itp-chart>`;
      }
      case 'withdrawal':
        return r.distribution
          ? html`<itp-chart
              heading=${EFFECT_SERIES.withdrawalFraction.label}
              unit="0–1"
              .tHours=${t}
              .series=${[
                {
                  label: EFFECT_SERIES.withdrawalFraction.label,
                  values: r.distribution.effects.withdrawalFraction,
                },
                {
                  label: EFFECT_SERIES.dependenceFraction.label,
                  values: r.distribution.effects.dependenceFraction,
                },
              ]}
            ></itp-chart>`
          : html`<p class="notice" role="status">
              ${S.run.notProduced(EFFECT_SERIES.withdrawalFraction.label)}
            </p>`;
      case 'events':
        return this.events(r.events);
      case 'delay':
        return this.delay(r);
    }
  }

  private events(all: SimEvent[]) {
    const count = new Map<string, number>();
    for (const e of all) count.set(e.code, (count.get(e.code) ?? 0) + 1);
    const shown = [...all]
      .sort(
        (a, b) =>
          RANK[a.severity] - RANK[b.severity] ||
          count.get(a.code)! - count.get(b.code)! ||
          a.tHours - b.tHours,
      )
      .slice(0, EVENTS_MAX)
      .sort((a, b) => a.tHours - b.tHours);
    return html`<h4>${CHARTS_TEXT.events}</h4>
      ${
        shown.length
          ? html`<ol class="events">
              ${shown.map((e) => html`<li class="sev-${e.severity}">${formatTime(e.tHours)}: ${e.message}</li>`)}
            </ol>`
          : html`<p>${CHARTS_TEXT.none}</p>`
      }
      ${all.length > shown.length ? html`<p class="muted">${T.moreEvents(all.length - shown.length)}</p>` : nothing}`;
  }

  private delay(r: SimResult) {
    const dead = deadSpaceDelayHours(r, this.runner.scenario);
    if (dead)
      return html`<p>
        <strong>${LIFECYCLE_TEXT.deadSpace}:</strong>
        ${LIFECYCLE_TEXT.deadSpaceText(withUnit(dead.delayHours, 'h'), formatTime(dead.refillAtHours))}
      </p>`;
    const first = firstDrugAtTipHours(r);
    return first !== null
      ? html`<p>
          <strong>${LIFECYCLE_TEXT.firstDrug}:</strong> ${LIFECYCLE_TEXT.firstDrugText(formatTime(first))}
        </p>`
      : nothing;
  }

  override render() {
    const r = this.runner.result;
    const ids = this.pictures
      .split(/\s+/)
      .filter((p): p is PictureId => (PICTURES as readonly string[]).includes(p));
    return html`${notice(this.sourceNotice)} ${issuesList(this.runner.issues)}
      ${this.runner.error && !this.runner.issues.length ? html`<p role="alert">${S.run.failed(this.runner.error)}</p>` : nothing}
      <p aria-live="polite" class="muted">${this.runner.running ? S.run.simulating : ''}</p>
      ${r ? ids.map((id) => this.picture(id, r)) : nothing}`;
  }
}
