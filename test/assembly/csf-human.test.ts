// Held-out predictions against published human data (issue 12). Nothing in the model was fitted on any of these
// figures. Each case, its experiment and its tolerance were written and committed BEFORE the model was run on it;
// a case that fails stays a failure in docs/validation.md, with its analysis in the closing report, and is
// not re-tuned in the same change. So the test does not require a pass: it checks that the experiment runs and
// gives finite numbers, and that each outcome is the one recorded in OUTCOME below (a change of outcome — either way
// — then has to be looked at and reported, not slipped in).
//
// Experiment settings the papers do not give are our choices, stated here before running: injected volumes and
// durations, the sampling level of a "lumbar" sample (L3), the body size of the children in Albright 2007, and the
// block threshold of spinal anaesthesia (CSF bupivacaine ≥ the EC50 of the drug table, 8 µg/mL, which was set
// from the spinal-anaesthesia CSF range of Ruppen 2009 [R54], not from block heights).
import { describe, expect, it } from 'vitest';
import { CSF_OUT } from '../../src/engine/csf/csf-driver.js';
import type { CsfConfigInput } from '../../src/model/csf-config.js';
import { DRUGS } from '../../src/model/data/drugs.js';
import { LEVEL_NAMES } from '../../src/model/data/patient.js';
import type { PostureChange } from '../../src/model/posture.js';
import { levelConc, makeDriver, record } from './csf-harness.js';
import { fmt, validationGroup } from './csf-validation.js';

const check = validationGroup('human');

/**
 * Outcome of each case when it was first run (recorded by the commit after the one that registered the cases, on
 * 5 Dec 2026: 7 of 12 pass). A failure stays recorded as a failure; ANALYSIS says why, and docs/validation.md shows it.
 */
const OUTCOME: Record<string, boolean | undefined> = {
  'nordberg-1h-0.5mg': true,
  'nordberg-1h-0.25mg': true,
  'nordberg-plasma': true,
  'caute-t10-peak-time': false,
  'caute-t10-1h': true,
  'baclofen-clearance': true,
  'ziconotide-clearance': false,
  'albright-children': false,
  'povey-supine-height': false,
  'povey-supine-time': true,
  'povey-sitting-60': false,
  'povey-sitting-then-supine': true,
};

/** Why a prediction failed (or passed for a reason worth stating), written after the first run. */
const ANALYSIS: Record<string, string> = {
  'caute-t10-peak-time':
    'the model moves a lumbar bolus to T10 by oscillatory dispersion and a 2 cm near-tip jet only, so the T10 peak ' +
    'comes after 1.5 h; the concentration at 1 h is right (next case). The early spread of an injected bolus ' +
    '(its momentum over tens of cm) is missing from the model.',
  'ziconotide-clearance':
    'the apparent lumbar distribution volume is about 50 mL against the label 155 mL: the model keeps a lumbar ' +
    'bolus too close to the sampling site; the label SD (0.56 mL/min) is larger than its mean, so the miss is ' +
    'within the spread of patients, but not within our tolerance.',
  'albright-children':
    'under-predicted by a factor 4.3, inside the published range (0.2–20 µg/mL) but below our tolerance; the ' +
    'paper found no correlation between dose and level, and where the CSF was sampled (lumbar or the catheter port, ' +
    'near the tip) decides much of the answer; not re-tuned.',
  'povey-supine-height':
    'the block reaches T1, two segments above the published range and five above its median (T6): the 4 mL jet ' +
    'and the dispersion spread the ' +
    'drug further than a hyperbaric bolus pooling at T5–T6 would; the buoyancy drift (3.6 cm/h at this density) is ' +
    'far too slow to pool it.',
  'povey-sitting-60':
    'the model gives T3 while sitting against L3: with a 3.6 cm/h buoyancy drift posture barely matters in an hour. ' +
    'A hyperbaric bolus needs a drift set by the local (undiluted) density excess, far faster while it is ' +
    'concentrated and vanishing as it mixes (nonlinear in the concentration); the linear drift of the model cannot ' +
    'do both this and the slow pig infusions of Flack 2010.',
  'povey-sitting-then-supine':
    'passes for the wrong reason: the block was already at T3 while sitting (previous case).',
};

/** Records a prediction and checks what is honest to check. */
function predict(
  id: string,
  c: { case: string; source: string; target: string; value: string },
  pass: boolean,
) {
  check({ ...c, pass, role: 'prediction', analysis: ANALYSIS[id] });
  if (OUTCOME[id] !== undefined)
    expect(pass, `${id}: outcome changed since it was recorded`).toBe(OUTCOME[id]);
}

const UG_PER_UL_TO_NG_PER_ML = 1e6;
const UG_PER_UL_TO_UG_PER_ML = 1e3;

