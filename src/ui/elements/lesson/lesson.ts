import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ItpView } from '../../base/view-base.js';
import { emit } from '../../base/events.js';
import { LESSON_PAGE_TEXT, S } from '../../i18n/strings.js';
import { LESSON_UI as T } from '../../i18n/strings-lessons-ui.js';
import { findLesson, lessonList } from './lesson-registry.js';
import {
  storyId,
  storyInfo,
  type LessonDefinition,
  type LessonObserve,
  type LessonStep,
  type LessonStory,
} from './lesson-types.js';
import {
  lessonProgress,
  loadProgress,
  saveLessonProgress,
  type LessonProgress,
  type ProgressStore,
} from './lesson-progress.js';
import { instructorPanel, type LinkOptions } from './lesson-instructor.js';
import { worksheet } from './lesson-worksheet.js';
import lessonStyles from './lesson.styles.js';
import '../pump-compare/pump-compare.define.js';
import './lesson-pictures.define.js';

const isRight = (step: LessonStep, choice: number | null) =>
  choice !== null && step.choices[choice]?.correct === true;

/** Questions whose first answer was right. */
export function lessonScore(def: LessonDefinition, first: (number | null)[]): number {
  return def.steps.filter((s, i) => isRight(s, first[i] ?? null)).length;
}

/**
 * <itp-lesson> — one guided story, predict → observe → explain: each step asks a question with choices before
 * its simulation is shown, explains the chosen answer (right or wrong), then shows one focused view of the
 * story and the explanation; a summary with the score ends the lesson. Progress (step, answers, score) is kept
 * in the browser. `lesson` picks the story (the registered lessons, lesson-registry.ts).
 *
 * Instructor mode (`instructor`) adds teacher notes and answers, locking the controls, a link to the lesson
 * with chosen settings, and a printable worksheet (also shown alone with `worksheet`).
 *
 * @event itp-lesson-answered - detail: { lesson, step, question, choice, answer, correct, first }
 * @event itp-lesson-completed - detail: { lesson, score, total, scaled }, when the summary is reached
 * @event itp-lesson-step - detail: { lesson, step, steps }, when the lesson or step shown changes
 * @event itp-run-finished - bubbles up from the hosted view
 * @event itp-alarm - bubbles up from the hosted view
 *
 * @tag itp-lesson
 */
export class ItpLesson extends ItpView {
  static override styles = [...ItpView.styles, lessonStyles];

  /** Lesson id, e.g. "fever-and-flight". */
  @property({ reflect: true }) lesson = 'why-intrathecal';
  /** Step to open first, from 1 (the number of steps + 1 opens the summary); default: where the learner left. */
  @property({ attribute: 'start-step', type: Number }) startStep: number | null = null;
  /** Preset id of the story to show in the steps that offer it (default: each step's first story). */
  @property() story: string | null = null;
  /** The learner cannot change the settings: no controls in the views, no story choice. */
  @property({ type: Boolean, reflect: true }) locked = false;
  /** Show the teacher's panel: notes, answers, lock, link, worksheet. */
  @property({ type: Boolean, reflect: true }) instructor = false;
  /** Show only the printable worksheet. */
  @property({ type: Boolean }) worksheet = false;
  /** Show the list of lessons beside the lesson (the app does). */
  @property({ type: Boolean }) nav = false;
  /** Address of the standalone lesson page, for the instructor's link (relative to the page). */
  @property({ attribute: 'link-base' }) linkBase = 'lesson.html';

  /** Step shown, from 0 (= steps.length: the summary). */
  @state() private at = 0;
  /** Choice selected in the current step's form, not yet checked. */
  @state() private selected: number | null = null;
  @state() private progress: LessonProgress = { step: 0, first: [], last: [] };
  @state() private chosenStory: string | null = null;
  /** The worksheet being printed: with the answers (the teacher's copy) or without. */
  @state() private printing: 'learner' | 'answers' | null = null;
  @state() private copyNote = '';
  @state() private linkOptions: LinkOptions = { startStep: 1, story: null, locked: false, paused: false };
  private store: ProgressStore | null = null;
  private startApplied = false;
  private readonly afterPrint = () => (this.printing = null);

