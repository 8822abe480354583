// The estimate badge says "estimate" in words (Spanish: "estimación"); its tip — the source or why it is an
// estimate — is the badge's description (aria-describedby), shows on focus (keyboard, a tap), hides on Escape, and
// stays inside the window, also on a 360 px phone (before: "est.", a tip placed to the right of the badge that ran
// off the screen, and hover or focus only, with nothing linking it to the badge).
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/elements.js';
import { setLang } from '../../src/ui/i18n/locale.js';
import { mountAndRun, settle, shadow, axeViolations } from './ui-helpers.js';

afterEach(async () => {
  document.body.replaceChildren();
  await setLang('en');
  await page.viewport(1280, 800);
});

async function routes(): Promise<HTMLElement> {
  const el = document.createElement('itp-route-compare');
  await mountAndRun(el, 1, 45000);
  await settle(el);
  return el;
}
const tipOf = (badge: Element) =>
  badge.getRootNode() instanceof ShadowRoot
    ? (badge.getRootNode() as ShadowRoot).getElementById(badge.getAttribute('aria-describedby')!)!
    : null!;

describe('estimate badges', () => {
  it('on a 360 px phone the last badge’s tip opens on focus inside the window, and Escape closes it', async () => {
    await page.viewport(360, 800);
    const el = await routes();
    const badges = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.est')];
    expect(badges.length).toBeGreaterThan(0);
    const badge = badges[badges.length - 1];
    expect(badge.textContent!.trim()).toBe('estimate');
    const tip = tipOf(badge);
    expect(tip.textContent).toMatch(/^Estimate/);
    badge.focus();
    expect(tip.matches(':popover-open')).toBe(true);
    const r = tip.getBoundingClientRect();
    expect(r.width).toBeGreaterThan(50);
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.right).toBeLessThanOrEqual(360);
    expect(r.top).toBeGreaterThanOrEqual(0);
    expect(r.bottom).toBeLessThanOrEqual(800);
    await userEvent.keyboard('{Escape}');
    expect(tip.matches(':popover-open')).toBe(false);
    expect(await axeViolations(el)).toEqual([]);
  }, 60000);

  it('a badge at the bottom of the window puts its tip above it', async () => {
    await page.viewport(360, 300);
    const el = await routes();
    const badge = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.est')].pop()!;
    // Scroll so that the badge sits near the bottom edge.
    badge.scrollIntoView({ block: 'end' });
    badge.focus();
    const tip = tipOf(badge);
    const b = badge.getBoundingClientRect();
    const r = tip.getBoundingClientRect();
    expect(r.bottom).toBeLessThanOrEqual(300);
    expect(r.bottom).toBeLessThanOrEqual(b.top);
  }, 60000);

  it('follows its badge while the page scrolls, and closes when the badge leaves the window', async () => {
    await page.viewport(360, 400);
    const el = await routes();
    // A scrolling box around the view (the test page itself does not scroll), with room below it.
    const box = Object.assign(document.createElement('div'), { style: 'height: 300px; overflow: auto' });
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 3000px' });
    box.append(el, spacer);
    document.body.append(box);
    await settle(el);
    // At 360 px the route table is hidden and the cards are shown: the first badge laid out on screen.
    const badge = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.est')].find(
      (b) => b.getClientRects().length > 0,
    )!;
    badge.scrollIntoView({ block: 'center' });
    badge.focus();
    const tip = tipOf(badge);
    const offset = () => tip.getBoundingClientRect().top - badge.getBoundingClientRect().top;
    const before = { offset: offset(), badgeTop: badge.getBoundingClientRect().top };
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    box.scrollBy(0, 40);
    await frame();
    expect(badge.getBoundingClientRect().top).toBeCloseTo(before.badgeTop - 40, 0); // the page did scroll
    expect(tip.matches(':popover-open')).toBe(true);
    expect(offset()).toBeCloseTo(before.offset, 0);
    box.scrollBy(0, 2500);
    await frame();
    expect(badge.getBoundingClientRect().bottom).toBeLessThan(0);
    expect(tip.matches(':popover-open')).toBe(false);
  }, 60000);

  it('says “estimación” in Spanish', async () => {
    await setLang('es');
    const el = await routes();
    const badge = shadow(el).querySelector<HTMLButtonElement>('button.est')!;
    expect(badge.textContent!.trim()).toBe('estimación');
    expect(tipOf(badge).textContent).toMatch(/^Estimación/);
  }, 60000);
});

describe('estimate badge ids', () => {
  it('stay the same when the badge re-renders (no attribute writes per frame) and differ between badges', async () => {
    const { render } = await import('lit');
    const { est } = await import('../../src/ui/base/templates.js');
    const host = document.createElement('div');
    document.body.append(host);
    const view = (source: string) => [est(source), est('a second badge')];
    render(view('first text'), host);
    const badges = () => [...host.querySelectorAll('button.est')];
    const ids = badges().map((b) => b.getAttribute('aria-describedby'));
    expect(new Set(ids).size).toBe(2);
    for (const b of badges()) expect(b.nextElementSibling!.id).toBe(b.getAttribute('aria-describedby'));

    const writes: string[] = [];
    const watch = new MutationObserver((list) => writes.push(...list.map((m) => m.attributeName!)));
    watch.observe(host, { attributes: true, subtree: true });
    render(view('changed text'), host);
    await Promise.resolve(); // mutation records are delivered as a microtask
    watch.disconnect();
    expect(badges().map((b) => b.getAttribute('aria-describedby'))).toEqual(ids);
    expect(writes).toEqual([]);
    expect(host.querySelector('.tip')!.textContent).toBe('Estimate — changed text');
  });
});
