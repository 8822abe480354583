// Route comparison and the config contract of the distribution engine (pure TS).
import { describe, expect, it } from 'vitest';
import { compareRoutes } from '../../src/model/routes.js';
import {
  CSF_PARAM_NAMES,
  packCsfParams,
  resolveCsfConfig,
  targetWindowCm,
  tipCm,
} from '../../src/model/csf-config.js';
import { DRUGS, DRUG_NAMES } from '../../src/model/data/drugs.js';
import { LEVEL_NAMES, cmToLevel, levelToCm, vertebralLevels } from '../../src/model/data/patient.js';

describe('route comparison', () => {
  it('morphine: 300 : 100 : 10 : 1 doses and plasma levels in the same proportion (oral × F)', () => {
    const c = compareRoutes('morphine', 1000);
    expect(c.available).toBe(true);
    const by = Object.fromEntries(c.rows.map((r) => [r.route, r]));
    expect(by.epidural.dailyDoseUg).toBe(10_000);
    expect(by.intravenous.dailyDoseUg).toBe(100_000);
    expect(by.oral.dailyDoseUg).toBe(300_000);
    expect(by.intravenous.plasmaVsIntrathecal).toBeCloseTo(100, 9);
    expect(by.oral.plasmaVsIntrathecal).toBeCloseTo(100, 9); // 300 × F = 1/3
    // 1 mg/day IT at CL 21 mL/min/kg × 70 kg: 1000 µg / 24 h / 88.2 L/h = 0.472 ng/mL.
    expect(by.intrathecal.steadyPlasmaNgPerMl).toBeCloseTo(1000 / 24 / 88.2, 3);
  });

  it('says so instead of inventing ratios no source gives, and survives bad input', () => {
    expect(compareRoutes('ziconotide', 10).available).toBe(false);
    const bad = compareRoutes('morphine', NaN, -3);
    for (const r of bad.rows) expect(Number.isFinite(r.steadyPlasmaNgPerMl)).toBe(true);
  });
});

describe('distribution config', () => {
  it('maps levels to positions and back, S2 at the caudal end and C1 at the top', () => {
    const levels = vertebralLevels(60);
    expect(levels[0].name).toBe('S2');
    expect(levels.at(-1)!.name).toBe('C1');
    expect(levels.at(-1)!.hiCm).toBeCloseTo(60, 9);
    for (const n of LEVEL_NAMES) expect(cmToLevel(levelToCm(n)!)).toBe(n);
    // T12 → T2 is ≈ 20 cm, as in Kroin 1993 [R29].
    expect(levelToCm('T2')! - levelToCm('T12')!).toBeGreaterThan(18);
    expect(levelToCm('T2')! - levelToCm('T12')!).toBeLessThan(24);
  });

  it('packs every drug into a finite parameter block with the target window around the tip', () => {
    for (const drug of DRUG_NAMES) {
      const config = resolveCsfConfig({ drug });
      const p = packCsfParams(config);
      expect(p.length).toBe(CSF_PARAM_NAMES.length);
      expect(p.every(Number.isFinite)).toBe(true);
      const [lo, hi] = targetWindowCm(config, tipCm(config));
      expect(lo).toBeLessThan(hi);
    }
  });

  it('carries the source tags as data: placeholders stay estimates', () => {
    expect(DRUGS.fentanyl.csfHalfLifeHours.tag).toBe('estimate');
    expect(DRUGS.morphine.csfHalfLifeHours.tag).toBe('verified');
    expect(DRUGS.morphine.dosing.maxDailyDoseUg!.tag).toBe('unverified');
    expect(DRUGS.ziconotide.dosing.maxDailyDoseUg!.value).toBe(19.2);
  });
});
