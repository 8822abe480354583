// Pure helpers of the UI: colour scale, derivations, share links, saved-scenario storage, program drafts.
import { afterEach, describe, expect, it } from 'vitest';
import { decadeTicks, logScaleFor, scaleT, viridis } from '../../src/ui/format/colormap.js';
import { cumulative, cumulativeAt, perDay, valueAt } from '../../src/ui/format/derive.js';
import {
  decodeScenario,
  encodeScenario,
  scenarioFromLocation,
  shareHash,
} from '../../src/ui/scenario/scenario-source.js';
import { STORE_KEY, deleteScenario, loadSaved, saveScenario } from '../../src/ui/scenario/storage.js';
import { draftFrom, otherIssues, programFrom } from '../../src/ui/elements/programming/program-model.js';
import * as edit from '../../src/ui/scenario/scenario-edit.js';
import { findPreset } from '../../src/model/scenario/presets.js';
import { citeText } from '../../src/model/sources.js';

describe('viridis log scale', () => {
  it('maps the ends of the scale to the ends of viridis and is monotone in lightness order', () => {
    expect(viridis(0)).toEqual([68, 1, 84]);
    expect(viridis(1)).toEqual([253, 231, 37]);
    expect(viridis(Number.NaN)).toEqual([68, 1, 84]);
    const s = logScaleFor(Float64Array.of(0, 0.5, 500), 3);
    expect(s).toEqual({ min: 0.5, max: 500 });
    expect(scaleT(500, s)).toBe(1);
    expect(scaleT(0.5, s)).toBe(0);
    expect(scaleT(Math.sqrt(0.5 * 500), s)).toBeCloseTo(0.5, 12);
    expect(decadeTicks(s)).toEqual([1, 10, 100]);
  });
});

describe('series derivations', () => {
  const t = Float64Array.from({ length: 48 }, (_, i) => i + 1);
  const v = Float64Array.from({ length: 48 }, (_, i) => (i < 24 ? 1 : 2));
  it('sums per day exactly (the total is kept)', () => {
    const d = perDay(t, v);
    expect(Array.from(d.values)).toEqual([24, 48]);
    expect(Array.from(d.tHours)).toEqual([24, 48]);
  });
  it('interpolates cumulative delivery inside an interval', () => {
    const c = cumulative(v);
    expect(cumulativeAt(t, c, 0.5)).toBeCloseTo(0.5, 12);
    expect(cumulativeAt(t, c, 24.5)).toBeCloseTo(25, 12);
    expect(cumulativeAt(t, c, 1e9)).toBe(72);
    expect(valueAt(t, v, 30)).toBe(2);
  });
});

describe('share links', () => {
  it('round-trips a scenario with non-ASCII text', () => {
    const s = { schemaVersion: 1, name: 'Fièvre µg → ✓', durationDays: 3 };
    expect(decodeScenario(encodeScenario(s))).toEqual(s);
    expect(scenarioFromLocation(shareHash(s))).toEqual({ scenario: s });
  });
  it('reports a damaged link instead of throwing', () => {
    expect(scenarioFromLocation('#scenario=%%%')).toEqual({ error: 'the link is damaged' });
    expect(scenarioFromLocation(`#scenario=${btoa('[1,2]')}`)).toEqual({
      error: 'the scenario is not a JSON object',
    });
    expect(scenarioFromLocation('#other=1')).toBeNull();
  });
});

describe('saved scenarios', () => {
  afterEach(() => localStorage.clear());
  it('saves, keeps a same-named entry under a unique name, deletes', () => {
    saveScenario('a', { x: 1 });
    saveScenario('b', { x: 2 });
    expect(saveScenario('a', { x: 3 }).name).toBe('a (2)');
    const { entries } = loadSaved();
    expect(entries.map((e) => [e.name, e.scenario])).toEqual([
      ['a', { x: 1 }],
      ['b', { x: 2 }],
      ['a (2)', { x: 3 }],
    ]);
    expect(deleteScenario('b').map((e) => e.name)).toEqual(['a', 'a (2)']);
  });
  it('keeps a corrupt store aside, unchanged, and reports where', () => {
    localStorage.setItem(STORE_KEY, '{"version":1,"entries":[{"name":');
    const r = loadSaved();
    expect(r.entries).toEqual([]);
    expect(r.corrupt?.keptAsideKey).toMatch(/^itp-sim:scenarios:corrupt:/);
    expect(localStorage.getItem(r.corrupt!.keptAsideKey!)).toBe('{"version":1,"entries":[{"name":');
    expect(localStorage.getItem(STORE_KEY)).toBeNull();
  });
  it('treats an unknown version as not readable (kept aside)', () => {
    localStorage.setItem(STORE_KEY, JSON.stringify({ version: 99, entries: [] }));
    expect(loadSaved().corrupt?.keptAsideKey).toBeTruthy();
  });
});

