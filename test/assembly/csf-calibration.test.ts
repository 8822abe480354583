// Calibration against published human and animal targets ([R29], [R31], [R33]–[R36], docs/sources.md),
// each with its stated tolerance. D_ref was calibrated on case 1 (Kroin 1993) and the extra first-order CSF loss of
// morphine, baclofen and ziconotide on their half-lives (src/model/data/drugs.ts csfIntrinsicHalfLifeHours), so those
// cases check that the calibration still holds (role 'calibration'); the Bernards ranking is a qualitative prediction
// (nothing was fitted on it), the PD anchor was tuned on the label's time course (calibration). Held-out
// quantitative checks are in csf-prediction.test.ts.
import { describe, expect, it } from 'vitest';
import type { DrugName } from '../../src/model/data/drugs.js';
import { CSF_OUT } from '../../src/engine/csf/csf-driver.js';
import { columnState, levelConc, makeDriver, record } from './csf-harness.js';
import { fmt, validationGroup } from './csf-validation.js';

const check = validationGroup('calibration');

/** Apparent half-life (h) of the CSF concentration at `level` between hours a and b after a lumbar bolus. */
async function apparentHalfLife(
  drug: DrugName,
  doseUg: number,
  a: number,
  b: number,
  infusionHours = 2 / 60,
) {
  const { wasm, driver } = await makeDriver({ drug, patient: { catheterTipLevel: 'L3' } }, 'release');
  driver.lumbarBolus(doseUg, 1000, 'L3', infusionHours);
  wasm.csfAdvanceConstant(a, 0, 0, 0);
  const ca = levelConc(driver, record(wasm, driver.levels.length), 'L3');
  wasm.csfAdvanceConstant(b - a, 0, 0, 0);
  const cb = levelConc(driver, record(wasm, driver.levels.length), 'L3');
  return ((b - a) * Math.LN2) / Math.log(ca / cb);
}

function spread(cells: Float64Array, tip: number, dxCm: number): number {
  let m = 0;
  let m2 = 0;
  cells.forEach((c, i) => {
    m += c;
    m2 += c * ((i - tip) * dxCm) ** 2;
  });
  return Math.sqrt(m2 / m);
}

/** RMS distance (cm) of the CSF drug from the tip after 8 h of 100 µg/h delivered three ways (Bernards 2006). */
async function bernards(mode: 'slow' | 'fast' | 'bolus', dispersion: number) {
  const { wasm } = await makeDriver(
    { drug: 'baclofen', patient: { catheterTipLevel: 'L1' }, multipliers: { dispersion } },
    'release',
  );
  for (let h = 0; h < 8; h++) {
    if (mode === 'slow') wasm.csfAdvanceConstant(1, 100, 20, 0);
    else if (mode === 'fast') wasm.csfAdvanceConstant(1, 100, 1000, 0);
    else {
      wasm.csfAdvanceConstant(5 / 60, 1200, 12000, 0);
      wasm.csfAdvanceConstant(55 / 60, 0, 0, 0);
    }
  }
  return spread(columnState(wasm).cells, wasm.csfTipCell(), 0.5);
}

