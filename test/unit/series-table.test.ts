// One table of result series (src/model/series.ts) feeds the collector, the distribution driver, the CSV export,
// the docs' column table and the charts' titles. These tests check each consumer against it, name by name.
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/model/export.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import {
  CONCENTRATION_SERIES,
  EFFECT_SERIES,
  MASS_BALANCE_SERIES,
  MASS_TERMS,
  PUMP_SERIES,
  seriesDef,
  seriesMarkdownTable,
} from '../../src/model/series.js';
import { simulate } from '../../src/engine/simulate.js';
import { loadBuild } from '../helpers/wasm.js';

const DOC = 'docs/api.md';

describe('result series table', () => {
  it('docs/api.md lists exactly the columns of the series table (regenerate the block between the markers)', async () => {
    const text = readFileSync(DOC, 'utf8');
    const block = /<!-- series-table:start[^>]*-->\n\n([\s\S]*?)\n\n<!-- series-table:end -->/.exec(text);
    expect(block, 'series-table markers in docs/api.md').not.toBeNull();
    const options = (await prettier.resolveConfig(DOC)) ?? {};
    const expected = (
      await prettier.format(seriesMarkdownTable(), { ...options, parser: 'markdown' })
    ).trim();
    expect(block![1]).toBe(expected);
  });

  it('a run produces every series of the table by name, and the CSV columns carry the table units', async () => {
    const wasm = await loadBuild('release');
    const scenario = presetScenario('baclofen-programmable')!;
    const r = await simulate(wasm, { ...scenario, durationDays: 2 });
    expect(Object.keys(r.series).sort()).toEqual(
      Object.keys(PUMP_SERIES)
        .filter((k) => k !== 'batteryFraction' || r.series.batteryFraction)
        .sort(),
    );
    const d = r.distribution!;
    expect(Object.keys(d.effects).sort()).toEqual(Object.keys(EFFECT_SERIES).sort());
    expect(Object.keys(d.massBalanceUg!).sort()).toEqual(Object.keys(MASS_TERMS).sort());
    for (const name of [...Object.keys(CONCENTRATION_SERIES), ...Object.keys(MASS_BALANCE_SERIES)])
      expect({
        name,
        present: (d as unknown as Record<string, unknown>)[name] instanceof Float64Array,
      }).toEqual({
        name,
        present: true,
      });
    const named = csvColumns(r).filter((c) => !c.name.startsWith('csfNgPerMl_'));
    for (const c of named)
      expect({ name: c.name, unit: c.unit }).toEqual({ name: c.name, unit: seriesDef(c.name)?.unit });
  });

  it('every label a chart shows is plain words with its unit, never the series name', () => {
    for (const [name, def] of Object.entries({ ...PUMP_SERIES, ...CONCENTRATION_SERIES, ...EFFECT_SERIES })) {
      expect(def.label).not.toContain(name);
      expect(def.label).toMatch(/\(.+\)$/);
    }
    expect(seriesDef('painNrs')?.label).toBe('Pain score (0–10)');
  });
});
