import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { SimResult } from '../../../model/result.js';
import type { ScenarioIssue } from '../../../model/scenario/errors.js';
import { baseStyles } from '../../base/styles.js';
import { S } from '../../i18n/strings.js';
import { notice } from '../../base/templates.js';
import { defaultScenario, scenarioFromLocation } from '../../scenario/scenario-source.js';
import { addressHash, readAddress, scenarioPart } from '../../scenario/address.js';
import { plainMessage } from '../../format/field-words.js';
import {
  CorruptStoreError,
  deleteScenario,
  discardCorrupt,
  loadSaved,
  saveScenario,
  type CorruptStore,
  type SavedScenario,
} from '../../scenario/storage.js';
import { enqueueRun, RunDeclinedError, RunStoppedError } from '../../base/run-queue.js';
import { download, slug } from './download.js';
import { sharePanel } from './share-panel.js';
import { loadSources, sourcesPanel, type SourcesState } from './sources-panel.js';
import styles from './app.styles.js';
import '../pump-compare/pump-compare.define.js';
import '../spine/spine.define.js';
import '../charts/charts.define.js';
import { CASE_CATALOG } from '../../../model/cases/catalog.js';
import { caseTitleText } from '../../i18n/strings-cases.js';

export const VIEWS = [
  'compare',
  'spine',
  'charts',
  'programming',
  'lifecycle',
  'troubleshoot',
  'routes',
  'lessons',
] as const;
export type ViewId = (typeof VIEWS)[number];

/**
 * A changed scenario reaches the address at once, then at most this often while it keeps changing (a control being
 * dragged re-runs and reports 30–60 times a second): history.replaceState costs milliseconds on the main thread,
 * between a result and its repaint, and Chromium ignores a page's history calls beyond about 200 in 10 s.
 */
const ADDRESS_EVERY_MS = 250;

/** Significant digits of the app's CSV export: beyond the model's accuracy, far below 17. */
const CSV_DIGITS = 6;

const isView = (v: string | null): v is ViewId => (VIEWS as readonly (string | null)[]).includes(v);

/**
 * <itp-app> — the teaching app: a one-line disclaimer, the views (pump comparison first, already running),
 * the lesson list, and save / share / export. One scenario is shared by the scenario views (comparison, spine,
 * charts, programming): a change made in one (`itp-scenario-change`) is what the others run, what Save, the link
 * and Export capture. The page address always says the view, the lesson and that scenario
 * (`#view=…&lesson=…&scenario=…`): a change of view or lesson is a history entry (Back and Forward move between
 * them), and a copied address reproduces the screen. The scenario in an address is decoded and validated (by a
 * run in the worker) on load, and a broken link shows a message and the default.
 *
 * @event itp-run-finished - bubbles from the views
 * @event itp-alarm - bubbles from the views
 *
 * @tag itp-app
 */
export class ItpApp extends LitElement {
  static override styles = [baseStyles, styles];

