// At phone width (360 px) no view runs off the side: the screening-trial lesson's preset list and tables were
// 618 px and 388 px wide.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/elements.js';
import '../../src/ui/elements/trial/trial.define.js';
import { mountAndRun, settle } from './ui-helpers.js';

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

describe('360 px wide', () => {
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