describe('scenario edits for the controls', () => {
  const base = findPreset('baclofen-programmable')!.scenario;
  it('an episode adds a timeline that returns to normal; normal values remove it', () => {
    const s = edit.withEpisode(base, {
      startDay: 2,
      lengthDays: 1,
      bodyTemperatureC: 39,
      altitudeFt: 8000,
    });
    expect(s.environment?.timeline?.map((e) => [e.atHours, e.bodyTemperatureC])).toEqual([
      [48, 39],
      [72, 37],
    ]);
    const n = edit.withEpisode(s, { startDay: 2, lengthDays: 1, bodyTemperatureC: 37, altitudeFt: 0 });
    expect(n.environment).not.toHaveProperty('timeline');
  });
  it('MRI and refill edits keep other events and stay sorted; the base is not mutated', () => {
    const before = JSON.stringify(base);
    let s = edit.withRefillConcentration(base, 30, 1000);
    s = edit.withMri(s, 10);
    s = edit.withMri(s, 12);
    const ev = (s as { events: { type: string; atHours: number }[] }).events;
    expect(ev.map((e) => [e.type, e.atHours])).toEqual([
      ['mri', 288],
      ['refill', 720],
    ]);
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('program drafts', () => {
  it('round-trips a flex program and lists issues not shown at a field', () => {
    const d = draftFrom({
      mode: 'flex',
      flex: { periodHours: 24, steps: [{ startHours: 0, rateMlPerDay: 0.1 }] },
    });
    expect(programFrom(d)).toEqual({
      mode: 'flex',
      flex: { periodHours: 24, steps: [{ startHours: 0, rateMlPerDay: 0.1 }] },
    });
    const issues = [
      { path: 'program.rateMlPerDay', value: -1, message: 'x', severity: 'error' as const },
      { path: 'drug.name', value: 'x', message: 'y', severity: 'error' as const },
    ];
    expect(otherIssues(issues, new Set(['program.rateMlPerDay'])).map((i) => i.path)).toEqual(['drug.name']);
  });
});

describe('route comparison view', () => {
  it('uses the core route arithmetic and badges the rows whose inputs are estimates', async () => {
    const { routeEstimates } = await import('../../src/ui/elements/route-compare/route-compare.js');
    const { compareRoutes } = await import('../../src/model/routes.js');
    const { getDrug } = await import('../../src/model/data/drugs.js');
    const morphine = getDrug('morphine')!;
    const by = Object.fromEntries(compareRoutes('morphine', 1000, 70).rows.map((r) => [r.route, r]));
    expect(by.intravenous!.dailyDoseUg).toBe(1000 * morphine.routes.ivToIt!.value);
    expect(routeEstimates(morphine, by.intrathecal!)).toEqual([]);
    // The 300:1 oral ratio is an estimate (estimate); the epidural F = 1 is a teaching assumption.
    expect(routeEstimates(morphine, by.oral!)).toContain(citeText(morphine.routes.oralToIt!.source));
    expect(routeEstimates(morphine, by.epidural!).join(' ')).toMatch(/teaching assumption/);
    expect(compareRoutes('baclofen', 400, 70).rows.map((r) => r.route)).toEqual(['intrathecal']);
  });
});

describe('effect chart labels come from the series table', () => {
  it('shows plain titles with the scale, and the unit of every effect (not guessed from the name)', async () => {
    const { effectTitle, effectUnit } = await import('../../src/ui/elements/charts/charts.js');
    const { EFFECT_SERIES } = await import('../../src/model/series.js');
    expect(effectTitle('painNrs')).toBe('Pain score (0–10)');
    expect(effectUnit('sedationFraction')).toBe('0–1');
    for (const [name, def] of Object.entries(EFFECT_SERIES)) {
      expect(effectTitle(name)).not.toContain(name);
      expect(effectUnit(name)).toBe(def.unit);
    }
  });
});
