/**
 * The result series, defined once: name (with its unit), unit, the label learners see, a description, and where
 * each comes from in the engines' output records with its conversion. The pump collector (src/engine/summary.ts),
 * the distribution driver (src/engine/csf/csf-driver.ts), the `Series` and `Effects` types (./result.ts), the
 * CSV export (./export.ts), the column table of docs/api.md (checked by test/unit/series-table.test.ts) and the
 * charts' titles (src/ui/elements/charts) all read this table.
 */
import { ugPerUlToNgPerMl, ulToMl } from './units.js';
import type { CsfOutField, PumpOutField } from './wasm-abi.js';

export interface SeriesDef {
  unit: string;
  /** What learners see as a chart title or legend: plain words and the unit. */
  label: string;
  /** One line for the CSV column list and docs/api.md. */
  description: string;
}

export interface PumpSeriesDef extends SeriesDef {
  /** Field of the pump engine's output record (src/model/wasm-abi.ts PUMP_OUT). */
  field: PumpOutField;
  /** Internal unit → this series' unit. */
  convert?: (x: number) => number;
  /** Present only for some runs (see `when`). */
  optional?: true;
  when?: string;
}

export interface CsfSeriesDef extends SeriesDef {
  /** Field of the distribution engine's output record (src/model/wasm-abi.ts CSF_OUT). */
  field: CsfOutField;
  convert?: (x: number) => number;
}

/** µg/µL → ng/mL as one multiplication (the same rounding as the engines' own conversion). */
const NG_PER_ML_PER_UG_PER_UL = ugPerUlToNgPerMl(1);
export const ngPerMl = (x: number): number => x * NG_PER_ML_PER_UG_PER_UL;

/** Pump and catheter series (`SimResult.series`), in CSV column order. */
export const PUMP_SERIES = {
  tHours: { unit: 'h', label: 'Time (h)', description: 'end of the output interval', field: 'tHours' },
  tipVolumeUl: {
    unit: 'µL',
    label: 'Volume delivered at the catheter tip (µL)',
    description: 'volume delivered at the catheter tip during the interval',
    field: 'tipVolumeUl',
  },
  tipDoseUg: {
    unit: 'µg',
    label: 'Dose delivered at the catheter tip (µg)',
    description: 'drug delivered at the catheter tip during the interval',
    field: 'tipMassUg',
  },
  reservoirMl: {
    unit: 'mL',
    label: 'Reservoir volume (mL)',
    description: 'reservoir volume at the end of the interval',
    field: 'reservoirUl',
    convert: ulToMl,
  },
  programmedCumulativeMl: {
    unit: 'mL',
    label: 'Programmed volume so far (mL)',
    description: 'cumulative programmed volume at the end of the interval',
    field: 'programmedCumUl',
    convert: ulToMl,
  },
  systemicDoseUg: {
    unit: 'µg',
    label: 'Dose to tissue instead of CSF (µg)',
    description:
      'drug that went into tissue instead of CSF during the interval (pocket fill, leak, tip in a mass or outside the CSF)',
    field: 'tissueDepositUg',
    optional: true,
  },
  absorbedToBloodUg: {
    unit: 'µg',
    label: 'Absorbed from tissue into the blood (µg)',
    description: 'drug absorbed from that tissue into the blood during the interval',
    field: 'systemicMassUg',
    optional: true,
  },
  tissueDepotUg: {
    unit: 'µg',
    label: 'Drug in tissue, not yet absorbed (µg)',
    description: 'drug in tissue outside the CSF, not yet absorbed, at the end of the interval',
    field: 'tissueDepotUg',
    optional: true,
  },
  batteryFraction: {
    unit: '0–1',
    label: 'Battery left (fraction)',
    description: 'battery remaining at the end of the interval',
    field: 'batteryFraction',
    optional: true,
    when: 'pumps with a battery',
  },
} as const satisfies Record<string, PumpSeriesDef>;

