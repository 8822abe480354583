// <itp-segmented>: small exclusive choices as a radio group — one tab stop, arrow keys move the choice and wrap,
// Home/End, a click; and the views that now use it (the spine's colour scale and posture, Programming's mode;
// before, radio buttons and selects, each with its own look and keys).
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements.js';
import '../../src/ui/elements/segmented/segmented.define.js';
import type { ItpSegmented } from '../../src/ui/elements/segmented/segmented.js';
import { axeViolations, mountAndRun, nextRun, settle, shadow } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

const radios = (s: Element) => [...s.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
const checked = (s: Element) => radios(s).find((r) => r.getAttribute('aria-checked') === 'true')!;

async function choice(): Promise<ItpSegmented> {
  const s = document.createElement('itp-segmented');
  s.label = 'Posture';
  s.options = [
    { value: 'supine', label: 'Lying' },
    { value: 'upright', label: 'Upright' },
    { value: 'prone', label: 'Face down' },
  ];
  s.value = 'supine';
  document.body.append(s);
  await s.updateComplete;
  return s;
}

describe('<itp-segmented>', () => {
  it('is one radio group with one tab stop, named by its label; axe finds nothing', async () => {
    const s = await choice();
    const group = s.shadowRoot!.querySelector('[role="radiogroup"]')!;
    expect(s.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toBe('Posture');
    expect(radios(s).map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    expect(checked(s).textContent!.trim()).toBe('Lying');
    expect(await axeViolations(s)).toEqual([]);
  });

  it('the arrow keys move the choice and the focus, wrap at the ends; Home and End; each move says change', async () => {
    const s = await choice();
    const values: string[] = [];
    s.addEventListener('change', () => values.push(s.value));
    radios(s)[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    await s.updateComplete;
    expect(s.value).toBe('upright');
    expect(s.shadowRoot!.activeElement).toBe(checked(s));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}'); // prone, then wraps to supine
    await s.updateComplete;
    expect(s.value).toBe('supine');
    await userEvent.keyboard('{ArrowLeft}'); // wraps back to prone
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{End}');
    await s.updateComplete;
    expect(values).toEqual(['upright', 'prone', 'supine', 'prone', 'supine', 'prone']);
    expect(radios(s).map((r) => r.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('a click chooses; choosing the chosen one says nothing', async () => {
    const s = await choice();
    let changes = 0;
    s.addEventListener('change', () => changes++);
    radios(s)[1].click();
    radios(s)[1].click();
    await s.updateComplete;
    expect(s.value).toBe('upright');
    expect(changes).toBe(1);
  });
});

describe('views with segmented choices', () => {
  it('the spine: the arrow key on the colour scale switches to linear colours', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    await mountAndRun(el);
    await settle(el);
    const scale = shadow(el).querySelector<ItpSegmented>('.scale-choice itp-segmented')!;
    expect(scale.value).toBe('log');
    radios(scale)[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(scale.value).toBe('linear');
    expect(shadow(el).querySelector('.scale-legend')!.textContent).toContain('linear scale');
  }, 30000);

  it('the spine: the posture choice with the keyboard re-runs upright', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    await mountAndRun(el);
    await settle(el);
    const posture = shadow(el).querySelector<ItpSegmented>('.posture itp-segmented')!;
    radios(posture)[0].focus();
    const reported = new Promise<unknown>((r) =>
      el.addEventListener('itp-scenario-change', (e) => r(e.detail.scenario), { once: true }),
    );
    const rerun = nextRun(el);
    await userEvent.keyboard('{ArrowRight}');
    await rerun;
    expect(posture.value).toBe('upright');
    expect(JSON.stringify(await reported)).toContain('"upright"');
    expect(await axeViolations(el)).toEqual([]);
  }, 30000);

  it('Programming: choosing Flex steps with the keyboard shows the steps editor', async () => {
    const el = document.createElement('itp-programming');
    await mountAndRun(el);
    await settle(el);
    const mode = shadow(el).querySelector<ItpSegmented>('itp-segmented')!;
    expect(mode.value).toBe('continuous');
    radios(mode)[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(mode.value).toBe('flex');
    expect(shadow(el).textContent).toContain('Add step');
    expect(await axeViolations(el)).toEqual([]);
  }, 30000);
});

describe('<itp-theme-select> as a segmented choice', () => {
  it('shows the three themes in words; the arrow key chooses Light and the page follows', async () => {
    await import('../../src/ui/elements/theme-select/theme-select.define.js');
    localStorage.removeItem('itp-theme');
    const el = document.createElement('itp-theme-select');
    document.body.append(el);
    await settle(el);
    const choice = shadow(el).querySelector<ItpSegmented>('itp-segmented')!;
    expect(shadow(el).querySelector('select')).toBeNull();
    expect(radios(choice).map((r) => r.textContent!.trim())).toEqual(['Like the system', 'Light', 'Dark']);
    checked(choice).focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(checked(choice).textContent!.trim()).toBe('Light');
    expect(document.documentElement.style.colorScheme).toBe('light');
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.keyboard('{Home}');
    expect(document.documentElement.style.colorScheme).toBe('light dark');
  });
});
