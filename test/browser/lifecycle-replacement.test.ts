// The battery story on <itp-lifecycle>: the calendar shows the ERI alarm and the pump replacement (explant and the
// new pump), the summary names when the pump was replaced and the replaced pump's ERI, in one time format.
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/elements.js';
import { mountAndRun, settle, shadow } from './ui-helpers.js';
import type { SimResult } from '../../src/model/result.js';
import { runTimeText } from '../../src/model/time-text.js';

afterEach(() => document.body.replaceChildren());

describe('battery story: the dead pump is replaced, not refilled', () => {
  it('calendar and summary show ERI and the replacement, with day and year', async () => {
    const el = document.createElement('itp-lifecycle');
    el.setAttribute('preset', 'battery-end-of-service');
    const [r] = (await mountAndRun(el)) as SimResult[];
    await settle(el);
    const swap = r.events.find((e) => e.code === 'replacement')!;
    const eri = r.events.find((e) => e.code === 'eri')!;
    const calendar = shadow(el).querySelector('.calendar')!.textContent!.replace(/\s+/g, ' ');
    expect(calendar).toContain(`${runTimeText(swap.tHours)}: New programmable pump running`);
    expect(calendar).toContain(`${runTimeText(swap.tHours)}: Old pump explanted`);
    expect(calendar).toContain(`${runTimeText(eri.tHours)}: Elective replacement indicator`);
    expect(calendar).not.toContain('End of service');
    expect(calendar).toMatch(/Month 78 \(year 7\)/);
    expect(calendar).not.toMatch(/year \d+\.\d/);
    const summary = shadow(el).querySelector('dl')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).toContain(`Pump replaced ${runTimeText(swap.tHours)}`);
    expect(summary).toContain(`${runTimeText(eri.tHours)}, on the pump that was replaced since`);
  });
});
