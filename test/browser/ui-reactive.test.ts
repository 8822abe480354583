// Every documented attribute acts when it changes after the first load, not only at first load: a lesson that
// swaps the comparison's constant-rate story, a page that toggles `paused` or moves `start-time`, a host that
// gives <itp-run-summary> another preset.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import { mountAndRun, nextRun, settle, shadow } from './ui-helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** Waits until `ok()` holds (checked every 20 ms), or fails with `what` after `timeoutMs`. */
async function until(ok: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const t0 = performance.now();
  while (!ok()) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const timeShown = (el: Element) => shadow(el).querySelector('.time-controls output')!.textContent!.trim();
const playing = (el: Element) =>
  shadow(el).querySelector<HTMLButtonElement>('.time-controls button')!.getAttribute('aria-pressed') ===
  'true';

/** `paused` set to false plays, back to true pauses (the Play button says which). */
async function pausedFollows(el: HTMLElement & { paused: boolean; updateComplete: Promise<unknown> }) {
  expect(playing(el)).toBe(false);
  el.removeAttribute('paused');
  el.paused = false;
  await settle(el);
  expect(playing(el)).toBe(true);
  el.setAttribute('paused', '');
  await settle(el);
  expect(playing(el)).toBe(false);
}

describe('<itp-pump-compare> attributes after the first load', () => {
  it('a new constant-preset loads the new story (lesson 2 → lesson 3)', async () => {
    const el = document.createElement('itp-pump-compare');
    el.paused = true;
    el.setAttribute('constant-preset', 'baclofen-constant-rate');
    await mountAndRun(el, 2);
    await settle(el);
    expect(el.scenarios().gas!.environment?.timeline ?? []).toHaveLength(0);

    el.setAttribute('constant-preset', 'gas-pump-fever-flight');
    await nextRun(el);
    await settle(el);
    const gas = el.scenarios().gas!;
    expect(gas.name).toBe('Gas pump: fever and flight');
    // One patient: the programmable pump lives through the same fever and flight.
    expect(el.scenarios().prog.environment?.timeline).toHaveLength(4);
    expect(shadow(el).querySelector('[data-key="timeline"]')!.textContent).toContain('fever');
  });

  it('the episode and MRI controls start again from the new story', async () => {
    const el = document.createElement('itp-pump-compare');
    el.paused = true;
    await mountAndRun(el, 2);
    await settle(el);
    const mri = [...shadow(el).querySelectorAll('label')]
      .find((l) => l.textContent?.includes('MRI'))!
      .querySelector('input')!;
    mri.click();
    await nextRun(el);
    el.constantPreset = 'gas-pump-fever-flight';
    await nextRun(el);
    await settle(el);
    // The box shows what the runs use: no scan in the new story, so the box is clear.
    const box = [...shadow(el).querySelectorAll('label')]
      .find((l) => l.textContent?.includes('MRI'))!
      .querySelector('input')!;
    expect(box.checked).toBe(false);
    expect(el.scenarios().prog.events ?? []).toHaveLength(0);
  });

  it('paused and start-time act when they change after the run', async () => {
    const el = document.createElement('itp-pump-compare');
    el.paused = true;
    await mountAndRun(el, 2);
    await settle(el);
    await pausedFollows(el);
    el.setAttribute('start-time', '2');
    await settle(el);
    expect(timeShown(el)).toBe('day 2, 00:00');
  });
});

describe('<itp-spine> attributes after the first load', () => {
  it('start-time moves playback and paused stops it', async () => {
    const el = document.createElement('itp-spine');
    el.paused = true;
    await mountAndRun(el);
    await settle(el);
    el.startTime = 1;
    await settle(el);
    expect(timeShown(el)).toBe('day 1, 00:00');
    await pausedFollows(el);
  });
});

describe('<itp-lesson> switching stories', () => {
  /** Answers the step shown (first choice) unless it was answered: the lesson shows its story only then. */
  async function answerStep(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
    await settle(el);
    if (shadow(el).querySelector('.observe')) return;
    shadow(el).querySelector<HTMLInputElement>('form.predict input[type="radio"]')!.click();
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('form.predict button[type="submit"]')!.click();
    await settle(el);
  }

  it('lesson 3 opened after lesson 2 shows the fever and flight story', async () => {
    const el = document.createElement('itp-lesson');
    el.lesson = 'constant-vs-programmable';
    el.paused = true;
    document.body.append(el);
    await customElements.whenDefined('itp-lesson'); // registered lazily (src/elements.ts)
    const first = nextRun(el, 30000);
    await answerStep(el);
    await first;
    await settle(el);
    el.lesson = 'fever-and-flight';
    await answerStep(el);
    const compare = shadow(el).querySelector('itp-pump-compare')!;
    await until(() => compare.scenarios().gas?.name === 'Gas pump: fever and flight', 'the fever story');
    expect(compare.scenarios().gas!.environment?.timeline).toHaveLength(4);
  });
});

describe('<itp-run-summary> preset after the first run', () => {
  it('runs the new preset', async () => {
    const el = document.createElement('itp-run-summary');
    el.preset = 'baclofen-programmable';
    const [first] = await mountAndRun(el);
    el.preset = 'gas-pump-fever-flight';
    const second = await nextRun(el);
    expect(first!.scenarioName).not.toBe(second.scenarioName);
    expect(second.scenarioName).toBe('Gas pump: fever and flight');
  });
});

describe('<itp-trial auto-run> preset after the first cohort', () => {
  it('runs the new preset instead of showing the old cohort (a lesson’s second story)', async () => {
    await import('../../src/ui/elements/trial/trial.define.js');
    const el = document.createElement('itp-trial');
    el.setAttribute('cohort', '16');
    el.setAttribute('preset', 'baclofen-bolus-spinal');
    el.setAttribute('auto-run', '');
    const results: string[] = [];
    el.addEventListener('itp-trial-result', (e) => results.push(e.detail.result.spec.protocol));
    document.body.append(el);
    await until(() => results.length === 1, 'the first cohort');
    el.setAttribute('preset', 'baclofen-continuous');
    await until(() => results.length === 2, 'the second cohort');
    expect(results[0]).not.toBe(results[1]);
  });
});
