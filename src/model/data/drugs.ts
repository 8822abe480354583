/**
 * Drug library for the distribution engine (issue 4). Every number carries its source (keys of docs/sources.md)
 * and its tag as data (`Sourced`, src/model/sources.ts). Placeholders stay flagged so
 * the UI can badge them. Units are in the field names (clinical units here; src/model/csf-config.ts converts to
 * the internal h, µL, µg through src/model/units.ts).
 *
 * PD numbers (EC50, ke0, Emax, Hill) are illustrative teaching values except where a source is given: the sources
 * give no CSF EC50 for any opioid. They are set so that the clinical anchors of docs/sources.md come out (baclofen
 * 50 µg screening bolus → one-level Ashworth drop, peak 4–6 h; morphine 1–20 mg/day → pain relief).
 */
import { DRUG_PD } from './drug-pd.js';
import type { ToleranceData } from './adaptation.js';

import { sourced, type Sourced, type SourceTag } from '../sources.js';

export type { Sourced, SourceTag };

const cite = (value: number, unit: string, source: string, tag: SourceTag): Sourced =>
  sourced(value, unit, tag, source);

export const DRUG_NAMES = [
  'baclofen',
  'morphine',
  'hydromorphone',
  'fentanyl',
  'sufentanil',
  'bupivacaine',
  'clonidine',
  'ziconotide',
  'tracer',
] as const;
export type DrugName = (typeof DRUG_NAMES)[number];
export type Lipophilicity = 'hydrophilic' | 'intermediate' | 'lipophilic';
export type Indication = 'spasticity' | 'pain';

/** Optional spinal-cord tissue compartment (Ummenhofer 2000 [R32]: lipophilic drugs partition into cord/fat). */
export interface TissueData {
  /** Tissue:CSF concentration ratio at equilibrium. */
  partition: Sourced;
  /** CSF → tissue exchange rate constant, 1/h (on the CSF side). */
  exchangePerHour: Sourced;
  /** Tissue → plasma clearance rate constant, 1/h. */
  toPlasmaPerHour: Sourced;
}

export interface HillData {
  /** Concentration at half-maximal effect, ng/mL. */
  ec50NgPerMl: Sourced;
  emax: number;
  hill: number;
}

export interface PdData {
  /** Effect-site equilibration for spinal and supraspinal effects, 1/h. */
  ke0PerHour: Sourced;
  /** Spinal effect per indication (absent = no effect on that outcome). */
  spinal: Partial<Record<Indication, HillData>>;
  /** Supraspinal effects, driven by the cranial CSF concentration. */
  sedation: HillData | null;
  respiratoryDepression: HillData | null;
  /** Systemic side effects, driven by the plasma concentration. */
  systemic: HillData | null;
  /** Withdrawal when the supply stops after sustained exposure (baclofen boxed warning [R72]; ./adaptation.ts). */
  withdrawal: boolean;
  /** Opioid tolerance (./adaptation.ts); null = the model gives this drug no tolerance. */
  tolerance: ToleranceData | null;
}

export interface PlasmaData {
  volumeLPerKg: Sourced;
  clearanceMlPerMinPerKg: Sourced;
}

export interface DosingData {
  concentrationsUgPerMl: Sourced[];
  typicalDailyDoseUg: { min: number; max: number; source: string; tag: SourceTag } | null;
  trialBolusUg: Sourced | null;
  maxConcentrationUgPerMl: Sourced | null;
  maxDailyDoseUg: Sourced | null;
}

/** Route comparison [R68, R69]: dose ratios to the intrathecal dose for the same spinal effect. */
export interface RouteData {
  oralToIt: Sourced | null;
  ivToIt: Sourced | null;
  epiduralToIt: Sourced | null;
  oralBioavailability: Sourced | null;
}

