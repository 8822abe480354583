// <itp-run-summary> in Chromium: it runs the preset on connect and shows the hand-computed figures.
import { describe, expect, it } from 'vitest';
import '../../src/ui/elements/run-summary/run-summary.define.js';

describe('<itp-run-summary>', () => {
  it('shows what the pump delivered for the default preset', async () => {
    const el = document.createElement('itp-run-summary');
    const finished = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('itp-run-finished', (e) => resolve(e as CustomEvent), { once: true }),
    );
    document.body.append(el);
    const ev = await finished;
    expect(ev.detail.result.summary.deliveredDoseUg).toBeCloseTo(36000, 6);
    await el.updateComplete;
    const text = (key: string) => el.shadowRoot!.querySelector(`[data-key="${key}"]`)!.textContent;
    expect(text('delivered')).toBe('18 mL');
    expect(text('dose')).toBe('36 mg');
    expect(text('reservoir')).toBe('2 mL');
    el.remove();
  });

  it('registering twice is not an error', async () => {
    const { defineElement } = await import('../../src/ui/base/define.js');
    const { ItpRunSummary } = await import('../../src/ui/elements/run-summary/run-summary.js');
    expect(() => defineElement('itp-run-summary', ItpRunSummary)).not.toThrow();
  });
});
