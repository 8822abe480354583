// The teaching stories as the views tell them: the fever-and-flight lesson really has a fever and a flight for
// both pumps (the same patient), the MRI story lists what the scan did, the battery story reads in percent.
import { afterEach, describe, expect, it } from 'vitest';
import type uPlot from 'uplot';
import '../../src/elements.js';
import { mountAndRun, nextRun, settle, shadow, sliderField, enterValue } from './ui-helpers.js';
import { perDay } from '../../src/ui/format/derive.js';
import type { ItpChart } from '../../src/ui/elements/chart/chart.js';
import type { SimResult } from '../../src/model/result.js';

afterEach(() => document.body.replaceChildren());

type Json = Record<string, unknown>;
const charts = (el: Element) => [...shadow(el).querySelectorAll('itp-chart')] as ItpChart[];

describe('fever and flight on the pump comparison', () => {
  it('both pumps get the story’s timeline and length; the gas dose rises in the fever, the programmable does not', async () => {
    const el = document.createElement('itp-pump-compare');
    el.setAttribute('constant-preset', 'gas-pump-fever-flight');
    el.paused = true;
    const [a, b] = (await mountAndRun(el, 2)) as SimResult[];
    await settle(el);
    const sc = el.scenarios() as { prog: Json; gas: Json };
    for (const s of [sc.prog, sc.gas]) {
      expect(s.durationDays).toBe(14);
      expect(((s.environment as Json).timeline as Json[]).length).toBe(4);
    }
    const gas = [a, b].find((r) => r.scenarioName === 'Gas pump: fever and flight')!;
    const prog = [a, b].find((r) => r !== gas)!;
    const g = perDay(gas.series.tHours, gas.series.tipDoseUg).values;
    const p = perDay(prog.series.tHours, prog.series.tipDoseUg).values;
    // Day 4 is inside the 39.5 °C fever (days 3–5): ≈ +8 %/°C × 2.5 °C at the default drive pressure
    // (an estimate) — well above a 10 % rise; day 2 is before it.
    expect(g[3] / g[1]).toBeGreaterThan(1.1);
    expect(Math.max(...p) - Math.min(...p.slice(1))).toBeLessThan(1e-6 * Math.max(...p));
    // The story's timeline is shown to the learner as text.
    expect(shadow(el).textContent).toContain('day 3: fever (39.5 °C)');
  });

  it('changing the temperature replaces the story’s timeline with the learner’s episode', async () => {
    const el = document.createElement('itp-pump-compare');
    el.setAttribute('constant-preset', 'gas-pump-fever-flight');
    el.paused = true;
    await mountAndRun(el, 2);
    await settle(el);
    enterValue(sliderField(shadow(el), 'Body temperature'), '38');
    const gas = (el.scenarios() as { gas: { environment: { timeline: Json[] } } }).gas;
    expect(gas.environment.timeline.map((e) => e.bodyTemperatureC)).toEqual([38, 37]);
    await settle(el);
    expect(shadow(el).textContent).not.toContain('day 3: fever');
  });
});

describe('MRI story on the time-series view', () => {
  it('lists the scan among the events and draws the first day of the daily dose', async () => {
    const el = document.createElement('itp-charts');
    el.setAttribute('preset', 'mri-programmable');
    const [r] = (await mountAndRun(el)) as SimResult[];
    await settle(el);
    const items = [...shadow(el).querySelectorAll('.events li')].map((li) => li.textContent!);
    const mri = r.events.filter((e) => e.code === 'mri-start');
    expect(mri.length).toBeGreaterThan(0);
    expect(items.some((t) => t.includes(mri[0].message))).toBe(true);
    const daily = charts(el).find((c) => c.heading === 'Dose at the tip per day')!;
    await settle(daily);
    const data = (daily as unknown as { plot: uPlot }).plot.data;
    expect(data[0][0]).toBe(0);
    expect(data[1][0]).toBe(data[1][1]); // day 1's dose held from day 0 to day 1
  });
});

describe('battery story on the lifecycle view', () => {
  it('shows the battery in percent, 0–100', async () => {
    const el = document.createElement('itp-lifecycle');
    el.setAttribute('preset', 'battery-end-of-service');
    const [r] = (await mountAndRun(el)) as SimResult[];
    await settle(el);
    const bat = charts(el).find((c) => c.unit === '%')!;
    expect(bat).toBeTruthy();
    const v = bat.series[0].values;
    expect(v[0]).toBeCloseTo(r.series.batteryFraction![0] * 100, 9);
    expect(Math.max(...v)).toBeLessThanOrEqual(100);
    expect(Math.min(...v)).toBeGreaterThanOrEqual(0);
    expect(shadow(el).textContent).not.toContain('fraction');
  });
});

