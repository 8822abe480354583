import type { ScenarioInput } from '../../../model/scenario/schema.js';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { DistributionSeries, SimResult } from '../../../model/result.js';
import { ItpView } from '../../base/view-base.js';
import { RunController } from '../../base/run-controller.js';
import { TimeController, indexAt } from '../../base/time-controller.js';
import { S, SPINE_TEXT } from '../../i18n/strings.js';
import { est, issuesList, notice, scaleLegend, timeControls } from '../../base/templates.js';
import { POSTURES, POSTURE_CYCLE_DEFAULT as CYC, POSTURE_DEFAULTS } from '../../../model/posture.js';
import { formulationDensity, getDrug } from '../../../model/data/drugs.js';
import { logScaleFor, rgb, scaleT, viridis, type LogScale } from '../../format/colormap.js';
import { drugText, formatNumber, formatTime, timeAxisUnit, unitText, withUnit } from '../../format/format.js';
import { valueAt } from '../../format/derive.js';
import { scenarioLine } from '../../format/scenario-text.js';
import * as edit from '../../scenario/scenario-edit.js';
import { SPINE_LEVELS, bodyHeight, levelY, nearestLevel } from './spine-geometry.js';
import { paintHeatmap } from './heatmap.js';
import styles from './spine.styles.js';
import '../segmented/segmented.define.js';
import { CONTROL_TEXT } from '../../i18n/strings-controls.js';
import type { ItpSegmented } from '../segmented/segmented.js';

const DEFAULT_TIP = 'T11'; // traditional ITB tip level T11–T12 [D20]

/**
 * <itp-spine> — a sagittal spine with vertebral levels and the catheter; the learner drags the catheter tip
 * (or focuses it and uses the arrow keys) to another level and the scenario re-runs. The CSF concentration is
 * drawn along the canal at the current time (the animated profile), as a level × time heat map, and the
 * cranial CSF and plasma concentrations as gauges. All colours use the one viridis log scale.
 *
 * @event itp-run-finished - detail: { result, run: 'spine' }
 * @event itp-alarm - detail: { event, run }
 * @event itp-run-failed - detail: { message, issues, run }
 * @csspart spine - the spine drawing
 * @csspart heatmap - the level × time map
 * @csspart legend - the colour scale
 *
 * @tag itp-spine
 */
export class ItpSpine extends ItpView {
  static override styles = [...ItpView.styles, styles];

  @state() private tipIndex = SPINE_LEVELS.indexOf(DEFAULT_TIP);
  @state() private posture: string = POSTURE_DEFAULTS.posture;
  private base: ScenarioInput | null = null;
  private runner = new RunController(this, 'spine');
  private time = new TimeController(this);
  protected override clock = this.time;
  private scale: LogScale = { min: 1e-3, max: 1 };
  /** Log (3 decades) or linear colours; the scale itself stays fixed between the learner's runs. */
  @state() private linear = false;
  /** Set on a new source: the next run fits the colours, later runs (tip, posture) keep them. */
  private refitNext = true;
  /** The run before the current one, drawn as a dashed profile, and its tip level. */
  private ghost: { result: SimResult; tip: string } | null = null;
  private dragging = false;
  /** The run on screen when a drag began (its ghost while dragging). */
  private dragFrom: { result: SimResult; tip: string } | null = null;
  @query('canvas.heat') private canvas?: HTMLCanvasElement;

  private loads = 0;

  protected override defaultPreset(): string {
    return 'baclofen-programmable';
  }

  protected async load(): Promise<void> {
    const mine = ++this.loads;
    const r = await this.resolve();
    if (mine !== this.loads) return; // a newer source (preset, file, property) is loading
    this.sourceNotice = r.notice;
    this.base = r.scenario;
    const lvl = edit.tipLevelOf(r.scenario);
    if (lvl && SPINE_LEVELS.includes(lvl)) this.tipIndex = SPINE_LEVELS.indexOf(lvl);
    this.posture = edit.postureOf(r.scenario) ?? POSTURE_DEFAULTS.posture;
    this.time.startHours = this.startHours;
    this.refitNext = true;
    this.ghost = null;
    await this.apply(false);
  }

