// Lazy elements (src/elements-lazy.ts): <itp-trial> and <itp-lesson> are not part of the eager bundle; each is
// fetched when a host page writes one into its DOM (and the trial when the lesson shows its trial story).
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import { settle, shadow } from './ui-helpers.js';

afterEach(() => document.body.replaceChildren());

const defined = (tag = 'itp-trial', timeoutMs = 15000) =>
  Promise.race([
    customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${tag} never defined`)), timeoutMs)),
  ]);

describe('lazy <itp-trial>', () => {
  it('is not defined by the eager entry, and is defined once a host page adds one', async () => {
    expect(customElements.get('itp-trial')).toBeUndefined();
    expect(customElements.get('itp-lesson')).toBeUndefined();
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section><itp-trial cohort="50"></itp-trial></section>';
    document.body.append(wrapper);
    await defined();
    const el = document.querySelector('itp-trial')!;
    await settle(el as HTMLElement);
    expect(
      [...shadow(el).querySelectorAll('button')].some((b) => b.textContent?.includes('Run cohort')),
    ).toBe(true);
  });

  it('the screening-trial lesson hosts a working <itp-trial>', async () => {
    const lesson = document.createElement('itp-lesson');
    lesson.setAttribute('lesson', 'screening-trial');
    lesson.setAttribute('paused', '');
    document.body.append(lesson);
    await defined('itp-lesson');
    await settle(lesson);
    // The trial is shown once the lesson's question is answered.
    shadow(lesson).querySelector<HTMLInputElement>('.predict input[type="radio"]')!.click();
    await settle(lesson);
    shadow(lesson).querySelector<HTMLButtonElement>('.predict button[type="submit"]')!.click();
    await defined();
    await settle(lesson);
    localStorage.removeItem('itp-sim:lesson-progress');
    const trial = shadow(lesson).querySelector('itp-trial');
    expect(trial).not.toBeNull();
    expect(trial!.shadowRoot).not.toBeNull();
  });
});
