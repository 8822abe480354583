// Result export: JSON with typed arrays as plain arrays that parses back to the same numbers (exactly), keys in a
// fixed order; CSV with one row per output time, documented unit-named columns, values that round-trip.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { csvColumns, resultToCsv, resultToJson, runsToCsv, runsToJson } from '../../src/model/export.js';

describe('export', () => {
  it('JSON: plain arrays, exact numbers, sorted keys, no NaN/Infinity', async () => {
    const r = await simulate({ ...presetScenario('morphine-cancer-pain')!, durationDays: 2 });
    const text = resultToJson(r);
    const back = JSON.parse(text);
    expect(back.series.tipDoseUg).toEqual(Array.from(r.series.tipDoseUg));
    expect(back.distribution.csfNgPerMl).toEqual(Array.from(r.distribution!.csfNgPerMl));
    expect(Object.keys(back)).toEqual([...Object.keys(back)].sort());
    expect(Object.keys(back.summary)).toEqual([...Object.keys(back.summary)].sort());
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(resultToJson(r, 2)).toContain('\n  "distribution"');
  });

  it('CSV: a header of unit-named columns, one row per output time, values round-trip', async () => {
    const r = await simulate({ ...presetScenario('morphine-cancer-pain')!, durationDays: 1 });
    const cols = csvColumns(r);
    const lines = resultToCsv(r).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + r.series.tHours.length);
    expect(lines[0].split(',')).toEqual(cols.map((c) => c.name));
    const nLevels = r.distribution!.levels.length;
    expect(cols.filter((c) => c.name.startsWith('csfNgPerMl_'))).toHaveLength(nLevels);
    for (const c of cols) expect(c.unit.length).toBeGreaterThan(0);
    expect(lines[0]).toContain(',tipNgPerMl,spinalTargetNgPerMl,');
    const row10 = lines[11].split(',').map(Number);
    expect(row10[0]).toBe(r.series.tHours[10]);
    expect(row10[2]).toBe(r.series.tipDoseUg[10]);
    const j = cols.findIndex((c) => c.name === 'csfNgPerMl_T10');
    const t10 = r.distribution!.levels.findIndex((l) => l.name === 'T10');
    expect(row10[j]).toBe(r.distribution!.csfNgPerMl[10 * nLevels + t10]);
  });

  it('pump-only CSV has just the pump columns', async () => {
    const r = await simulate({ ...presetScenario('battery-end-of-service')!, durationDays: 10 });
    expect(csvColumns(r).map((c) => c.name)).toEqual([
      'tHours',
      'tipVolumeUl',
      'tipDoseUg',
      'reservoirMl',
      'programmedCumulativeMl',
      'systemicDoseUg',
      'absorbedToBloodUg',
      'tissueDepotUg',
      'batteryFraction',
    ]);
  });

  it('several runs side by side: each with its own time column, the shorter one padded with empty cells', async () => {
    const a = await simulate({ ...presetScenario('baclofen-programmable')!, durationDays: 2 });
    const b = await simulate({ ...presetScenario('baclofen-constant-rate')!, durationDays: 1 });
    const lines = runsToCsv([
      { run: 'programmable', result: a },
      { run: 'constant-rate', result: b },
    ])
      .trimEnd()
      .split('\n');
    const head = lines[0].split(',');
    const nA = csvColumns(a).length;
    expect(head.slice(0, nA)).toEqual(csvColumns(a).map((c) => `programmable.${c.name}`));
    expect(head.slice(nA)).toEqual(csvColumns(b).map((c) => `constant-rate.${c.name}`));
    expect(lines).toHaveLength(1 + Math.max(a.series.tHours.length, b.series.tHours.length));
    const last = lines[lines.length - 1].split(',');
    expect(Number(last[0])).toBe(a.series.tHours.at(-1));
    expect(last.slice(nA).every((c) => c === '')).toBe(true); // b ended a day earlier
    // One unnamed run is exactly resultToCsv.
    expect(runsToCsv([{ run: '', result: a }])).toBe(resultToCsv(a));
    const json = JSON.parse(runsToJson([{ run: 'programmable', result: a }]));
    expect(json.runs[0].run).toBe('programmable');
    expect(json.runs[0].result.series.tHours).toEqual(Array.from(a.series.tHours));
  });

  it('CSV significant digits: every number rounded, none of the 17-digit tails', async () => {
    const r = await simulate({ ...presetScenario('baclofen-programmable')!, durationDays: 2 });
    const exact = resultToCsv(r).trimEnd().split('\n').slice(1);
    const rounded = resultToCsv(r, { significantDigits: 6 }).trimEnd().split('\n').slice(1);
    const digits = (c: string) =>
      c.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').length;
    expect(
      Math.max(
        ...exact
          .flatMap((l) => l.split(','))
          .filter(Boolean)
          .map(digits),
      ),
    ).toBeGreaterThan(6);
    expect(
      Math.max(
        ...rounded
          .flatMap((l) => l.split(','))
          .filter(Boolean)
          .map(digits),
      ),
    ).toBeLessThanOrEqual(6);
    rounded.forEach((line, k) =>
      line.split(',').forEach((c, j) => {
        const x = Number(exact[k].split(',')[j]);
        if (c !== '') expect(Math.abs(Number(c) - x)).toBeLessThanOrEqual(Math.abs(x) * 5e-6);
      }),
    );
  });
});
