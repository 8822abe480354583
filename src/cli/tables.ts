/**
 * The CSV and NDJSON forms of trial and sweep results (src/cli/csv.ts has the style; docs/api.md and
 * docs/trials.md list the columns). `merge` writes through the same functions as `trial` and `sweep`, so a merged
 * output is byte for byte the unsharded one.
 */
import type { SweepDocument, SweepDocumentRow, TrialDocument } from '../model/documents.js';
import type { Summary } from '../model/result.js';
import { csvTable, type CsvCell } from './csv.js';

/** Per patient (docs/trials.md). */
export const TRIAL_CSV_COLUMNS = [
  'patientId',
  'implant',
  'decision',
  'bestImprovementPct',
  'peakSideEffect',
  'dosesGiven',
  'respondingDose',
  'longTermBenefit',
  'longTermImprovementPct',
] as const;

export function trialCsv(doc: TrialDocument): string {
  return csvTable(
    TRIAL_CSV_COLUMNS,
    doc.rows.map((row) => [
      row.id,
      row.implant,
      row.code,
      Number(row.bestImprovementPct.toFixed(2)),
      Number(row.peakSideEffect.toFixed(4)),
      row.dosesGiven.join(';'),
      row.respondingDose,
      row.longTermBenefit,
      Number(row.longTermImprovementPct.toFixed(2)),
    ]),
  );
}

/** The summary fields of a sweep row, in this order, then one `outcomes.<name>` column per outcome score. */
export const SWEEP_SUMMARY_COLUMNS: (keyof Summary)[] = [
  'durationHours',
  'programmedVolumeMl',
  'deliveredVolumeMl',
  'deliveredDoseUg',
  'reservoirEndMl',
  'emptyAtHours',
  'nextRefillAtHours',
  'eriAtHours',
  'endOfServiceAtHours',
  'alarmCount',
  'massBalanceMaxRelError',
];

export function sweepCsv(doc: SweepDocument): string {
  const outcomeNames = [...new Set(doc.rows.flatMap((r) => Object.keys(r.summary.outcomes ?? {})))].sort();
  const header = [
    'run',
    ...doc.vary.map((v) => v.path),
    ...SWEEP_SUMMARY_COLUMNS,
    ...outcomeNames.map((n) => `outcomes.${n}`),
  ];
  const cells = (r: SweepDocumentRow): CsvCell[] => [
    r.run,
    ...doc.vary.map((v) => r.vary[v.path]),
    ...SWEEP_SUMMARY_COLUMNS.map((c) => r.summary[c] as CsvCell),
    ...outcomeNames.map((n) => r.summary.outcomes?.[n]),
  ];
  return csvTable(header, doc.rows.map(cells));
}

/** One NDJSON line per row (the JSON form's row objects). */
export const ndjsonLine = (row: unknown): string => `${JSON.stringify(row)}\n`;