  protected async load(): Promise<void> {}

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.afterPrint);
  }

  private get def(): LessonDefinition | undefined {
    return findLesson(this.lesson);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const def = this.def;
    if (!changed.has('lesson') || !def) return;
    // Read afresh for each lesson (another tab may have moved on); a problem found once stays noted.
    const fresh = loadProgress();
    this.store = { ...fresh, problem: fresh.problem ?? this.store?.problem ?? null };
    this.progress = lessonProgress(this.store, def.id, def.steps.length);
    let at = this.progress.step;
    if (!this.startApplied && this.startStep !== null && Number.isInteger(this.startStep)) {
      at = Math.min(Math.max(this.startStep - 1, 0), def.steps.length);
      this.startApplied = true;
    }
    this.chosenStory = null;
    this.linkOptions = { ...this.linkOptions, startStep: 1, story: null };
    this.goTo(at, false);
  }

  /**
   * Shows step `at` (clamped), remembers it and tells the host. `byLearner` false: restoring where the learner
   * left (no focus move, and reaching the summary again is not a new completion for the host).
   */
  private goTo(at: number, byLearner = true): void {
    const def = this.def;
    if (!def) return;
    const n = def.steps.length;
    this.at = Math.min(Math.max(at, 0), n);
    this.selected = this.at < n ? (this.progress.last[this.at] ?? null) : null;
    this.chosenStory = null;
    this.progress = { ...this.progress, step: this.at };
    if (this.at === n) {
      const score = lessonScore(def, this.progress.first);
      this.progress = { ...this.progress, completed: { score, total: n } };
      if (byLearner)
        emit(this, 'itp-lesson-completed', { lesson: def.id, score, total: n, scaled: n ? score / n : 0 });
    }
    saveLessonProgress(def.id, this.progress);
    emit(this, 'itp-lesson-step', { lesson: def.id, step: this.at, steps: n });
    if (byLearner)
      void this.updateComplete.then(() => {
        const h = this.renderRoot.querySelector<HTMLElement>('.step-heading');
        h?.focus();
        h?.scrollIntoView({ block: 'nearest' });
      });
  }

  private openLesson(id: string): void {
    this.lesson = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus());
  }

  private answer(e: Event): void {
    e.preventDefault();
    const def = this.def;
    const choice = this.selected;
    if (!def || choice === null || this.at >= def.steps.length) return;
    const step = def.steps[this.at];
    const firstTime = this.progress.first[this.at] === null;
    const first = [...this.progress.first];
    const last = [...this.progress.last];
    if (firstTime) first[this.at] = choice;
    last[this.at] = choice;
    this.progress = { ...this.progress, first, last };
    saveLessonProgress(def.id, this.progress);
    emit(this, 'itp-lesson-answered', {
      lesson: def.id,
      step: this.at,
      question: step.question,
      choice,
      answer: step.choices[choice].text,
      correct: isRight(step, choice),
      first: firstTime,
    });
  }

  private restart(): void {
    const def = this.def;
    if (!def) return;
    const none = def.steps.map(() => null);
    this.progress = { step: 0, first: none, last: [...none] };
    this.goTo(0);
  }

  /** The story shown in a step: the learner's pick, else the chosen `story` if the step offers it, else its first. */
  private storyOf(o: LessonObserve): string | LessonStory {
    for (const id of [this.locked ? null : this.chosenStory, this.story]) {
      const s = id ? o.stories.find((x) => storyId(x) === id) : undefined;
      if (s) return s;
    }
    return o.stories[0];
  }

  private view(o: LessonObserve, story: string | LessonStory) {
    const info = storyInfo(story);
    if (!info) return html`<p class="notice" role="status">${S.run.presetMissing(storyId(story))}</p>`;
    // A preset by id, or a lesson's own scenario (registerLesson checks that only these views get one).
    const preset = info.preset ?? nothing;
    const sc = info.scenario;
    const paused = this.paused;
    const controls = this.locked ? '' : (o.controls ?? nothing);
    switch (o.view) {
      case 'compare':
        return o.presetAttr === 'preset'
          ? html`<itp-pump-compare
              preset=${preset}
              controls=${controls}
              ?paused=${paused}
            ></itp-pump-compare>`
          : html`<itp-pump-compare
              constant-preset=${preset}
              controls=${controls}
              ?paused=${paused}
            ></itp-pump-compare>`;
      case 'routes':
        void import('../route-compare/route-compare.define.js');
        return html`<itp-route-compare preset=${preset} .scenario=${sc}></itp-route-compare>`;
      case 'lifecycle':
        void import('../lifecycle/lifecycle.define.js');
        return html`<itp-lifecycle preset=${preset} .scenario=${sc} controls=""></itp-lifecycle>`;
      case 'pictures':
        return html`<itp-lesson-pictures
          preset=${preset}
          .scenario=${sc}
          pictures=${(o.pictures ?? []).join(' ')}
          compare-preset=${o.compareWith && story === o.stories[0] ? o.compareWith : nothing}
        ></itp-lesson-pictures>`;
      case 'trial':
        // The trial view is its own chunk (zod spec, protocols): fetched only when this story is shown.
        void import('../trial/trial.define.js');
        return html`<itp-trial preset=${preset} auto-run></itp-trial>`;
    }
  }

  private stepNav(def: LessonDefinition) {
    const n = def.steps.length;
    const answered = (i: number) => this.progress.first[i] !== null;
    // A step can be opened once every step before it has been answered (predict before you see).
    const reachable = (i: number) => def.steps.slice(0, i).every((_, k) => answered(k));
    return html`<nav class="stepper" aria-label=${T.steps}>
      <ol>
        ${[...def.steps.map((s) => s.title), T.summaryStep].map(
          (title, i) =>
            html`<li>
              <button
                type="button"
                aria-current=${i === this.at ? 'step' : 'false'}
                ?disabled=${!reachable(i)}
                @click=${() => this.goTo(i)}
              >
                <span class="visually-hidden">${i < n ? `${T.stepOf(i + 1, n)}: ${title}` : title}</span>
                <span aria-hidden="true">${i < n ? i + 1 : '✓'}</span>
                <span aria-hidden="true" class="step-title">${title}</span>
              </button>
            </li>`,
        )}
      </ol>
    </nav>`;
  }

  private feedback(step: LessonStep) {
    const last = this.progress.last[this.at];
    if (last === null || last === undefined) return html`<div class="feedback" role="status"></div>`;
    const right = isRight(step, last);
    return html`<div class="feedback ${right ? 'right' : 'wrong'}" role="status">
      <p>
        <strong><span aria-hidden="true">${right ? '✓' : '✗'}</span> ${right ? T.right : T.notQuite}</strong>
        ${step.choices[last].feedback}
      </p>
      <p class="muted">${T.tryOthers}</p>
    </div>`;
  }

  private stepTemplate(def: LessonDefinition, step: LessonStep) {
    const i = this.at;
    const n = def.steps.length;
    const answered = this.progress.first[i] !== null;
    const story = this.storyOf(step.observe);
    const stories = step.observe.stories;
    // The view is keyed by lesson, step and story: a new one gets new elements, which load their own story
    // whatever the previous one had set (an element reused across lessons may keep the old story).
    return html`<section class="step">
      <h3 class="step-heading" tabindex="-1">${T.stepOf(i + 1, n)}: ${step.title}</h3>
      ${i === 0 ? def.intro.map((p) => html`<p>${p}</p>`) : nothing}
      <form class="predict" @submit=${this.answer}>
        <fieldset>
          <legend><span class="tag">${T.predict}</span> ${step.question}</legend>
          ${step.choices.map(
            (c, k) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="choice"
                  .checked=${this.selected === k}
                  @change=${() => (this.selected = k)}
                />
                <span>${c.text}</span></label
              >`,
          )}
        </fieldset>
        <button type="submit" class="primary" ?disabled=${this.selected === null}>${T.check}</button>
      </form>
      ${this.feedback(step)}
      ${
        answered
          ? html`<section class="observe" aria-labelledby="observe-h">
                <h3 id="observe-h">${T.observe}</h3>
                ${
                  stories.length > 1 && !this.locked
                    ? html`<div role="group" aria-label=${T.scenario} class="stories">
                        ${stories.map(
                          (p) =>
                            html`<button
                              type="button"
                              aria-pressed=${p === story ? 'true' : 'false'}
                              @click=${() => (this.chosenStory = storyId(p))}
                            >
                              ${storyInfo(p)?.title ?? storyId(p)}
                            </button> `,
                        )}
                      </div>`
                    : nothing
                }
                <p class="story">
                  <strong>${storyInfo(story)?.title ?? storyId(story)}.</strong>
                  ${storyInfo(story)?.description ?? ''}
                </p>
                <h4>${T.lookAt}</h4>
                <ul>
                  ${step.lookAt.map((l) => html`<li>${l}</li>`)}
                </ul>
                ${this.locked ? html`<p class="muted">${T.locked}</p>` : nothing}
                ${keyed(`${def.id}|${i}|${storyId(story)}`, this.view(step.observe, story))}
              </section>
              <section class="explain" aria-labelledby="explain-h">
                <h3 id="explain-h">${T.explain}</h3>
                ${step.explain.map((p) => html`<p>${p}</p>`)}
              </section>`
          : html`<p class="muted">${T.hiddenUntilAnswered}</p>`
      }
      <div class="pager">
        <button type="button" ?disabled=${i === 0} @click=${() => this.goTo(i - 1)}>${T.previous}</button>
        <button type="button" class="primary" ?disabled=${!answered} @click=${() => this.goTo(i + 1)}>
          ${i + 1 < n ? T.next : T.toSummary}
        </button>
      </div>
    </section>`;
  }

  private summaryTemplate(def: LessonDefinition) {
    const all = lessonList();
    const k = all.findIndex((l) => l.id === def.id);
    const prev = all[k - 1];
    const next = all[k + 1];
    const score = lessonScore(def, this.progress.first);
    return html`<section class="summary">
      <h3 class="step-heading" tabindex="-1">${T.summary}</h3>
      <ul>
        ${def.summary.map((p) => html`<li>${p}</li>`)}
      </ul>
      <p class="score">${T.score(score, def.steps.length)}</p>
      <div class="pager">
        <button type="button" @click=${() => this.goTo(0)}>${T.reviewAgain}</button>
        <button type="button" @click=${() => this.restart()}>${T.restart}</button>
      </div>
      <div class="pager">
        ${prev ? html`<button type="button" @click=${() => this.openLesson(prev.id)}>${T.previousLesson(prev.title)}</button>` : nothing}
        ${next ? html`<button type="button" class="primary" @click=${() => this.openLesson(next.id)}>${T.nextLesson(next.title)}</button>` : nothing}
      </div>
    </section>`;
  }

  private lessonNav() {
    const saved = loadProgress().lessons;
    const lessons = lessonList().map((l) => {
      const p = saved[l.id];
      const state = p?.completed
        ? T.doneScore(p.completed.score, p.completed.total)
        : p && p.first.some((a) => a !== null)
          ? T.inProgress
          : '';
      return { id: l.id, title: l.title, state, done: Boolean(p?.completed) };
    });
    const done = lessons.filter((l) => l.done).length;
    // Wide: the list of lessons beside the lesson. Narrow (a phone): one select above it (the heading and the
    // select on one line), so that the question
    // is not pushed a screen down by eight buttons. Container queries show one of the two (display: none
    // takes the other out of the accessibility tree too).
    return html`<nav class="lesson-list" aria-label=${T.lessons}>
      <h2>${T.lessons}</h2>
      <p class="muted done-count">${T.lessonsDone(done, lessons.length)}</p>
      <ol class="wide">
        ${lessons.map(
          (l) =>
            html`<li>
              <button
                type="button"
                aria-current=${l.id === this.lesson ? 'page' : 'false'}
                @click=${() => this.openLesson(l.id)}
              >
                ${l.title}${l.state ? html`<span class="state"> (${l.state})</span>` : nothing}
              </button>
            </li>`,
        )}
      </ol>
      <select
        class="narrow"
        aria-label=${T.lessons}
        @change=${(e: Event) => this.openLesson((e.target as HTMLSelectElement).value)}
      >
        ${lessons.map(
          (l) =>
            html`<option value=${l.id} ?selected=${l.id === this.lesson}>
              ${l.title}${l.state ? ` (${l.state})` : ''}
            </option>`,
        )}
      </select>
      <label class="teacher-toggle"
        ><input
          type="checkbox"
          .checked=${this.instructor}
          @change=${(e: Event) => (this.instructor = (e.target as HTMLInputElement).checked)}
        />${T.teacher}</label
      >
    </nav>`;
  }

  private progressNote() {
    const p = this.store?.problem;
    if (!p) return nothing;
    const text = {
      unreadable: T.progressUnreadable,
      stuck: T.progressStuck,
      unavailable: T.progressUnavailable,
    }[p];
    return html`<p class="notice" role="status">${text}</p>`;
  }

  private linkFor(o: LinkOptions): string {
    const q = new URLSearchParams({ lesson: this.lesson });
    if (o.startStep > 1) q.set('step', String(o.startStep));
    if (o.story) q.set('story', o.story);
    if (o.locked) q.set('locked', '');
    if (o.paused) q.set('paused', '');
    const base = new URL(this.linkBase, document.baseURI);
    base.search = q.toString().replace(/=(&|$)/g, '$1');
    return base.href;
  }

  private async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copyNote = T.copied;
    } catch {
      this.copyNote = T.copyFailed;
    }
  }

  private async print(copy: 'learner' | 'answers'): Promise<void> {
    this.printing = copy;
    await this.updateComplete;
    window.print();
  }

  override render() {
    const def = this.def;
    if (!def)
      // Nothing is shown in its place, so say which lessons exist (the text is text, never HTML).
      return html`<p role="alert">${LESSON_PAGE_TEXT.unknown(this.lesson)}</p>
        <p>
          ${LESSON_PAGE_TEXT.choose}
          ${lessonList()
            .map((p) => p.id)
            .join(', ')}
        </p>`;
    if (this.worksheet) return worksheet(def);
    const step = def.steps[this.at];
    const lesson = html`<article class="live">
      <h2>${def.title}</h2>
      ${this.progressNote()} ${this.stepNav(def)}
      ${step ? this.stepTemplate(def, step) : this.summaryTemplate(def)}
      ${
        this.instructor
          ? instructorPanel(def, {
              locked: this.locked,
              setLocked: (v) => (this.locked = v),
              options: this.linkOptions,
              setOptions: (o) => {
                this.linkOptions = o;
                this.copyNote = '';
              },
              link: (o) => this.linkFor(o),
              copy: (l) => void this.copy(l),
              copyNote: this.copyNote,
              print: (copy) => void this.print(copy),
            })
          : nothing
      }
    </article>`;
    return html`<div class=${this.printing ? 'screen-only' : ''}>
        ${this.nav ? html`<div class="with-nav">${this.lessonNav()} ${lesson}</div>` : lesson}
      </div>
      ${this.printing ? html`<div class="print-only">${worksheet(def, this.printing === 'answers')}</div>` : nothing}`;
  }
}
