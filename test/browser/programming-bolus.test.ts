// The programming view's bolus modes: after a bolus the basal program continues unless the single-bolus mode
// ("the pump stops") is chosen, and then a plain-words warning stands next to the choice.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import type { ItpProgramming } from '../../src/ui/elements/programming/programming.js';
import { axeViolations, mountAndRun, settle, shadow } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

const bolusesOf = (el: ItpProgramming) => el.scenarioWithProgram().program?.boluses ?? [];

describe('<itp-programming> bolus modes', () => {
  it('a new bolus resumes the program; choosing "the pump stops" shows a warning and is sent as then: stop', async () => {
    const el = document.createElement('itp-programming') as ItpProgramming;
    await mountAndRun(el);
    await settle(el);
    const root = shadow(el);
    const add = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add bolus')!;
    add.click();
    await settle(el);

    const select = [...root.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Afterwards'))!
      .querySelector('select')!;
    expect(select.value).toBe('resume');
    expect(root.querySelector('.bolus-stop')).toBeNull();
    expect(bolusesOf(el)[0]?.then ?? 'resume').toBe('resume');

    select.value = 'stop';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const warning = root.querySelector<HTMLElement>('.bolus-stop')!;
    expect(warning).not.toBeNull();
    expect(warning.textContent).toContain(
      'the pump stops and gives no more drug until it is programmed again',
    );
    // Plain words: no field paths, ids or e-notation on screen.
    expect(warning.textContent).not.toMatch(/program\.|boluses|then|\de[+-]?\d/);
    const described = root.querySelector('select[aria-describedby]')!;
    expect(root.getElementById(described.getAttribute('aria-describedby')!)).toBe(warning);
    expect(bolusesOf(el)[0]?.then).toBe('stop');
    expect(await axeViolations(el)).toEqual([]);

    select.value = 'resume';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(root.querySelector('.bolus-stop')).toBeNull();
    expect(bolusesOf(el)[0]?.then).toBe('resume');
  });
});
