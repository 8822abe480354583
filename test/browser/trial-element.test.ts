// <itp-trial> in Chromium on the real worker pool and engines: a cohort with its statistics, the drill-down
// from a histogram bar to one patient by keyboard, cancel, the bolus-vs-continuous comparison, and axe.
import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import '../../src/ui/elements/trial/trial.define.js';
import type { ItpTrial } from '../../src/ui/elements/trial/trial.js';
import type { CohortResult } from '../../src/model/trials/cohort.js';

const mount = (attrs: Record<string, string>): ItpTrial => {
  const el = document.createElement('itp-trial');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
};
const $ = (el: ItpTrial, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

async function axeViolations(el: Element) {
  const r = await axe.run(el, { resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<itp-trial>', () => {
  afterEach(() => document.querySelectorAll('itp-trial').forEach((e) => e.remove()));

  it('the cohort size is a slider field: a typed 20000 runs 10,000 patients, and the field says so', async () => {
    const el = mount({ preset: 'baclofen-bolus-spinal', cohort: '64' });
    await el.updateComplete;
    const field = $(el, 'itp-slider-field[name="cohort"]') as HTMLElement & { value: number };
    expect(field.value).toBe(64);
    const box = field.shadowRoot!.querySelector<HTMLInputElement>('input[type="number"]')!;
    box.value = '20000';
    box.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.cohort).toBe(10000);
    await (field as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(field.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe(
      'Allowed from 1 patient to 10,000 patients: 20,000 patients was changed to 10,000 patients.',
    );
  });

  it('runs a cohort in workers, shows our rate beside the published one, and fires itp-trial-result', async () => {
    const el = mount({ preset: 'baclofen-bolus-spinal', cohort: '64', seed: '3' });
    const got = new Promise<CohortResult>((resolve) =>
      el.addEventListener('itp-trial-result', (e) => resolve((e as CustomEvent).detail.result), {
        once: true,
      }),
    );
    await el.updateComplete;
    $(el, 'button[type="submit"]')!.click();
    const result = await got;
    expect(result.summary.n).toBe(64);
    expect(result.rows.map((r) => r.id)).toEqual(Array.from({ length: 64 }, (_, i) => i));
    await el.updateComplete;
    expect($(el, '[data-key="ours"]')!.textContent).toContain(`of 64`);
    expect($(el, '[data-key="published"]')!.textContent).toContain('97.0 %');
    expect(el.shadowRoot!.querySelectorAll('rect.bar').length).toBe(20);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('drills down from a histogram bar to a patient with the keyboard', async () => {
    const el = mount({ preset: 'morphine-bolus', cohort: '40', seed: '5' });
    await el.updateComplete;
    const result = (await el.runCohort())!;
    await el.updateComplete;
    const bin = result.summary.improvement.histogram.counts.findIndex((c) => c > 0);
    const bar = el.shadowRoot!.querySelectorAll<SVGRectElement>('rect.bar')[bin];
    bar.focus();
    bar.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await expect.poll(() => $(el, '#patient-heading')?.textContent ?? '', { timeout: 10000 }).toContain('#');
    const id = result.summary.improvement.histogram.members[bin][0];
    expect($(el, '#patient-heading')!.textContent).toContain(`#${id}`);
    const row = result.rows[id];
    expect($(el, '[data-key="decision"]')!.textContent).toContain(row.implant ? 'Implant' : 'No implant');
    expect(el.shadowRoot!.activeElement?.id).toBe('patient-heading');
    expect(el.shadowRoot!.querySelectorAll('table[part="assessments"] tbody tr').length).toBeGreaterThan(0);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('cancels a long cohort and compares bolus with continuous on the same patients', async () => {
    const el = mount({ preset: 'baclofen-bolus-cerebral', cohort: '5000', seed: '1' });
    await el.updateComplete;
    const run = el.runCohort();
    await expect.poll(() => $(el, '[role="status"]')!.textContent, { timeout: 10000 }).toContain('Running');
    el.cancel();
    expect(await run).toBeNull();
    await el.updateComplete;
    expect($(el, '[role="status"]')!.textContent).toContain('Cancelled');

    el.cohort = 30;
    await el.compare();
    await el.updateComplete;
    const rows = el.shadowRoot!.querySelectorAll('table[part="comparison"] tbody tr');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('bolus');
    expect(rows[1].textContent).toContain('Continuous');
  });
});
