// <itp-lesson>: predict → observe → explain. Each lesson loads its own story whatever came before; the result is
// hidden until the question is answered; feedback explains right and wrong answers; next/previous; progress is
// kept in localStorage across a reload, and corrupt saved progress is kept aside, never lost; instructor mode.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements.js';
import '../../src/ui/elements/lesson/lesson.define.js';
import { nextRun, settle, shadow } from './ui-helpers.js';
import { PROGRESS_KEY } from '../../src/ui/elements/lesson/lesson-progress.js';
import type { ItpLesson } from '../../src/ui/elements/lesson/lesson.js';
import type { LessonAnsweredDetail, LessonCompletedDetail } from '../../src/ui/base/events.js';

beforeEach(() => localStorage.removeItem(PROGRESS_KEY));
afterEach(() => {
  document.body.replaceChildren();
  for (const k of Object.keys(localStorage)) if (k.startsWith(PROGRESS_KEY)) localStorage.removeItem(k);
});

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  shadow(el).querySelector<T & Element>(sel);
const buttons = (el: Element) => [...shadow(el).querySelectorAll('button')];
const button = (el: Element, text: RegExp) => buttons(el).find((b) => text.test(b.textContent ?? ''))!;

function mount(attrs: Record<string, string>): ItpLesson {
  const el = document.createElement('itp-lesson');
  el.setAttribute('paused', '');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

/** Picks choice `k` of the shown question and checks it. */
async function answer(el: ItpLesson, k: number): Promise<void> {
  await settle(el);
  shadow(el).querySelectorAll<HTMLInputElement>('.predict input[type="radio"]')[k].click();
  await settle(el);
  q<HTMLButtonElement>(el, '.predict button[type="submit"]')!.click();
  await settle(el);
}

/** Index of the first right / wrong choice of the shown step (read from the lesson's registry). */
async function choiceIndex(el: ItpLesson, right: boolean): Promise<number> {
  const { findLesson } = await import('../../src/ui/elements/lesson/lesson-registry.js');
  const step = Number(/Step (\d+) of/.exec(q(el, '.step-heading')!.textContent!)![1]) - 1;
  return findLesson(el.lesson)!.steps[step].choices.findIndex((c) => Boolean(c.correct) === right);
}

describe('<itp-lesson> switching lessons', () => {
  it('lesson 3 (fever and flying) opened after lesson 2 shows the fever story, not lesson 2’s', async () => {
    const el = mount({ lesson: 'constant-vs-programmable' });
    let run = nextRun(el);
    await answer(el, 0);
    await run;
    await settle(el);
    expect(shadow(q(el, 'itp-pump-compare')!).textContent).not.toContain('day 3: fever');
    el.setAttribute('lesson', 'fever-and-flight');
    run = nextRun(el);
    await answer(el, 0);
    await run;
    await settle(el);
    const cmp = q(el, 'itp-pump-compare')!;
    await settle(cmp);
    expect(shadow(cmp).textContent).toContain('day 3: fever (39.5 °C)');
  });
});

describe('predict → observe → explain', () => {
  it('hides the result until answered, explains a wrong and a right answer, scores the first', async () => {
    const events: LessonAnsweredDetail[] = [];
    let completed: LessonCompletedDetail | null = null;
    document.addEventListener('itp-lesson-answered', (e) => events.push(e.detail));
    document.addEventListener('itp-lesson-completed', (e) => (completed = e.detail));
    const el = mount({ lesson: 'mri' });
    await settle(el);
    expect(q(el, 'itp-lesson-pictures')).toBeNull();
    expect(shadow(el).textContent).toContain('The simulation appears once you have answered.');
    expect(button(el, /^\s*Next\s*$/).disabled).toBe(true);
    expect(q<HTMLButtonElement>(el, '.predict button[type="submit"]')!.disabled).toBe(true);

    const wrong = await choiceIndex(el, false);
    await answer(el, wrong);
    const fb = q(el, '.feedback')!;
    expect(fb.classList.contains('wrong')).toBe(true);
    expect(fb.textContent).toContain('Not quite.');
    expect(fb.textContent).toContain('The magnet holds the motor’s rotor still');
    expect(q(el, 'itp-lesson-pictures')).not.toBeNull();
    expect(shadow(el).textContent).toContain('Explain');
    // The preset's own description is shown with the story.
    expect(q(el, '.story')!.textContent).toContain('The magnet stalls the rotor during the scan');

    const right = await choiceIndex(el, true);
    await answer(el, right);
    expect(q(el, '.feedback')!.classList.contains('right')).toBe(true);
    expect(q(el, '.feedback')!.textContent).toContain('Right.');
    expect(events.map((e) => [e.step, e.correct, e.first])).toEqual([
      [0, false, true],
      [0, true, false],
    ]);

    button(el, /^\s*Next\s*$/).click();
    await settle(el);
    expect(q(el, '.step-heading')!.textContent).toContain('Step 2 of 2');
    expect(q(el, 'itp-lesson-pictures')).toBeNull();
    button(el, /^\s*Previous\s*$/).click();
    await settle(el);
    expect(q(el, '.step-heading')!.textContent).toContain('Step 1 of 2');
    expect(q(el, '.feedback')!.classList.contains('right')).toBe(true);
    button(el, /^\s*Next\s*$/).click();
    await settle(el);
    await answer(el, await choiceIndex(el, true));
    button(el, /^\s*Summary\s*$/).click();
    await settle(el);
    expect(q(el, '.summary')).not.toBeNull();
    expect(q(el, '.score')!.textContent).toBe('You predicted 1 of 2 questions right on the first try.');
    expect(completed).toEqual({ lesson: 'mri', score: 1, total: 2, scaled: 0.5 });
    // From the summary to the next lesson.
    button(el, /Next lesson: Refills, alarms and pocket fills/).click();
    await settle(el);
    expect(el.lesson).toBe('refills-alarms-pocket');
    expect(q(el, '.step-heading')!.textContent).toContain('Step 1 of 2');
  });
});

describe('focused pictures', () => {
  it('the bridge-bolus step draws its daily dose beside the same refill without a bridge', async () => {
    const el = mount({ lesson: 'dead-space', 'start-step': '2' });
    let runs = 0;
    const both = new Promise<void>((resolve) =>
      el.addEventListener('itp-run-finished', () => ++runs === 2 && resolve()),
    );
    await answer(el, 0);
    await both;
    const pics = q(el, 'itp-lesson-pictures')!;
    await settle(pics);
    const chart = shadow(pics).querySelector('itp-chart') as HTMLElement & { series: { label: string }[] };
    expect(chart.series.map((x) => x.label)).toEqual([
      'Concentration change with a bridge bolus',
      'Concentration change without a bridge bolus',
    ]);
    expect(shadow(pics).querySelectorAll('itp-chart').length).toBe(1);
    expect(shadow(pics).textContent).toContain('Catheter dead-space delay');
  });
});

describe('focused events', () => {
  it('a six-year story lists the warning and the replacement, not only the first routine refills', async () => {
    const el = mount({ lesson: 'battery' });
    const run = nextRun(el, 30000);
    await answer(el, 0);
    await run;
    const pics = q(el, 'itp-lesson-pictures')!;
    await settle(pics);
    const items = [...shadow(pics).querySelectorAll('.events li')].map((li) => li.textContent!);
    expect(items.length).toBeLessThanOrEqual(12);
    expect(items.some((t) => t.includes('Elective replacement indicator'))).toBe(true);
    expect(items.some((t) => t.includes('pump running: new battery'))).toBe(true);
  }, 40000);
});

describe('a registered lesson with its own story (the patient-case extension point)', () => {
  it('shows its title and description and runs its scenario', async () => {
    const { registerLesson, lessonList } = await import('../../src/ui/elements/lesson/lesson-registry.js');
    const { presetScenario } = await import('../../src/model/scenario/presets.js');
    const scenario = { ...presetScenario('missed-refill'), name: 'Mrs A: the refill she missed' };
    const base = structuredClone(lessonList().find((l) => l.id === 'battery')!);
    registerLesson({
      ...base,
      id: 'case-mrs-a',
      title: 'Case: Mrs A',
      steps: [
        {
          ...base.steps[0],
          observe: {
            view: 'pictures',
            pictures: ['reservoir'],
            stories: [{ id: 'mrs-a', title: 'Mrs A', description: 'Her refill is a week late.', scenario }],
          },
        },
      ],
    });
    const el = mount({ lesson: 'case-mrs-a' });
    const run = nextRun(el);
    await answer(el, 0);
    const result = await run;
    expect(result.scenarioName).toBe('Mrs A: the refill she missed');
    expect(q(el, '.story')!.textContent).toContain('Mrs A.');
    expect(q(el, '.story')!.textContent).toContain('Her refill is a week late.');
  });
});

describe('story and locked attributes', () => {
  it('story picks the step’s story; locking at run time hides the story choice and the controls', async () => {
    const el = mount({ lesson: 'mri', 'start-step': '2', story: 'mri-accumulator-gen2' });
    const run = nextRun(el);
    await answer(el, 0);
    await run;
    expect(q(el, 'itp-lesson-pictures')!.getAttribute('preset')).toBe('mri-accumulator-gen2');
    expect(q(el, '.stories')).not.toBeNull();
    el.locked = true;
    await settle(el);
    expect(q(el, '.stories')).toBeNull();
    expect(shadow(el).textContent).toContain('The teacher has fixed the settings of this lesson.');
    // The chosen story stays (locking fixes the settings, it does not reset them).
    expect(q(el, 'itp-lesson-pictures')!.getAttribute('preset')).toBe('mri-accumulator-gen2');
  });
});

describe('keyboard only', () => {
  it('choose with the arrow keys, check with Enter; focus moves to the next step’s heading', async () => {
    const el = mount({ lesson: 'battery' });
    await settle(el);
    shadow(el).querySelector<HTMLInputElement>('.predict input[type="radio"]')!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(q(el, '.predict button[type="submit"]')!.hasAttribute('disabled')).toBe(false);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(q(el, '.feedback')!.textContent).toMatch(/Right\.|Not quite\./);
    const next = q<HTMLButtonElement>(el, '.step .pager button.primary')!;
    next.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await settle(el);
    expect(shadow(el).activeElement).toBe(q(el, '.summary .step-heading'));
  });
});

describe('progress kept', () => {
  it('a lesson reopened at its summary is not reported as completed again', async () => {
    let completions = 0;
    const count = () => completions++;
    document.addEventListener('itp-lesson-completed', count);
    try {
      const el = mount({ lesson: 'battery' });
      await answer(el, 0);
      button(el, /^\s*Summary\s*$/).click();
      await settle(el);
      expect(completions).toBe(1);
      el.remove();
      const again = mount({ lesson: 'battery' });
      await settle(again);
      expect(q(again, '.summary')).not.toBeNull();
      expect(completions).toBe(1);
    } finally {
      document.removeEventListener('itp-lesson-completed', count);
    }
  });

  it('survives a reload: the step reached and the answers given', async () => {
    const el = mount({ lesson: 'dead-space' });
    await answer(el, await choiceIndex(el, false));
    button(el, /^\s*Next\s*$/).click();
    await settle(el);
    el.remove();
    const again = mount({ lesson: 'dead-space' });
    await settle(again);
    expect(q(again, '.step-heading')!.textContent).toContain('Step 2 of 2');
    button(again, /^\s*Previous\s*$/).click();
    await settle(again);
    expect(q(again, '.feedback')!.classList.contains('wrong')).toBe(true);
    expect(q(again, 'itp-lesson-pictures')).not.toBeNull();
  });

  it('corrupt saved progress is kept aside unchanged, with a note, and the lesson starts fresh', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":1,"lessons":');
    const el = mount({ lesson: 'battery' });
    await settle(el);
    expect(shadow(el).textContent).toContain('could not be read; it was kept aside unchanged');
    const aside = Object.keys(localStorage).find((k) => k.startsWith(`${PROGRESS_KEY}:unreadable:`))!;
    expect(localStorage.getItem(aside)).toBe('{"version":1,"lessons":');
    await answer(el, 0);
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
    expect(saved.lessons.battery.first[0]).toBe(0);
  });
});