  @state() view: ViewId = 'compare';
  /** The lesson shown in the Lessons view (its step and answers are kept by the lesson itself). */
  @state() lesson = 'why-intrathecal';
  /** The patient case shown instead of a lesson (null: the lesson). <itp-case> is its own chunk. */
  @state() patientCase: string | null = null;
  /** The scenario the app's scenario views run (undefined: each view's default preset). */
  @state() private scenario: unknown = undefined;
  @state() private linkNotice: string | null = null;
  /** The link's check failed for a reason other than the link (the simulator): offer to try again. */
  @state() private linkRetry = false;
  @state() private saved: SavedScenario[] = [];
  /** The name typed in the Save field (kept here so that re-renders never reset it). */
  @state() private saveName = '';
  @state() private corrupt: CorruptStore | null = null;
  @state() private corruptDownloaded = false;
  @state() private shareMessage: string | null = null;
  @state() private link: string | null = null;
  /** The Sources panel's list: null until first opened. */
  @state() private sources: SourcesState = null;
  /** The last finished run of each run slot of the current view ('programmable', 'constant-rate', …). */
  private results = new Map<string, SimResult>();
  /** The scenario part of the address the app last read or wrote (a change re-checks the scenario). */
  private scenarioInAddress: string | null = null;
  /** When a scenario change was last written (performance.now()), and the write waiting for ADDRESS_EVERY_MS. */
  private scenarioWrittenAt = -Infinity;
  private addressTimer: ReturnType<typeof setTimeout> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const loaded = loadSaved();
    this.saved = loaded.entries;
    this.corrupt = loaded.corrupt;
    if (loaded.unavailable) this.shareMessage = S.share.storageUnavailable;
    else if (loaded.corrupt) this.shareMessage = this.corruptMessage(loaded.corrupt);
    this.onAddress();
    window.addEventListener('hashchange', this.onAddress);
    window.addEventListener('popstate', this.onAddress);
    this.addEventListener('itp-lesson-step', (e) => {
      // The learner opened another lesson (the lesson's own list): a new entry in the history, so that Back
      // returns to the lesson before, as it does for the views.
      if (e.detail.lesson === this.lesson) return;
      this.lesson = e.detail.lesson;
      if (this.view === 'lessons') this.writeAddress('push');
    });
    // The results only enable Export (read when pressed): re-render when that changes, not on every run of a drag.
    this.addEventListener('itp-run-finished', (e) => {
      if (this.view === 'lessons') return;
      const first = this.results.size === 0;
      this.results.set(e.detail.run, e.detail.result);
      if (first) this.requestUpdate();
    });
    this.addEventListener('itp-run-failed', (e) => {
      if (this.results.delete(e.detail.run) && this.results.size === 0) this.requestUpdate();
    });
    this.addEventListener('itp-scenario-change', (e) => {
      // A lesson runs its own story: what the learner tries there does not replace their scenario.
      if (this.view === 'lessons') return;
      this.scenario = e.detail.scenario;
      this.scenarioInAddress = scenarioPart(this.scenario);
      this.writeScenarioSoon();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onAddress);
    window.removeEventListener('popstate', this.onAddress);
    if (this.addressTimer !== null) this.writeAddress('replace'); // the last change of a drag
  }

  /** The address changed (load, Back/Forward, an edited or pasted address): show what it says. */
  private onAddress = (): void => {
    const a = readAddress(location.hash);
    const view = isView(a.view) ? a.view : 'compare';
    if (view !== this.view) this.results.clear();
    this.view = view;
    // The lesson list is in the lessons' own chunk: <itp-lesson> checks the id and explains an unknown one.
    if (a.lesson) this.lesson = a.lesson;
    this.patientCase = CASE_CATALOG.some((c) => c.id === a.patientCase) ? a.patientCase : null;
    if (a.scenario === this.scenarioInAddress) return;
    this.scenarioInAddress = a.scenario;
    this.linkNotice = null;
    this.scenario = undefined;
    void this.fromLocation();
  };

  /** Writes a changed scenario into the address now, or (while it keeps changing) when ADDRESS_EVERY_MS is up. */
  private writeScenarioSoon(): void {
    if (this.addressTimer !== null) return; // the pending write takes the state as it is then
    const write = () => {
      this.scenarioWrittenAt = performance.now();
      this.writeAddress('replace');
    };
    const wait = this.scenarioWrittenAt + ADDRESS_EVERY_MS - performance.now();
    if (wait <= 0) write();
    else this.addressTimer = setTimeout(write, wait);
  }

