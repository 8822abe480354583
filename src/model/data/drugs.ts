/**
 * Drug library for the distribution engine (issue 4). Every number carries its source and the sheet's flag as
 * data (`tag`): pharmacology.md ✔ → 'verified', ◐ → 'recalled', ✎ → 'estimate'. Placeholders stay flagged so
 * the UI can badge them. Units are in the field names (clinical units here; src/model/csf-config.ts converts to
 * the internal h, µL, µg through src/model/units.ts).
 *
 * PD numbers (EC50, ke0, Emax, Hill) are illustrative teaching values except where a source is given: the sheet
 * found no CSF EC50 for any opioid (§4.3). They are set so that the sheet's clinical anchors come out (baclofen
 * 50 µg screening bolus → one-level Ashworth drop, peak 4–6 h; morphine 1–20 mg/day → pain relief).
 */
import { DRUG_PD } from './drug-pd.js';

export type SourceTag = 'verified' | 'recalled' | 'estimate';

/** A number the UI may show, with its source and flag. */
export interface Sourced {
  value: number;
  unit: string;
  source: string;
  tag: SourceTag;
}

const S = (value: number, unit: string, source: string, flag: '✔' | '◐' | '✎'): Sourced => ({
  value,
  unit,
  source,
  tag: flag === '✔' ? 'verified' : flag === '◐' ? 'recalled' : 'estimate',
});

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
  /** Withdrawal when the supply stops (baclofen boxed warning, §3.5 ✔). */
  withdrawal: boolean;
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

/** Route comparison (§3.4): dose ratios to the intrathecal dose for the same spinal effect. */
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
   * Density of the usual formulation relative to CSF (ρ_CSF = 1000 kg/m³, pharmacology.md §1.1 [R4]): > 1 is
   * hyperbaric and drifts down the spinal axis with posture (src/model/posture.ts). 1 = isobaric.
   */
  densityRelativeToCsf: Sourced;
  tissue: TissueData | null;
  plasma: PlasmaData;
  pd: PdData;
  dosing: DosingData;
  routes: RouteData;
}

const P = 'pharmacology.md';
/** No density figure in the sheet for this drug's intrathecal formulation: treated as isobaric (✎). */
const ISOBARIC: Sourced = S(
  1,
  'ratio',
  `${P} §3.3: no density figure for the pump formulation; isobaric assumed`,
  '✎',
);
const EST_PLASMA = `${P}: plasma PK not in the sheet; textbook order of magnitude, check before use`;