  /**
   * Runs the scenario at the tip and posture shown; `byLearner` when they were changed (then reported), `live`
   * while the tip is being dragged (RunController coalesces: the picture follows the drag).
   */
  private async apply(byLearner = true, live = false): Promise<void> {
    const scenario = edit.withPosture(
      edit.withTipLevel(this.base, SPINE_LEVELS[this.tipIndex]),
      this.posture,
    );
    // During a drag the ghost is the run before the drag began, not the previous step of the drag.
    const before = this.dragFrom?.result ?? this.runner.result;
    const beforeTip = this.dragFrom?.tip ?? this.lastTip;
    const res = await this.runner.run(scenario, { live });
    if (!res) return;
    if (byLearner) this.reportScenario(scenario);
    this.ghost = byLearner && before?.distribution ? { result: before, tip: beforeTip } : null;
    if (!this.dragging) this.lastTip = SPINE_LEVELS[this.tipIndex];
    // A fixed scale: fitted to the first run of a scenario, kept while the learner moves the tip or the
    // posture, so two tip positions are compared on the same colours (a scale fitted to every run made each
    // one look the same).
    if (res.distribution && this.refitNext) this.fit(res);
    this.refitNext = false;
    const t = res.series.tHours;
    this.time.setRun(res.summary.durationHours, t.length > 1 ? t[1] - t[0] : t[0], !this.paused);
  }

  private lastTip = DEFAULT_TIP;

  private fit(res: SimResult): void {
    const d = res.distribution;
    if (!d) return;
    let all = d.csfNgPerMl;
    if (d.cranialNgPerMl.length) all = Float64Array.from([...d.csfNgPerMl, ...d.cranialNgPerMl]);
    this.scale = { ...logScaleFor(all, 3), linear: this.linear };
  }

  private moveTip(i: number, rerun: boolean): void {
    const next = Math.max(0, Math.min(SPINE_LEVELS.length - 1, i));
    if (next === this.tipIndex && !rerun) return;
    this.tipIndex = next;
    if (rerun) void this.apply();
  }

  private onKey(e: KeyboardEvent): void {
    const step: Record<string, number> = {
      ArrowUp: -1,
      ArrowLeft: -1,
      ArrowDown: 1,
      ArrowRight: 1,
      PageUp: -5,
      PageDown: 5,
    };
    if (e.key in step) this.moveTip(this.tipIndex + step[e.key], true);
    else if (e.key === 'Home') this.moveTip(0, true);
    else if (e.key === 'End') this.moveTip(SPINE_LEVELS.length - 1, true);
    else return;
    e.preventDefault();
  }

  private svgY(e: PointerEvent): number {
    const el = e.currentTarget as SVGGraphicsElement;
    const svgEl = el.ownerSVGElement ?? (el as unknown as SVGSVGElement);
    const pt = svgEl.createSVGPoint();
    pt.x = e.clientX;
    pt.y = e.clientY;
    return pt.matrixTransform(svgEl.getScreenCTM()!.inverse()).y;
  }

  private onDown(e: PointerEvent): void {
    this.dragging = true;
    this.dragFrom = this.runner.result ? { result: this.runner.result, tip: this.lastTip } : null;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    (e.currentTarget as SVGGElement).focus();
  }
  /** While dragging, each new level re-runs live: the profile and the heat map follow the tip. */
  private onMove(e: PointerEvent): void {
    if (!this.dragging) return;
    const before = this.tipIndex;
    this.moveTip(nearestLevel(this.svgY(e)), false);
    if (this.tipIndex !== before) void this.apply(true, true);
  }
  private onUp(): void {
    if (!this.dragging) return;
    this.dragging = false;
    void this.apply().finally(() => (this.dragFrom = null));
  }