interface Bolus {
  doseUg: number;
  volumeUl: number;
  at: string;
  minutes: number;
}

/**
 * A lumbar-puncture bolus at t = 0, then `hours` without input in steps of `dtHours`; `each` sees the output record
 * (internal units) at the end of every step. Posture switches in the input happen at their exact times.
 */
async function afterBolus(
  input: CsfConfigInput,
  bolus: Bolus,
  hours: number,
  dtHours: number,
  each: (tHours: number, rec: Float64Array, level: (name: string) => number) => void,
): Promise<void> {
  const { wasm, driver } = await makeDriver(input, 'release');
  driver.lumbarBolus(bolus.doseUg, bolus.volumeUl, bolus.at, bolus.minutes / 60);
  const n = Math.round(hours / dtHours);
  for (let k = 1; k <= n; k++) {
    driver.advanceEmpty(1, dtHours);
    const rec = record(wasm, driver.levels.length);
    expect(rec.every(Number.isFinite)).toBe(true);
    each(k * dtHours, rec, (name) => levelConc(driver, rec, name));
  }
}

/** Dose / AUC(0–∞) of the CSF concentration at `level` after a bolus: apparent CSF clearance, µL/h. */
async function apparentClearanceUlPerHour(
  input: CsfConfigInput,
  bolus: Bolus,
  level: string,
): Promise<number> {
  const dt = 1 / 12;
  const hours = 24;
  let auc = 0;
  let prev = 0;
  let c18 = 0;
  let c24 = 0;
  await afterBolus(input, bolus, hours, dt, (t, _rec, at) => {
    const c = at(level);
    auc += 0.5 * (prev + c) * dt;
    prev = c;
    if (Math.abs(t - 18) < dt / 2) c18 = c;
    if (Math.abs(t - 24) < dt / 2) c24 = c;
  });
  const lambda = Math.log(c18 / c24) / 6; // terminal slope, 1/h
  if (lambda > 0) auc += c24 / lambda;
  return bolus.doseUg / auc;
}

/** Index of a level on the caudal → cranial axis (S2 = 0 … C1 = 25). */
const rank = (name: string) => LEVEL_NAMES.indexOf(name);

describe('held-out predictions: intrathecal morphine (Nordberg 1984, Caute 1988)', () => {
  // Nordberg 1984 [R31]: 0.25 or 0.5 mg at L2–L3/L3–L4 in thoracotomy patients; the injected volume is not in the
  // abstract: 1 mL over 2 min (our choice, as in csf-prediction.test.ts).
  const nordberg = (doseUg: number): Bolus => ({ doseUg, volumeUl: 1000, at: 'L3', minutes: 2 });
  const morphine: CsfConfigInput = { drug: 'morphine', patient: { catheterTipLevel: 'L3' } };

  it('lumbar CSF at 1 h after 0.5 mg and after 0.25 mg', async () => {
    for (const [id, doseUg, mean, sem] of [
      ['nordberg-1h-0.5mg', 500, 10_447, 1_538],
      ['nordberg-1h-0.25mg', 250, 4_228, 361],
    ] as const) {
      let c1 = NaN;
      await afterBolus(morphine, nordberg(doseUg), 1, 1 / 60, (t, _r, at) => {
        if (Math.abs(t - 1) < 1e-9) c1 = at('L3') * UG_PER_UL_TO_NG_PER_ML;
      });
      expect(Number.isFinite(c1)).toBe(true);
      const [lo, hi] = [mean / 2, mean * 2];
      predict(
        id,
        {
          case: `Morphine ${doseUg / 1000} mg lumbar bolus: lumbar (L3) CSF concentration at 1 h`,
          source: `Nordberg 1984 [R31]: ${mean.toLocaleString('en')} ± ${sem.toLocaleString('en')} ng/mL (mean ± SEM)`,
          target: `${Math.round(lo)}–${Math.round(hi)} ng/mL (mean ÷ 2 to × 2)`,
          value: `${fmt(c1, 4)} ng/mL`,
        },
        c1 >= lo && c1 <= hi,
      );
    }
  });

  it('plasma stays very low after 0.5 mg', async () => {
    let peak = 0;
    await afterBolus(morphine, nordberg(500), 24, 1 / 12, (_t, rec) => {
      peak = Math.max(peak, rec[CSF_OUT.plasma] * UG_PER_UL_TO_NG_PER_ML);
    });
    predict(
      'nordberg-plasma',
      {
        case: 'Morphine 0.5 mg lumbar bolus: peak plasma concentration over 24 h',
        source: 'Nordberg 1984 [R31]: plasma concentrations "generally under 1 ng/mL"',
        target: '≤ 2 ng/mL (twice the stated bound)',
        value: `${fmt(peak)} ng/mL`,
      },
      peak <= 2,
    );
  });

  it('isobaric 2 mg at L5–S1: CSF at T10 peaks within minutes and is 7–11 µg/mL at 1 h', async () => {
    // Caute 1988 [R90]: 2 mg in saline at L5–S1, CSF sampled at T10 (volume not in the abstract: 2 mL over 1 min,
    // our choice). Published (isobaric, two patients): peaks 30 and 60 µg/mL at 5–15 min; 7 and 11 µg/mL at 1 h.
    let peak = 0;
    let tPeak = 0;
    let c1 = NaN;
    await afterBolus(
      { drug: 'morphine', patient: { catheterTipLevel: 'L5' } },
      { doseUg: 2000, volumeUl: 2000, at: 'L5', minutes: 1 },
      2,
      1 / 60,
      (t, _r, at) => {
        const c = at('T10') * UG_PER_UL_TO_UG_PER_ML;
        if (c > peak) [peak, tPeak] = [c, t];
        if (Math.abs(t - 1) < 1e-9) c1 = c;
      },
    );
    predict(
      'caute-t10-peak-time',
      {
        case: 'Morphine 2 mg isobaric at L5–S1: time of the peak CSF concentration at T10',
        source: 'Caute 1988 [R90]: peaks at 5–15 min (30 and 60 µg/mL)',
        target: '≤ 30 min',
        value: `${fmt(tPeak * 60)} min (peak ${fmt(peak)} µg/mL)`,
      },
      tPeak <= 0.5,
    );
    predict(
      'caute-t10-1h',
      {
        case: 'Same: CSF concentration at T10 at 1 h',
        source: 'Caute 1988 [R90]: 7 and 11 µg/mL',
        target: '3.5–22 µg/mL (half the lower to twice the upper)',
        value: `${fmt(c1)} µg/mL`,
      },
      c1 >= 3.5 && c1 <= 22,
    );
  });
});

