// The app's result export in Chromium: the "Export CSV" / "Export JSON" buttons download the current view's
// finished runs (both pumps of the comparison) through the core exporters (src/model/export.ts); the downloaded
// CSV parses, has the unit-named header of each pump and one row per output time, and its numbers are the runs'
// to 6 significant digits.
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/elements.js';
import { csvColumns, resultToJson } from '../../src/model/export.js';
import type { SimResult } from '../../src/model/result.js';
import { mountAndRun, settle, shadow } from './ui-helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Clicks `button` and returns the file the app hands to the browser (name and text), without saving it. */
async function downloaded(button: HTMLButtonElement): Promise<{ name: string; text: string }> {
  const got = new Promise<{ name: string; href: string }>((resolve) => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      resolve({ name: this.download, href: this.href });
    });
  });
  button.click();
  const { name, href } = await got;
  return { name, text: await (await fetch(href)).text() };
}

async function appWithResult(): Promise<{ app: HTMLElement; runs: Map<string, SimResult> }> {
  const app = document.createElement('itp-app');
  const runs = new Map<string, SimResult>();
  app.addEventListener('itp-run-finished', (e) => runs.set(e.detail.run, e.detail.result));
  await mountAndRun(app, 2); // the default view runs the programmable and the gas pump
  await settle(app);
  return { app, runs };
}

function button(app: HTMLElement, label: string): HTMLButtonElement {
  const b = [...shadow(app).querySelectorAll('button')].find((x) => x.textContent?.trim() === label);
  if (!b) throw new Error(`no button "${label}"`);
  return b;
}

describe('<itp-app> export', () => {
  it('downloads both pumps as CSV with unit-named columns and one row per output time', async () => {
    const { app, runs } = await appWithResult();
    const csv = button(app, 'Export CSV');
    expect(csv.disabled).toBe(false);
    const { name, text } = await downloaded(csv);
    expect(name).toMatch(/^[a-z0-9-]+\.csv$/);

    const prog = runs.get('programmable')!;
    const gas = runs.get('constant-rate')!;
    const lines = text.trimEnd().split('\n');
    const header = lines[0]!.split(',');
    expect(header).toEqual([
      ...csvColumns(prog).map((c) => `programmable.${c.name}`),
      ...csvColumns(gas).map((c) => `constant-rate.${c.name}`),
    ]);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(Math.max(prog.series.tHours.length, gas.series.tHours.length));
    for (const r of rows) {
      expect(r).toHaveLength(header.length);
      for (const c of r) expect(c === '' || Number.isFinite(Number(c))).toBe(true);
    }
    for (const [run, result] of [
      ['programmable', prog],
      ['constant-rate', gas],
    ] as const) {
      const col = (n: string) => header.indexOf(`${run}.${n}`);
      const k = result.series.tHours.length - 1;
      expect(Number(rows[k]![col('tHours')])).toBe(Number(result.series.tHours[k].toPrecision(6)));
      expect(Number(rows[k]![col('reservoirMl')])).toBe(Number(result.series.reservoirMl[k].toPrecision(6)));
      // Mass check on the file alone: the tip dose column sums to the run's delivered dose (6 digits each).
      const doseUg = rows.reduce((s, r) => s + Number(r[col('tipDoseUg')] || 0), 0);
      expect(Math.abs(doseUg - result.summary.deliveredDoseUg)).toBeLessThan(
        result.summary.deliveredDoseUg * 1e-5,
      );
    }
  });

  it('downloads JSON of both pumps, each written by the core exporter (sorted keys, plain arrays)', async () => {
    const { app, runs } = await appWithResult();
    const { name, text } = await downloaded(button(app, 'Export JSON'));
    expect(name).toMatch(/\.json$/);
    const got = JSON.parse(text) as { runs: { run: string; result: unknown }[] };
    expect(got.runs.map((r) => r.run).sort()).toEqual(['constant-rate', 'programmable']);
    for (const r of got.runs) {
      expect(r.result).toEqual(JSON.parse(resultToJson(runs.get(r.run)!)));
      expect(Object.keys(r.result as object)).toEqual(Object.keys(r.result as object).sort());
    }
  });
});
