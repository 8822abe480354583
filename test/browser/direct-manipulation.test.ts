// Direct manipulation: the catheter tip dragged along the spine and the rate handle beside the programmable pump
// both set the view's scenario (what the app shares and the address holds), re-run while they move, work with the
// keyboard, and tell a screen reader their value in plain words (before: no rate handle; the tip said "T11" and
// re-ran only when the drag ended).
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';
import { tipLevelOf } from '../../src/ui/scenario/scenario-edit.js';
import { axeViolations, mountAndRun, settle, shadow } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

/** Every scenario the element reports (itp-scenario-change), in order. */
function reports(el: HTMLElement): ScenarioInput[] {
  const out: ScenarioInput[] = [];
  el.addEventListener('itp-scenario-change', (e) => out.push(e.detail.scenario));
  return out;
}
const until = async (ok: () => boolean, ms = 15000) => {
  const t0 = performance.now();
  while (!ok()) {
    if (performance.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** A paused view, mounted after its first runs, and the scenarios it reports from now on. */
async function paused(tag: 'itp-spine' | 'itp-pump-compare', runs = 1) {
  const el = document.createElement(tag);
  el.paused = true;
  await mountAndRun(el, runs);
  await settle(el);
  return { el, seen: reports(el) };
}

describe('the catheter tip on the spine', () => {
  it('while dragged it re-runs before the drop; dropped at L3, the scenario’s tip level is L3', async () => {
    const { el, seen } = await paused('itp-spine');
    const tip = shadow(el).querySelector<SVGGElement>('g.catheter-tip')!;
    const levelText = (name: string) =>
      [...shadow(el).querySelectorAll('svg.spine text')].find((t) => t.textContent === name)!;
    const at = (name: string) => {
      const r = levelText(name).getBoundingClientRect();
      return {
        clientX: r.right + 40,
        clientY: r.top + r.height / 2,
        pointerId: 1,
        bubbles: true,
        buttons: 1,
      };
    };
    tip.dispatchEvent(new PointerEvent('pointerdown', at('T11')));
    tip.dispatchEvent(new PointerEvent('pointermove', at('L1')));
    // The pointer is still down: the run at L1 is already reported (before, nothing ran until the drop).
    await until(() => seen.length > 0);
    expect(tipLevelOf(seen[0])).toBe('L1');
    tip.dispatchEvent(new PointerEvent('pointermove', at('L3')));
    tip.dispatchEvent(new PointerEvent('pointerup', at('L3')));
    await until(() => tipLevelOf(seen[seen.length - 1]) === 'L3');
    await settle(el);
    expect(tip.getAttribute('aria-valuetext')).toBe('L3: lumbar vertebra 3');
  }, 30000);

  it('dragged with the mouse to L3, the scenario’s tip level is L3', async () => {
    const { el, seen } = await paused('itp-spine');
    const tip = shadow(el).querySelector<SVGGElement>('g.catheter-tip')!;
    const target = [...shadow(el).querySelectorAll('svg.spine text')].find((t) => t.textContent === 'L3')!;
    await userEvent.dragAndDrop(tip, target);
    await until(() => seen.length > 0 && tipLevelOf(seen[seen.length - 1]) === 'L3');
  }, 30000);

  it('the arrow keys move it a level and say the level in words', async () => {
    const { el, seen } = await paused('itp-spine');
    const tip = shadow(el).querySelector<SVGGElement>('g.catheter-tip')!;
    expect(tip.getAttribute('aria-valuetext')).toBe('T11: thoracic vertebra 11');
    tip.focus();
    await userEvent.keyboard('{ArrowUp}');
    await until(() => seen.length > 0);
    expect(tipLevelOf(seen[0])).toBe('T10');
    await settle(el);
    expect(tip.getAttribute('aria-valuetext')).toBe('T10: thoracic vertebra 10');
  }, 30000);
});

describe('the rate handle beside the programmable pump', () => {
  const rateOf = (s: ScenarioInput) => (s.program as { rateMlPerDay: number }).rateMlPerDay;

  it('the arrow keys change the rate both pumps run, and it says the dose in words', async () => {
    const { el, seen } = await paused('itp-pump-compare', 2);
    const handle = shadow(el).querySelector('itp-rate-handle')!;
    const knob = handle.shadowRoot!.querySelector<SVGGElement>('[role="slider"]')!;
    expect(knob.getAttribute('aria-valuenow')).toBe('0.2');
    expect(knob.getAttribute('aria-valuetext')).toBe('0.2 mL/day, that is 400 µg/day at the tip');
    knob.focus();
    await userEvent.keyboard('{ArrowUp}');
    await until(() => seen.length > 0);
    expect(rateOf(seen[0])).toBeCloseTo(0.21, 6);
    await settle(el);
    // The slider field shows the same state.
    const field = [...shadow(el).querySelectorAll<HTMLElement & { value: number }>('itp-slider-field')].find(
      (f) => f.getAttribute('label')?.includes('Rate'),
    )!;
    expect(field.value).toBeCloseTo(0.21, 6);
    await (handle as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(knob.getAttribute('aria-valuetext')).toBe('0.21 mL/day, that is 420 µg/day at the tip');
    expect(await axeViolations(el)).toEqual([]);
  }, 30000);

  it('dragged to the top, it sets the top of its span and re-runs', async () => {
    const { el, seen } = await paused('itp-pump-compare', 2);
    const handle = shadow(el).querySelector('itp-rate-handle')!;
    const knob = handle.shadowRoot!.querySelector('[role="slider"]')!;
    const top = handle.shadowRoot!.querySelector('.value')!;
    await userEvent.dragAndDrop(knob, top);
    await until(() => seen.length > 0 && rateOf(seen[seen.length - 1]) === 1);
    expect(knob.getAttribute('aria-valuemax')).toBe('1');
  }, 30000);
});

describe('the rate handle on a 360 px phone', () => {
  it('goes under the drawing, so the drawing keeps its width and nothing overlaps or runs off', async () => {
    const box = Object.assign(document.createElement('div'), { style: 'width: 360px' });
    document.body.append(box);
    const { el } = await paused('itp-pump-compare', 2);
    box.append(el); // into the phone-wide box, its runs done
    await settle(el);
    const side = shadow(el).querySelector('.side')!.getBoundingClientRect();
    const drawing = shadow(el).querySelector('.side svg.schematic')!.getBoundingClientRect();
    const handle = shadow(el).querySelector('itp-rate-handle')!.getBoundingClientRect();
    expect(drawing.width).toBeGreaterThan(250);
    expect(handle.top).toBeGreaterThanOrEqual(drawing.bottom - 1); // under it, not squeezing it
    expect(handle.left).toBeGreaterThanOrEqual(side.left);
    expect(handle.right).toBeLessThanOrEqual(side.right);
    expect(el.scrollWidth).toBeLessThanOrEqual(360);
  }, 30000);
});
