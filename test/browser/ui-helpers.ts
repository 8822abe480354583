// Shared helpers of the UI browser tests: mount an element and wait for its runs, run axe-core on it.
import axe from 'axe-core';
import type { SimResult } from '../../src/model/result.js';

/**
 * Mounts `el`, resolves after `runs` runs ended (itp-run-finished or itp-run-failed; failures give null), or
 * rejects at the timeout.
 */
export async function mountAndRun<T extends HTMLElement>(
  el: T,
  runs = 1,
  timeoutMs = 15000,
): Promise<(SimResult | null)[]> {
  const results: (SimResult | null)[] = [];
  const done = new Promise<(SimResult | null)[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${results.length}/${runs} runs ended`)), timeoutMs);
    const end = (r: SimResult | null) => {
      results.push(r);
      if (results.length >= runs) {
        clearTimeout(timer);
        resolve(results);
      }
    };
    el.addEventListener('itp-run-finished', (e) => end(e.detail.result));
    el.addEventListener('itp-run-failed', () => end(null));
  });
  document.body.append(el);
  return done;
}

export function nextRun(el: HTMLElement, timeoutMs = 15000): Promise<SimResult> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no run finished')), timeoutMs);
    el.addEventListener(
      'itp-run-finished',
      (e) => {
        clearTimeout(timer);
        resolve(e.detail.result);
      },
      { once: true },
    );
  });
}

export async function settle(
  el: HTMLElement & { updateComplete?: Promise<unknown>; libraryReady?: Promise<unknown> },
): Promise<void> {
  await el.updateComplete;
  await el.libraryReady; // <itp-chart> fetches its chart library when it first connects
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

/** axe-core violations (WCAG 2.x A/AA + best practice) inside `el`, as readable strings. */
export async function axeViolations(el: Element): Promise<string[]> {
  const res = await axe.run(el, { resultTypes: ['violations'] });
  return res.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** The <itp-slider-field> in `root` whose label contains `label`. */
export function sliderField(root: ParentNode, label: string): HTMLElement & { value: number } {
  const f = [...root.querySelectorAll<HTMLElement & { value: number }>('itp-slider-field')].find((x) =>
    x.getAttribute('label')?.includes(label),
  );
  if (!f) throw new Error(`no slider field labelled “${label}”`);
  return f;
}

/** Types `value` into a slider field's number box and commits it (Enter / leaving the box). */
export function enterValue(field: Element, value: string): void {
  const box = field.shadowRoot!.querySelector<HTMLInputElement>('input[type="number"]')!;
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  box.dispatchEvent(new Event('change'));
}
