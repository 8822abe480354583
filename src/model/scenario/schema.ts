/**
 * Scenario format, schemaVersion 1 — one JSON document describes a whole run (docs/scenario.md). Validated with
 * zod 4 and published as JSON Schema by `itp-sim schema`. Units are in every field name; times inside the run
 * are hours since its start (`atHours`), the run's length is in days. Every optional field takes its default
 * from the device or patient preset (src/model/data/devices.ts, src/model/data/patient.ts) in src/engine/scenario-mapping.ts.
 */
import { z } from 'zod/mini';
import { atHours, flag, list, num, oneOf, text } from './fields.js';
import { coded } from './errors.js';
import { catheterSchema, deviceSchema } from './schema-device.js';
import { environmentSchema, eventsSchema } from './schema-events.js';
import { MAX_LIST, programSchema } from './schema-program.js';
import { DRUG_NAMES, FORMULATIONS, VERTEBRAL_LEVEL_NAMES } from './names.js';
import { POSTURES } from '../posture.js';
import { OPIOID_TOLERANCE_STATES } from '../data/adaptation.js';

export const SCHEMA_VERSION = 1 as const;

export const patientSchema = z.strictObject({
  heightCm: z.optional(num(40, 230, 'cm')),
  weightKg: z.optional(num(1, 300, 'kg')),
  catheterTipLevel: z.optional(oneOf(VERTEBRAL_LEVEL_NAMES, 'Vertebral level of the catheter tip.')),
  /**
   * Where the spinal effect is read: one level or a range of levels (default from the indication: T10–L1 for
   * spasticity of the legs, the catheter tip ± 2 levels for pain; src/model/csf-config.ts targetWindowCm).
   */
  targetLevel: z.optional(
    z.union(
      [
        oneOf(VERTEBRAL_LEVEL_NAMES),
        z.strictObject({ from: oneOf(VERTEBRAL_LEVEL_NAMES), to: oneOf(VERTEBRAL_LEVEL_NAMES) }),
      ],
      {
        error: coded(
          'must be a vertebral level such as "C6", or a range such as { "from": "C5", "to": "T1" }',
          'level',
        ),
      },
    ),
  ),
  /** Tilt of the spinal axis; moves hyperbaric drugs only (default supine, an estimate: src/model/posture.ts). */
  posture: z.optional(
    oneOf(POSTURES, 'Posture for the whole run: supine (default), upright (axis vertical) or prone.'),
  ),
  /** Upright by day, `posture` at night (defaults: estimates, POSTURE_CYCLE_DEFAULT in src/model/posture.ts). */
  postureCycle: z.optional(
    z.strictObject({
      uprightHours: z.optional(num(0, 24, 'h')),
      fromClockHour: z.optional(num(0, 24, 'h')), // clock hour: the run starts at 00:00
    }),
  ),
  /** Explicit switches; each holds until the next switch (cycle or change). */
  postureChanges: z.optional(
    list(z.strictObject({ atHours: atHours(), posture: oneOf(POSTURES) }), MAX_LIST),
  ),
  /** Opioid tolerance at the start (opioids only; default naive: trials and first starts). */
  opioidTolerance: z.optional(
    oneOf(
      OPIOID_TOLERANCE_STATES,
      'Opioid tolerance at the start: naive (default) or tolerant (on opioids for a week or more).',
    ),
  ),
  /** Drug put into tissue (pocket fill, leak, tip outside the CSF) reaches the blood with this half-time (default 2 h, an estimate). */
  tissueAbsorptionHalfTimeHours: z.optional(
    num(0, 48, 'h', {
      description: 'Absorption half-time of drug put into tissue (pocket fill, leak); 0 = at once.',
    }),
  ),
  csf: z.optional(
    z.strictObject({
      spinalCsfVolumeMl: z.optional(num(20, 200, 'mL')),
      cranialCsfVolumeMl: z.optional(num(20, 400, 'mL')),
      csfProductionMlPerMin: z.optional(num(0.05, 1.5, 'mL/min')),
      cardiacStrokeVolumeMl: z.optional(
        num(0.05, 3, 'mL', {
          description: 'CSF displaced per heartbeat at C2.',
        }),
      ),
      heartRateBpm: z.optional(num(20, 220, 'beats/min')),
      breathingDepthFactor: z.optional(
        num(0, 5, '×', {
          description: 'Scales the respiratory CSF oscillation.',
        }),
      ),
      dispersionFactor: z.optional(
        num(0.01, 100, '×', {
          description: 'Scales the effective dispersion everywhere.',
        }),
      ),
    }),
  ),
});

export const drugSchema = z.strictObject({
  name: oneOf(DRUG_NAMES),
  concentrationUgPerMl: num(0, 100000, 'µg/mL', { exclusiveMin: true }),
  /** Plain (default: the pump solutions) or hyperbaric (the dextrose spinal-anaesthesia bupivacaine). */
  formulation: z.optional(
    oneOf(FORMULATIONS, 'plain (default, as in pumps) or hyperbaric (dextrose; bupivacaine only).'),
  ),
  viscosityRelativeToWater: z.optional(
    num(0.5, 20, 'ratio', {
      description: 'Relative to water (default 1, an estimate); a gas pump’s flow ∝ 1/viscosity.',
    }),
  ),
  densityRelativeToCsf: z.optional(
    num(0.9, 1.1, 'ratio', {
      description:
        'Density of the infusate relative to CSF (> 1 hyperbaric). Default: the formulation (plain 1; hyperbaric bupivacaine 1.0325).',
    }),
  ),
});

export const modelSchema = z.strictObject({
  /** false: pump and catheter only (engineering runs); no CSF distribution. */
  distribution: z.optional(flag()),
  csfCells: z.optional(num(10, 1000, 'cells', { int: true })),
  /** Keep the raw stroke/pulse list (engineers). */
  recordStrokes: z.optional(flag()),
});

export const scenarioSchema = z.strictObject({
  /** The JSON Schema an editor validates the file against; ignored by the simulator. */
  $schema: z.optional(text(2000).check(z.describe('JSON Schema of this file (for editors); ignored.'))),
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: coded(`must be ${SCHEMA_VERSION} (this simulator's scenario format)`, 'version', {
      version: SCHEMA_VERSION,
    }),
  }),
  name: z._default(text(200), 'Untitled scenario'),
  description: z.optional(text(4000)),
  seed: z._default(num(0, 2 ** 32 - 1, '', { int: true }), 1),
  durationDays: num(0, 3653, 'days', { exclusiveMin: true }),
  outputIntervalMinutes: z._default(num(1, 10080, 'min'), 60),
  patient: z._default(patientSchema, {}),
  drug: drugSchema,
  device: deviceSchema,
  catheter: z._default(catheterSchema, {}),
  program: z._default(programSchema, {}),
  environment: z._default(environmentSchema, {}),
  events: z._default(eventsSchema, []),
  model: z._default(modelSchema, {}),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type DeviceSpec = Scenario['device'];
export type { ScenarioEvent } from './schema-events.js';
export type { DrugName, VertebralLevelName } from './names.js';

/** Identifier of the published schema (shipped as `intrathecal-pump-sim/scenario.schema.json`). */
export const SCENARIO_SCHEMA_ID = `https://intrathecal-pump-sim.github.io/schema/scenario-v${SCHEMA_VERSION}.json`;

/** The scenario format as JSON Schema (draft 2020-12), for `itp-sim schema` and editors. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    ...rest,
    title: 'intrathecal-pump-sim scenario',
    description:
      'One run of the intrathecal pump simulator. Units are in every field name; see docs/scenario.md.',
  };
}
