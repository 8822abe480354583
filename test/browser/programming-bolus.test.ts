// The programming view's boluses, flex steps and patient-bolus rules: small choices as segmented controls in plain
// words (the kind select showed the scenario's ids, "single"), quantities as slider fields with units, and after a
// bolus the basal program continues unless the single-bolus mode ("the pump stops") is chosen, and then a
// plain-words warning stands under the choice.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements.js';
import type { ItpProgramming } from '../../src/ui/elements/programming/programming.js';
import type { ItpSegmented } from '../../src/ui/elements/segmented/segmented.js';
import { setLang } from '../../src/ui/i18n/locale.js';
import { axeViolations, enterValue, mountAndRun, settle, shadow, sliderField } from './ui-helpers.js';

afterEach(async () => {
  document.body.replaceChildren();
  await setLang('en');
});

const bolusesOf = (el: ItpProgramming) => el.scenarioWithProgram().program?.boluses ?? [];
const radios = (s: Element) => [...s.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
const button = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
/** The segmented control whose label is `label`. */
const segmented = (root: ShadowRoot, label: string) =>
  [...root.querySelectorAll<ItpSegmented>('itp-segmented')].find((s) => s.label === label)!;

/** Every choice a learner reads in the view: options, segments and buttons. */
const choiceTexts = (root: ShadowRoot) => [
  ...[...root.querySelectorAll('option, button')].map((o) => o.textContent!.trim()),
  ...[...root.querySelectorAll('itp-segmented')].flatMap((s) => radios(s).map((r) => r.textContent!.trim())),
];

async function withOneBolus(add = 'Add bolus'): Promise<ItpProgramming> {
  const el = document.createElement('itp-programming') as ItpProgramming;
  await mountAndRun(el);
  await settle(el);
  button(shadow(el), add).click();
  await settle(el);
  return el;
}

describe('<itp-programming> bolus modes', () => {
  it('the bolus kind is a segmented choice in plain words, and the keyboard changes the scenario', async () => {
    const el = await withOneBolus();
    const root = shadow(el);
    expect(root.querySelector('select')).toBeNull();
    const raw = ['single', 'priming', 'bridge', 'resume', 'stop'];
    expect(choiceTexts(root).filter((t) => raw.includes(t))).toEqual([]);
    const kind = segmented(root, 'Kind');
    expect(radios(kind).map((r) => r.textContent!.trim())).toEqual(['Single dose', 'Priming', 'Bridge']);
    expect(kind.value).toBe('single');
    expect(bolusesOf(el)[0].kind).toBe('single');

    radios(kind)[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(bolusesOf(el)[0].kind).toBe('priming');
    expect(root.textContent).toContain('Fills an empty catheter');
    await userEvent.keyboard('{End}');
    await settle(el);
    expect(bolusesOf(el)[0].kind).toBe('bridge');
    expect(await axeViolations(el)).toEqual([]);
  }, 30000);

  it('"the pump stops" shows a warning in a live region and is sent as then: stop', async () => {
    const el = await withOneBolus();
    const root = shadow(el);
    const then = segmented(root, 'Afterwards');
    expect(then.value).toBe('resume');
    expect(root.querySelector('.bolus-stop')).toBeNull();
    expect(bolusesOf(el)[0]?.then ?? 'resume').toBe('resume');

    radios(then)[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    const warning = root.querySelector<HTMLElement>('.bolus-stop')!;
    expect(warning).not.toBeNull();
    expect(warning.textContent).toContain(
      'the pump stops and gives no more drug until it is programmed again',
    );
    // Plain words: no field paths, ids or e-notation on screen.
    expect(warning.textContent).not.toMatch(/program\.|boluses|then|\de[+-]?\d/);
    expect(warning.closest('[aria-live="polite"]')).not.toBeNull();
    expect(bolusesOf(el)[0]?.then).toBe('stop');
    expect(await axeViolations(el)).toEqual([]);

    radios(then)[0].click();
    await settle(el);
    expect(root.querySelector('.bolus-stop')).toBeNull();
    expect(bolusesOf(el)[0]?.then).toBe('resume');
  }, 30000);

  it('bolus time and volume are slider fields with units; a priming bolus without a volume says so', async () => {
    const el = await withOneBolus();
    const root = shadow(el);
    const volume = sliderField(root, 'Volume');
    expect(volume.getAttribute('unit')).toBe('µL');
    enterValue(volume, '40');
    await settle(el);
    expect(bolusesOf(el)[0].volumeUl).toBe(40);
    const at = sliderField(root, 'Given, hours from the start');
    expect(at.getAttribute('unit')).toBe('h');
    // The default program's run is 90 days: a bolus can be put anywhere in it.
    expect(Number(at.getAttribute('max'))).toBeGreaterThanOrEqual(24 * 30);
    enterValue(at, '36');
    await settle(el);
    expect(bolusesOf(el)[0].atHours).toBe(36);
  }, 30000);

  it('a priming bolus without its own volume says it gives what the catheter holds; a volume can be chosen', async () => {
    const el = document.createElement('itp-programming') as ItpProgramming;
    el.setAttribute('preset', 'priming-bolus-mixing');
    await mountAndRun(el);
    await settle(el);
    const root = shadow(el);
    expect(segmented(root, 'Kind').value).toBe('priming');
    expect(root.textContent).toContain('Volume: what the catheter holds');
    expect(bolusesOf(el)[0].volumeUl).toBeUndefined();
    button(root, 'Choose a volume').click();
    await settle(el);
    expect(sliderField(root, 'Volume').value).toBe(25);
    expect(bolusesOf(el)[0].volumeUl).toBe(25);
  }, 30000);
});

describe('<itp-programming> flex steps and patient bolus', () => {
  it('a step start the slider allows but the model refuses (at the period) shows the model message under it', async () => {
    const el = document.createElement('itp-programming') as ItpProgramming;
    await mountAndRun(el);
    await settle(el);
    const root = shadow(el);
    radios(segmented(root, 'Basal delivery'))[1].click();
    await settle(el);
    const fields = [...root.querySelectorAll<HTMLElement & { value: number }>('itp-slider-field')].filter(
      (f) => f.getAttribute('label') === 'Starts, hours into the period',
    );
    expect(fields.length).toBe(2);
    // The default second step is 1.5 × 0.2 mL/day, shown as 0.3 (not 0.30000000000000004).
    const rates = [...root.querySelectorAll<HTMLElement & { value: number }>('itp-slider-field')].filter(
      (f) => f.getAttribute('label') === 'Rate',
    );
    expect(rates.map((f) => f.value)).toEqual([0.2, 0.3]);
    expect(fields[1].getAttribute('unit')).toBe('h');
    expect(fields[1].getAttribute('max')).toBe('24');
    expect(root.querySelector('input[type="number"]')).toBeNull();
    enterValue(fields[1], '24');
    await settle(el);
    const failed = new Promise<CustomEvent>((res) =>
      el.addEventListener('itp-run-failed', (e) => res(e as CustomEvent), { once: true }),
    );
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await failed;
    await settle(el);
    const field = root.querySelector('[data-path="program.flex.steps.1.startHours"]')!;
    expect(field.querySelector('.field-error')!.textContent).toContain('must be less than the period (24 h)');
    expect(await axeViolations(el)).toEqual([]);
  }, 30000);

  it('the patient bolus rules are slider fields with units, the dose on a span from the drug’s limit', async () => {
    const el = document.createElement('itp-programming') as ItpProgramming;
    await mountAndRun(el);
    await settle(el);
    const root = shadow(el);
    const ptm = [...root.querySelectorAll('fieldset')].find((f) => f.textContent!.includes('PTM'))!;
    expect(ptm.textContent).toContain('The patient may give boluses');
    ptm.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle(el);
    const dose = sliderField(root, 'Dose per bolus');
    expect(dose.getAttribute('unit')).toBe('µg');
    // Baclofen (the default program's drug): a single dose above 100 µg is warned about; the span goes to 200.
    expect(dose.getAttribute('max')).toBe('200');
    const most = sliderField(root, 'Most boluses in a day');
    expect([most.getAttribute('unit'), most.getAttribute('unit-one'), most.getAttribute('max')]).toEqual([
      'boluses',
      'bolus',
      '48',
    ]);
    expect(sliderField(root, 'Lockout').getAttribute('unit')).toBe('h');
    enterValue(dose, '80');
    await settle(el);
    expect(el.scenarioWithProgram().program?.patientBolus?.doseUg).toBe(80);
  }, 30000);
});

describe('<itp-programming> in Spanish', () => {
  it('the bolus choices, the rules and the chart unit are in Spanish', async () => {
    await setLang('es');
    const el = await withOneBolus('Añadir bolo');
    const root = shadow(el);
    expect(radios(segmented(root, 'Tipo')).map((r) => r.textContent!.trim())).toEqual([
      'Dosis única',
      'Cebado',
      'Puente',
    ]);
    expect(radios(segmented(root, 'Después')).map((r) => r.textContent!.trim())).toEqual([
      'El programa continúa',
      'La bomba se detiene (bolo único)',
    ]);
    expect(root.querySelector('itp-chart')!.getAttribute('unit')).toBe('µL por intervalo');
    expect(root.textContent).toContain('El paciente puede darse bolos');
  }, 30000);
});
