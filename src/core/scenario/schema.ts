/**
 * Scenario format, schemaVersion 1 — one JSON document describes a whole run (docs/scenario.md). Validated with
 * zod 4 and published as JSON Schema by `itp-sim schema`. Units are in every field name; times inside the run
 * are hours since its start (`atHours`), the run's length is in days. Every optional field takes its default
 * from the device or patient preset (src/core/devices.ts, src/core/patient.ts) in src/sim/scenario-mapping.ts.
 */
import { z } from 'zod';
import { atHours, flag, list, num, oneOf, text } from './fields.js';
import { catheterSchema, deviceSchema } from './schema-device.js';
import { environmentSchema, eventsSchema } from './schema-events.js';
import { MAX_LIST, programSchema } from './schema-program.js';
import { DRUG_NAMES, VERTEBRAL_LEVEL_NAMES } from './names.js';
import { POSTURES } from '../posture.js';

export const SCHEMA_VERSION = 1 as const;

export const patientSchema = z.strictObject({
  heightCm: num(40, 230, 'cm').optional(),
  weightKg: num(1, 300, 'kg').optional(),
  catheterTipLevel: oneOf(VERTEBRAL_LEVEL_NAMES, 'Vertebral level of the catheter tip.').optional(),
  /** Tilt of the spinal axis; moves hyperbaric drugs only (default supine, an estimate: src/core/posture.ts). */
  posture: oneOf(
    POSTURES,
    'Posture for the whole run: supine (default), upright (axis vertical) or prone.',
  ).optional(),
  /** Upright by day, `posture` at night (defaults: estimates, POSTURE_CYCLE_DEFAULT in src/core/posture.ts). */
  postureCycle: z
    .strictObject({
      uprightHours: num(0, 24, 'h').optional(),
      fromClockHour: num(0, 24, 'h').optional(), // clock hour: the run starts at 00:00
    })
    .optional(),
  /** Explicit switches; each holds until the next switch (cycle or change). */
  postureChanges: list(z.strictObject({ atHours: atHours(), posture: oneOf(POSTURES) }), MAX_LIST).optional(),
  csf: z
    .strictObject({
      spinalCsfVolumeMl: num(20, 200, 'mL').optional(),
      cranialCsfVolumeMl: num(20, 400, 'mL').optional(),
      csfProductionMlPerMin: num(0.05, 1.5, 'mL/min').optional(),
      cardiacStrokeVolumeMl: num(0.05, 3, 'mL', {
        description: 'CSF displaced per heartbeat at C2.',
      }).optional(),
      heartRateBpm: num(20, 220, 'beats/min').optional(),
      breathingDepthFactor: num(0, 5, '×', {
        description: 'Scales the respiratory CSF oscillation.',
      }).optional(),
      dispersionFactor: num(0.01, 100, '×', {
        description: 'Scales the effective dispersion everywhere.',
      }).optional(),
    })
    .optional(),
});

export const drugSchema = z.strictObject({
  name: oneOf(DRUG_NAMES),
  concentrationUgPerMl: num(0, 100000, 'µg/mL', { exclusiveMin: true }),
  densityRelativeToCsf: num(0.9, 1.1, 'ratio', {
    description:
      'Density of the infusate relative to CSF (> 1 hyperbaric). Default: the drug formulation (bupivacaine 1.0325, others 1).',
  }).optional(),
});

export const modelSchema = z.strictObject({
  /** false: pump and catheter only (engineering runs); no CSF distribution. */
  distribution: flag().optional(),
  csfCells: num(10, 1000, 'cells', { int: true }).optional(),
  /** Keep the raw stroke/pulse list (engineers). */
  recordStrokes: flag().optional(),
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: `must be ${SCHEMA_VERSION} (this simulator's scenario format)`,
  }),
  name: text(200).default('Untitled scenario'),
  description: text(4000).optional(),
  seed: num(0, 2 ** 32 - 1, '', { int: true }).default(1),
  durationDays: num(0, 3653, 'days', { exclusiveMin: true }),
  outputIntervalMinutes: num(1, 10080, 'min').default(60),
  patient: patientSchema.default({}),
  drug: drugSchema,
  device: deviceSchema,
  catheter: catheterSchema.default({}),
  program: programSchema.default({}),
  environment: environmentSchema.default({}),
  events: eventsSchema.default([]),
  model: modelSchema.default({}),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type DeviceSpec = Scenario['device'];
export type { ScenarioEvent } from './schema-events.js';
export type { DrugName, VertebralLevelName } from './names.js';

/** The scenario format as JSON Schema (draft 2020-12), for `itp-sim schema` and editors. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'intrathecal-pump-sim scenario',
    description:
      'One run of the intrathecal pump simulator. Units are in every field name; see docs/scenario.md.',
  };
}