/** Concentration series of the distribution engine (`SimResult.distribution`), one value per interval. */
export const CONCENTRATION_SERIES = {
  cranialNgPerMl: {
    unit: 'ng/mL',
    label: 'Cranial CSF concentration (ng/mL)',
    description: 'cranial CSF concentration',
    field: 'cranial',
    convert: ngPerMl,
  },
  plasmaNgPerMl: {
    unit: 'ng/mL',
    label: 'Plasma concentration (ng/mL)',
    description: 'plasma concentration',
    field: 'plasma',
    convert: ngPerMl,
  },
  tipNgPerMl: {
    unit: 'ng/mL',
    label: 'CSF concentration at the catheter tip (ng/mL)',
    description: 'CSF concentration in the catheter-tip cell',
    field: 'tip',
    convert: ngPerMl,
  },
  spinalTargetNgPerMl: {
    unit: 'ng/mL',
    label: 'CSF concentration over the target segments (ng/mL)',
    description: 'mean CSF concentration over the target levels, where the spinal effect is read',
    field: 'target',
    convert: ngPerMl,
  },
} as const satisfies Record<string, CsfSeriesDef>;

/** Effect measures (`SimResult.distribution.effects`): what the drug did, on the scale in the name. */
export const EFFECT_SERIES = {
  painNrs: {
    unit: 'NRS 0–10',
    label: 'Pain score (0–10)',
    description: 'pain on the numeric rating scale (0 none, 10 worst)',
    field: 'painNrs',
  },
  spasticityMas: {
    unit: 'MAS 0–4',
    label: 'Spasticity, Ashworth-like score (0–4)',
    description: 'muscle tone on an Ashworth-like scale (0 normal, 4 rigid)',
    field: 'spasticityMas',
  },
  sedationFraction: {
    unit: '0–1',
    label: 'Sedation (0–1)',
    description: 'sedation intensity',
    field: 'sedation',
  },
  respiratoryDepressionFraction: {
    unit: '0–1',
    label: 'Breathing depression (0–1)',
    description: 'respiratory depression intensity',
    field: 'respiratoryDepression',
  },
  systemicSideEffectFraction: {
    unit: '0–1',
    label: 'Side effects from the blood (0–1)',
    description: 'intensity of the side effects driven by the plasma concentration',
    field: 'systemic',
  },
  withdrawalFraction: {
    unit: '0–1',
    label: 'Withdrawal (0–1)',
    description: 'withdrawal signs after sustained exposure stops',
    field: 'withdrawal',
  },
  dependenceFraction: {
    unit: '0–1',
    label: 'Physical dependence (0–1)',
    description: 'physical dependence built by sustained exposure; withdrawal follows when the drug stops',
    field: 'dependence',
  },
  opioidToleranceFraction: {
    unit: '0–1',
    label: 'Opioid tolerance (0–1)',
    description: 'tolerance to opioid sedation and slowed breathing, built by exposure, lost without it',
    field: 'tolerance',
  },
  spinalEffectFraction: {
    unit: '0–1',
    label: 'Spinal drug effect (0–1)',
    description: 'drug effect at the spinal target before placebo',
    field: 'spinalEffect',
  },
} as const satisfies Record<string, CsfSeriesDef>;

/** The last distribution column of the CSV. */
export const MASS_BALANCE_SERIES = {
  massBalanceRelError: {
    unit: '1',
    label: 'Relative mass-balance error',
    description: 'relative mass-balance error at the end of the interval',
    field: 'massRelError',
  },
} as const satisfies Record<string, CsfSeriesDef>;

/**
 * Mass-balance terms (`SimResult.distribution.massBalanceUg`), cumulative µg at each interval end:
 * delivered = spinalCsf + cranialCsf + cordTissue + plasma + eliminated.
 */