  /**
   * Writes the app's state into the address: a new history entry (`push`) or the current one (`replace`). It
   * writes the whole state, so a scenario write still waiting (writeScenarioSoon) is done by this one.
   */
  private writeAddress(how: 'push' | 'replace'): void {
    if (this.addressTimer !== null) clearTimeout(this.addressTimer);
    this.addressTimer = null;
    const hash = addressHash({
      view: this.view,
      lesson: this.view === 'lessons' ? this.lesson : null,
      patientCase: this.view === 'lessons' ? this.patientCase : null,
      scenario: this.scenarioInAddress,
    });
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private go(view: ViewId, lesson = this.lesson, patientCase = this.patientCase): void {
    if (view === this.view && lesson === this.lesson && patientCase === this.patientCase) return;
    if (view !== this.view) this.results.clear();
    this.view = view;
    this.lesson = lesson;
    this.patientCase = patientCase;
    this.writeAddress('push');
  }

  /**
   * Reads `#scenario=` and checks it with one run in the worker. An invalid scenario (the worker says which
   * fields) shows a message and the default. A failure of the simulator itself (it crashed twice, or the run was
   * stopped) says so and keeps the link — in the address bar, with a Try again button — never calling it bad; so
   * does a long run that the learner chose not to wait for, or stopped.
   */
  private async fromLocation(): Promise<void> {
    this.linkRetry = false;
    const found = scenarioFromLocation(location.hash);
    if (!found) return;
    if ('error' in found) {
      this.linkNotice = S.share.brokenLink(found.error);
      return;
    }
    try {
      await enqueueRun({ scenario: found.scenario, wanted: () => true });
      this.scenario = found.scenario;
      this.linkNotice = null;
    } catch (e) {
      const issues = (e as { issues?: ScenarioIssue[] }).issues;
      if (issues?.length) {
        this.linkNotice = S.share.brokenLink(issues.map(plainMessage).join('; '));
      } else {
        const learnerChose = e instanceof RunDeclinedError || e instanceof RunStoppedError;
        this.linkNotice = learnerChose ? S.share.linkNotRun : S.share.linkCheckFailed;
        this.linkRetry = true;
      }
    }
  }

  private current(): unknown {
    return this.scenario ?? defaultScenario();
  }

  private corruptMessage(c: CorruptStore): string {
    return c.keptAsideKey === null ? S.share.corruptStuck : S.share.corruptKept;
  }

  private save(): void {
    const asked = this.saveName.trim();
    if (!asked) {
      this.shareMessage = S.share.needName;
      this.renderRoot.querySelector<HTMLInputElement>('.share input[type="text"]')?.focus();
      return;
    }
    try {
      const { entries, name } = saveScenario(asked, this.current());
      this.saved = entries;
      this.shareMessage = name === asked ? S.share.savedOk(name) : S.share.savedAs(asked, name);
    } catch (e) {
      this.shareMessage = this.storageFailure(e);
    }
  }

  private deleteEntry(name: string): void {
    try {
      this.saved = deleteScenario(name);
    } catch (e) {
      this.shareMessage = this.storageFailure(e);
    }
  }

  private storageFailure(e: unknown): string {
    if (e instanceof CorruptStoreError) {
      this.corrupt = loadSaved().corrupt ?? this.corrupt;
      return S.share.corruptStuck;
    }
    if (e instanceof DOMException && e.name === 'QuotaExceededError') return S.share.full;
    return S.share.storageUnavailable;
  }

  private downloadCorrupt(): void {
    if (!this.corrupt) return;
    download('saved-scenarios-unreadable.txt', this.corrupt.raw, 'text/plain');
    this.corruptDownloaded = true;
  }

  private discardCorrupt(): void {
    discardCorrupt();
    const loaded = loadSaved();
    this.saved = loaded.entries;
    this.corrupt = null;
    this.corruptDownloaded = false;
    this.shareMessage = S.share.discarded;
  }

  private loadEntry(entry: SavedScenario): void {
    const sc: unknown = entry.scenario;
    if (typeof sc !== 'object' || sc === null || Array.isArray(sc)) {
      this.shareMessage = S.share.notLoaded(entry.name, S.share.noScenarioInside);
      return;
    }
    this.scenario = structuredClone(sc);
    this.scenarioInAddress = scenarioPart(this.scenario);
    this.results.clear();
    this.writeAddress('push');
    this.shareMessage = S.share.loaded(entry.name);
  }

  /** The link is the address of this screen, with the scenario in it (the default one written out). */
  private share(): void {
    this.scenarioInAddress = scenarioPart(this.current());
    this.writeAddress('replace');
    const url = `${location.origin}${location.pathname}${location.search}${location.hash}`;
    this.link = url;
    navigator.clipboard?.writeText(url).then(
      () => (this.shareMessage = S.share.copied),
      () => (this.shareMessage = null),
    );
  }

  /**
   * The view's last finished runs as a file, through the core exporters (the CLI writes the same JSON). A view
   * with several runs (the comparison) exports all of them. The CSV is for people: 6 significant digits. The
   * exporters are a chunk of their own, fetched on the first export (not part of the embed bundle).
   */
  private async exportResult(kind: 'json' | 'csv'): Promise<void> {
    const runs = [...this.results].map(([run, result]) => ({ run, result }));
    if (!runs.length) return;
    const { resultToCsv, resultToJson, runsToCsv, runsToJson } = await import('../../../model/export.js');
    const name = slug(
      runs.length > 1 ? `${this.view} ${runs[0].result.scenarioName}` : runs[0].result.scenarioName,
    );
    const one = runs.length === 1 ? runs[0].result : null;
    if (kind === 'json')
      download(`${name}.json`, one ? resultToJson(one, 2) : runsToJson(runs, 2), 'application/json');
    else
      download(
        `${name}.csv`,
        one
          ? resultToCsv(one, { significantDigits: CSV_DIGITS })
          : runsToCsv(runs, { significantDigits: CSV_DIGITS }),
        'text/csv',
      );
  }

  private async openSources(): Promise<void> {
    const s = this.sources;
    if (s === 'loading' || (s !== null && 'entries' in s)) return; // loading or loaded; a failure may retry
    this.sources = 'loading';
    try {
      this.sources = { entries: await loadSources() };
    } catch {
      this.sources = { error: true };
    }
  }

  private viewTemplate() {
    const sc = this.scenario;
    switch (this.view) {
      case 'compare':
        return html`<itp-pump-compare .scenario=${sc}></itp-pump-compare>`;
      case 'spine':
        return html`<itp-spine .scenario=${sc}></itp-spine>`;
      case 'charts':
        return html`<itp-charts .scenario=${sc}></itp-charts>`;
      case 'programming':
        // programming and lifecycle are chunks of their own (src/elements-lazy.ts), loaded when first opened
        void import('../programming/programming.define.js');
        return html`<itp-programming .scenario=${sc}></itp-programming>`;
      case 'lifecycle':
        void import('../lifecycle/lifecycle.define.js');
        return html`<itp-lifecycle></itp-lifecycle>`;
      case 'troubleshoot':
        // its own chunk (src/elements-lazy.ts), loaded the first time the view is opened
        void import('../troubleshoot/troubleshoot.define.js');
        return html`<itp-troubleshoot></itp-troubleshoot>`;
      case 'routes':
        void import('../route-compare/route-compare.define.js');
        return html`<itp-route-compare preset="morphine-cancer-pain"></itp-route-compare>`;
      case 'lessons':
        // The lesson and the cases are chunks of their own: fetched the first time they are shown.
        void import('../lesson/lesson.define.js');
        return html`<div class="lessons">
          <nav class="cases" aria-label=${S.lessons.casesHeading}>
            <h2>${S.lessons.casesHeading}</h2>
            <ul>
              ${CASE_CATALOG.map(
                (c) =>
                  html`<li>
                    <button
                      type="button"
                      aria-pressed=${c.id === this.patientCase ? 'true' : 'false'}
                      @click=${() => this.go('lessons', this.lesson, c.id)}
                    >
                      ${caseTitleText(c)}
                    </button>
                  </li>`,
              )}
              ${
                this.patientCase
                  ? html`<li>
                      <button type="button" @click=${() => this.go('lessons', this.lesson, null)}>
                        ${S.lessons.backToLessons}
                      </button>
                    </li>`
                  : nothing
              }
            </ul>
          </nav>
          ${
            this.patientCase
              ? (void import('../case/case.define.js'), html`<itp-case case=${this.patientCase}></itp-case>`)
              : html`<itp-lesson nav lesson=${this.lesson}></itp-lesson>`
          }
        </div>`;
    }
  }

  override render() {
    return html`
      <header>
        <h1>${S.appTitle}</h1>
        <p class="disclaimer">${S.disclaimer}</p>
        <nav aria-label=${S.nav.label}>
          <ul>
            ${VIEWS.map(
              (v) =>
                html`<li>
                  <button
                    type="button"
                    aria-pressed=${v === this.view ? 'true' : 'false'}
                    @click=${() => this.go(v)}
                  >
                    ${S.nav[v]}
                  </button>
                </li>`,
            )}
          </ul>
        </nav>
      </header>
      ${
        this.linkRetry && this.linkNotice
          ? html`<div class="notice" role="status">
              <p>${this.linkNotice}</p>
              <button type="button" @click=${() => void this.fromLocation()}>${S.share.tryAgain}</button>
            </div>`
          : notice(this.linkNotice)
      }
      <main>${this.viewTemplate()}</main>
      ${sharePanel(
        {
          name: this.saveName,
          saved: this.saved,
          corrupt: this.corrupt,
          corruptDownloaded: this.corruptDownloaded,
          message: this.shareMessage,
          link: this.link,
          canExport: this.results.size > 0,
        },
        {
          setName: (n) => (this.saveName = n),
          save: () => this.save(),
          downloadCorrupt: () => this.downloadCorrupt(),
          discardCorrupt: () => this.discardCorrupt(),
          load: (e) => this.loadEntry(e),
          remove: (n) => this.deleteEntry(n),
          share: () => this.share(),
          exportJson: () => void this.exportResult('json'),
          exportCsv: () => void this.exportResult('csv'),
        },
      )}
      ${sourcesPanel(this.sources, () => void this.openSources())}
    `;
  }
}