describe('held-out predictions: clearance and chronic levels (labels, Albright 2007)', () => {
  it('baclofen: apparent CSF clearance after a 50 µg lumbar bolus', async () => {
    // The lumbar half-life was calibrated (1.5 h, csf-calibration.test.ts); the clearance was not. [R34]: four
    // patients, 0.013–0.08 L/h.
    const cl = await apparentClearanceUlPerHour(
      { drug: 'baclofen', patient: { catheterTipLevel: 'L3' } },
      { doseUg: 50, volumeUl: 1000, at: 'L3', minutes: 2 },
      'L3',
    );
    const lPerHour = cl / 1e6;
    predict(
      'baclofen-clearance',
      {
        case: 'Baclofen 50 µg lumbar bolus: apparent CSF clearance, dose / AUC(0–∞) at L3',
        source: 'CSF baclofen levels after intrathecal administration [R34]: 0.013–0.08 L/h (4 patients)',
        target: '0.013–0.08 L/h (the published range)',
        value: `${fmt(lPerHour)} L/h`,
      },
      lPerHour >= 0.013 && lPerHour <= 0.08,
    );
  });

  it('ziconotide: apparent CSF clearance after a 1-h infusion of 5 µg', async () => {
    // The lumbar half-life was calibrated (4.6 h); the clearance was not. Label [R35]: 0.38 ± 0.56 mL/min.
    const cl = await apparentClearanceUlPerHour(
      { drug: 'ziconotide', patient: { catheterTipLevel: 'L3' } },
      { doseUg: 5, volumeUl: 1000, at: 'L3', minutes: 60 },
      'L3',
    );
    const mlPerMin = cl / 1000 / 60;
    predict(
      'ziconotide-clearance',
      {
        case: 'Ziconotide 5 µg over 1 h at L3: apparent CSF clearance, dose / AUC(0–∞) at L3',
        source: 'Prialt label [R35]: 0.38 ± 0.56 mL/min (mean ± SD)',
        target: '0.19–0.76 mL/min (mean ÷ 2 to × 2)',
        value: `${fmt(mlPerMin)} mL/min`,
      },
      mlPerMin >= 0.19 && mlPerMin <= 0.76,
    );
  });

  it('baclofen in children on pumps: lumbar CSF at the mean chronic dose', async () => {
    // Albright 2007 [R53]: mean 607 µg/day (70–1395), CSF 0.2–20 µg/mL, mean 4.64. Our choices: a 30 kg, 135 cm child
    // (the cohort's sizes are not in the abstract), tip T11, 500 µg/mL, 7 days to steady state, sampled at L3.
    const { wasm, driver } = await makeDriver(
      { drug: 'baclofen', patient: { catheterTipLevel: 'T11', bodyWeightKg: 30, heightCm: 135 } },
      'release',
    );
    const ugPerDay = 607;
    wasm.csfAdvanceConstant(7 * 24, ugPerDay / 24, ((ugPerDay / 500) * 1000) / 24, 0);
    const c = levelConc(driver, record(wasm, driver.levels.length), 'L3') * UG_PER_UL_TO_UG_PER_ML;
    expect(Number.isFinite(c)).toBe(true);
    predict(
      'albright-children',
      {
        case: 'Baclofen 607 µg/day for 7 days, 30 kg child, tip T11: lumbar (L3) CSF concentration',
        source: 'Albright 2007 [R53]: mean 4.64 µg/mL (range 0.2–20) at a mean 607 µg/day',
        target: '1.55–13.9 µg/mL (mean ÷ 3 to × 3)',
        value: `${fmt(c)} µg/mL`,
      },
      c >= 4.64 / 3 && c <= 4.64 * 3,
    );
  });
});

