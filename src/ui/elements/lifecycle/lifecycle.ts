import { css, html, nothing } from 'lit';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { LIFECYCLE_TEXT, S, eventLabel } from '../../i18n/strings.js';
import { issuesList, notice, storyPicker } from '../../base/templates.js';
import { formatTime, withUnit } from '../../format/format.js';
import * as edit from '../../scenario/scenario-edit.js';
import { findPreset } from '../../../model/scenario/presets.js';
import { COMPLICATION_PRESETS } from '../../../model/scenario/presets-complications.js';
import {
  asPercent,
  byMonth,
  deadSpaceDelayHours,
  firstDrugAtTipHours,
  milestones,
  replacedPumpEriHours,
  replacementTimes,
  HOURS_PER_MONTH,
} from './lifecycle-model.js';
import { HOURS_PER_YEAR } from '../../../model/units.js';
import { dailyDoseChart } from '../charts/daily-dose-chart.js';
import '../chart/chart.define.js';
import { presetDescription } from '../../i18n/strings-presets.js';

export const LIFECYCLE_STORIES = [
  'missed-refill',
  'pocket-fill',
  'battery-end-of-service',
  'concentration-change-bridge',
  'concentration-change-no-bridge',
  'catheter-dead-space',
  // catheter complications, refill errors and the priming bolus
  ...COMPLICATION_PRESETS.map((p) => p.id),
  'baclofen-programmable',
];

/**
 * <itp-lifecycle> — months to years of a pump's life: a calendar of refills, alarms, ERI and replacement, the
 * missed-refill and pocket-fill stories, and the catheter dead-space delay after a concentration change, all
 * read from the run's events, summary and series.
 *
 * @event itp-run-finished - detail: { result, run: 'lifecycle' }
 * @event itp-alarm - detail: { event, run }
 * @event itp-run-failed - detail: { message, issues, run }
 * @csspart calendar - the month grid
 *
 * @tag itp-lifecycle
 */
