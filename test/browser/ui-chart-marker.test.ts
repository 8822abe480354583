// The playback marker of <itp-chart> moves over the plot without redrawing the canvas: playback changes
// cursorHours every animation frame, and a canvas redraw (axes, text) per frame kept the main thread busy.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/elements.js';
import type { ItpChart } from '../../src/ui/elements/chart/chart.js';
import { settle, shadow } from './ui-helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('<itp-chart> playback marker', () => {
  it('follows cursorHours with a transform, hides for NaN, and never redraws the canvas for it', async () => {
    const el = document.createElement('itp-chart') as ItpChart;
    el.style.width = '600px';
    el.unit = 'mL';
    el.tHours = Float64Array.from({ length: 48 }, (_, i) => i + 1);
    el.series = [{ label: 'reservoir', values: Float64Array.from({ length: 48 }, (_, i) => 20 - i * 0.1) }];
    document.body.append(el);
    await settle(el);
    const marker = shadow(el).querySelector<HTMLElement>('.u-over .marker')!;
    expect(marker).not.toBeNull();
    expect(marker.hidden).toBe(true); // cursorHours starts NaN

    const fillText = vi.spyOn(CanvasRenderingContext2D.prototype, 'fillText');
    const xs: number[] = [];
    for (const t of [1, 12, 24, 36, 48]) {
      el.cursorHours = t;
      await el.updateComplete;
      expect(marker.hidden).toBe(false);
      xs.push(Number(/translateX\(([-\d.e]+)px\)/.exec(marker.style.transform)![1]));
    }
    expect(fillText).not.toHaveBeenCalled();
    // Evenly spaced hours → evenly spaced positions, left to right across the plot.
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    const plotWidth = shadow(el).querySelector<HTMLElement>('.u-over')!.clientWidth;
    expect(xs.at(-1)!).toBeCloseTo(plotWidth, 0);
    expect(xs[2]! - xs[1]!).toBeCloseTo(xs[3]! - xs[2]!, 1);

    el.cursorHours = NaN;
    await el.updateComplete;
    expect(marker.hidden).toBe(true);
  });
});
