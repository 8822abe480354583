/**
 * RunController — a Lit ReactiveController that runs one scenario slot of a view in the worker (through the
 * page-wide queue) and keeps its latest result, error and validation issues for rendering. Stale results
 * (a newer run was asked for) are dropped; the host re-renders when a run starts and ends.
 *
 * Live runs (`run(s, { live: true })`, a control being dragged): requests coalesce — the queue skips every queued
 * run a newer one replaced, so at most one runs and one waits, latest wins — and a finished run that a newer
 * request overtook is still shown if nothing newer is on screen, so the picture follows the drag at the pace of the
 * runs instead of freezing until the pointer stops.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SimResult } from '../../model/result.js';
import type { ScenarioIssue } from '../../model/scenario/errors.js';
import type { ScenarioInput } from '../../model/scenario/schema.js';
import { enqueueRun, prepareRuns, SupersededError } from './run-queue.js';
import { emit } from './events.js';

export class RunController implements ReactiveController {
  result: SimResult | null = null;
  /** The scenario the current result was computed from. */
  scenario: ScenarioInput | null = null;
  error: string | null = null;
  issues: ScenarioIssue[] = [];
  running = false;
  /** Wall-clock time of the last run, from request to result, ms (main-thread view). */
  lastRunMs = 0;
  private seq = 0;
  /** Sequence number of the run on screen. */
  private shown = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Slot name reported in events (e.g. 'programmable'). */
    readonly slot: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    prepareRuns();
  }

  hostDisconnected(): void {
    this.seq++; // drop anything in flight
    this.shown = this.seq; // live runs included
  }

  /** Runs `scenario`; resolves with the result, or null if it failed or was superseded. */
  async run(scenario: ScenarioInput, options: { live?: boolean } = {}): Promise<SimResult | null> {
    const mine = ++this.seq;
    this.running = true;
    this.host.requestUpdate();
    const t0 = performance.now();
    try {
      const result = await enqueueRun({ scenario, wanted: () => mine === this.seq });
      const overtaken = mine !== this.seq;
      if (overtaken && !(options.live && mine > this.shown)) return null;
      this.shown = mine;
      this.result = result;
      this.scenario = scenario;
      this.error = null;
      this.issues = [];
      this.lastRunMs = performance.now() - t0;
      if (overtaken) this.host.requestUpdate(); // the newer run's end will not (it is still to come)
      emit(this.host, 'itp-run-finished', { result, run: this.slot });
      for (const event of result.events)
        if (event.severity === 'alarm') emit(this.host, 'itp-alarm', { event, run: this.slot });
      return result;
    } catch (e) {
      if (e instanceof SupersededError || mine !== this.seq) return null;
      this.shown = mine;
      const err = e as Error & { issues?: ScenarioIssue[] };
      // A failed run must not leave the previous result on screen as if it were this scenario's.
      this.result = null;
      this.scenario = scenario;
      this.error = err?.message ?? String(e);
      this.issues = Array.isArray(err?.issues) ? err.issues : [];
      emit(this.host, 'itp-run-failed', { message: this.error, issues: this.issues, run: this.slot });
      return null;
    } finally {
      if (mine === this.seq) {
        this.running = false;
        this.host.requestUpdate();
      }
    }
  }
}
