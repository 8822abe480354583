// The shared daily-dose chart block: runs of different durations and output intervals overlay on one day axis
// (gaps, not zeros, where a run has ended), and the pump comparison shows both pumps although the programmable
// preset runs 90 days and the gas-pump preset 50.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'lit';
import type uPlot from 'uplot';
import '../../src/elements.js';
import { mountAndRun, settle, shadow } from './ui-helpers.js';
import { alignSeries } from '../../src/ui/elements/chart/chart-data.js';
import { dailyDoseChart, dailyDoseSeries } from '../../src/ui/elements/charts/daily-dose-chart.js';
import { perDay } from '../../src/ui/format/derive.js';
import type { ItpChart } from '../../src/ui/elements/chart/chart.js';

afterEach(() => document.body.replaceChildren());

/** A run of `days` days sampled every `stepH` hours delivering `ugPerDay` evenly. */
function run(days: number, stepH: number, ugPerDay: number) {
  const n = Math.round((days * 24) / stepH);
  const tHours = Float64Array.from({ length: n }, (_, i) => (i + 1) * stepH);
  const tipDoseUg = new Float64Array(n).fill((ugPerDay * stepH) / 24);
  return { series: { tHours, tipDoseUg } };
}

const plotOf = (c: ItpChart) => (c as unknown as { plot: uPlot | null }).plot;

describe('alignSeries', () => {
  it('takes the union of times and pads each run with NaN where it has no sample', () => {
    const a = { tHours: Float64Array.from([1, 2, 3, 4]), values: Float64Array.from([10, 20, 30, 40]) };
    const b = { tHours: Float64Array.from([2, 4, 6]), values: Float64Array.from([5, 6, 7]) };
    const out = alignSeries([a, b]);
    expect([...out.tHours]).toEqual([1, 2, 3, 4, 6]);
    expect([...out.values[0]]).toEqual([10, 20, 30, 40, NaN]);
    expect([...out.values[1]]).toEqual([NaN, 5, NaN, 6, 7]);
  });

  it('treats times within the tolerance as one (floating-point day ends)', () => {
    const a = { tHours: Float64Array.from([24, 48]), values: Float64Array.from([1, 2]) };
    const b = { tHours: Float64Array.from([24 + 1e-9, 48 - 1e-9]), values: Float64Array.from([3, 4]) };
    const out = alignSeries([a, b]);
    expect(out.tHours.length).toBe(2);
    expect([...out.values[1]]).toEqual([3, 4]);
  });

  it('survives empty and non-finite input without NaN times', () => {
    const out = alignSeries([
      { tHours: new Float64Array(0), values: new Float64Array(0) },
      { tHours: Float64Array.from([NaN, 5]), values: Float64Array.from([1, 2]) },
    ]);
    expect([...out.tHours]).toEqual([5]);
    expect([...out.values[1]]).toEqual([2]);
  });
});

