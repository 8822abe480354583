// <itp-app> keeps one scenario for every view and writes the screen into the address: a program made in
// Programming reaches Charts and Spine, Save and the link capture it, Back returns to the previous view, a copied
// address reproduces the screen, and the comparison exports both pumps with sensible precision.
import type { ScenarioInput } from '../../src/model/scenario/schema.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/elements.js';
import { enterValue, mountAndRun, nextRun, settle, shadow, sliderField } from './ui-helpers.js';
import { readAddress } from '../../src/ui/scenario/address.js';
import { decodeScenario } from '../../src/ui/scenario/scenario-source.js';
import { loadSaved } from '../../src/ui/scenario/storage.js';
import type { ItpApp } from '../../src/ui/elements/app/app.js';
import type { SimResult } from '../../src/model/result.js';

const STORE_PREFIX = 'itp-sim';

beforeEach(() => {
  history.replaceState(null, '', location.pathname);
  for (const k of Object.keys(localStorage)) if (k.startsWith(STORE_PREFIX)) localStorage.removeItem(k);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname);
});

async function until(ok: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const t0 = performance.now();
  while (!ok()) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const navButton = (app: ItpApp, label: string) =>
  [...shadow(app).querySelectorAll<HTMLButtonElement>('header nav button')].find(
    (b) => b.textContent!.trim() === label,
  )!;

/** Opens Programming, sets the basal rate, presses Run and waits for the run. */
async function programRate(app: ItpApp, rateMlPerDay: number): Promise<void> {
  const ran = nextRun(app, 45000);
  navButton(app, 'Programming').click();
  await ran;
  await settle(app);
  const prog = shadow(app).querySelector('itp-programming')!;
  await settle(prog);
  enterValue(sliderField(shadow(prog), 'Rate'), String(rateMlPerDay));
  const rerun = nextRun(app, 45000);
  shadow(prog).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await rerun;
  await settle(app);
}

const rateIn = (s: unknown) =>
  (s as ScenarioInput & { program: { rateMlPerDay: number } }).program.rateMlPerDay;

describe('<itp-app> one scenario state', { timeout: 60000 }, () => {
  it('a program made in Programming reaches Charts and Spine, and the address says so', async () => {
    const app = document.createElement('itp-app');
    await mountAndRun(app, 2);
    await programRate(app, 0.35);
    const a = readAddress(location.hash);
    expect(a.view).toBe('programming');
    expect(rateIn(decodeScenario(a.scenario!))).toBe(0.35);

    const charted = nextRun(app, 45000);
    navButton(app, 'Charts').click();
    const r = await charted;
    expect(readAddress(location.hash).view).toBe('charts');
    // 0.35 mL/day for the run's days, not the preset's 0.2 mL/day.
    expect(r.summary.programmedVolumeMl).toBeCloseTo((0.35 * r.summary.durationHours) / 24, 6);

    const spined = nextRun(app, 45000);
    navButton(app, 'Spine').click();
    const s = await spined;
    expect(s.summary.programmedVolumeMl).toBeCloseTo((0.35 * s.summary.durationHours) / 24, 6);
  });

  it('Back returns to the previous view; a copied address reproduces the screen', async () => {
    const app = document.createElement('itp-app');
    await mountAndRun(app, 2);
    await programRate(app, 0.3);
    navButton(app, 'Charts').click();
    await settle(app);
    const copied = location.hash;
    history.back();
    await until(() => app.view === 'programming', 'Back to Programming');
    await settle(app);
    expect(shadow(app).querySelector('itp-programming')).not.toBeNull();
    history.forward();
    await until(() => app.view === 'charts', 'Forward to Charts');

    // A fresh app on the copied address: the Charts view with the 0.3 mL/day program.
    app.remove();
    history.replaceState(null, '', copied);
    const again = document.createElement('itp-app');
    const runs: SimResult[] = [];
    again.addEventListener('itp-run-finished', (e) => runs.push(e.detail.result));
    document.body.append(again);
    const wanted = (r: SimResult) =>
      Math.abs(r.summary.programmedVolumeMl - (0.3 * r.summary.durationHours) / 24) < 1e-6;
    // The address's scenario is checked by a run first; the charts view then runs it.
    await until(() => runs.some(wanted), 'the 0.3 mL/day run', 45000);
    expect(again.view).toBe('charts');
    expect(shadow(again).querySelector('itp-charts')).not.toBeNull();
  });

  it('the lesson is in the address and Back leaves the lesson, not the app', async () => {
    const app = document.createElement('itp-app');
    await mountAndRun(app, 2);
    navButton(app, 'Lessons').click();
    await settle(app);
    await customElements.whenDefined('itp-lesson'); // a chunk of its own, loaded when the view opens
    const lesson = shadow(app).querySelector('itp-lesson')!;
    await settle(lesson);
    const lessonButtons = [...shadow(lesson).querySelectorAll<HTMLButtonElement>('.lesson-list ol button')];
    lessonButtons[2].click();
    await settle(app);
    expect(readAddress(location.hash)).toMatchObject({ view: 'lessons', lesson: 'fever-and-flight' });
    history.back();
    await until(() => readAddress(location.hash).lesson !== 'fever-and-flight', 'Back to the first lesson');
    expect(app.view).toBe('lessons');
    history.back();
    await until(() => app.view === 'compare', 'Back to the comparison');
  });

  it('Save and the link capture the changed scenario, not the default', async () => {
    const app = document.createElement('itp-app');
    await mountAndRun(app, 2);
    await programRate(app, 0.45);
    const name = shadow(app).querySelector<HTMLInputElement>('.share input[type="text"]')!;
    name.value = 'faster';
    name.dispatchEvent(new Event('input'));
    await settle(app);
    shadow(app).querySelector<HTMLButtonElement>('.share form button[type="submit"]')!.click();
    const saved = loadSaved().entries.find((e) => e.name === 'faster')!;
    expect(rateIn(saved.scenario)).toBe(0.45);
    const copy = [...shadow(app).querySelectorAll<HTMLButtonElement>('.share button')].find((b) =>
      b.textContent!.includes('link'),
    )!;
    copy.click();
    await settle(app);
    const link = shadow(app).querySelector<HTMLInputElement>('.share input[readonly]')!.value;
    const a = readAddress(new URL(link).hash);
    expect(a.view).toBe('programming');
    expect(rateIn(decodeScenario(a.scenario!))).toBe(0.45);
  });
});

describe('<itp-app> comparison export', () => {
  it('the CSV has both pumps, each with its own time column, at 6 significant digits', async () => {
    const app = document.createElement('itp-app');
    await mountAndRun(app, 2);
    await settle(app);
    const blobs: Blob[] = [];
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = () => {};
    try {
      const csvButton = [...shadow(app).querySelectorAll<HTMLButtonElement>('.share button')].find(
        (b) => b.textContent!.trim() === 'Export CSV',
      )!;
      csvButton.click();
      await until(() => blobs.length === 1, 'the CSV');
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
    const text = await blobs[0].text();
    const [header, ...rows] = text.trim().split('\n');
    const cols = header.split(',');
    expect(cols).toContain('programmable.tHours');
    expect(cols).toContain('constant-rate.tHours');
    expect(cols).toContain('constant-rate.reservoirMl');
    const digits = rows
      .flatMap((r) => r.split(','))
      .filter(Boolean)
      .map((c) => c.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').length);
    expect(Math.max(...digits)).toBeLessThanOrEqual(6);
  });
});

describe('<itp-app> Sources panel', () => {
  it('lists author, year and title of every source, with no keys or file names', async () => {
    const app = document.createElement('itp-app');
    await mountAndRun(app, 2);
    const details = shadow(app).querySelector<HTMLDetailsElement>('.sources details')!;
    expect(details.open).toBe(false);
    details.open = true;
    await until(() => shadow(app).querySelectorAll('.sources li').length > 50, 'the list of sources');
    const items = [...shadow(app).querySelectorAll('.sources li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(items).toContainEqual(
      expect.stringMatching(/^Flack & Bernards 2010 — Flack SH, Bernards CM\. Cerebrospinal/),
    );
    const text = shadow(app).querySelector('.sources')!.textContent!;
    expect(text).not.toMatch(/\[[RDT]\d+|\.md\b|§|\*\*/);
  });

  it('a scenario changing 50 times a second reaches the address at once, then every 250 ms, ending on the last', async () => {
    const app = document.createElement('itp-app');
    await mountAndRun(app, 2);
    const writes = vi.spyOn(history, 'replaceState');
    const days = (hash: string) =>
      (decodeScenario(readAddress(hash).scenario!) as { durationDays: number }).durationDays;
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) {
      // What a view dragging a control reports after each live run (ItpView.reportScenario).
      app.dispatchEvent(
        new CustomEvent('itp-scenario-change', { detail: { scenario: { durationDays: 10 + i } } }),
      );
      if (i === 0) expect(days(location.hash)).toBe(10); // the first change: at once
      await new Promise((r) => setTimeout(r, 20));
    }
    const elapsed = performance.now() - t0;
    await until(() => days(location.hash) === 29, 'the last change in the address', 2000);
    // One write at once, then one per 250 ms window: never one per change.
    expect(writes.mock.calls.length).toBeLessThanOrEqual(Math.ceil(elapsed / 250) + 1);
    expect(writes.mock.calls.length).toBeLessThan(10);
  });
});
