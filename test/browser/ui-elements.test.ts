// Behaviour of the itp- elements in Chromium: playback, controls that re-run, keyboard-movable catheter tip,
// inline validation messages, charts with tables and PNG export, broken share links, guarded registration.
import type { ScenarioInput } from '../../src/model/scenario/schema.js';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import {
  axeViolations,
  mountAndRun,
  nextRun,
  settle,
  shadow,
  sliderField,
  enterValue,
} from './ui-helpers.js';
import type { SimResult } from '../../src/model/result.js';
import { shareHash } from '../../src/ui/scenario/scenario-source.js';
import { findPreset } from '../../src/model/scenario/presets.js';
import { ItpChart } from '../../src/ui/elements/chart/chart.js';
import type { ItpSegmented } from '../../src/ui/elements/segmented/segmented.js';
import { defineElement } from '../../src/ui/base/define.js';

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname);
});

/** Hyperbaric bupivacaine (density from the drug table, [R64]) by slow infusion from an L1 tip, as in Flack 2010. */
function hyperbaricInfusion(durationDays: number, outputIntervalMinutes: number): ScenarioInput {
  return {
    schemaVersion: 1,
    durationDays,
    outputIntervalMinutes,
    device: { kind: 'programmable' },
    drug: { name: 'bupivacaine', formulation: 'hyperbaric', concentrationUgPerMl: 7500 },
    patient: { catheterTipLevel: 'L1', csf: { dispersionFactor: 0.01 } },
    program: { mode: 'continuous', rateMlPerDay: 0.48 },
  };
}
describe('<itp-pump-compare>', () => {
  it('starts paused when asked, steps by one output interval and shows the reservoir at that time', async () => {
    const el = document.createElement('itp-pump-compare');
    el.paused = true;
    const [r] = await mountAndRun(el, 2); // both pumps' runs ended (the gas pump may not be supported yet)
    await settle(el);
    const root = shadow(el);
    const step = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Step forward')!;
    step.click();
    step.click();
    await settle(el);
    expect(root.querySelector('.time-controls output')!.textContent).toBe('day 0, 02:00');
    // Reservoir after 2 h of 0.2 mL/day from 20 mL, as the run computed it.
    const shown = root.querySelector('.side .num')!.textContent!;
    expect(shown).toBe(`${Number(r!.series.reservoirMl[1].toPrecision(3))} mL`);
  });

  it('a temperature change re-runs with a fever episode in the scenario', async () => {
    const el = document.createElement('itp-pump-compare');
    el.paused = true;
    await mountAndRun(el);
    await settle(el);
    const input = sliderField(shadow(el), 'Body temperature');
    const t0 = performance.now();
    const rerun = nextRun(el);
    enterValue(input, '39');
    await rerun;
    await settle(el);
    const ms = performance.now() - t0;
    const prog = el.scenarios().prog as { environment: { timeline: { bodyTemperatureC: number }[] } };
    expect(prog.environment.timeline[0].bodyTemperatureC).toBe(39);
    expect(ms).toBeLessThan(2000); // the < 100 ms figure is measured and reported by the e2e benchmark
  });
});

describe('<itp-spine>', () => {
  it('moves the catheter tip with the keyboard and re-runs at the new level', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    await mountAndRun(el);
    await settle(el);
    const tip = shadow(el).querySelector<SVGGElement>('.catheter-tip')!;
    expect(tip.getAttribute('aria-valuetext')).toBe('T11: thoracic vertebra 11');
    const rerun = nextRun(el);
    tip.focus();
    tip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    const r = await rerun;
    await settle(el);
    expect(shadow(el).querySelector('.catheter-tip')!.getAttribute('aria-valuetext')).toBe(
      'T10: thoracic vertebra 10',
    );
    if (!r.distribution) expect(shadow(el).textContent).toContain('not produced by this build');
  });
});

describe('<itp-spine> target', () => {
  it('marks the levels where the effect is read, apart from the tip, and says so in words', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    await mountAndRun(el);
    await settle(el);
    const root = shadow(el);
    // baclofen for spasticity of the legs: T10–L1 by default, with the tip at T11
    expect(root.querySelector('.target path')).not.toBeNull();
    expect(root.querySelector('figcaption')!.textContent).toContain('Effect read over T10 to L1');
  });
});

describe('<itp-spine> posture', () => {
  /** Centre of mass of the CSF profile at output k (default the last), cm from the caudal end (+ = cranial). */
  const centreCm = (r: SimResult, k = r.series.tHours.length - 1): number => {
    const d = r.distribution!;
    const n = d.levels.length;
    let m = 0;
    let mx = 0;
    d.levels.forEach((l, j) => {
      const c = d.csfNgPerMl[k * n + j];
      m += c;
      mx += c * l.xCm;
    });
    return mx / m;
  };

  it('re-runs with the chosen posture: a hyperbaric drug sinks towards the sacrum upright; the text says why', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    el.scenario = hyperbaricInfusion(0.25, 15);
    const [supine] = await mountAndRun(el);
    await settle(el);
    expect(shadow(el).querySelector('.posture')!.textContent).toContain('hyperbaric');
    const select = shadow(el).querySelector<ItpSegmented>('.posture itp-segmented')!;
    expect(select.value).toBe('supine');
    const rerun = nextRun(el);
    select.value = 'upright';
    select.dispatchEvent(new Event('change'));
    const upright = await rerun;
    expect(centreCm(upright)).toBeLessThan(centreCm(supine!) - 0.5);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('offers the daily cycle (keyboard select, est. badge): the centre lies between supine and upright', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    el.scenario = hyperbaricInfusion(0.5, 20); // 00:00–12:00: supine, then upright from 07:00 in the cycle
    const [supine] = await mountAndRun(el);
    await settle(el);
    const select = () => shadow(el).querySelector<ItpSegmented>('.posture itp-segmented')!;
    const choose = async (v: string) => {
      const rerun = nextRun(el);
      select().focus();
      select().value = v;
      select().dispatchEvent(new Event('change'));
      const r = await rerun;
      await settle(el);
      return r;
    };
    const badges = () => shadow(el).querySelectorAll('.posture .est').length;
    expect(badges()).toBe(1);
    const cycle = await choose('cycle');
    expect(select().value).toBe('cycle');
    const chosen = select().shadowRoot!.querySelector('[role="radio"][aria-checked="true"]')!;
    expect(chosen.textContent).toContain('upright 7:00–23:00');
    expect(badges()).toBe(2); // the cycle's hours are an estimate
    const upright = await choose('upright');
    // Averaged over the run's outputs: the near-tip profile forgets the posture within hours.
    const mean = (r: SimResult) => {
      const n = r.series.tHours.length;
      return Array.from({ length: n }, (_, k) => centreCm(r, k)).reduce((x, y) => x + y) / n;
    };
    const c = mean(cycle);
    expect(c).toBeLessThan(mean(supine!) - 0.1);
    expect(c).toBeGreaterThan(mean(upright) + 0.1);
    await choose('cycle');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says posture does not move an isobaric drug', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    await mountAndRun(el);
    await settle(el);
    expect(shadow(el).querySelector('.posture')!.textContent).toContain('isobaric');
  });
});