describe('dailyDoseSeries / dailyDoseChart', () => {
  it('overlays a 10-day hourly run and a 3-day 15-minute run on one day axis, keeping each day total', () => {
    const long = run(10, 1, 400);
    const short = run(3, 0.25, 600);
    const d = dailyDoseSeries([
      { label: 'long', result: long },
      { label: 'short', result: short },
    ]);
    expect([...d.tHours]).toEqual(Array.from({ length: 10 }, (_, i) => (i + 1) * 24));
    for (let i = 0; i < 10; i++) expect(d.series[0].values[i]).toBeCloseTo(400, 9);
    for (let i = 0; i < 3; i++) expect(d.series[1].values[i]).toBeCloseTo(600, 9);
    for (let i = 3; i < 10; i++) expect(d.series[1].values[i]).toBeNaN();
    // Same runs → the same arrays (so the chart does not rebuild on every animation frame).
    expect(
      dailyDoseSeries([
        { label: 'long', result: long },
        { label: 'short', result: short },
      ]),
    ).toBe(d);
  });

  it('renders the gaps as null for uPlot and summarises each run over its own days', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      dailyDoseChart([
        { label: 'ten days', result: run(10, 1, 400) },
        { label: 'three days', result: run(3, 0.25, 600) },
      ]),
      host,
    );
    const chart = host.querySelector('itp-chart') as ItpChart;
    await settle(chart);
    const data = plotOf(chart)!.data;
    expect(data.length).toBe(3);
    // Steps hold each day's dose over that day: the plot starts at day 0, so day 1 is drawn too.
    expect(data[0][0]).toBe(0);
    expect(data[0][1]).toBe(1);
    expect(data[2][0]).toBeCloseTo(600, 9);
    expect(data[2][3]).toBeCloseTo(600, 9); // day 3
    expect(data[2][4]).toBeNull(); // day 4: the short run has ended
    expect(data[1][10]).toBeCloseTo(400, 9);
    const summary = shadow(chart).querySelector('.summary')!.textContent!;
    expect(summary).toContain('three days: from 600 µg/day to 600 µg/day; at the end 600 µg/day.');
    expect(summary).not.toContain('NaN');
  });
});

describe('<itp-pump-compare> daily-dose comparison', () => {
  it('overlays the 90-day programmable and the 50-day gas pump runs', async () => {
    const el = document.createElement('itp-pump-compare');
    el.paused = true;
    const results = await mountAndRun(el, 2);
    await settle(el);
    const byDays = results
      .filter((r) => r !== null)
      .map((r) => r!.summary.durationHours / 24)
      .sort((a, b) => a - b);
    expect(byDays).toEqual([50, 90]); // the presets really differ in length: the case this test is about
    const chart = shadow(el).querySelector('itp-chart') as ItpChart;
    await settle(chart);
    expect(chart.series.map((s) => s.label)).toEqual([
      'Programmable pump',
      'Constant-rate (gas-driven) pump',
    ]);
    const data = plotOf(chart)!.data;
    expect(data[0].length).toBe(91); // day 0 (start of the first step) and the 90 day ends
    const gas = results.find((r) => r && r.summary.durationHours === 50 * 24)!;
    const gasDaily = perDay(gas.series.tHours, gas.series.tipDoseUg);
    for (let d = 0; d < 50; d++) expect(data[2][d + 1]).toBeCloseTo(gasDaily.values[d], 9);
    for (let d = 50; d < 90; d++) expect(data[2][d + 1]).toBeNull();
    // Untouched controls add no refill: the gas pump keeps its preset's one refill (500 → 400 µg/mL on day
    // 25) and never gets the programmable pump's 2000 µg/mL.
    const refills = ((el.scenarios().gas as { events?: { type: string }[] }).events ?? []).filter(
      (e) => e.type === 'refill',
    );
    expect(refills.length).toBe(1);
    // 1 mL/day of 500 µg/mL, within the gas pump's accuracy envelope (±15 %, its fill's error applies): far from
    // the 2000 µg/mL that a borrowed refill would give
    expect(Math.max(...gasDaily.values)).toBeLessThanOrEqual(500 * 1.15);
    expect(Array.from(data[1] as ArrayLike<number | null>).every((v) => typeof v === 'number')).toBe(true);
  });
});

describe('the comparison’s dose chart starts at zero', () => {
  it('its y axis begins at 0 µg/day, not just under the smaller dose (a truncated axis exaggerates the gap)', async () => {
    const el = document.createElement('itp-pump-compare');
    el.paused = true;
    await mountAndRun(el, 2);
    await settle(el);
    const chart = shadow(el).querySelector('itp-chart') as ItpChart;
    await settle(chart);
    const y = plotOf(chart)!.scales.y;
    expect(y.min).toBe(0); // before: about 290, under the gas pump's 304 µg/day
    expect(y.max!).toBeGreaterThan(400);
  });
});
