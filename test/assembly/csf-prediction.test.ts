// Held-out checks (Nordberg 1984 [R31]): quantities the model was NOT fitted to. D_ref was calibrated on
// Kroin 1993 and morphine's extra CSF loss on Nordberg's half-life only (csf-calibration.test.ts); Nordberg 1984
// also reports the apparent CSF clearance and distribution volume from the same lumbar samples, which the model
// must then predict: CL = dose / AUC(0–∞) of lumbar CSF, Vd = CL / λz (terminal slope), per kg at 70 kg.
import { describe, expect, it } from 'vitest';
import type { Posture } from '../../src/model/posture.js';
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
 * relative to the tip, cm (+ = cephalad), and ln C(tip + 2.5 cm) / C(tip − 2.5 cm): the paper sampled CSF with
 * probes along the neuraxis, so "biased cephalad" means higher concentrations on the cephalad side.
 */
async function flackProfile(posture: Posture, densityRelativeToCsf: number | undefined, cells: number) {
  const { wasm, driver } = await makeDriver(
    {
      drug: 'bupivacaine',
      formulation: 'hyperbaric',
      densityRelativeToCsf,
      grid: { cells },
      patient: { catheterTipLevel: 'L1', posture },
      multipliers: { dispersion: 0.01 },
    },
    'release',
  );
  wasm.csfAdvanceConstant(6, 150, 20, 0);
  const c = columnState(wasm).cells;
  const dx = driver.config.grid.lengthCm / c.length;
  let m = 0;
  let mx = 0;
  c.forEach((v, i) => {
    expect(v).toBeGreaterThanOrEqual(0);
    m += v;
    mx += v * (i + 0.5) * dx;
  });
  const at = (x: number) => {
    const s = x / dx - 0.5;
    const i = Math.floor(s);
    return c[i] + (s - i) * (c[i + 1] - c[i]);
  };
  const tip = driver.tipCm;
  return { offsetCm: mx / m - tip, logRatio: Math.log(at(tip + 2.5) / at(tip - 2.5)) };
}

/**
 * The hyperbaric run minus the isobaric one at 120 cells, and how much that bias moves at 240 cells (its grid
 * error). The paper reports a direction only (no magnitude), so the test is the sign, required to be resolved:
 * |bias| ≥ 5 × grid error. (A fixed 0.5 cm — one cell — had no source: the supine bias converges to 0.50 cm, so a
 * 0.5-cm gate passed at 120 cells and failed at 480 by the grid alone.)
 */
async function flackBias(posture: Posture) {
  const bias = async (cells: number) => {
    const [h, i] = [await flackProfile(posture, undefined, cells), await flackProfile(posture, 1, cells)];
    return { cm: h.offsetCm - i.offsetCm, logRatio: h.logRatio - i.logRatio, iso: i.offsetCm };
  };
  const b = await bias(120);
  const gridErrorCm = Math.abs(b.cm - (await bias(240)).cm);
  const resolved = Math.abs(b.cm) >= 5 * gridErrorCm;
  const text = `${fmt(b.cm)} cm (grid error ${fmt(gridErrorCm)} cm); C(+2.5 cm)/C(−2.5 cm) × ${fmt(Math.exp(b.logRatio))} vs isobaric`;
  return { ...b, resolved, text };
}

describe('prediction (held out)', () => {
  it('Flack & Bernards 2010: a hyperbaric infusion drifts caudally upright, cephalad lying; isobaric does not', async () => {
    const up = await flackBias('upright');
    const lying = await flackBias('supine');
    const prone = await flackBias('prone');
    expect(
      check({
        case: 'Hyperbaric bupivacaine 20 µL/h × 6 h at L1, pig-like D, held vertical: centre of mass vs the isobaric run',
        source: 'Flack & Bernards 2010 [R37] (direction only); vertical axis, head up',
        target: 'caudal (< 0), resolved: |bias| ≥ 5 × its change at 240 cells',
        value: up.text,
        pass: up.cm < 0 && up.logRatio < 0 && up.resolved,
        role: 'prediction',
      }),
    ).toBe(true);
    expect(
      check({
        case: 'Same, held horizontal (prone pigs) ↔ our supine human profile: centre of mass vs the isobaric run',
        source:
          `Flack & Bernards 2010 [R37] (direction only). The pig's prone spine is not in the sources; we map it to a lumbar high ` +
          `point (our supine profile, an estimate), chosen knowing the paper's answer, hence "calibration". Our human prone ` +
          `profile would give ${fmt(prone.cm)} cm (caudal)`,
        target: 'cephalad (> 0), resolved: |bias| ≥ 5 × its change at 240 cells',
        value: lying.text,
        pass: lying.cm > 0 && lying.logRatio > 0 && lying.resolved,
        role: 'calibration',
      }),
    ).toBe(true);
    expect(
      check({
        case: 'Same infusion, isobaric: posture has no effect',
        source: 'buoyancy ∝ density excess (Alaminos-Quesada [R21, R22]); model property',
        target: '|offset upright − offset supine| ≤ 1e-9 cm',
        value: `${fmt(Math.abs(up.iso - lying.iso))} cm`,
        pass: Math.abs(up.iso - lying.iso) <= 1e-9,
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
        source: 'Nordberg 1984 [R31]: 2.81–3.41 µL/kg/min (not fitted)',
        target: '1.83–4.60 µL/kg/min (range ± 35 %)',
        value: `${fmt(clPerKg)} µL/kg/min`,
        pass: clOk,
        role: 'prediction',
      }),
    ).toBe(true);
    expect(
      check({
        case: 'Same: apparent CSF distribution volume, CL / λz (6–12 h)',
        source: 'Nordberg 1984 [R31]: 0.88–1.06 mL/kg (not fitted)',
        target: '0.57–1.43 mL/kg (range ± 35 %)',
        value: `${fmt(vdPerKg)} mL/kg`,
        pass: vdOk,
        role: 'prediction',
      }),
    ).toBe(true);
  });
});
