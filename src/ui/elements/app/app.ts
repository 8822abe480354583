import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { SimResult } from '../../../model/result.js';
import type { ScenarioIssue } from '../../../model/scenario/errors.js';
import { baseStyles } from '../../base/styles.js';
import { S } from '../../i18n/strings.js';
import { LESSON_TEXTS } from '../../i18n/strings-lessons.js';
import { notice } from '../../base/templates.js';
import { defaultScenario, scenarioFromLocation, shareHash } from '../../scenario/scenario-source.js';
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
import styles from './app.styles.js';
import '../pump-compare/pump-compare.define.js';
import '../spine/spine.define.js';
import '../charts/charts.define.js';
import '../programming/programming.define.js';
import '../lifecycle/lifecycle.define.js';
import '../route-compare/route-compare.define.js';
import '../lesson/lesson.define.js';

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
 * <itp-app> — the teaching app: a one-line disclaimer, the views (pump comparison first, already running),
 * the lesson list, and save / share / export. The scenario can come from the page URL (`#scenario=…`): it is
 * decoded and validated (by a run in the worker) on load, and a broken link shows a message and the default.
 *
 * @event itp-run-finished - bubbles from the views
 * @event itp-alarm - bubbles from the views
 *
 * @tag itp-app
 */
export class ItpApp extends LitElement {
  static override styles = [baseStyles, styles];

  @state() view: ViewId = 'compare';
  @state() lesson = LESSON_TEXTS[0].id;
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
  private lastResult: SimResult | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const loaded = loadSaved();
    this.saved = loaded.entries;
    this.corrupt = loaded.corrupt;
    if (loaded.unavailable) this.shareMessage = S.share.storageUnavailable;
    else if (loaded.corrupt) this.shareMessage = this.corruptMessage(loaded.corrupt);
    void this.fromLocation();
    window.addEventListener('hashchange', this.onHash);
    this.addEventListener('itp-run-finished', (e) => {
      this.lastResult = e.detail.result;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  private onHash = (): void => {
    this.linkNotice = null;
    this.scenario = undefined;
    void this.fromLocation();
  };

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
        this.linkNotice = S.share.brokenLink(issues.map((i) => i.message).join('; '));
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
    this.shareMessage = S.share.loaded(entry.name);
  }

  private share(): void {
    const hash = shareHash(this.current());
    const url = `${location.origin}${location.pathname}${location.search}${hash}`;
    history.replaceState(null, '', hash);
    this.link = url;
    navigator.clipboard?.writeText(url).then(
      () => (this.shareMessage = S.share.copied),
      () => (this.shareMessage = null),
    );
  }

  /**
   * The last finished run as a file, through the core exporters (the CLI writes the same text). They are a
   * chunk of their own, fetched on the first export (not part of the embed bundle).
   */
  private async exportResult(kind: 'json' | 'csv'): Promise<void> {
    const r = this.lastResult;
    if (!r) return;
    const { resultToCsv, resultToJson } = await import('../../../model/export.js');
    if (kind === 'json') download(`${slug(r.scenarioName)}.json`, resultToJson(r, 2), 'application/json');
    else download(`${slug(r.scenarioName)}.csv`, resultToCsv(r), 'text/csv');
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
        return html`<itp-programming .scenario=${sc}></itp-programming>`;
      case 'lifecycle':
        return html`<itp-lifecycle></itp-lifecycle>`;
      case 'troubleshoot':
        // its own chunk (src/elements-lazy.ts), loaded the first time the view is opened
        void import('../troubleshoot/troubleshoot.define.js');
        return html`<itp-troubleshoot></itp-troubleshoot>`;
      case 'routes':
        return html`<itp-route-compare preset="morphine-cancer-pain"></itp-route-compare>`;
      case 'lessons':
        return html`<div class="lessons">
          <nav aria-label=${S.lessons.heading}>
            <h2>${S.lessons.heading}</h2>
            <ol>
              ${LESSON_TEXTS.map(
                (l) =>
                  html`<li>
                    <button
                      type="button"
                      aria-current=${l.id === this.lesson ? 'true' : 'false'}
                      aria-pressed=${l.id === this.lesson ? 'true' : 'false'}
                      @click=${() => (this.lesson = l.id)}
                    >
                      ${l.title}
                    </button>
                  </li>`,
              )}
            </ol>
          </nav>
          <itp-lesson lesson=${this.lesson}></itp-lesson>
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
                    @click=${() => (this.view = v)}
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
          canExport: !!this.lastResult,
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
      ${nothing}
    `;
  }
}
