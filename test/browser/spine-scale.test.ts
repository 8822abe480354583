// The spine view compares tip positions honestly: its colour scale stays fixed between the learner's runs (it
// was refitted to every run, so every tip position looked alike), it offers linear or log colours, the previous
// run stays as a dashed ghost profile, the profile has an axis, and the drug, dose and tip are said in words.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import { mountAndRun, nextRun, settle, shadow } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

const legend = (el: Element) =>
  shadow(el).querySelector('[part="legend"]')!.textContent!.replace(/\s+/g, ' ');

async function moveTipUp(el: HTMLElement, steps: number) {
  const tip = shadow(el).querySelector<SVGGElement>('.catheter-tip')!;
  tip.focus();
  const rerun = nextRun(el, 30000);
  for (let i = 0; i < steps; i++)
    tip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
  const r = await rerun;
  await settle(el);
  return r;
}

describe('<itp-spine> scale, ghost and words', () => {
  it('keeps the colour scale of the first run when the tip moves, and draws the previous run as a ghost', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    const [first] = await mountAndRun(el, 1, 30000);
    await settle(el);
    const before = legend(el);
    expect(shadow(el).querySelector('[data-key="what-runs"]')!.textContent).toBe(
      'Baclofen: 2,000 µg/mL at 0.2 mL/day (400 µg/day), catheter tip at T11.',
    );
    expect(shadow(el).querySelector('polyline.ghost')).toBeNull();

    const second = await moveTipUp(el, 5);
    // The runs differ (the peak moved with the tip), the colours do not.
    expect(Math.max(...second.distribution!.csfNgPerMl)).not.toBeCloseTo(
      Math.max(...first!.distribution!.csfNgPerMl),
      3,
    );
    expect(legend(el)).toBe(before);
    expect(shadow(el).querySelector('[data-key="ghost"]')!.textContent).toBe(
      'dashed: the previous run (tip at T11)',
    );
    expect(shadow(el).querySelector('polyline.ghost')).not.toBeNull();
    expect(shadow(el).querySelector('[data-key="what-runs"]')!.textContent).toContain('catheter tip at T6.');

    // "Fit the colours to this run" takes the new run's peak.
    [...shadow(el).querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Fit the colours'))!
      .click();
    await settle(el);
    expect(legend(el)).not.toBe(before);
  }, 60000);

  it('offers linear colours; the profile has an axis that says its scale', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    await mountAndRun(el, 1, 30000);
    await settle(el);
    const axis = () => shadow(el).querySelector('.profile-axis')!.textContent!.replace(/\s+/g, ' ');
    expect(axis()).toContain('CSF now (ng/mL, log scale)');
    const scale = shadow(el).querySelector('.scale-choice itp-segmented')!;
    const linear = [...scale.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')].find(
      (b) => b.textContent!.trim() === 'Linear',
    )!;
    linear.click();
    await settle(el);
    expect(legend(el)).toContain('(ng/mL, linear scale)');
    expect(axis()).toContain('CSF now (ng/mL, linear scale)');
    expect(axis()).toMatch(/^\s*CSF now \(ng\/mL, linear scale\) 0 /);
  }, 60000);
});
