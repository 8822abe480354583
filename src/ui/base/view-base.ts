import type { ScenarioInput } from '../../model/scenario/schema.js';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HOURS_PER_DAY } from '../../model/units.js';
import { baseStyles } from './styles.js';
import { fromPreset, fromUrl, type Resolved } from '../scenario/scenario-source.js';
import type { TimeController } from './time-controller.js';
import { emit } from './events.js';

/**
 * ItpView — what every itp- view shares: the embedding attributes (preset, scenario-url, controls,
 * start-time, paused), scenario resolution with honest fallbacks, and the shared styles. Subclasses run their
 * scenario(s) through RunController(s) in `load()`.
 *
 * @event itp-scenario-change - the learner changed the view's scenario and it ran; detail: { scenario }
 *
 * @cssproperty --itp-font - font family
 * @cssproperty --itp-fg - text colour
 * @cssproperty --itp-bg - background colour
 * @cssproperty --itp-accent - accent colour (pressed buttons)
 * @cssproperty --itp-focus - focus ring colour
 * @cssproperty --itp-border - border colour
 * @cssproperty --itp-error - error text colour
 */
export abstract class ItpView extends LitElement {
  static override styles = [baseStyles];

  /** Preset id of the scenario to run (see PRESETS). */
  @property({ reflect: true }) preset: string | null = null;
  /** URL of a scenario JSON file; takes precedence over `preset`. */
  @property({ attribute: 'scenario-url' }) scenarioUrl: string | null = null;
  /** A scenario object; takes precedence over `scenario-url` and `preset`. */
  @property({ attribute: false }) scenario: ScenarioInput | undefined = undefined;
  /** Space-separated names of the controls to show (default: all). E.g. `controls="temperature altitude"`. */
  @property() controls: string | null = null;
  /** Simulated time, in days, at which playback starts. */
  @property({ attribute: 'start-time', type: Number }) startTime = 0;
  /** Start with the animation paused. */
  @property({ type: Boolean }) paused = false;

  /** Plain-text notice about the scenario source (fallbacks, broken links). */
  @state() protected sourceNotice: string | null = null;

  /** The view's playback clock, if it animates a run: `paused` and `start-time` act on it whenever they change. */
  protected clock: TimeController | null = null;

  /** The scenario this view last reported as the learner's: given back as `scenario`, it does not reload. */
  private reported: ScenarioInput | undefined = undefined;

  /**
   * Tells the page (the app keeps one scenario for every view and the address) that the learner changed this
   * view's scenario. Called after the changed scenario ran, so an invalid draft never becomes the shared state.
   */
  protected reportScenario(scenario: ScenarioInput): void {
    this.reported = scenario;
    emit(this, 'itp-scenario-change', { scenario });
  }

  /** The preset used when neither `scenario`, `scenario-url` nor `preset` is given. */
  protected defaultPreset(): string | null {
    return null;
  }

  /** True when the control `name` should be shown. */
  protected shows(name: string): boolean {
    if (this.controls === null) return true;
    return this.controls.split(/\s+/).includes(name);
  }

  protected get startHours(): number {
    return Math.max(0, Number.isFinite(this.startTime) ? this.startTime : 0) * HOURS_PER_DAY;
  }

  /** Resolves the scenario from scenario > scenario-url > preset > default. */
  protected async resolve(): Promise<Resolved> {
    if (this.scenario !== undefined && this.scenario !== null)
      return { scenario: structuredClone(this.scenario), notice: null };
    const preset = this.preset ?? this.defaultPreset();
    if (this.scenarioUrl) return fromUrl(this.scenarioUrl, preset);
    return fromPreset(preset);
  }

  /** Runs the view's scenario(s). Called when a source attribute changes. */
  protected abstract load(): Promise<void>;

  /** Further properties (beyond preset, scenario-url, scenario) whose change reloads the view's scenario(s). */
  protected reloadsOn(_changed: PropertyValues<this>): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The page handing back what this view reported (the app's shared state) is not a new source.
    const ownEdit = this.scenario !== undefined && this.scenario === this.reported;
    if (
      changed.has('preset') ||
      changed.has('scenarioUrl') ||
      (changed.has('scenario') && !ownEdit) ||
      this.reloadsOn(changed)
    )
      void this.load();
    // Every documented attribute acts when it changes, not only at first load (a lesson page toggles
    // `paused`, a host moves `start-time`). Before the first render load() reads them itself.
    const clock = this.clock;
    if (!clock || !this.hasUpdated) return;
    if (changed.has('startTime')) {
      clock.startHours = this.startHours;
      clock.seek(this.startHours);
    }
    if (changed.has('paused')) {
      if (this.paused) clock.pause();
      else clock.play();
    }
  }
}