export const MASS_TERMS = {
  delivered: {
    unit: 'µg',
    label: 'Delivered so far (µg)',
    description: 'intrathecal, lumbar puncture and systemic doses',
    field: 'deliveredUg',
  },
  spinalCsf: {
    unit: 'µg',
    label: 'In the spinal CSF (µg)',
    description: 'drug in the spinal CSF',
    field: 'spinalUg',
  },
  cranialCsf: {
    unit: 'µg',
    label: 'In the cranial CSF (µg)',
    description: 'drug in the cranial CSF',
    field: 'cranialUg',
  },
  cordTissue: {
    unit: 'µg',
    label: 'In the spinal cord (µg)',
    description: 'drug in cord tissue',
    field: 'tissueUg',
  },
  plasma: { unit: 'µg', label: 'In the plasma (µg)', description: 'drug in plasma', field: 'plasmaUg' },
  eliminated: {
    unit: 'µg',
    label: 'Eliminated (µg)',
    description: 'drug that left the body from plasma',
    field: 'eliminatedUg',
  },
  clearedFromCsf: {
    unit: 'µg',
    label: 'Cleared from CSF to blood (µg)',
    description: 'drug that left CSF and tissue for blood',
    field: 'clearedFromCsfUg',
  },
  systemicInput: {
    unit: 'µg',
    label: 'Systemic doses from the pump (µg)',
    description: 'pocket fill and leak doses',
    field: 'systemicInputUg',
  },
} as const satisfies Record<string, CsfSeriesDef>;

export type MassTerm = keyof typeof MASS_TERMS;

/** The spinal CSF concentration, one column per vertebral level in the CSV (`csfNgPerMl_<level>`). */
export const LEVEL_SERIES = {
  name: 'csfNgPerMl',
  unit: 'ng/mL',
  label: (level: string) => `CSF concentration at ${level} (ng/mL)`,
  description: (level: string, xCm: number) =>
    `CSF concentration at ${level} (x = ${xCm} cm from the caudal end)`,
} as const;

export type PumpSeriesName = keyof typeof PUMP_SERIES;
type OptionalPumpSeries = {
  [K in PumpSeriesName]: (typeof PUMP_SERIES)[K] extends { optional: true } ? K : never;
}[PumpSeriesName];
/** Pump and catheter series, one value per output interval (units in the names; see PUMP_SERIES). */
export type Series = { [K in Exclude<PumpSeriesName, OptionalPumpSeries>]: Float64Array } & {
  [K in OptionalPumpSeries]?: Float64Array;
};

export type EffectName = keyof typeof EFFECT_SERIES;
/** Effect measures, each on the scale its name says (see EFFECT_SERIES). */
export type Effects = Record<EffectName, Float64Array>;

export type ConcentrationSeriesName = keyof typeof CONCENTRATION_SERIES;

/** Table entry of any named series, for labels and units (undefined for unknown names). */
export function seriesDef(name: string): SeriesDef | undefined {
  const all: Record<string, SeriesDef> = {
    ...PUMP_SERIES,
    ...CONCENTRATION_SERIES,
    ...EFFECT_SERIES,
    ...MASS_BALANCE_SERIES,
  };
  return Object.hasOwn(all, name) ? all[name] : undefined;
}

/** The CSV column table of docs/api.md, one row per column, in CSV order (test/unit/series-table.test.ts). */
export function seriesMarkdownTable(): string {
  const row = (name: string, def: SeriesDef & { when?: string }) =>
    `| \`${name}\` | ${def.unit} | ${def.description}${def.when ? ` (${def.when})` : ''} |`;
  const effects = (Object.keys(EFFECT_SERIES) as EffectName[]).sort();
  return [
    '| column | unit | meaning |',
    '| --- | --- | --- |',
    ...Object.entries(PUMP_SERIES).map(([name, def]) => row(name, def)),
    `| \`${LEVEL_SERIES.name}_<level>\` (one per level, S2 … C1) | ${LEVEL_SERIES.unit} | CSF concentration at that vertebral level |`,
    ...Object.entries(CONCENTRATION_SERIES).map(([name, def]) => row(name, def)),
    ...effects.map((name) => row(name, EFFECT_SERIES[name])),
    ...Object.entries(MASS_BALANCE_SERIES).map(([name, def]) => row(name, def)),
  ].join('\n');
}