describe('pocket-fill story on the lifecycle view', () => {
  it('the calendar holds only what happened inside the run (the refill due after the end is in the summary)', async () => {
    const el = document.createElement('itp-lifecycle');
    el.setAttribute('preset', 'pocket-fill');
    const [r] = (await mountAndRun(el)) as SimResult[];
    await settle(el);
    const due = r.summary.nextRefillAtHours!;
    expect(due).toBeGreaterThan(r.summary.durationHours); // the undetected pocket fill "refilled" the pump
    const calendar = shadow(el).querySelector('.calendar')!.textContent!;
    expect(calendar).toContain('Pocket fill');
    expect(calendar).not.toContain('Refill due');
  });
});

describe('dead-space stories on the lifecycle view', () => {
  const delayOf = async (preset: string) => {
    const el = document.createElement('itp-lifecycle');
    el.setAttribute('preset', preset);
    await mountAndRun(el);
    await settle(el);
    const text = shadow(el).querySelector('dl')!.textContent!.replace(/\s+/g, ' ');
    el.remove();
    return text;
  };

  it('measures the delay after a concentration change: shorter with a bridge bolus than without', async () => {
    const hours = (t: string) => Number(/half the new concentration ([\d.]+) h/.exec(t)![1]);
    const bridge = await delayOf('concentration-change-bridge');
    const none = await delayOf('concentration-change-no-bridge');
    expect(bridge).toContain('Catheter dead-space delay');
    expect(hours(bridge)).toBeGreaterThan(0);
    // The preset's description: without a bridge, about a day and a half of under-dosing.
    expect(hours(none)).toBeGreaterThan(hours(bridge));
    expect(hours(none)).toBeGreaterThan(24);
  });

  it('after implant, says when drug first reached the tip', async () => {
    const text = await delayOf('catheter-dead-space');
    expect(text).toMatch(/Drug first at the catheter tip by day [1-9]/);
  });
});

describe('spine view heat map', () => {
  it('has readable axes: levels cranial to caudal on the left, time with its unit underneath', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    const [r] = (await mountAndRun(el)) as SimResult[];
    await settle(el);
    const d = r.distribution!;
    const byPos = d.levels.slice().sort((a, b) => b.xCm - a.xCm);
    const y = [...shadow(el).querySelectorAll('.heat-y span')].map((s) => s.textContent);
    expect(y[0]).toBe(byPos[0].name);
    expect(y[y.length - 1]).toBe(byPos[byPos.length - 1].name);
    const x = [...shadow(el).querySelectorAll('.heat-x span')].map((s) => s.textContent!.trim());
    expect(x).toEqual([
      '0',
      String(r.summary.durationHours / 48),
      String(r.summary.durationHours / 24),
      'Time (days)',
    ]);
  });
});

describe('battery story calendar', () => {
  it('over years, shows only the months with events and says how many quiet months it left out', async () => {
    const el = document.createElement('itp-lifecycle');
    el.setAttribute('preset', 'battery-end-of-service');
    await mountAndRun(el);
    await settle(el);
    const cards = [...shadow(el).querySelectorAll('.calendar > li')];
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c.querySelectorAll('li').length).toBeGreaterThan(0);
    const text = shadow(el).textContent!;
    expect(text).toMatch(/\d+ months without events are not shown\./);
    expect(text).toContain('Elective replacement indicator');
  });
});

describe('<itp-lesson> with an unknown id', () => {
  it('says so and names the lessons that exist, as text', async () => {
    await import('../../src/ui/elements/lesson/lesson.define.js'); // lazy: its own chunk
    const el = document.createElement('itp-lesson');
    el.setAttribute('lesson', '<b>nope</b>');
    document.body.append(el);
    await settle(el);
    const root = shadow(el);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'There is no lesson called “<b>nope</b>”.',
    );
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('fever-and-flight');
  });
});

describe('tolerance story on the time-series view', () => {
  it('the chronic morphine patient is tolerant; choosing opioid-naive reruns and shows the sedation', async () => {
    const el = document.createElement('itp-charts');
    el.setAttribute('preset', 'morphine-cancer-pain');
    const [tolerant] = (await mountAndRun(el)) as SimResult[];
    await settle(el);
    const select = [...shadow(el).querySelectorAll<HTMLElement & { value: string }>('itp-segmented')].find(
      (s) => s.getAttribute('label')?.includes('Patient'),
    )!;
    expect(select.value).toBe('tolerant');
    const max = (r: SimResult) => Math.max(...r.distribution!.effects.sedationFraction);
    expect(max(tolerant)).toBeLessThan(0.2);
    const next = nextRun(el);
    select.value = 'naive';
    select.dispatchEvent(new Event('change'));
    const naive = await next;
    expect(max(naive)).toBeGreaterThanOrEqual(0.2);
    await settle(el);
    const items = [...shadow(el).querySelectorAll('.events li')].map((li) => li.textContent!);
    expect(items.some((t) => t.includes('Opioid sedation'))).toBe(true);
  });

  it('no tolerance control for a drug without tolerance (baclofen)', async () => {
    const el = document.createElement('itp-charts');
    el.setAttribute('preset', 'baclofen-programmable');
    await mountAndRun(el);
    await settle(el);
    expect(shadow(el).textContent).not.toContain('Opioid-naive');
  });
});