export class ItpLifecycle extends ItpView {
  static override styles = [
    ...ItpView.styles,
    css`
      .calendar {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        gap: var(--itp-space-s);
        list-style: none;
        padding: 0;
      }
      .calendar > li {
        border: 1px solid var(--_itp-rule);
        border-radius: 4px;
        padding: var(--itp-space-s) var(--itp-space-m);
        min-height: 3.5rem;
      }
      .calendar ul {
        padding-left: var(--itp-space-xl);
        margin: var(--itp-space-xs) 0 0;
        font-size: var(--itp-font-size-s);
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

  private runner = new RunController(this, 'lifecycle');

  protected override defaultPreset(): string {
    return LIFECYCLE_STORIES.find((id) => findPreset(id)) ?? 'baclofen-programmable';
  }

  protected async load(): Promise<void> {
    const r = await this.resolve();
    this.sourceNotice = r.notice;
    await this.runner.run(r.scenario);
  }

  private pick(id: string): void {
    this.scenario = undefined;
    this.preset = id;
  }

  override render() {
    const r = this.runner.result;
    const current = this.preset ?? this.defaultPreset();
    const ms = r
      ? milestones(r, { nextRefill: LIFECYCLE_TEXT.refillDue, eri: S.lifecycle.eri, eos: S.lifecycle.eos })
      : [];
    const months = r ? byMonth(ms, r.summary.durationHours) : [];
    // Past two years a card per month is mostly empty cards (the battery story has 90): keep the eventful ones.
    const shownMonths = months
      .map((list, i) => ({ list, i }))
      .filter(({ list }) => months.length <= 24 || list.length > 0);
    const dead = r ? deadSpaceDelayHours(r, this.runner.scenario) : null;
    const firstDrug = r ? firstDrugAtTipHours(r) : null;
    const swaps = r ? replacementTimes(r) : [];
    const oldEri = r ? replacedPumpEriHours(r) : null;
    const longRun = r ? r.summary.durationHours > HOURS_PER_YEAR : false;
    return html`
      <h2>${S.lifecycle.heading}</h2>
      ${notice(this.sourceNotice)} ${issuesList(this.runner.issues)}
      ${this.runner.error && !this.runner.issues.length ? html`<p role="alert">${S.run.failed(this.runner.error)}</p>` : nothing}
      ${
        this.shows('story')
          ? storyPicker(S.lifecycle.story, LIFECYCLE_STORIES, current, (id) => this.pick(id))
          : nothing
      }
      ${this.shows('story') && findPreset(current) ? html`<p class="story">${presetDescription(findPreset(current)!)}</p>` : nothing}
      <p aria-live="polite" class="muted">${this.runner.running ? S.run.simulating : ''}</p>
      ${
        r
          ? html` <dl>
                <dt>${S.lifecycle.nextRefill}</dt>
                <dd>
                  ${r.summary.nextRefillAtHours != null ? formatTime(r.summary.nextRefillAtHours) : S.run.notProduced(S.lifecycle.nextRefill)}
                </dd>
                <dt>${S.lifecycle.eri}</dt>
                <dd>
                  ${r.summary.eriAtHours != null ? formatTime(r.summary.eriAtHours) : oldEri !== null ? LIFECYCLE_TEXT.eriReplaced(formatTime(oldEri)) : r.summary.eriAtHours === null ? S.lifecycle.none : S.run.notProduced(S.lifecycle.eri)}
                </dd>
                ${
                  swaps.length
                    ? html`<dt>${LIFECYCLE_TEXT.replaced}</dt>
                        <dd>${swaps.map(formatTime).join('; ')}</dd>`
                    : nothing
                }
                <dt>${S.lifecycle.eos}</dt>
                <dd>
                  ${r.summary.endOfServiceAtHours != null ? formatTime(r.summary.endOfServiceAtHours) : r.summary.endOfServiceAtHours === null ? S.lifecycle.none : S.run.notProduced(S.lifecycle.eos)}
                </dd>
                ${
                  dead
                    ? html`<dt>${LIFECYCLE_TEXT.deadSpace}</dt>
                        <dd>
                          ${LIFECYCLE_TEXT.deadSpaceText(withUnit(dead.delayHours, 'h'), formatTime(dead.refillAtHours))}
                        </dd>`
                    : nothing
                }
                ${
                  firstDrug !== null
                    ? html`<dt>${LIFECYCLE_TEXT.firstDrug}</dt>
                        <dd>${LIFECYCLE_TEXT.firstDrugText(formatTime(firstDrug))}</dd>`
                    : nothing
                }
              </dl>
              <h3>${S.lifecycle.calendar}</h3>
              <ol class="calendar" part="calendar">
                ${shownMonths.map(
                  ({ list, i }) =>
                    html`<li>
                      <strong
                        >${S.lifecycle.month(i + 1, longRun ? Math.floor((i * HOURS_PER_MONTH) / HOURS_PER_YEAR) + 1 : 1)}</strong
                      >
                      ${
                        list.length
                          ? html`<ul>
                              ${list.map((m) => html`<li class="sev-${m.severity}">${formatTime(m.tHours)}: ${eventLabel(m.code, m.label)}</li>`)}
                            </ul>`
                          : nothing
                      }
                    </li>`,
                )}
              </ol>
              ${ms.length ? nothing : html`<p>${S.lifecycle.noEvents}</p>`}
              ${
                shownMonths.length < months.length
                  ? html`<p class="muted">
                      ${LIFECYCLE_TEXT.quietMonths(months.length - shownMonths.length)}
                    </p>`
                  : nothing
              }
              <itp-chart
                heading=${S.charts.reservoir}
                unit="mL"
                .tHours=${r.series.tHours}
                .series=${[{ label: S.charts.reservoir, values: r.series.reservoirMl }]}
              ></itp-chart>
              ${dailyDoseChart([{ label: S.charts.dose, result: r }])}
              ${
                r.series.batteryFraction
                  ? html`<itp-chart
                      heading=${LIFECYCLE_TEXT.batteryPercent}
                      unit="%"
                      .tHours=${r.series.tHours}
                      .series=${[{ label: S.compare.battery, values: asPercent(r.series.batteryFraction) }]}
                    ></itp-chart>`
                  : html`<p class="muted">
                      ${
                        edit.deviceKind(this.runner.scenario) === 'constant-rate'
                          ? `${S.compare.battery}: ${S.compare.noBattery}`
                          : S.run.notProduced(S.compare.battery)
                      }
                    </p>`
              }`
          : nothing
      }
    `;
  }
}
