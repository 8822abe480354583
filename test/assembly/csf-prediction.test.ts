// Held-out checks (pharmacology.md §6.6 case 2): quantities the model was NOT fitted to. D_ref was calibrated on
// Kroin 1993 and morphine's extra CSF loss on Nordberg's half-life only (csf-calibration.test.ts); Nordberg 1984
// also reports the apparent CSF clearance and distribution volume from the same lumbar samples, which the model
// must then predict: CL = dose / AUC(0–∞) of lumbar CSF, Vd = CL / λz (terminal slope), per kg at 70 kg.
import { describe, expect, it } from 'vitest';
import type { Posture } from '../../src/core/posture.js';
import { columnState, levelConc, makeDriver, record } from './csf-harness.js';
import { fmt, validationGroup } from './csf-validation.js';

const check = validationGroup('prediction');

/** Lumbar (L3) CSF concentration after a 0.5 mg morphine lumbar bolus: AUC, terminal slope, CL and Vd. */
async function nordbergExperiment() {
  const doseUg = 500;
  const weightKg = 70;
  const { wasm, driver } = await makeDriver(
    { drug: 'morphine', patient: { catheterTipLevel: 'L3', bodyWeightKg: weightKg } },
    'release',
  );
  driver.lumbarBolus(doseUg, 1000, 'L3', 2 / 60);
  const dt = 1 / 60;
  const hours = 24;
  let auc = 0; // µg·h/µL
  let prev = 0;
  let c6 = 0;
  let c12 = 0;
  for (let k = 1; k <= hours / dt; k++) {
    wasm.csfAdvanceConstant(dt, 0, 0, 0);
    const c = levelConc(driver, record(wasm, driver.levels.length), 'L3');
    auc += 0.5 * (prev + c) * dt;
    prev = c;
    if (k === Math.round(6 / dt)) c6 = c;
    if (k === Math.round(12 / dt)) c12 = c;
  }
  const lambda = Math.log(c6 / c12) / 6; // 1/h, terminal slope 6–12 h
  auc += prev / lambda; // tail
  const clUlPerMin = doseUg / auc / 60;
  const clPerKg = clUlPerMin / weightKg; // µL/kg/min
  const vdPerKg = (clUlPerMin * 60) / lambda / 1000 / weightKg; // mL/kg
  expect(columnState(wasm).cells.every((c) => c >= 0)).toBe(true);
  return { clPerKg, vdPerKg };
}

/**
 * Flack & Bernards 2010 [R37]: hyperbaric bupivacaine 7.5 mg/mL at 20 µL/h for 6 h (150 µg/h) from a lumbar tip,
 * pig-like dispersion (D × 0.01, as in the Bernards 2006 case). Returns the centre of mass of the spinal CSF drug
 * relative to the tip, cm (+ = cephalad).
 */
async function flackOffsetCm(posture: Posture, densityRelativeToCsf?: number) {
  const { wasm, driver } = await makeDriver(
    {
      drug: 'bupivacaine',
      densityRelativeToCsf,
      patient: { catheterTipLevel: 'L1', posture },
      multipliers: { dispersion: 0.01 },
    },
    'release',
  );
  wasm.csfAdvanceConstant(6, 150, 20, 0);
  const { cells } = columnState(wasm);
  const dx = driver.config.grid.lengthCm / cells.length;
  let m = 0;
  let mx = 0;
  cells.forEach((c, i) => {
    expect(c).toBeGreaterThanOrEqual(0);
    m += c;
    mx += c * (i + 0.5) * dx;
  });
  return mx / m - driver.tipCm;
}

describe('prediction (held out)', () => {
  it('Flack & Bernards 2010: a hyperbaric infusion drifts caudally upright, cephalad lying; isobaric does not', async () => {
    const hyper = { upright: await flackOffsetCm('upright'), supine: await flackOffsetCm('supine') };
    const iso = { upright: await flackOffsetCm('upright', 1), supine: await flackOffsetCm('supine', 1) };
    const bias = { upright: hyper.upright - iso.upright, supine: hyper.supine - iso.supine };
    expect(
      check({
        case: 'Hyperbaric bupivacaine 20 µL/h × 6 h at L1, pig-like D: centre of mass vs the isobaric run',
        source:
          'Flack & Bernards 2010 [R37], §2.2 ✔ / §6.6 case 4 (qualitative); pigs held horizontal-prone ↔ our supine profile (lumbar high point, ✎)',
        target: 'vertical: ≥ 0.5 cm caudal; horizontal: ≥ 0.5 cm cephalad',
        value: `upright ${fmt(bias.upright)} cm, supine ${fmt(bias.supine)} cm (offsets from tip: ${fmt(hyper.upright)} / ${fmt(hyper.supine)} cm)`,
        pass: bias.upright <= -0.5 && bias.supine >= 0.5,
        role: 'prediction',
      }),
    ).toBe(true);
    expect(
      check({
        case: 'Same infusion, isobaric: posture has no effect',
        source: 'buoyancy ∝ density excess (Alaminos-Quesada [R21, R22]); model property',
        target: '|offset upright − offset supine| ≤ 1e-9 cm',
        value: `${fmt(Math.abs(iso.upright - iso.supine))} cm`,
        pass: Math.abs(iso.upright - iso.supine) <= 1e-9,
        role: 'verification',
      }),
    ).toBe(true);
  });

  it('Nordberg 1984: apparent CSF clearance and volume of morphine from lumbar sampling', async () => {
    const { clPerKg, vdPerKg } = await nordbergExperiment();
    // Published ranges (two dose groups, means): CL 2.81–3.41 µL/kg/min, Vd 0.88–1.06 mL/kg; tolerance ±35 % of
    // the range's ends for a model calibrated on other data (inter-patient spread in [R31] is of that order).
    const clOk = clPerKg >= 2.81 * 0.65 && clPerKg <= 3.41 * 1.35;
    const vdOk = vdPerKg >= 0.88 * 0.65 && vdPerKg <= 1.06 * 1.35;
    expect(
      check({
        case: 'Morphine 0.5 mg lumbar bolus: apparent CSF clearance, dose / AUC(0–∞) at L3',
        source: 'Nordberg 1984 [R31], §3.2 ✔ / §6.6 case 2: 2.81–3.41 µL/kg/min (not fitted)',
        target: '1.83–4.60 µL/kg/min (range ± 35 %)',
        value: `${fmt(clPerKg)} µL/kg/min`,
        pass: clOk,
        role: 'prediction',
      }),
    ).toBe(true);
    expect(
      check({
        case: 'Same: apparent CSF distribution volume, CL / λz (6–12 h)',
        source: 'Nordberg 1984 [R31], §3.2 ✔: 0.88–1.06 mL/kg (not fitted)',
        target: '0.57–1.43 mL/kg (range ± 35 %)',
        value: `${fmt(vdPerKg)} mL/kg`,
        pass: vdOk,
        role: 'prediction',
      }),
    ).toBe(true);
  });
});