describe('held-out predictions: hyperbaric spinal anaesthesia by posture (Povey 1989)', () => {
  // Povey 1989 [R91]: 4 mL of 0.5 % hyperbaric bupivacaine (20 mg) in 8 % glucose; sitting for 2 min then supine:
  // maximum cephalad analgesia T6 (T3–T10), median 12.5 min; sitting for 60 min: L3 at 60 min, then T6.5 at 90 min
  // after lying down. Our choices: injection at L3 over 20 s, sitting = upright (axis vertical), block = the most
  // cranial level whose CSF concentration reaches the table's EC50 (8 µg/mL).
  const threshold = DRUGS.bupivacaine.pd.spinal.pain!.ec50NgPerMl.value / UG_PER_UL_TO_NG_PER_ML;
  const povey = (changes: PostureChange[]): CsfConfigInput => ({
    drug: 'bupivacaine',
    formulation: 'hyperbaric',
    patient: { catheterTipLevel: 'L3', posture: 'upright' },
    postureChanges: changes,
  });
  const spinal: Bolus = { doseUg: 20_000, volumeUl: 4000, at: 'L3', minutes: 20 / 60 };
  /** Most cranial blocked level now (rank), −1 for none. */
  const blockRank = (at: (name: string) => number) => {
    let top = -1;
    for (const name of LEVEL_NAMES) if (at(name) >= threshold) top = Math.max(top, rank(name));
    return top;
  };
  const nameOf = (r: number) => (r < 0 ? 'none' : LEVEL_NAMES[r]);

  it('sitting 2 min, then supine: block height and the time it is reached', async () => {
    let top = -1;
    let tTop = 0;
    await afterBolus(povey([{ tHours: 2 / 60, posture: 'supine' }]), spinal, 1, 0.5 / 60, (t, _r, at) => {
      const b = blockRank(at);
      if (b > top) [top, tTop] = [b, t];
    });
    predict(
      'povey-supine-height',
      {
        case: 'Hyperbaric bupivacaine 20 mg in 4 mL at L3, sitting 2 min then supine: highest blocked level in 60 min',
        source: 'Povey 1989 [R91]: T6 (T3–T10), median (range)',
        target: 'T3–T10',
        value: nameOf(top),
      },
      top >= rank('T10') && top <= rank('T3'),
    );
    predict(
      'povey-supine-time',
      {
        case: 'Same: time to reach that highest level',
        source: 'Povey 1989 [R91]: median 12.5 min; block height set within 20–30 min',
        target: '≤ 30 min',
        value: `${fmt(tTop * 60)} min`,
      },
      top >= 0 && tTop <= 0.5,
    );
  });

  it('sitting 60 min, then supine: a low block while sitting, rising after lying down', async () => {
    let at60 = -1;
    let after = -1;
    await afterBolus(povey([{ tHours: 1, posture: 'supine' }]), spinal, 1.5, 0.5 / 60, (t, _r, at) => {
      const b = blockRank(at);
      if (Math.abs(t - 1) < 1e-9) at60 = b;
      if (t > 1) after = Math.max(after, b);
    });
    predict(
      'povey-sitting-60',
      {
        case: 'Same injection, sitting 60 min: highest blocked level at 60 min',
        source: 'Povey 1989 [R91]: L3 (median)',
        target: 'L1 or lower (within two segments above L3)',
        value: nameOf(at60),
      },
      at60 >= 0 && at60 <= rank('L1'),
    );
    predict(
      'povey-sitting-then-supine',
      {
        case: 'Same, then supine: highest blocked level by 90 min',
        source: 'Povey 1989 [R91]: T6.5 (median) at 90 min',
        target: 'T2–T10 (about four segments either side of T6)',
        value: nameOf(after),
      },
      after >= rank('T10') && after <= rank('T2'),
    );
  });
});