describe('instructor mode', () => {
  it('notes, answers, locking, a link with chosen settings and the worksheet', async () => {
    const el = mount({ lesson: 'fever-and-flight', instructor: '' });
    await settle(el);
    const panel = q(el, '.instructor')!;
    expect(panel.textContent).toContain('Teacher notes');
    expect(panel.textContent).toContain('It rises');
    // The link: start at step 2, locked.
    const form = panel.querySelector('form')!;
    form.querySelector('select')!.value = '2';
    (form.querySelector('input[name="locked"]') as HTMLInputElement).checked = true;
    form.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    const href = panel.querySelector<HTMLAnchorElement>('.link a')!.href;
    const u = new URL(href);
    expect(u.pathname.endsWith('/lesson.html')).toBe(true);
    expect(u.searchParams.get('lesson')).toBe('fever-and-flight');
    expect(u.searchParams.get('step')).toBe('2');
    expect(u.searchParams.has('locked')).toBe(true);
    expect(u.searchParams.has('paused')).toBe(false);
    el.remove();

    // What the link opens: step 2, controls locked (the step's temperature and altitude are not offered).
    const learner = mount({ lesson: 'fever-and-flight', 'start-step': '2', locked: '' });
    await settle(learner);
    expect(q(learner, '.step-heading')!.textContent).toContain('Step 2 of 2');
    expect(q(learner, '.instructor')).toBeNull();
    const run = nextRun(learner);
    await answer(learner, 0);
    await run;
    const cmp = q(learner, 'itp-pump-compare')!;
    await settle(cmp);
    expect(cmp.getAttribute('controls')).toBe('');
    expect(shadow(cmp).textContent).not.toContain('Body temperature');
    // No empty controls box either.
    expect(shadow(cmp).querySelector('fieldset[part="controls"]')).toBeNull();
    learner.remove();

    const sheet = mount({ lesson: 'fever-and-flight', worksheet: '' });
    await settle(sheet);
    const text = shadow(sheet).textContent!;
    expect(text).toContain('Worksheet: Fever and flying');
    expect(text).toContain('What happens to the dose the gas pump delivers?');
    expect(text).not.toContain('Right.');
    expect(text).not.toContain('A warmer propellant pushes harder');
    expect(q(sheet, 'itp-pump-compare')).toBeNull();
    sheet.remove();

    // The teacher's answer sheet, printed from the panel (window.print stubbed): right boxes ticked, feedback.
    const teacher = mount({ lesson: 'fever-and-flight', instructor: '' });
    await settle(teacher);
    const print = window.print;
    let printed = '';
    window.print = () => (printed = q(teacher, '.print-only')!.textContent!);
    try {
      button(teacher, /Print the answer sheet/).click();
      await settle(teacher);
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      window.print = print;
    }
    expect(printed).toContain('Answer sheet: Fever and flying');
    expect(printed).toContain('☑ It rises');
    expect(printed).toContain('A warmer propellant pushes harder');
  });
});