describe('calibration', () => {
  it('Kroin 1993: C(T2)/C(T12) ≈ 0.43 after 72 h of lumbar tracer infusion', async () => {
    const { wasm, driver } = await makeDriver(
      { drug: 'tracer', patient: { catheterTipLevel: 'L2' } },
      'release',
    );
    wasm.csfAdvanceConstant(72, 10, 20, 0);
    const r = record(wasm, driver.levels.length);
    const ratio = levelConc(driver, r, 'T2') / levelConc(driver, r, 'T12');
    expect(
      check({
        case: 'Steady gradient, hydrophilic tracer, 72 h lumbar (L2) infusion',
        source: 'Kroin 1993 [R29] (D_ref calibrated on this case)',
        target: 'C(T2)/C(T12) = 0.43 ± 0.05',
        value: fmt(ratio),
        pass: Math.abs(ratio - 0.43) <= 0.05,
        role: 'calibration',
      }),
    ).toBe(true);
  });

  it('morphine CSF half-life after an intrathecal bolus (Nordberg 1984)', async () => {
    const t = await apparentHalfLife('morphine', 500, 2, 6);
    expect(
      check({
        case: 'Morphine 0.5 mg lumbar bolus, lumbar CSF, log-linear 2–6 h',
        source: 'Nordberg 1984 [R31]: 175–196 min (extra CSF loss calibrated on this case)',
        target: '149–225 min (range ± 15 %)',
        value: `${fmt(t * 60)} min`,
        pass: t * 60 >= 149 && t * 60 <= 225,
        role: 'calibration',
      }),
    ).toBe(true);
  });

  it('baclofen CSF half-life after an intrathecal bolus (label, Eur J Clin Pharmacol)', async () => {
    const t = await apparentHalfLife('baclofen', 50, 1, 4);
    expect(
      check({
        case: 'Baclofen 50 µg lumbar bolus, lumbar CSF, log-linear 1–4 h',
        source:
          'label ≈ 1.5 h over the first 4 h [R39] (unverified); range 0.9–5 h [R34] (calibrated on this case)',
        target: '1.5 h ± 30 % (inside 0.9–5 h)',
        value: `${fmt(t)} h`,
        pass: Math.abs(t - 1.5) <= 0.45,
        role: 'calibration',
      }),
    ).toBe(true);
  });

  it('ziconotide CSF half-life after a 1-h intrathecal infusion (Prialt label)', async () => {
    const t = await apparentHalfLife('ziconotide', 5, 3, 9, 1);
    expect(
      check({
        case: 'Ziconotide 5 µg over 1 h, lumbar CSF, log-linear 3–9 h',
        source: 'Prialt label [R35]: 4.6 ± 0.9 h (calibrated on this case)',
        target: '3.7–5.5 h',
        value: `${fmt(t)} h`,
        pass: t >= 3.7 && t <= 5.5,
        role: 'calibration',
      }),
    ).toBe(true);
  });

  it('Bernards 2006 ranking of spread: 20 µL/h < 1000 µL/h ≈ hourly 1000 µL bolus, same dose', async () => {
    const pig = {
      slow: await bernards('slow', 0.01),
      fast: await bernards('fast', 0.01),
      bolus: await bernards('bolus', 0.01),
    };
    const ok = pig.slow < 0.8 * pig.fast && Math.abs(pig.bolus / pig.fast - 1) <= 0.25;
    expect(
      check({
        case: 'Spread (RMS distance from tip) after 8 h, pig-like dispersion (D × 0.01)',
        source: 'Bernards 2006 [R36] (qualitative)',
        target: 'slow < 0.8 × fast; bolus within 25 % of fast',
        value: `slow ${fmt(pig.slow)} cm, fast ${fmt(pig.fast)} cm, bolus ${fmt(pig.bolus)} cm`,
        pass: ok,
        role: 'prediction',
      }),
    ).toBe(true);
    const human = {
      slow: await bernards('slow', 1),
      fast: await bernards('fast', 1),
      bolus: await bernards('bolus', 1),
    };
    expect(
      check({
        case: 'Same, human default dispersion',
        source: 'Bernards 2006 [R36] ranking; human D_eff from Kroin 1993',
        target: 'slow ≤ fast ≤ bolus (the oscillatory dispersion dominates)',
        value: `slow ${fmt(human.slow)} cm, fast ${fmt(human.fast)} cm, bolus ${fmt(human.bolus)} cm`,
        pass: human.slow <= human.fast && human.fast <= human.bolus,
        role: 'prediction',
      }),
    ).toBe(true);
  });

  it('baclofen 50 µg screening bolus: about one Ashworth level, onset within 1 h, peak at hours', async () => {
    const { wasm, driver } = await makeDriver({ drug: 'baclofen' }, 'release');
    driver.lumbarBolus(50, 1000, 'L3', 2 / 60);
    const mas: number[] = [];
    for (let h = 1; h <= 12; h++) {
      wasm.csfAdvanceConstant(1, 0, 0, 0);
      mas.push(record(wasm, driver.levels.length)[CSF_OUT.spasticityMas]);
    }
    const peak = Math.min(...mas);
    const peakH = mas.indexOf(peak) + 1;
    const drop = 3 - peak;
    const ok = drop >= 1 && drop <= 2.5 && 3 - mas[0] >= 0.5 && peakH >= 2 && peakH <= 6 && mas[11] > 2.4;
    expect(
      check({
        case: 'Baclofen 50 µg lumbar bolus, MAS baseline 3 (PD anchor)',
        source: 'label time course [R57] (onset 0.5–1 h, peak 4–6 h, lasts 4–8 h); screening response [R57]',
        target: 'drop ≥ 1 level, ≥ 0.5 at 1 h, peak at 2–6 h, < 0.6 left at 12 h',
        value: `drop ${fmt(drop)} at ${peakH} h; ${fmt(3 - mas[0])} at 1 h; ${fmt(3 - mas[11])} at 12 h`,
        pass: ok,
        role: 'calibration',
      }),
    ).toBe(true);
  });
  it('morphine 0.3 mg lumbar single shot: at least 30 % relief for 12–24 h, fast onset, no rebound', async () => {
    const { wasm, driver } = await makeDriver(
      { drug: 'morphine', patient: { catheterTipLevel: 'L3' } },
      'release',
    );
    driver.lumbarBolus(300, 1000, 'L3', 2 / 60);
    const relief: number[] = [];
    for (let h = 1; h <= 48; h++) {
      wasm.csfAdvanceConstant(1, 0, 0, 0);
      relief.push(record(wasm, driver.levels.length)[CSF_OUT.spinalEffect]); // no placebo: relief = effect
    }
    // Hours of ≥ 30 % relief, linearly interpolated between the hourly outputs.
    const last = relief.findIndex((r, i) => i > 0 && r < 0.3 && relief[i - 1] >= 0.3);
    const hours = last + (relief[last - 1] - 0.3) / (relief[last - 1] - relief[last]);
    const ok = relief[0] >= 0.3 && hours >= 12 && hours <= 24 && relief[35] < 0.3;
    expect(
      check({
        case: 'Morphine 0.3 mg lumbar single shot, NRS baseline 7.6 (duration of analgesia)',
        source: 'up to 24 h [R62]; need for more analgesia postponed beyond 20 h after 0.3 mg [R101]',
        target: '≥ 30 % relief at 1 h; ≥ 30 % relief lasts 12–24 h; < 30 % at 36 h',
        value: `${fmt(relief[0] * 100)} % at 1 h; ≥ 30 % for ${fmt(hours)} h; ${fmt(relief[35] * 100)} % at 36 h`,
        pass: ok,
        role: 'calibration',
      }),
    ).toBe(true);
  });
});