export interface DrugData {
  name: DrugName;
  displayName: string;
  lipophilicity: Lipophilicity;
  mwGPerMol: Sourced | null;
  octanolWater: Sourced | null;
  /** Apparent CSF half-life after an intrathecal bolus (lumbar sampling), h: sets the first-order CSF loss. */
  csfHalfLifeHours: Sourced;
  /** Published range of the CSF half-life, h (for the calibration test and the UI). */
  csfHalfLifeRangeHours: [number, number] | null;
  /**
   * First-order loss the column applies (spinal and cranial CSF, on top of bulk absorption with CSF turnover), as a
   * half-life, when it differs from the published apparent one: calibrated so the model's apparent lumbar t½
   * after a bolus reproduces `csfHalfLifeHours` (test/assembly/csf-calibration.test.ts). Absent = same value.
   */
  csfIntrinsicHalfLifeHours?: Sourced;
  /**
   * Density of the usual formulation relative to CSF (ρ_CSF = 1000 kg/m³ [R4]): > 1 is
   * hyperbaric and drifts down the spinal axis with posture (src/model/posture.ts). 1 = isobaric.
   */
  densityRelativeToCsf: Sourced;
  /** Density of a hyperbaric (dextrose) formulation when one exists (`drug.formulation: 'hyperbaric'`). */
  hyperbaricDensityRelativeToCsf?: Sourced;
  tissue: TissueData | null;
  plasma: PlasmaData;
  pd: PdData;
  dosing: DosingData;
  routes: RouteData;
}

/** No density figure in the sources for this drug's intrathecal formulation: treated as isobaric (estimate). */
const ISOBARIC: Sourced = cite(
  1,
  'ratio',
  'no density figure for the pump formulation; isobaric assumed (estimate)',
  'estimate',
);
/** PACC 2012 figures as widely quoted; the paper's tables could not be read, so they stay unverified. */
const PACC = 'PACC 2012 consensus [R66], as quoted';
const PACC_MAX = 'PACC 2012 consensus maximum [R66], as quoted';
const EST_PLASMA = 'textbook order of magnitude, an estimate; check before use';

