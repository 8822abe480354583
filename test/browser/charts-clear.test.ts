// The charts view in plain numbers: scores on their whole scale ("out of 1", axis 0–1), no e-notation anywhere,
// the tip delivery of a 90-day run shown over its first 2 days (not thousands of bars in one solid block), and
// event messages in mL ("2 mL left", not "2000.0 µL").
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import { mountAndRun, settle, shadow } from './ui-helpers.js';
import type { ItpChart } from '../../src/ui/elements/chart/chart.js';

afterEach(() => document.body.replaceChildren());

/** All text of an element and the shadow roots inside it. */
function deepText(root: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent + ' ';
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe('<itp-charts> for learners', () => {
  it('puts scores on their whole scale, writes no e-notation, and reads the tip delivery over 2 days', async () => {
    const el = document.createElement('itp-charts');
    await mountAndRun(el, 1, 45000);
    await settle(el);
    const charts = [...shadow(el).querySelectorAll<ItpChart>('itp-chart')];
    await Promise.all(charts.map((c) => settle(c)));

    const sedation = charts.find((c) => c.heading === 'Sedation')!;
    expect(sedation.unit).toBe('out of 1');
    const y = (sedation as unknown as { plot: { scales: { y: { min: number; max: number } } } }).plot.scales
      .y;
    expect([y.min, y.max]).toEqual([0, 1]);
    const spasticity = charts.find((c) => c.heading.startsWith('Spasticity'))!;
    expect(spasticity.unit).toBe('out of 4');

    const tip = charts.find((c) => c.heading.startsWith('Tip delivery'))!;
    expect(tip.heading).toBe('Tip delivery, first 2 days');
    expect(tip.unit).toBe('µL per hour');
    expect(tip.tHours.length).toBe(48);

    const text = deepText(el);
    expect(text).not.toMatch(/\d(\.\d+)?e[-+]?\d/);
    expect(text).not.toMatch(/\b0–1 0–1\b|\(0–1\) \(0–1\)/);
    expect(text).toContain('Low-reservoir alarm: the pump calculates 2 mL left.');
  }, 60000);
});
