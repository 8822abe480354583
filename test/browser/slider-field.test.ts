// <itp-slider-field>: a slider paired with a number box (unit, range, step), typed values clamped with a message in
// plain words, labelled for screen readers; and the comparison's controls, which are now such fields (before, bare
// number boxes: a typed 50 °C went to the model and failed the run).
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import '../../src/ui/elements/slider-field/slider-field.define.js';
import type { ItpSliderField } from '../../src/ui/elements/slider-field/slider-field.js';
import {
  axeViolations,
  enterValue,
  mountAndRun,
  nextRun,
  settle,
  shadow,
  sliderField,
} from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

async function field(): Promise<ItpSliderField> {
  const f = document.createElement('itp-slider-field');
  Object.assign(f, { label: 'Body temperature', unit: '°C', min: 34, max: 42, step: 0.5, value: 37 });
  document.body.append(f);
  await f.updateComplete;
  return f;
}
const parts = (f: ItpSliderField) => ({
  slider: f.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!,
  box: f.shadowRoot!.querySelector<HTMLInputElement>('input[type="number"]')!,
  message: () => f.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim(),
});

describe('<itp-slider-field>', () => {
  it('a typed value moves the slider and says `change` once', async () => {
    const f = await field();
    let changes = 0;
    f.addEventListener('change', () => changes++);
    enterValue(f, '38.5');
    await f.updateComplete;
    expect(f.value).toBe(38.5);
    expect(parts(f).slider.value).toBe('38.5');
    expect(parts(f).slider.getAttribute('aria-valuetext')).toBe('38.5 °C');
    expect(changes).toBe(1);
    expect(parts(f).message()).toBe('');
  });

  it('a value out of range is set to the nearest end, and the message names the range and the unit', async () => {
    const f = await field();
    enterValue(f, '50');
    await f.updateComplete;
    expect(f.value).toBe(42);
    expect(parts(f).box.value).toBe('42');
    expect(parts(f).message()).toBe('Allowed from 34 °C to 42 °C: 50 °C was changed to 42 °C.');
    expect(parts(f).box.getAttribute('aria-invalid')).toBe('true');
    // The message is read with the box.
    const described = parts(f).box.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => f.shadowRoot!.getElementById(id)?.textContent?.trim())).toContain(
      parts(f).message(),
    );
    enterValue(f, '');
    await f.updateComplete;
    expect(f.value).toBe(42);
    expect(parts(f).message()).toBe('Enter a number from 34 °C to 42 °C.');
  });

  it('the slider moves the number box and says `input` while it moves', async () => {
    const f = await field();
    const seen: number[] = [];
    f.addEventListener('input', () => seen.push(f.value));
    const { slider } = parts(f);
    slider.focus();
    slider.value = '39';
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await f.updateComplete;
    expect(seen).toEqual([39]); // once: the inner input's own event does not leak out as a second one
    expect(parts(f).box.value).toBe('39');
  });

  it('both parts are labelled; axe finds nothing', async () => {
    const f = await field();
    const { slider, box } = parts(f);
    const label = f.shadowRoot!.getElementById(slider.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).toBe('Body temperature');
    expect(box.getAttribute('aria-label')).toBe('Body temperature (°C), exact value');
    expect(await axeViolations(f)).toEqual([]);
  });
});

describe('<itp-pump-compare> rate field', () => {
  it('a rate typed in the number box is what both runs use', async () => {
    const el = document.createElement('itp-pump-compare');
    el.paused = true;
    await mountAndRun(el, 2);
    await settle(el);
    const rate = sliderField(shadow(el), 'Rate of the programmable pump');
    expect(rate.value).toBeCloseTo(0.2, 6);
    const rerun = nextRun(el);
    enterValue(rate, '0.3');
    await rerun;
    const prog = el.scenarios().prog as { program: { rateMlPerDay: number } };
    expect(prog.program.rateMlPerDay).toBeCloseTo(0.3, 6);
    expect(await axeViolations(el)).toEqual([]);
  }, 30000);
});
