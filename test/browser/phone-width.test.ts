// At phone width (360 px) no view runs off the side: the screening-trial lesson's preset list and tables were
// 618 px and 388 px wide.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/elements.js';
import '../../src/ui/elements/trial/trial.define.js';
import { axeViolations, mountAndRun, settle } from './ui-helpers.js';

beforeAll(async () => {
  await page.viewport(360, 740);
});
afterEach(() => document.body.replaceChildren());

/** Elements (in any shadow root) whose right edge is past the viewport, as "tag.class right". */
function overflowing(): string[] {
  const out: string[] = [];
  const scan = (root: Document | ShadowRoot) => {
    for (const e of root.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > innerWidth + 1)
        out.push(`${e.tagName.toLowerCase()} ${Math.round(r.right)}`);
      if (e.shadowRoot) scan(e.shadowRoot);
    }
  };
  scan(document);
  return out;
}

/** Words of the visible text under `root` (any shadow root) that the layout broke over two lines. */
function brokenWords(root: ShadowRoot): string[] {
  const out: string[] = [];
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    for (const m of n.textContent!.matchAll(/\S+/g)) {
      const r = document.createRange();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      // One line box per word; a word split over lines has a box on each.
      const lines = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
      if (lines.size > 1) out.push(m[0]);
    }
  }
  return out;
}

describe('360 px wide', () => {
  it('the route comparison: a card per route, no word broken mid-word, no sideways scroll', async () => {
    document.body.style.margin = '8px';
    const el = document.createElement('itp-route-compare');
    await mountAndRun(el, 1, 45000);
    await settle(el);
    const root = el.shadowRoot!;
    expect(brokenWords(root)).toEqual([]);
    expect(overflowing()).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
    const cards = [...root.querySelectorAll<HTMLElement>('.cards > li')].filter((c) => c.offsetParent);
    expect(cards.map((c) => c.querySelector('h3')!.textContent)).toEqual([
      'Intrathecal',
      'Epidural',
      'Intravenous',
      'Oral',
    ]);
    expect([...cards[1].querySelectorAll('dt')].map((d) => d.textContent)).toEqual([
      'Ratio to intrathecal',
      'Daily dose for the same effect',
      'Plasma exposure',
    ]);
    expect(cards[1].querySelector('dd')!.textContent).toBe('10 : 1');
    expect(await axeViolations(el)).toEqual([]);
  }, 60000);

  it('the trial view (preset list, result tables) fits', async () => {
    document.body.style.margin = '8px';
    const el = document.createElement('itp-trial');
    el.setAttribute('cohort', '32');
    el.setAttribute('preset', 'baclofen-bolus-spinal');
    const done = new Promise((r) => el.addEventListener('itp-trial-result', r, { once: true }));
    el.setAttribute('auto-run', '');
    document.body.append(el);
    await done;
    await el.updateComplete;
    expect(innerWidth).toBe(360);
    expect(overflowing()).toEqual([]);
  }, 60000);

  for (const [tag, runs] of [
    ['itp-pump-compare', 2],
    ['itp-spine', 1],
    ['itp-charts', 1],
    ['itp-route-compare', 0],
    ['itp-programming', 1],
    ['itp-lifecycle', 1],
  ] as const)
    it(`<${tag}> fits`, async () => {
      const el = document.createElement(tag);
      el.setAttribute('paused', '');
      if (runs) await mountAndRun(el, runs, 45000);
      else document.body.append(el);
      await settle(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(overflowing()).toEqual([]);
    }, 60000);
});
