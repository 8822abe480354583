// <itp-case> and <itp-journey> in Chromium: both lazy (fetched when one appears), the journey scrubbed with the
// keyboard (the slider's read-out and aria-valuetext follow), drawn 1:1 inside a narrow host, axe-clean.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements.js';
import { buildJourney, findCase, type Journey } from '../../src/model/cases/index.js';
import type { SimEvent } from '../../src/model/result.js';
import { axeViolations, enterValue, settle, shadow, sliderField } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

const whenDefined = (tag: string, timeoutMs = 15000) =>
  Promise.race([
    customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} never defined`)), timeoutMs)),
  ]);

const ev = (tHours: number, code: string, message: string): SimEvent => ({
  tHours,
  code,
  severity: code === 'refill' ? 'info' : 'alarm',
  message,
});

/** The spinal case decided soundly, with three engine events after the implant (70 days after the first visit). */
function journey(): Journey {
  const c = findCase('spinal-spasticity')!;
  return buildJourney(
    c,
    { candidate: 'yes', timing: 'now', tip: 'T11', reservoir: '20', priming: 'prime', refill: '60' },
    { implant: true, bestImprovementPct: 33 },
    {
      events: [
        ev(60 * 24, 'refill', 'Refill: 20 mL.'),
        ev(800 * 24, 'motor-stall', 'Motor stall: delivery stopped.'),
        ev(800 * 24, 'telemetry', 'not drawn'),
      ],
    },
  );
}

describe('lazy case elements', () => {
  it('<itp-case> is fetched when a page adds one, and shows a fictional patient', async () => {
    expect(customElements.get('itp-case')).toBeUndefined();
    document.body.insertAdjacentHTML('beforeend', '<div><itp-case case="cp-child"></itp-case></div>');
    await whenDefined('itp-case');
    const el = document.querySelector('itp-case')!;
    await settle(el as HTMLElement);
    const text = shadow(el).textContent ?? '';
    expect(text).toMatch(/A child with cerebral palsy: Lea/);
    expect(text).toMatch(/fictional/);
    expect(shadow(el).querySelectorAll('fieldset[data-question]').length).toBe(3);
    // Checking before answering says so next to the button, and names no question id.
    [...shadow(el).querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Check my answers')!
      .click();
    await settle(el as HTMLElement);
    expect(shadow(el).querySelector('section[aria-labelledby="s-sel"] [role="alert"]')!.textContent).toBe(
      'Choose an answer for every question first.',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('an unknown case says which cases exist', async () => {
    document.body.insertAdjacentHTML('beforeend', '<itp-case case="nope"></itp-case>');
    await whenDefined('itp-case');
    const el = document.querySelector('itp-case')!;
    await settle(el as HTMLElement);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).toMatch(
      /no case “nope”.*cancer-pain, chronic-pain, spinal-spasticity, cp-child/,
    );
  });
});

describe('<itp-case> external system risk', () => {
  it('sends each checked answer; the risk follows the days entered (54 days: 2.3 % and 1.4 %), 400 is set to 365', async () => {
    document.body.insertAdjacentHTML('beforeend', '<itp-case case="cancer-pain"></itp-case>');
    await whenDefined('itp-case');
    const el = document.querySelector('itp-case')! as HTMLElement;
    await settle(el);
    const root = shadow(el);
    for (const [q, o] of [
      ['candidate', 'yes'],
      ['drug', 'morphine'],
      ['pump', 'programmable'],
    ]) {
      const input = root.querySelector<HTMLInputElement>(`input[name="${q}"][value="${o}"]`)!;
      input.checked = true;
      input.dispatchEvent(new Event('change'));
    }
    const button = (name: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
    const answered: unknown[] = [];
    const listening = new AbortController();
    document.addEventListener('itp-case-answer', (e) => answered.push(e.detail), {
      signal: listening.signal,
    });
    button('Check my answers').click();
    await settle(el);
    // Each checked answer is an event a host page (an LMS) can record.
    expect(answered).toEqual([
      { caseId: 'cancer-pain', question: 'candidate', answer: 'yes', best: true },
      { caseId: 'cancer-pain', question: 'drug', answer: 'morphine', best: true },
      { caseId: 'cancer-pain', question: 'pump', answer: 'programmable', best: true },
    ]);
    listening.abort();
    button('Go on to the trial').click();
    await settle(el);
    const days = sliderField(root, 'Days with an external catheter');
    const readOut = () => root.querySelector('details > [role="status"]')!.textContent!;
    expect(readOut()).toMatch(/for 3 days: about 0\.13 % .* and 0\.08 %/);
    enterValue(days, '54');
    await settle(el);
    expect(readOut()).toMatch(/for 54 days: about 2\.3 % .* and 1\.4 %/);
    // Out of range: set to 365 days, and the field says so in words.
    enterValue(days, '400');
    await settle(el);
    await (days as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(days.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe(
      'Allowed from 0 days to 365 days: 400 days was changed to 365 days.',
    );
    expect(readOut()).toMatch(/for 365 days/);
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('<itp-journey>', () => {
  async function mount(width?: string) {
    document.body.insertAdjacentHTML('beforeend', '<itp-journey></itp-journey>');
    await whenDefined('itp-journey');
    const el = document.querySelector('itp-journey') as HTMLElement & { journey: Journey | null };
    if (width) el.style.width = width;
    el.journey = journey();
    await settle(el);
    return el;
  }
  const now = (el: Element) => shadow(el).querySelector('.now')!.textContent!.replace(/\s+/g, ' ');

  it('starts at the end and scrubs by keyboard: Home, arrows, End; Next event jumps', async () => {
    const el = await mount();
    const j = el.journey!;
    const slider = shadow(el).querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(Number(slider.max)).toBe(Math.ceil(j.endDay));
    expect(now(el)).toMatch(/Outcome: how the case ends/);
    slider.focus();
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect(now(el)).toMatch(/day 0 Decision: Is Mr C\. a candidate/);
    expect(slider.getAttribute('aria-valuetext')).toMatch(/^day 0: Decision/);
    // The wrong answer (implant now, with an infected sore) is marked.
    expect(now(el)).toMatch(/not the best choice/);
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(slider.value).toBe('1');
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === 'Next event')!.click();
    await settle(el);
    expect(now(el)).toMatch(/day 42 Decision: Which trial\?|day 42 Trial/);
    slider.focus();
    await userEvent.keyboard('{End}');
    await settle(el);
    expect(now(el)).toMatch(/Outcome/);
    // The engine's motor stall is on the line (the telemetry event is not).
    const list = shadow(el).querySelector('ol.all')!.textContent!;
    expect(list).toMatch(/day 870: 2 years 2 months after the implant\. Alarm: Motor stall/);
    expect(list).not.toMatch(/not drawn/);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('in a 300 px host the time line is drawn 1:1 and stays inside it', async () => {
    const el = await mount('300px');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await settle(el);
    const svg = shadow(el).querySelector('svg[part="timeline"]')!;
    expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(300);
    expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(300);
    expect(el.scrollWidth).toBeLessThanOrEqual(300);
  });
});