export const DRUGS: Record<DrugName, DrugData> = {
  baclofen: {
    name: 'baclofen',
    displayName: 'Baclofen',
    lipophilicity: 'hydrophilic',
    mwGPerMol: cite(213.66, 'g/mol', 'Lioresal label [R39]', 'verified'),
    octanolWater: cite(
      0.1,
      'ratio',
      'logP ≈ −1, hydrophilic zwitterion (commonly quoted, unverified)',
      'unverified',
    ),
    csfHalfLifeHours: cite(1.5, 'h', 'label mean ≈ 1.5 h [R39]', 'unverified'),
    csfHalfLifeRangeHours: [0.9, 5],
    densityRelativeToCsf: ISOBARIC,
    // Label: CSF clearance ≈ 30 mL/h, comparable to bulk flow ([R39], unverified): in the column most of the lumbar decay is
    // spread and bulk absorption; the extra loss reproducing 1.5 h (1–4 h after 50 µg) is t½ ≈ 3.3 h (estimate).
    csfIntrinsicHalfLifeHours: cite(3.29, 'h', `calibrated so the model's lumbar t½ is 1.5 h`, 'estimate'),
    tissue: null,
    plasma: {
      volumeLPerKg: cite(0.7, 'L/kg', EST_PLASMA, 'estimate'),
      // Oral baclofen t½ ≈ 3.5 h with V 0.7 L/kg → CL ≈ 2.3 mL/min/kg (estimate).
      clearanceMlPerMinPerKg: cite(2.3, 'mL/min/kg', EST_PLASMA, 'estimate'),
    },
    pd: DRUG_PD.baclofen,
    dosing: {
      concentrationsUgPerMl: [50, 500, 2000].map((c) => cite(c, 'µg/mL', '[R57, R39]', 'verified')),
      typicalDailyDoseUg: {
        min: 300,
        max: 800,
        source: 'spinal-origin maintenance (commonly quoted, unverified)',
        tag: 'unverified',
      },
      trialBolusUg: cite(50, 'µg', '[R57, D16]', 'verified'),
      maxConcentrationUgPerMl: null,
      maxDailyDoseUg: null,
    },
    routes: {
      oralToIt: null,
      ivToIt: null,
      epiduralToIt: null,
      oralBioavailability: cite(0.8, 'fraction', EST_PLASMA, 'estimate'),
    },
  },
  morphine: {
    name: 'morphine',
    displayName: 'Morphine',
    lipophilicity: 'hydrophilic',
    mwGPerMol: cite(285, 'g/mol', '[R43, R44]', 'verified'),
    octanolWater: cite(1.4, 'ratio', '[R43, R44]', 'verified'),
    csfHalfLifeHours: cite(3.1, 'h', '175–196 min, Nordberg 1984 [R31]', 'verified'),
    csfHalfLifeRangeHours: [175 / 60, 196 / 60],
    densityRelativeToCsf: ISOBARIC,
    // In the column, lumbar CSF also falls by spread and cranial bulk absorption (≈ 0.16/h at L3): the extra
    // first-order loss that reproduces 185 min after a 0.5 mg lumbar bolus is t½ ≈ 10 h (calibrated, an estimate).
    csfIntrinsicHalfLifeHours: cite(10.0, 'h', `calibrated so the model's lumbar t½ is 185 min`, 'estimate'),
    // The cord is the effect compartment; morphine's cord exposure is the highest of the opioids because of its low
    // cord distribution volume and slow clearance into plasma (Ummenhofer 2000 [R32], in pigs). No rate constants
    // were read there: the three values are estimates in that direction (fentanyl: partition 10, 2/h, 0.5/h).
    tissue: {
      partition: cite(1, 'ratio', 'low cord distribution volume [R32]; an estimate', 'estimate'),
      exchangePerHour: cite(
        0.2,
        '1/h',
        'hydrophilic, slow entry: a tenth of fentanyl (estimate)',
        'estimate',
      ),
      toPlasmaPerHour: cite(
        0.05,
        '1/h',
        'slow clearance into plasma [R32]; t½ ≈ 14 h (estimate)',
        'estimate',
      ),
    },
    plasma: {
      volumeLPerKg: cite(3.5, 'L/kg', EST_PLASMA, 'estimate'),
      clearanceMlPerMinPerKg: cite(21, 'mL/min/kg', EST_PLASMA, 'estimate'),
    },
    pd: DRUG_PD.morphine,
    dosing: {
      concentrationsUgPerMl: [cite(20000, 'µg/mL', PACC_MAX, 'unverified')],
      // One practice used 1–20 mg/day [R63], above the consensus maximum stored below: the usual range stops there.
      typicalDailyDoseUg: { min: 1000, max: 15000, source: '[R63], capped at [R66]', tag: 'verified' },
      trialBolusUg: cite(300, 'µg', '0.1–0.5 mg [R59]; post-op ceiling 300 µg [R62]', 'verified'),
      maxConcentrationUgPerMl: cite(20000, 'µg/mL', PACC, 'unverified'),
      maxDailyDoseUg: cite(15000, 'µg/day', PACC, 'unverified'),
    },
    routes: {
      oralToIt: cite(
        300,
        'ratio',
        '300:100:10:1, the product of two ratios [R68, R69] (estimate)',
        'estimate',
      ),
      ivToIt: cite(100, 'ratio', 'IV:epidural:IT 100:10:1 [R68]', 'verified'),
      epiduralToIt: cite(10, 'ratio', '[R68]', 'verified'),
      oralBioavailability: cite(1 / 3, 'fraction', 'oral:IV 3:1 [R69]', 'verified'),
    },
  },
  hydromorphone: {
    name: 'hydromorphone',
    displayName: 'Hydromorphone',
    // Octanol:water 2 against morphine's 1.4 and fentanyl's 813 [R43]: still on the water-soluble side, but
    // more lipid-soluble than morphine, so it is usually called intermediate between the two groups.
    lipophilicity: 'intermediate',
    mwGPerMol: cite(285, 'g/mol', '[R43]', 'verified'),
    octanolWater: cite(2, 'ratio', '[R43]', 'verified'),
    csfHalfLifeHours: cite(2.5, 'h', 'placeholder, morphine-like (estimate)', 'estimate'),
    csfHalfLifeRangeHours: null,
    densityRelativeToCsf: ISOBARIC,
    tissue: null,
    plasma: {
      volumeLPerKg: cite(4, 'L/kg', EST_PLASMA, 'estimate'),
      clearanceMlPerMinPerKg: cite(20, 'mL/min/kg', EST_PLASMA, 'estimate'),
    },
    pd: DRUG_PD.hydromorphone,
    dosing: {
      concentrationsUgPerMl: [cite(15000, 'µg/mL', PACC_MAX, 'unverified')],
      // One practice used 0.5–25 mg/day [R63], above the consensus maximum below: the usual range stops there.
      typicalDailyDoseUg: { min: 500, max: 10000, source: '[R63], capped at [R66]', tag: 'verified' },
      trialBolusUg: null,
      maxConcentrationUgPerMl: cite(15000, 'µg/mL', PACC, 'unverified'),
      maxDailyDoseUg: cite(10000, 'µg/day', PACC, 'unverified'),
    },
    routes: {
      oralToIt: cite(300, 'ratio', 'morphine ratios assumed (estimate)', 'estimate'),
      ivToIt: cite(100, 'ratio', 'morphine ratios assumed (estimate)', 'estimate'),
      epiduralToIt: cite(10, 'ratio', 'morphine ratios assumed (estimate)', 'estimate'),
      oralBioavailability: cite(1 / 3, 'fraction', 'morphine ratio assumed (estimate)', 'estimate'),
    },
  },
  fentanyl: {
    name: 'fentanyl',
    displayName: 'Fentanyl',
    lipophilicity: 'lipophilic',
    mwGPerMol: cite(336.5, 'g/mol', 'free base, commonly quoted (unverified)', 'unverified'),
    octanolWater: cite(813, 'ratio', '[R43, R44]', 'verified'),
    csfHalfLifeHours: cite(0.5, 'h', 'placeholder, illustrative (estimate)', 'estimate'),
    csfHalfLifeRangeHours: null,
    densityRelativeToCsf: ISOBARIC,
    tissue: {
      partition: cite(10, 'ratio', 'qualitative, fast uptake into cord/fat [R32]', 'estimate'),
      exchangePerHour: cite(2, '1/h', '[R32], illustrative', 'estimate'),
      toPlasmaPerHour: cite(0.5, '1/h', '[R32], illustrative', 'estimate'),
    },
    plasma: {
      volumeLPerKg: cite(4, 'L/kg', EST_PLASMA, 'estimate'),
      clearanceMlPerMinPerKg: cite(13, 'mL/min/kg', EST_PLASMA, 'estimate'),
    },
    pd: DRUG_PD.fentanyl,
    dosing: {
      concentrationsUgPerMl: [],
      typicalDailyDoseUg: null,
      trialBolusUg: cite(25, 'µg', 'spinal 10–25 µg [R60]', 'verified'),
      maxConcentrationUgPerMl: null,
      maxDailyDoseUg: null,
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  sufentanil: {
    name: 'sufentanil',
    displayName: 'Sufentanil',
    lipophilicity: 'lipophilic',
    mwGPerMol: cite(386.5, 'g/mol', 'free base, commonly quoted (unverified)', 'unverified'),
    octanolWater: cite(1778, 'ratio', '[R43, R44]', 'verified'),
    csfHalfLifeHours: cite(0.5, 'h', 'placeholder, illustrative (estimate)', 'estimate'),
    csfHalfLifeRangeHours: null,
    densityRelativeToCsf: ISOBARIC,
    tissue: {
      partition: cite(30, 'ratio', 'high cord Vd [R32]', 'estimate'),
      exchangePerHour: cite(2, '1/h', '[R32], illustrative', 'estimate'),
      toPlasmaPerHour: cite(0.3, '1/h', '[R32], illustrative', 'estimate'),
    },
    plasma: {
      volumeLPerKg: cite(2.5, 'L/kg', EST_PLASMA, 'estimate'),
      clearanceMlPerMinPerKg: cite(12, 'mL/min/kg', EST_PLASMA, 'estimate'),
    },
    pd: DRUG_PD.sufentanil,
    dosing: {
      concentrationsUgPerMl: [],
      typicalDailyDoseUg: { min: 10, max: 100, source: '[R63]', tag: 'verified' },
      trialBolusUg: null,
      maxConcentrationUgPerMl: null,
      maxDailyDoseUg: null,
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  bupivacaine: {
    name: 'bupivacaine',
    displayName: 'Bupivacaine',
    lipophilicity: 'lipophilic',
    mwGPerMol: cite(288.4, 'g/mol', 'commonly quoted (unverified)', 'unverified'),
    octanolWater: cite(2500, 'ratio', 'logP ≈ 3.4 (commonly quoted, unverified)', 'unverified'),
    csfHalfLifeHours: cite(0.5, 'h', 'placeholder, illustrative (estimate)', 'estimate'),
    csfHalfLifeRangeHours: null,
    // Pump bupivacaine is the plain solution (the default formulation); plain bupivacaine is close to CSF density
    // (no figure in our sources): isobaric, an estimate. The hyperbaric spinal formulation, 7.5 mg/mL in 8.25 %
    // dextrose, has a specific gravity of 1.030–1.035 [R64] (midpoint), the one Flack & Bernards 2010 infused [R37].
    densityRelativeToCsf: cite(
      1,
      'ratio',
      'plain solution, close to CSF density (no figure found): isobaric, an estimate',
      'estimate',
    ),
    hyperbaricDensityRelativeToCsf: cite(
      1.0325,
      'ratio',
      'hyperbaric specific gravity 1.030–1.035 [R64]',
      'verified',
    ),
    tissue: {
      partition: cite(5, 'ratio', 'cord concentrations [R36], illustrative', 'estimate'),
      exchangePerHour: cite(2, '1/h', 'illustrative', 'estimate'),
      toPlasmaPerHour: cite(0.5, '1/h', 'illustrative', 'estimate'),
    },
    plasma: {
      volumeLPerKg: cite(1, 'L/kg', EST_PLASMA, 'estimate'),
      clearanceMlPerMinPerKg: cite(7, 'mL/min/kg', EST_PLASMA, 'estimate'),
    },
    pd: DRUG_PD.bupivacaine,
    dosing: {
      concentrationsUgPerMl: [cite(7500, 'µg/mL', 'hyperbaric spinal [R64]', 'verified')],
      typicalDailyDoseUg: { min: 6000, max: 20000, source: '[R63]', tag: 'verified' },
      trialBolusUg: null,
      maxConcentrationUgPerMl: cite(30000, 'µg/mL', PACC, 'unverified'),
      maxDailyDoseUg: cite(20000, 'µg/day', `${PACC}: 15–20 mg/day`, 'unverified'),
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  clonidine: {
    name: 'clonidine',
    displayName: 'Clonidine',
    lipophilicity: 'intermediate',
    mwGPerMol: cite(230.1, 'g/mol', 'commonly quoted (unverified)', 'unverified'),
    octanolWater: cite(40, 'ratio', 'logP ≈ 1.6 (commonly quoted, unverified)', 'unverified'),
    csfHalfLifeHours: cite(1.1, 'h', '66 ± 2 min after epidural dosing, Glynn 1992 [R55]', 'verified'),
    csfHalfLifeRangeHours: [0.4, 1.1],
    densityRelativeToCsf: ISOBARIC,
    tissue: null,
    plasma: {
      volumeLPerKg: cite(2, 'L/kg', EST_PLASMA, 'estimate'),
      clearanceMlPerMinPerKg: cite(3, 'mL/min/kg', EST_PLASMA, 'estimate'),
    },
    pd: DRUG_PD.clonidine,
    dosing: {
      concentrationsUgPerMl: [cite(1000, 'µg/mL', PACC_MAX, 'unverified')],
      // One practice used 250–2000 µg/day [R63], above the consensus maximum below: the usual range stops there.
      typicalDailyDoseUg: { min: 250, max: 600, source: '[R63], capped at [R66]', tag: 'verified' },
      trialBolusUg: cite(15, 'µg', 'spinal 15 µg [R60]', 'verified'),
      maxConcentrationUgPerMl: cite(1000, 'µg/mL', PACC, 'unverified'),
      maxDailyDoseUg: cite(600, 'µg/day', PACC, 'unverified'),
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  ziconotide: {
    name: 'ziconotide',
    displayName: 'Ziconotide',
    lipophilicity: 'hydrophilic',
    mwGPerMol: cite(2639.14, 'g/mol', '[R48]', 'verified'),
    octanolWater: null,
    csfHalfLifeHours: cite(4.6, 'h', 'Prialt label [R35]', 'verified'),
    csfHalfLifeRangeHours: [2.5, 6.5],
    densityRelativeToCsf: ISOBARIC,
    // Its CSF clearance 0.38 mL/min ≈ 23 mL/h equals bulk CSF flow [R1, R8, R35]: in the column the lumbar decay is
    // almost all redistribution plus bulk absorption, so the extra first-order loss is small (calibrated, an estimate).
    csfIntrinsicHalfLifeHours: cite(34.6, 'h', `calibrated so the model's lumbar t½ is 4.6 h`, 'estimate'),
    tissue: null,
    plasma: {
      // 30.5 L and 270 mL/min (Prialt label [R35]) per 70 kg.
      volumeLPerKg: cite(30.5 / 70, 'L/kg', '[R35]: 30.5 L per 70 kg', 'verified'),
      clearanceMlPerMinPerKg: cite(270 / 70, 'mL/min/kg', '[R35]: 270 mL/min per 70 kg', 'verified'),
    },
    pd: DRUG_PD.ziconotide,
    dosing: {
      concentrationsUgPerMl: [
        cite(25, 'µg/mL', '[R63]', 'verified'),
        cite(100, 'µg/mL', 'commonly quoted maximum (unverified)', 'unverified'),
      ],
      typicalDailyDoseUg: { min: 2.4, max: 19.2, source: '[R63, R65, R84]', tag: 'verified' },
      trialBolusUg: null,
      maxConcentrationUgPerMl: cite(100, 'µg/mL', 'commonly quoted maximum (unverified)', 'unverified'),
      maxDailyDoseUg: cite(19.2, 'µg/day', '[R84]', 'verified'),
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  tracer: {
    name: 'tracer',
    displayName: 'Hydrophilic tracer (¹¹¹In-DTPA-like)',
    lipophilicity: 'hydrophilic',
    mwGPerMol: null,
    octanolWater: null,
    // Cleared with CSF bulk turnover: k = 3.9e-5 /s (an estimate) → t½ = ln2/(0.1404/h) = 4.94 h.
    csfHalfLifeHours: cite(
      Math.LN2 / (3.9e-5 * 3600),
      'h',
      'CSF bulk turnover 3.9e-5 /s [R1, R8], an estimate for this drug',
      'estimate',
    ),
    csfHalfLifeRangeHours: null,
    densityRelativeToCsf: ISOBARIC,
    tissue: null,
    plasma: {
      volumeLPerKg: cite(0.2, 'L/kg', 'extracellular-fluid tracer, illustrative', 'estimate'),
      clearanceMlPerMinPerKg: cite(1.7, 'mL/min/kg', 'renal (GFR-like) clearance, illustrative', 'estimate'),
    },
    pd: DRUG_PD.tracer,
    dosing: {
      concentrationsUgPerMl: [],
      typicalDailyDoseUg: null,
      trialBolusUg: null,
      maxConcentrationUgPerMl: null,
      maxDailyDoseUg: null,
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
};

export const FORMULATIONS = ['plain', 'hyperbaric'] as const;
export type Formulation = (typeof FORMULATIONS)[number];

/** Infusate density relative to CSF of a drug's formulation (plain: the drug's usual one). */
export function formulationDensity(drug: DrugData, formulation: Formulation = 'plain'): number {
  return formulation === 'hyperbaric' && drug.hyperbaricDensityRelativeToCsf
    ? drug.hyperbaricDensityRelativeToCsf.value
    : drug.densityRelativeToCsf.value;
}

export function getDrug(name: string): DrugData | undefined {
  return (DRUGS as Record<string, DrugData>)[name];
}
