// <itp-troubleshoot> in Chromium: loaded lazily when it appears, runs a complication story, the checks are
// buttons reachable by keyboard, each reveals its finding computed from the run, and axe finds nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/elements.js';
import { axeViolations, nextRun, settle, shadow } from './ui-helpers.js';
import { TS } from '../../src/ui/elements/troubleshoot/troubleshoot-strings.js';

afterEach(() => document.body.replaceChildren());

async function mountLazy(preset: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = `<itp-troubleshoot preset="${preset}"></itp-troubleshoot>`;
  document.body.append(host);
  await Promise.race([
    customElements.whenDefined('itp-troubleshoot'),
    new Promise((_, reject) => setTimeout(() => reject(new Error('never defined')), 10000)),
  ]);
  const el = host.querySelector('itp-troubleshoot')!;
  await nextRun(el);
  await settle(el as HTMLElement & { updateComplete: Promise<unknown> });
  return el as HTMLElement;
}

describe('<itp-troubleshoot>', () => {
  it('the kinked catheter: the checks reveal the surplus and the slow aspiration, by keyboard; axe is clean', async () => {
    const el = await mountLazy('catheter-kink');
    const root = shadow(el);
    expect(root.textContent).toContain(TS.noneYet);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part="checks"] button')];
    expect(buttons.map((b) => b.textContent!.trim())).toEqual(Object.values(TS.checks));
    buttons[0].focus();
    await userEvent.keyboard('{Enter}');
    await settle(el as HTMLElement & { updateComplete: Promise<unknown> });
    expect(buttons[0].getAttribute('aria-pressed')).toBe('true');
    const findings = () => root.querySelector('[part="findings"]')!.textContent!;
    expect(findings()).toMatch(/mL more/);
    expect(findings()).toContain(TS.reservoir.surplus);
    buttons[1].focus();
    await userEvent.keyboard(' ');
    await settle(el as HTMLElement & { updateComplete: Promise<unknown> });
    expect(findings()).toContain(TS.aspiration.slow);
    expect(root.querySelector('[part="findings"]')!.getAttribute('aria-live')).toBe('polite');
    expect(await axeViolations(el)).toEqual([]);
  });
});