  /** Points of the profile polyline: x from PROFILE_X0 (scale floor) to PROFILE_X0 + PROFILE_W (its top). */
  private profilePoints(d: DistributionSeries, k: number): string[] {
    return SPINE_LEVELS.map((_, i) => {
      const c = this.csfAt(d, k, i);
      return Number.isFinite(c) ? `${PROFILE_X0 + PROFILE_W * scaleT(c, this.scale)},${levelY(i)}` : null;
    }).filter((p): p is string => p !== null);
  }

  /** The profile's axis above the spine (below it runs the catheter): the colour scale's floor and top, in ng/mL. */
  private profileAxis() {
    const y = levelY(0) - SPINE_STEP_HALF - 8;
    const low = this.scale.linear ? '0' : `≤${formatNumber(this.scale.min, 2)}`;
    const kind = this.scale.linear ? S.units.linearScale : S.units.logScale;
    return svg`<g class="profile-axis" font-size="7" fill="#1b1b1f">
      <text x=${VIEW_W - 2} y=${y - 14} text-anchor="end"
        >${SPINE_TEXT.profileAxis} (${S.units.ngPerMl}, ${kind})</text>
      <text x=${PROFILE_X0} y=${y - 4} text-anchor="start">${low}</text>
      <text x=${PROFILE_X0 + PROFILE_W} y=${y - 4} text-anchor="end">${formatNumber(this.scale.max, 2)}</text>
      <line x1=${PROFILE_X0} x2=${PROFILE_X0 + PROFILE_W} y1=${y} y2=${y} stroke="#1b1b1f" />
      <line x1=${PROFILE_X0} x2=${PROFILE_X0} y1=${y} y2=${y + 3} stroke="#1b1b1f" />
      <line x1=${PROFILE_X0 + PROFILE_W} x2=${PROFILE_X0 + PROFILE_W} y1=${y} y2=${y + 3} stroke="#1b1b1f" />
    </g>`;
  }

  /** CSF concentration at drawing level i at time t (NaN when that level is not in the model output). */
  private csfAt(d: DistributionSeries, k: number, i: number): number {
    const j = d.levels.findIndex((l) => l.name === SPINE_LEVELS[i]);
    return j < 0 || k < 0 ? NaN : d.csfNgPerMl[k * d.levels.length + j];
  }

  private spine() {
    const d = this.runner.result?.distribution;
    const k = this.runner.result ? indexAt(this.runner.result.series.tHours, this.time.tHours) : -1;
    const tipY = levelY(this.tipIndex);
    const bottom = levelY(SPINE_LEVELS.length - 1);
    const vertebrae = SPINE_LEVELS.map((name, i) => {
      const y = levelY(i);
      const h = bodyHeight(name);
      const c = d ? this.csfAt(d, k, i) : NaN;
      const fill = Number.isFinite(c) ? rgb(viridis(scaleT(c, this.scale))) : '#d8d8de';
      return svg`<rect x="30" y=${y - h / 2} width="44" height=${h} rx="3" fill="#efe6d8" stroke="#6b5b45" />
        <rect x="78" y=${y - SPINE_STEP_HALF} width="16" height=${SPINE_STEP_HALF * 2} fill=${fill} />
        <text x="24" y=${y + 4} text-anchor="end" font-size="10">${name}</text>`;
    });
    const profile = d ? this.profilePoints(d, k) : [];
    const g = this.ghost?.result;
    const ghost =
      g?.distribution && this.runner.result
        ? this.profilePoints(g.distribution, indexAt(g.series.tHours, this.time.tHours))
        : [];
    return svg`
      <rect x="78" y=${levelY(0) - SPINE_STEP_HALF} width="16" height=${bottom - levelY(0) + SPINE_STEP_HALF * 2} fill="none" stroke="#6b5b45" />
      ${vertebrae}
      ${
        profile.length
          ? svg`${
              ghost.length
                ? svg`<polyline class="ghost" points=${ghost.join(' ')} fill="none" stroke="#56565f"
                    stroke-width="1.5" stroke-dasharray="3 3" />`
                : nothing
            }
            <polyline class="profile" points=${profile.join(' ')} fill="none" stroke="#D55E00" stroke-width="2" />
            ${this.profileAxis()}`
          : nothing
      }
      <path d=${`M 150 ${bottom + 30} C 110 ${bottom + 30}, 86 ${bottom}, 86 ${Math.max(tipY, bottom - 10)} L 86 ${tipY}`}
        fill="none" stroke="#1b1b1f" stroke-width="2.5" />
      <g class="catheter-tip" tabindex="0" role="slider" aria-label=${S.spine.tipLevel}
        aria-valuemin="0" aria-valuemax=${SPINE_LEVELS.length - 1} aria-valuenow=${this.tipIndex}
        aria-valuetext=${levelWords(SPINE_LEVELS[this.tipIndex])} aria-orientation="vertical"
        @keydown=${this.onKey} @pointerdown=${this.onDown} @pointermove=${this.onMove} @pointerup=${this.onUp}
        @pointercancel=${this.onUp}>
        <circle class="handle" cx="86" cy=${tipY} r="8" fill="#fff" stroke="#1b1b1f" stroke-width="2.5" />
        <circle cx="86" cy=${tipY} r="3" fill="#1b1b1f" />
      </g>
      ${d?.target ? this.targetMarker(d.target) : nothing}`;
  }

