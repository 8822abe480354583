// A log chart of concentrations that fall to tiny numbers far from the source: with any value below about
// 1e-22 uPlot's log tick loop ran ~20 s and threw "Invalid array length" (the charts view at 0.35 mL/day froze).
import { afterEach, expect, it } from 'vitest';
import '../../src/elements.js';
import { settle } from './ui-helpers.js';
import { LOG_AXIS_DECADES, logFloor, logSafe } from '../../src/ui/elements/chart/chart-data.js';

afterEach(() => document.body.replaceChildren());

it('a log axis spans LOG_AXIS_DECADES below the largest value; smaller values are gaps', () => {
  const a = Float64Array.from([2, 1e-3, 1e-320]);
  const b = Float64Array.from([0, 5, -1]);
  const floor = logFloor([a, b]);
  expect(floor).toBeCloseTo(5 * 10 ** -LOG_AXIS_DECADES, 20);
  expect(logSafe(a, floor)).toEqual([2, 1e-3, null]);
  expect(logSafe(b, floor)).toEqual([null, 5, null]);
});

it('draws a log chart with values down to 1e-40 at once', async () => {
  const el = document.createElement('itp-chart');
  el.heading = 'CSF at L1';
  el.unit = 'ng/mL';
  el.log = true;
  el.tHours = Float64Array.from([1, 2, 3, 4]);
  el.series = [{ label: 'CSF at L1', values: Float64Array.from([12, 1e-40, 1e-39, 3]) }];
  const t0 = performance.now();
  document.body.append(el);
  await settle(el);
  expect(performance.now() - t0).toBeLessThan(3000);
  expect(el.shadowRoot!.querySelector('canvas')).not.toBeNull();
}, 10000);
