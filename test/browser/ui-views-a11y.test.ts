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

  it('<itp-lesson> (each lesson) has no axe violations', async () => {
    const { LESSON_PLANS } = await import('../../src/ui/elements/lesson/lesson-plan.js');
    const el = document.createElement('itp-lesson');
    el.setAttribute('paused', '');
    document.body.append(el);
    for (const plan of LESSON_PLANS) {
      el.lesson = plan.id;
      await settle(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(await axeViolations(el), plan.id).toEqual([]);
    }
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