  /** A bracket beside the canal over the levels where the effect is read (separate from the tip). */
  private targetMarker(t: NonNullable<DistributionSeries['target']>) {
    const a = SPINE_LEVELS.indexOf(t.toLevel);
    const b = SPINE_LEVELS.indexOf(t.fromLevel);
    if (a < 0 || b < 0) return nothing;
    const y0 = levelY(Math.min(a, b)) - SPINE_STEP_HALF;
    const y1 = levelY(Math.max(a, b)) + SPINE_STEP_HALF;
    return svg`<g class="target" aria-hidden="true">
      <path d=${`M 98 ${y0} h 5 V ${y1} h -5`} fill="none" stroke="#0072B2" stroke-width="2" stroke-dasharray="3 2" />
      <text x="106" y=${(y0 + y1) / 2 + 3} font-size="9" fill="#0072B2">${SPINE_TEXT.targetShort}</text>
    </g>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const r = this.runner.result;
    const d = r?.distribution;
    if (!d || !this.canvas) return;
    const key = `${r!.series.tHours.length}:${d.csfNgPerMl.length}:${this.scale.max}:${this.scale.linear}`;
    if (this.canvas.dataset.key === key && this.lastResult === r) return;
    this.lastResult = r;
    this.canvas.dataset.key = key;
    const rows = d.levels
      .map((l, j) => ({ j, x: l.xCm }))
      .sort((a, b) => b.x - a.x)
      .map((o) => o.j);
    this.canvas.width = Math.min(600, r!.series.tHours.length);
    this.canvas.height = rows.length * 4;
    paintHeatmap(this.canvas, d.csfNgPerMl, d.levels.length, r!.series.tHours.length, this.scale, rows);
  }
  private lastResult: unknown = null;

  private distributionPanel() {
    const r = this.runner.result;
    if (!r) return nothing;
    const d = r.distribution;
    if (!d) return html`<p class="notice" role="status">${S.run.notProduced(S.spine.distribution)}</p>`;
    const t = this.time.tHours;
    const cranial = valueAt(r.series.tHours, d.cranialNgPerMl, t);
    const plasma = valueAt(r.series.tHours, d.plasmaNgPerMl, t);
    const tip = this.csfAt(d, indexAt(r.series.tHours, t), this.tipIndex);
    const frac = r.summary.durationHours > 0 ? t / r.summary.durationHours : 0;
    return html` <div class="gauges">
        <div class="gauge">
          ${S.spine.cranial}<br /><strong>${withUnit(cranial, S.units.ngPerMl)}</strong>
        </div>
        <div class="gauge">${S.spine.plasma}<br /><strong>${withUnit(plasma, S.units.ngPerMl)}</strong></div>
        <div class="gauge">
          ${SPINE_TEXT.tip(SPINE_LEVELS[this.tipIndex])}<br /><strong
            >${withUnit(tip, S.units.ngPerMl)}</strong
          >
        </div>
      </div>
      ${this.scaleControl()}
      ${scaleLegend(this.scale, S.spine.legend, SPINE_TEXT.fixedNote(withUnit(this.scale.max, S.units.ngPerMl)))}
      ${
        this.ghost ? html`<p class="muted" data-key="ghost">${SPINE_TEXT.ghost(this.ghost.tip)}</p>` : nothing
      }
      <h3>${S.spine.heatmap}</h3>
      <div class="heat-grid">
        ${this.heatYAxis(d)}
        <div class="heat-wrap">
          <canvas
            class="heat"
            part="heatmap"
            role="img"
            aria-label=${`${S.spine.heatmap}: rows are levels from ${d.levels.length ? 'cranial (top) to caudal (bottom)' : ''}, columns are time over ${formatTime(r.summary.durationHours)}; peak ${formatNumber(this.scale.max)} ng/mL`}
          ></canvas>
          <div class="marker" style="left:${(frac * 100).toFixed(2)}%"></div>
        </div>
        <span></span>
        ${this.heatXAxis(r.summary.durationHours)}
      </div>
      ${this.profileTable(d, indexAt(r.series.tHours, t))}`;
  }

  /** Level names down the heat map's left edge: cranial-most, middle, caudal-most (as the rows are drawn). */
  private heatYAxis(d: DistributionSeries) {
    const names = d.levels
      .slice()
      .sort((a, b) => b.xCm - a.xCm)
      .map((l) => l.name);
    if (!names.length) return html`<span></span>`;
    const picks = [...new Set([names[0], names[Math.floor(names.length / 2)], names[names.length - 1]])];
    return html`<div class="heat-y" aria-hidden="true">${picks.map((n) => html`<span>${n}</span>`)}</div>`;
  }

  /** Time ticks under the heat map (start, middle, end) in the unit the charts use for a run this long. */
  private heatXAxis(durationHours: number) {
    const { unit, hoursPer } = timeAxisUnit(durationHours);
    const ticks = [0, durationHours / 2, durationHours].map((h) => formatNumber(h / hoursPer));
    return html`<div class="heat-x" aria-hidden="true">
      ${ticks.map((t) => html`<span>${t}</span>`)}
      <span class="heat-x-title">${SPINE_TEXT.time(unitText(unit))}</span>
    </div>`;
  }

  private profileTable(d: DistributionSeries, k: number) {
    return html`<details>
      <summary>${S.spine.profile} — ${S.charts.table}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Position (cm)</th>
            <th scope="col">CSF (${S.units.ngPerMl})</th>
          </tr>
        </thead>
        <tbody>
          ${d.levels.map(
            (l, j) =>
              html`<tr>
                <td>${l.name}</td>
                <td>${formatNumber(l.xCm)}</td>
                <td>${formatNumber(k >= 0 ? d.csfNgPerMl[k * d.levels.length + j] : NaN)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  /** Log or linear colours (a segmented control), and a button to fit them to this run. */
  private scaleControl() {
    const set = (linear: boolean) => {
      this.linear = linear;
      this.scale = { ...this.scale, linear };
      this.repaint();
    };
    return html`<div class="scale-choice">
      <itp-segmented
        label=${SPINE_TEXT.scaleKind}
        .options=${[
          { value: 'log', label: SPINE_TEXT.scaleLog },
          { value: 'linear', label: SPINE_TEXT.scaleLinear },
        ]}
        .value=${this.linear ? 'linear' : 'log'}
        @change=${(e: Event) => set((e.target as ItpSegmented).value === 'linear')}
      ></itp-segmented>
      <button
        type="button"
        @click=${() => {
          if (this.runner.result) this.fit(this.runner.result);
          this.repaint();
        }}
      >
        ${SPINE_TEXT.refit}
      </button>
    </div>`;
  }

  /** The heat map is painted from `updated()` when its key changes: make it change. */
  private repaint(): void {
    if (this.canvas) this.canvas.dataset.key = '';
    this.requestUpdate();
  }

  private onPosture(e: Event): void {
    this.posture = (e.target as ItpSegmented).value;
    void this.apply();
  }

  /** Posture control and what it does to this drug (baricity [R37]). */
  private postureControl() {
    const drug = edit.drugOf(this.base);
    const data = drug.name ? getDrug(drug.name) : undefined;
    const rho = drug.densityRelativeToCsf ?? (data ? formulationDensity(data, drug.formulation) : 1);
    const word = drug.name ? drugText(drug.name) : '';
    const name = word ? word[0].toUpperCase() + word.slice(1) : 'The drug';
    const rhoText = formatNumber(rho, 5);
    const line =
      rho > 1
        ? SPINE_TEXT.hyperbaric(name, rhoText)
        : rho < 1
          ? SPINE_TEXT.hypobaric(name, rhoText)
          : SPINE_TEXT.isobaric(name, rhoText);
    return html`<div class="posture">
      <itp-segmented
        label=${SPINE_TEXT.posture}
        .options=${[...POSTURES, 'cycle'].map((p) => ({
          value: p,
          label:
            SPINE_TEXT.postures[p] ??
            SPINE_TEXT.cycle(CYC.fromClockHour, CYC.fromClockHour + CYC.uprightHours),
        }))}
        .value=${this.posture}
        @change=${this.onPosture}
      ></itp-segmented>
      ${est(SPINE_TEXT.postureSource)} ${this.posture === 'cycle' ? est(SPINE_TEXT.cycleSource) : nothing}
      <p class="muted">${line}</p>
    </div>`;
  }

  private whatRuns() {
    const line = scenarioLine(this.base, SPINE_LEVELS[this.tipIndex]);
    return line ? html`<p data-key="what-runs">${line}</p>` : nothing;
  }

  override render() {
    const h = levelY(SPINE_LEVELS.length - 1) + 50;
    const target = this.runner.result?.distribution?.target;
    return html` <h2>${S.spine.heading}</h2>
      ${notice(this.sourceNotice)} ${issuesList(this.runner.issues)}
      ${this.runner.error && !this.runner.issues.length ? html`<p role="alert">${S.run.failed(this.runner.error)}</p>` : nothing}
      ${this.whatRuns()} ${timeControls(this.time, 'spine-time')} ${this.postureControl()}
      <div class="layout">
        <figure>
          <svg class="spine" part="spine" viewBox="0 0 ${VIEW_W} ${h}" aria-labelledby="spine-cap">
            ${this.spine()}
          </svg>
          <figcaption id="spine-cap" class="muted">
            ${S.spine.tipLevel}: <strong>${SPINE_LEVELS[this.tipIndex]}</strong>.
            ${target ? html`${SPINE_TEXT.target(target.toLevel, target.fromLevel)}. ` : nothing}${S.spine.tipHelp}
            <span aria-live="polite" class="visually-hidden"
              >${this.runner.running ? S.run.simulating : ''}</span
            >
          </figcaption>
        </figure>
        <div>${this.distributionPanel()}</div>
      </div>`;
  }
}

/** A level in words for a screen reader: "T11: thoracic vertebra 11". */
function levelWords(name: string): string {
  const region = CONTROL_TEXT.regions[name[0]];
  const n = Number(name.slice(1));
  return region && Number.isFinite(n) ? CONTROL_TEXT.level(name, region, n) : name;
}

const SPINE_STEP_HALF = 8;
/** The profile's x range in the drawing (viewBox units). */
const PROFILE_X0 = 100;
const PROFILE_W = 70;
/** Width of the drawing's viewBox. */
const VIEW_W = 180;
