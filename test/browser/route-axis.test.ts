// The route comparison's dose bars sit on a labelled log axis: a gridline and a label at every decade, and bar
// lengths that differ by log10 of the dose ratio in decades (bars started half a decade below the smallest
// dose, so a 300× difference looked like 6×).
import { afterEach, expect, it } from 'vitest';
import '../../src/elements.js';
import { mountAndRun, settle, shadow } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

it('draws the dose bars on a labelled log axis', async () => {
  const el = document.createElement('itp-route-compare');
  await mountAndRun(el, 1, 45000);
  await settle(el);
  const svg = shadow(el).querySelector('svg.bars')!;
  expect(svg.querySelector('.axis-title')!.textContent).toContain('log scale');
  const grid = [...svg.querySelectorAll('line.grid')].map((l) => Number(l.getAttribute('x1')));
  const ticks = [...svg.querySelectorAll('text.tick')].map((t) => t.textContent!.trim());
  expect(grid.length).toBeGreaterThanOrEqual(3);
  expect(ticks.length).toBe(grid.length);
  // Decade labels: each is 10× the one before.
  const values = ticks.map((t) => Number(t.replace(/,/g, '')));
  values.slice(1).forEach((v, i) => expect(v / values[i]).toBeCloseTo(10, 6));
  const perDecade = grid[1] - grid[0];
  const bars = [...svg.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('width')));
  const doses = [...svg.querySelectorAll('text')]
    .map((t) => t.textContent!)
    .filter((t) => t.endsWith('mg/day') && !t.includes('log'))
    .map((t) => Number(t.replace(/[^\d.]/g, '')));
  expect(bars.length).toBe(doses.length);
  for (let i = 1; i < bars.length; i++)
    expect((bars[i] - bars[0]) / perDecade).toBeCloseTo(Math.log10(doses[i] / doses[0]), 1);
}, 60000);