export const DRUGS: Record<DrugName, DrugData> = {
  baclofen: {
    name: 'baclofen',
    displayName: 'Baclofen',
    lipophilicity: 'hydrophilic',
    mwGPerMol: S(213.66, 'g/mol', `${P} §3.1, Lioresal label [R39]`, '✔'),
    octanolWater: S(0.1, 'ratio', `${P} §3.1: logP ≈ −1, hydrophilic zwitterion`, '◐'),
    csfHalfLifeHours: S(1.5, 'h', `${P} §3.2/§6.5: label mean ≈ 1.5 h [R39]`, '◐'),
    csfHalfLifeRangeHours: [0.9, 5],
    densityRelativeToCsf: ISOBARIC,
    // Label: CSF clearance ≈ 30 mL/h, comparable to bulk flow (§3.2 ◐): in the column most of the lumbar decay is
    // spread and bulk absorption; the extra loss reproducing 1.5 h (1–4 h after 50 µg) is t½ ≈ 3.3 h (✎).
    csfIntrinsicHalfLifeHours: S(3.29, 'h', `${P} §3.2: calibrated so the model's lumbar t½ is 1.5 h`, '✎'),
    tissue: null,
    plasma: {
      volumeLPerKg: S(0.7, 'L/kg', EST_PLASMA, '✎'),
      // Oral baclofen t½ ≈ 3.5 h with V 0.7 L/kg → CL ≈ 2.3 mL/min/kg (✎).
      clearanceMlPerMinPerKg: S(2.3, 'mL/min/kg', EST_PLASMA, '✎'),
    },
    pd: DRUG_PD.baclofen,
    dosing: {
      concentrationsUgPerMl: [50, 500, 2000].map((c) => S(c, 'µg/mL', `${P} §3.3 [R57, R39]`, '✔')),
      typicalDailyDoseUg: {
        min: 300,
        max: 800,
        source: `${P} §3.3: spinal-origin maintenance`,
        tag: 'recalled',
      },
      trialBolusUg: S(50, 'µg', `${P} §3.3; pumps.md §5 [V]`, '✔'),
      maxConcentrationUgPerMl: null,
      maxDailyDoseUg: null,
    },
    routes: {
      oralToIt: null,
      ivToIt: null,
      epiduralToIt: null,
      oralBioavailability: S(0.8, 'fraction', EST_PLASMA, '✎'),
    },
  },
  morphine: {
    name: 'morphine',
    displayName: 'Morphine',
    lipophilicity: 'hydrophilic',
    mwGPerMol: S(285, 'g/mol', `${P} §3.1 [R43, R44]`, '✔'),
    octanolWater: S(1.4, 'ratio', `${P} §3.1 [R43, R44]`, '✔'),
    csfHalfLifeHours: S(3.1, 'h', `${P} §3.2: 175–196 min, Nordberg 1984 [R31]`, '✔'),
    csfHalfLifeRangeHours: [175 / 60, 196 / 60],
    densityRelativeToCsf: ISOBARIC,
    // In the column, lumbar CSF also falls by spread and cranial bulk absorption (≈ 0.16/h at L3): the extra
    // first-order loss that reproduces 185 min after a 0.5 mg lumbar bolus is t½ ≈ 10 h (calibrated ✎).
    csfIntrinsicHalfLifeHours: S(10.0, 'h', `${P} §3.2: calibrated so the model's lumbar t½ is 185 min`, '✎'),
    tissue: null,
    plasma: {
      volumeLPerKg: S(3.5, 'L/kg', EST_PLASMA, '✎'),
      clearanceMlPerMinPerKg: S(21, 'mL/min/kg', EST_PLASMA, '✎'),
    },
    pd: DRUG_PD.morphine,
    dosing: {
      concentrationsUgPerMl: [S(20000, 'µg/mL', `${P} §3.3: PACC 2012 maximum`, '◐')],
      typicalDailyDoseUg: { min: 1000, max: 20000, source: `${P} §3.3 [R63]`, tag: 'verified' },
      trialBolusUg: S(300, 'µg', `${P} §3.3: 0.1–0.5 mg [R59]; post-op ceiling 300 µg [R62]`, '✔'),
      maxConcentrationUgPerMl: S(20000, 'µg/mL', `${P} §3.3: PACC 2012`, '◐'),
      maxDailyDoseUg: S(15000, 'µg/day', `${P} §3.3: PACC 2012`, '◐'),
    },
    routes: {
      oralToIt: S(300, 'ratio', `${P} §3.4: 300:100:10:1 (product of [R68] and [R69])`, '✎'),
      ivToIt: S(100, 'ratio', `${P} §3.4: IV:epidural:IT 100:10:1 [R68]`, '✔'),
      epiduralToIt: S(10, 'ratio', `${P} §3.4 [R68]`, '✔'),
      oralBioavailability: S(1 / 3, 'fraction', `${P} §3.4: oral:IV 3:1 [R69]`, '✔'),
    },
  },
  hydromorphone: {
    name: 'hydromorphone',
    displayName: 'Hydromorphone',
    lipophilicity: 'hydrophilic',
    mwGPerMol: S(285, 'g/mol', `${P} §3.1 [R43]`, '✔'),
    octanolWater: S(2, 'ratio', `${P} §3.1 [R43]`, '✔'),
    csfHalfLifeHours: S(2.5, 'h', `${P} §6.5: placeholder, morphine-like`, '✎'),
    csfHalfLifeRangeHours: null,
    densityRelativeToCsf: ISOBARIC,
    tissue: null,
    plasma: {
      volumeLPerKg: S(4, 'L/kg', EST_PLASMA, '✎'),
      clearanceMlPerMinPerKg: S(20, 'mL/min/kg', EST_PLASMA, '✎'),
    },
    pd: DRUG_PD.hydromorphone,
    dosing: {
      concentrationsUgPerMl: [S(15000, 'µg/mL', `${P} §3.3: PACC 2012 maximum`, '◐')],
      typicalDailyDoseUg: { min: 500, max: 25000, source: `${P} §3.3 [R63]`, tag: 'verified' },
      trialBolusUg: null,
      maxConcentrationUgPerMl: S(15000, 'µg/mL', `${P} §3.3: PACC 2012`, '◐'),
      maxDailyDoseUg: S(10000, 'µg/day', `${P} §3.3: PACC 2012`, '◐'),
    },
    routes: {
      oralToIt: S(300, 'ratio', `${P} §3.4: morphine ratios assumed`, '✎'),
      ivToIt: S(100, 'ratio', `${P} §3.4: morphine ratios assumed`, '✎'),
      epiduralToIt: S(10, 'ratio', `${P} §3.4: morphine ratios assumed`, '✎'),
      oralBioavailability: S(1 / 3, 'fraction', `${P} §3.4: morphine ratio assumed`, '✎'),
    },
  },
  fentanyl: {
    name: 'fentanyl',
    displayName: 'Fentanyl',
    lipophilicity: 'lipophilic',
    mwGPerMol: S(336.5, 'g/mol', `${P} §3.1: base`, '◐'),
    octanolWater: S(813, 'ratio', `${P} §3.1 [R43, R44]`, '✔'),
    csfHalfLifeHours: S(0.5, 'h', `${P} §6.5: placeholder, illustrative`, '✎'),
    csfHalfLifeRangeHours: null,
    densityRelativeToCsf: ISOBARIC,
    tissue: {
      partition: S(10, 'ratio', `${P} §2.1: qualitative, fast uptake into cord/fat [R32]`, '✎'),
      exchangePerHour: S(2, '1/h', `${P} §2.1 [R32], illustrative`, '✎'),
      toPlasmaPerHour: S(0.5, '1/h', `${P} §2.1 [R32], illustrative`, '✎'),
    },
    plasma: {
      volumeLPerKg: S(4, 'L/kg', EST_PLASMA, '✎'),
      clearanceMlPerMinPerKg: S(13, 'mL/min/kg', EST_PLASMA, '✎'),
    },
    pd: DRUG_PD.fentanyl,
    dosing: {
      concentrationsUgPerMl: [],
      typicalDailyDoseUg: null,
      trialBolusUg: S(25, 'µg', `${P} §3.3: spinal 10–25 µg [R60]`, '✔'),
      maxConcentrationUgPerMl: null,
      maxDailyDoseUg: null,
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  sufentanil: {
    name: 'sufentanil',
    displayName: 'Sufentanil',
    lipophilicity: 'lipophilic',
    mwGPerMol: S(386.5, 'g/mol', `${P} §3.1: base`, '◐'),
    octanolWater: S(1778, 'ratio', `${P} §3.1 [R43, R44]`, '✔'),
    csfHalfLifeHours: S(0.5, 'h', `${P} §6.5: placeholder, illustrative`, '✎'),
    csfHalfLifeRangeHours: null,
    densityRelativeToCsf: ISOBARIC,
    tissue: {
      partition: S(30, 'ratio', `${P} §2.1: high cord Vd [R32]`, '✎'),
      exchangePerHour: S(2, '1/h', `${P} §2.1 [R32], illustrative`, '✎'),
      toPlasmaPerHour: S(0.3, '1/h', `${P} §2.1 [R32], illustrative`, '✎'),
    },
    plasma: {
      volumeLPerKg: S(2.5, 'L/kg', EST_PLASMA, '✎'),
      clearanceMlPerMinPerKg: S(12, 'mL/min/kg', EST_PLASMA, '✎'),
    },
    pd: DRUG_PD.sufentanil,
    dosing: {
      concentrationsUgPerMl: [],
      typicalDailyDoseUg: { min: 10, max: 100, source: `${P} §3.3 [R63]`, tag: 'verified' },
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
    mwGPerMol: S(288.4, 'g/mol', `${P} §3.1`, '◐'),
    octanolWater: S(2500, 'ratio', `${P} §3.1: logP ≈ 3.4`, '◐'),
    csfHalfLifeHours: S(0.5, 'h', `${P} §6.5: placeholder, illustrative`, '✎'),
    csfHalfLifeRangeHours: null,
    // Hyperbaric spinal 7.5 mg/mL in 8.25 % dextrose: specific gravity 1.030–1.035 (§3.3 ✔ [R64]), midpoint;
    // the formulation Flack & Bernards 2010 infused (§2.2 [R37]). Plain (isobaric) bupivacaine: override to 1.
    densityRelativeToCsf: S(1.0325, 'ratio', `${P} §3.3: hyperbaric specific gravity 1.030–1.035 [R64]`, '✔'),
    tissue: {
      partition: S(5, 'ratio', `${P} §2.2: cord concentrations [R36], illustrative`, '✎'),
      exchangePerHour: S(2, '1/h', 'illustrative', '✎'),
      toPlasmaPerHour: S(0.5, '1/h', 'illustrative', '✎'),
    },
    plasma: {
      volumeLPerKg: S(1, 'L/kg', EST_PLASMA, '✎'),
      clearanceMlPerMinPerKg: S(7, 'mL/min/kg', EST_PLASMA, '✎'),
    },
    pd: DRUG_PD.bupivacaine,
    dosing: {
      concentrationsUgPerMl: [S(7500, 'µg/mL', `${P} §3.3: hyperbaric spinal [R64]`, '✔')],
      typicalDailyDoseUg: { min: 6000, max: 20000, source: `${P} §3.3 [R63]`, tag: 'verified' },
      trialBolusUg: null,
      maxConcentrationUgPerMl: S(30000, 'µg/mL', `${P} §3.3: PACC 2012`, '◐'),
      maxDailyDoseUg: S(20000, 'µg/day', `${P} §3.3: PACC 2012 (15–20 mg/day)`, '◐'),
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  clonidine: {
    name: 'clonidine',
    displayName: 'Clonidine',
    lipophilicity: 'intermediate',
    mwGPerMol: S(230.1, 'g/mol', `${P} §3.1`, '◐'),
    octanolWater: S(40, 'ratio', `${P} §3.1: logP ≈ 1.6`, '◐'),
    csfHalfLifeHours: S(1.1, 'h', `${P} §3.2: 66 ± 2 min after epidural dosing, Glynn 1992 [R55]`, '✔'),
    csfHalfLifeRangeHours: [0.4, 1.1],
    densityRelativeToCsf: ISOBARIC,
    tissue: null,
    plasma: {
      volumeLPerKg: S(2, 'L/kg', EST_PLASMA, '✎'),
      clearanceMlPerMinPerKg: S(3, 'mL/min/kg', EST_PLASMA, '✎'),
    },
    pd: DRUG_PD.clonidine,
    dosing: {
      concentrationsUgPerMl: [S(1000, 'µg/mL', `${P} §3.3: PACC 2012 maximum`, '◐')],
      typicalDailyDoseUg: { min: 250, max: 2000, source: `${P} §3.3 [R63]`, tag: 'verified' },
      trialBolusUg: S(15, 'µg', `${P} §3.3: spinal 15 µg [R60]`, '✔'),
      maxConcentrationUgPerMl: S(1000, 'µg/mL', `${P} §3.3: PACC 2012`, '◐'),
      maxDailyDoseUg: S(600, 'µg/day', `${P} §3.3: PACC 2012`, '◐'),
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  ziconotide: {
    name: 'ziconotide',
    displayName: 'Ziconotide',
    lipophilicity: 'hydrophilic',
    mwGPerMol: S(2639.14, 'g/mol', `${P} §3.1 [R48]`, '✔'),
    octanolWater: null,
    csfHalfLifeHours: S(4.6, 'h', `${P} §3.2: Prialt label [R35]`, '✔'),
    csfHalfLifeRangeHours: [2.5, 6.5],
    densityRelativeToCsf: ISOBARIC,
    // Its CSF clearance 0.38 mL/min ≈ 23 mL/h equals bulk CSF flow (§1.2, §3.2 ✔): in the column the lumbar decay is
    // almost all redistribution plus bulk absorption, so the extra first-order loss is small (calibrated ✎).
    csfIntrinsicHalfLifeHours: S(34.6, 'h', `${P} §3.2: calibrated so the model's lumbar t½ is 4.6 h`, '✎'),
    tissue: null,
    plasma: {
      // 30.5 L and 270 mL/min (Prialt label [R35] ✔) per 70 kg.
      volumeLPerKg: S(30.5 / 70, 'L/kg', `${P} §3.2 [R35]: 30.5 L per 70 kg`, '✔'),
      clearanceMlPerMinPerKg: S(270 / 70, 'mL/min/kg', `${P} §3.2 [R35]: 270 mL/min per 70 kg`, '✔'),
    },
    pd: DRUG_PD.ziconotide,
    dosing: {
      concentrationsUgPerMl: [S(25, 'µg/mL', `${P} §3.3 [R63]`, '✔'), S(100, 'µg/mL', `${P} §3.3`, '◐')],
      typicalDailyDoseUg: { min: 2.4, max: 19.2, source: `${P} §3.3 [R63, R65, R84]`, tag: 'verified' },
      trialBolusUg: null,
      maxConcentrationUgPerMl: S(100, 'µg/mL', `${P} §3.3`, '◐'),
      maxDailyDoseUg: S(19.2, 'µg/day', `${P} §3.3 [R84]`, '✔'),
    },
    routes: { oralToIt: null, ivToIt: null, epiduralToIt: null, oralBioavailability: null },
  },
  tracer: {
    name: 'tracer',
    displayName: 'Hydrophilic tracer (¹¹¹In-DTPA-like)',
    lipophilicity: 'hydrophilic',
    mwGPerMol: null,
    octanolWater: null,
    // Cleared with CSF bulk turnover: k = 3.9e-5 /s (pharmacology.md §1.4 ✎) → t½ = ln2/(0.1404/h) = 4.94 h.
    csfHalfLifeHours: S(Math.LN2 / (3.9e-5 * 3600), 'h', `${P} §1.4: CSF bulk turnover 3.9e-5 /s`, '✎'),
    csfHalfLifeRangeHours: null,
    densityRelativeToCsf: ISOBARIC,
    tissue: null,
    plasma: {
      volumeLPerKg: S(0.2, 'L/kg', 'extracellular-fluid tracer, illustrative', '✎'),
      clearanceMlPerMinPerKg: S(1.7, 'mL/min/kg', 'renal (GFR-like) clearance, illustrative', '✎'),
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

export function getDrug(name: string): DrugData | undefined {
  return (DRUGS as Record<string, DrugData>)[name];
}
