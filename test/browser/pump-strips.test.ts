// The comparison's scrolling strips (recent bars, recent strokes) during playback (issue 19): a frame shifts one
// group and touches only the marks that enter or leave, instead of rewriting every mark's position, and the marks
// stay inside the strip (the newest at its right edge).
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/elements/pump-compare/pump-compare.define.js';
import { mountAndRun, settle, shadow } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : resolve());
    step(n);
  });

/** Right edges of a strip's marks in its viewBox units, after the group's shift. */
function rightEdges(svg: SVGSVGElement): number[] {
  const g = svg.querySelector('g')!;
  const shift = g.transform.baseVal.consolidate()?.matrix.e ?? 0;
  return [...g.children].map((m) =>
    m instanceof SVGRectElement
      ? m.x.baseVal.value + m.width.baseVal.value + shift
      : Number(m.getAttribute('x1')) + shift,
  );
}

describe('pump comparison strips during playback', () => {
  it('a frame writes a transform and a few marks, not every mark; marks stay inside the strip', async () => {
    const el = document.createElement('itp-pump-compare');
    await mountAndRun(el, 2, 45_000);
    await settle(el);
    await frames(30); // playback from the start: let the window fill
    const root = shadow(el);
    const strips = [...root.querySelectorAll<SVGSVGElement>('svg.spark, svg.strip')];
    expect(strips.length).toBeGreaterThan(0);
    const marks = strips.reduce((n, s) => n + s.querySelector('g')!.children.length, 0);
    expect(marks).toBeGreaterThan(20);

    const writes = { mark: 0, group: 0 };
    const watch = new MutationObserver((list) => {
      for (const m of list) {
        if ((m.target as Element).localName === 'g') writes.group++;
        else if (m.attributeName === 'x' || m.attributeName === 'x1') writes.mark++;
      }
    });
    for (const s of strips) watch.observe(s, { attributes: true, subtree: true });
    await frames(20);
    watch.disconnect();
    expect(writes.group).toBeGreaterThan(0); // playback is running: the strips moved
    // Before: every mark's x on every frame (marks × frames); now only marks that enter the window.
    expect(writes.mark).toBeLessThan(marks * 2);

    for (const s of root.querySelectorAll<SVGSVGElement>('svg.spark, svg.strip')) {
      const edges = rightEdges(s);
      if (!edges.length) continue;
      expect(Math.max(...edges)).toBeLessThanOrEqual(200.5);
      expect(Math.max(...edges)).toBeGreaterThan(150); // the newest mark is near "now", the right edge
    }
  }, 60_000);
});