describe('<itp-programming>', () => {
  it('the patient bolus dose is a slider field: a typed −1 µg is set to 0 and said so', async () => {
    const el = document.createElement('itp-programming');
    await mountAndRun(el);
    await settle(el);
    const ptm = [...shadow(el).querySelectorAll('fieldset')].find((f) => f.textContent!.includes('PTM'))!;
    ptm.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle(el);
    const dose = sliderField(shadow(el), 'Dose per bolus');
    enterValue(dose, '-1');
    await settle(el);
    expect(dose.value).toBe(0);
    expect(dose.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('0 µg to 200 µg');
  });

  it('the continuous rate is a slider field: a typed 30 mL/day is set to 24 and said so', async () => {
    const el = document.createElement('itp-programming');
    await mountAndRun(el);
    await settle(el);
    const rate = sliderField(shadow(el), 'Rate');
    enterValue(rate, '30');
    await settle(el);
    expect(rate.value).toBe(24);
    expect(rate.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('0 mL/day to 24 mL/day');
    const reported = new Promise<ScenarioInput>((r) =>
      el.addEventListener('itp-scenario-change', (e) => r(e.detail.scenario), { once: true }),
    );
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(((await reported).program as { rateMlPerDay: number }).rateMlPerDay).toBe(24);
  });
});

describe('<itp-chart>', () => {
  it('offers a text summary, a data table and a PNG of the chart', async () => {
    const el = document.createElement('itp-chart') as ItpChart;
    el.heading = 'Test';
    el.unit = 'mL';
    el.tHours = Float64Array.from({ length: 500 }, (_, i) => i + 1);
    el.series = [{ label: 'Line', values: Float64Array.from({ length: 500 }, (_, i) => i / 10) }];
    document.body.append(el);
    await settle(el);
    const root = shadow(el);
    expect(root.querySelector('.summary')!.textContent).toBe(
      'Line: from 0 mL to 49.9 mL; at the end 49.9 mL.',
    );
    const details = root.querySelector('details')!;
    details.open = true;
    await new Promise((r) => details.addEventListener('toggle', r, { once: true }));
    await el.updateComplete;
    const rows = root.querySelectorAll('[part="table"] tbody tr');
    expect(rows.length).toBe(167); // every 3rd of 500 points, and the last
    expect(rows[rows.length - 1].textContent!.replace(/\s+/g, ' ').trim()).toBe('20.83 49.9'); // days (500 h > 72 h)
    expect(el.toPng()).toMatch(/^data:image\/png;base64,/);
  });
});

describe('<itp-app>', () => {
  it('a broken share link shows a message and the default view, not a blank page', async () => {
    history.replaceState(null, '', '#scenario=not-base64!');
    const el = document.createElement('itp-app');
    await mountAndRun(el);
    await settle(el);
    expect(shadow(el).querySelector('.notice')!.textContent).toContain('could not be used');
    expect(shadow(el).querySelector('itp-pump-compare')).not.toBeNull();
  });

  it('an invalid scenario in the link is reported with its field and the default runs', async () => {
    const bad = { ...findPreset('baclofen-programmable')!.scenario, durationDays: -3 };
    history.replaceState(null, '', shareHash(bad));
    const el = document.createElement('itp-app');
    await mountAndRun(el);
    await new Promise((r) => setTimeout(r, 200));
    await settle(el);
    expect(shadow(el).querySelector('.notice')!.textContent).toContain('Simulated time (days) is -3');
  });
});

describe('registration', () => {
  it('defining every tag a second time is not an error', async () => {
    // lazy: their own chunks (src/elements-lazy.ts)
    await Promise.all([
      import('../../src/ui/elements/lesson/lesson.define.js'),
      import('../../src/ui/elements/app/app.define.js'),
      import('../../src/ui/elements/programming/programming.define.js'),
      import('../../src/ui/elements/lifecycle/lifecycle.define.js'),
    ]);
    for (const tag of [
      'itp-app',
      'itp-pump-compare',
      'itp-spine',
      'itp-charts',
      'itp-programming',
      'itp-lifecycle',
      'itp-lesson',
      'itp-chart',
    ]) {
      const ctor = customElements.get(tag)!;
      expect(ctor, tag).toBeDefined();
      expect(() => defineElement(tag, ctor)).not.toThrow();
    }
  });
});
