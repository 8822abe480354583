/**
 * TimeController — playback of a finished run: play/pause, speed (simulated hours per real second), step,
 * reset, scrub. A requestAnimationFrame loop moves `tHours` and asks the host to re-render; nothing runs in
 * the worker. Under prefers-reduced-motion it never starts by itself (the learner can still press Play).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HOURS_PER_DAY } from '../../model/units.js';

/** Simulated hours per real second for each speed option (strings in S.time.speeds). */
export const SPEEDS_HOURS_PER_S = [1, 6, HOURS_PER_DAY, 7 * HOURS_PER_DAY, 30 * HOURS_PER_DAY];

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class TimeController implements ReactiveController {
  tHours = 0;
  playing = false;
  speedIndex = 2;
  durationHours = 0;
  /** Step size for the Step button, h (the run's output interval). */
  stepHours = 1;
  startHours = 0;
  private raf = 0;
  private last = 0;
  private wantAutoplay = true;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}
  hostDisconnected(): void {
    this.stopLoop();
  }

  /** A new run is ready: keep the position if it still fits, autoplay the first time unless motion is reduced. */
  setRun(durationHours: number, stepHours: number, autoplay = true): void {
    this.durationHours = Math.max(0, durationHours);
    this.stepHours = stepHours > 0 ? stepHours : 1;
    if (this.tHours > this.durationHours || this.tHours < this.startHours)
      this.tHours = Math.min(this.startHours, this.durationHours);
    if (this.wantAutoplay) {
      this.wantAutoplay = false;
      if (autoplay && !prefersReducedMotion()) this.play();
    }
    this.host.requestUpdate();
  }

  get speedHoursPerS(): number {
    return SPEEDS_HOURS_PER_S[this.speedIndex] ?? HOURS_PER_DAY;
  }

  play(): void {
    if (this.durationHours <= 0) return;
    if (this.tHours >= this.durationHours) this.tHours = this.startHours;
    this.playing = true;
    this.last = 0;
    this.raf = requestAnimationFrame(this.tick);
    this.host.requestUpdate();
  }

  pause(): void {
    this.playing = false;
    this.stopLoop();
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  step(): void {
    this.pause();
    this.seek(this.tHours + this.stepHours);
  }

  reset(): void {
    this.pause();
    this.seek(this.startHours);
  }

  seek(tHours: number): void {
    this.tHours = Math.min(this.durationHours, Math.max(0, Number.isFinite(tHours) ? tHours : 0));
    this.host.requestUpdate();
  }

  setSpeed(index: number): void {
    if (index >= 0 && index < SPEEDS_HOURS_PER_S.length) this.speedIndex = index;
    this.host.requestUpdate();
  }

  private stopLoop(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  private tick = (now: number): void => {
    if (!this.playing) return;
    if (this.last) {
      const dtS = Math.min(0.1, (now - this.last) / 1000);
      this.tHours += dtS * this.speedHoursPerS;
      if (this.tHours >= this.durationHours) {
        this.tHours = this.durationHours;
        this.playing = false;
      }
      this.host.requestUpdate();
    }
    this.last = now;
    if (this.playing) this.raf = requestAnimationFrame(this.tick);
  };
}

/** Index of the output interval containing tHours (series times are interval ends). */
export function indexAt(tHoursSeries: Float64Array, tHours: number): number {
  const n = tHoursSeries.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tHoursSeries[mid] < tHours) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
