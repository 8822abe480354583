// Every itp- view in Chromium: it mounts, runs its default scenario and axe-core reports zero violations.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import { axeViolations, mountAndRun, settle } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

const views: [string, Record<string, string>, number][] = [
  ['itp-pump-compare', { paused: '' }, 1],
  ['itp-spine', { paused: '' }, 1],
  ['itp-charts', {}, 1],
  ['itp-programming', {}, 1],
  ['itp-lifecycle', {}, 1],
  ['itp-run-summary', {}, 1],
];

describe('views are accessible', () => {
  for (const [tag, attrs, runs] of views) {
    it(`<${tag}> runs and has no axe violations`, async () => {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      await mountAndRun(el, runs);
      await settle(el);
      expect(await axeViolations(el)).toEqual([]);
    });
  }

  it('<itp-lesson> (each lesson, question, feedback and result) has no axe violations', async () => {
    await import('../../src/ui/elements/lesson/lesson.define.js'); // lazy: its own chunk
    const { lessonList } = await import('../../src/ui/elements/lesson/lesson-registry.js');
    const el = document.createElement('itp-lesson');
    el.setAttribute('paused', '');
    el.setAttribute('instructor', '');
    document.body.append(el);
    for (const def of lessonList()) {
      el.lesson = def.id;
      await settle(el);
      expect(await axeViolations(el), `${def.id}: question`).toEqual([]);
      // Answer the first question (the first choice), so that the feedback and the story are shown.
      el.shadowRoot!.querySelector<HTMLInputElement>('.predict input[type="radio"]')!.click();
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.predict button[type="submit"]')!.click();
      await settle(el);
      await new Promise((r) => setTimeout(r, 600));
      expect(await axeViolations(el), `${def.id}: result`).toEqual([]);
    }
    localStorage.removeItem('itp-sim:lesson-progress');
  });

  it('<itp-app> has no axe violations on any view', async () => {
    const el = document.createElement('itp-app');
    await mountAndRun(el, 1);
    const { VIEWS } = await import('../../src/ui/elements/app/app.js');
    for (const v of VIEWS) {
      el.view = v;
      await settle(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(await axeViolations(el), v).toEqual([]);
    }
  });
});
