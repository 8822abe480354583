// The app's result export in Chromium: the "Export CSV" / "Export JSON" buttons download the last finished run
// through the core exporters (src/model/export.ts); the downloaded CSV parses, has the unit-named header and one
// row per output time, and its numbers are the run's.
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

async function appWithResult(): Promise<{ app: HTMLElement; last: SimResult }> {
  const app = document.createElement('itp-app');
  let last: SimResult | null = null;
  app.addEventListener('itp-run-finished', (e) => (last = e.detail.result));
  await mountAndRun(app, 2); // the default view runs the programmable and the gas pump
  await settle(app);
  return { app, last: last! };
}

function button(app: HTMLElement, label: string): HTMLButtonElement {
  const b = [...shadow(app).querySelectorAll('button')].find((x) => x.textContent?.trim() === label);
  if (!b) throw new Error(`no button "${label}"`);
  return b;
}

describe('<itp-app> export', () => {
  it('downloads the last run as CSV with unit-named columns and one row per output time', async () => {
    const { app, last } = await appWithResult();
    const csv = button(app, 'Export CSV');
    expect(csv.disabled).toBe(false);
    const { name, text } = await downloaded(csv);
    expect(name).toMatch(/^[a-z0-9-]+\.csv$/);

    const lines = text.trimEnd().split('\n');
    const header = lines[0]!.split(',');
    expect(header).toEqual(csvColumns(last).map((c) => c.name));
    expect(header.slice(0, 4)).toEqual(['tHours', 'tipVolumeUl', 'tipDoseUg', 'reservoirMl']);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(last.series.tHours.length);
    for (const r of rows) {
      expect(r).toHaveLength(header.length);
      for (const c of r) expect(c === '' || Number.isFinite(Number(c))).toBe(true);
    }
    const col = (n: string) => header.indexOf(n);
    const k = rows.length - 1;
    expect(Number(rows[k]![col('tHours')])).toBe(last.series.tHours[k]);
    expect(Number(rows[k]![col('reservoirMl')])).toBe(last.series.reservoirMl[k]);
    // Mass check on the file alone: the tip dose column sums to the run's delivered dose.
    const doseUg = rows.reduce((s, r) => s + Number(r[col('tipDoseUg')]), 0);
    expect(doseUg).toBeCloseTo(last.summary.deliveredDoseUg, 6);
  });

  it('downloads JSON written by the core exporter (sorted keys, plain arrays)', async () => {
    const { app, last } = await appWithResult();
    const { name, text } = await downloaded(button(app, 'Export JSON'));
    expect(name).toMatch(/\.json$/);
    expect(JSON.parse(text)).toEqual(JSON.parse(resultToJson(last)));
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(JSON.parse(text)).sort());
  });
});
