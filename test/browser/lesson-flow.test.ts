// <itp-lesson>: each lesson loads its own story whatever lesson came before.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import { nextRun, settle, shadow } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

const compareIn = (lesson: Element) => shadow(lesson).querySelector('itp-pump-compare')!;

describe('<itp-lesson> switching lessons', () => {
  it('lesson 3 (fever and flying) opened after lesson 2 shows the fever story, not lesson 2’s', async () => {
    const el = document.createElement('itp-lesson');
    el.setAttribute('paused', '');
    el.setAttribute('lesson', 'constant-vs-programmable');
    document.body.append(el);
    await settle(el);
    await nextRun(el);
    await settle(el);
    expect(shadow(compareIn(el)).textContent).not.toContain('day 3: fever');
    el.setAttribute('lesson', 'fever-and-flight');
    await settle(el);
    await nextRun(el);
    await settle(el);
    const cmp = compareIn(el);
    await settle(cmp);
    expect(shadow(cmp).textContent).toContain('day 3: fever (39.5 °C)');
  });
});
