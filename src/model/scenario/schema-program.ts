/**
 * Scenario: the program — what the clinician sets (dosing modes [D1], patient bolus [D3]). A
 * constant-rate pump has no program: its rate is a property of the device and its dose changes only with the
 * concentration at refill.
 */
import { z } from 'zod/mini';
import { atHours, list, num, oneOf } from './fields.js';
import { coded } from './errors.js';

export const MAX_LIST = 2000;

export const flexStep = z.strictObject({
  startHours: num(0, 168, 'h', { description: 'Start of the step from the beginning of the period.' }),
  rateMlPerDay: num(0, 100, 'mL/day'),
});

export const flexSchema = z.strictObject({
  periodHours: z
    .union([z.literal(24), z.literal(168)], {
      error: coded('must be 24 (a daily pattern) or 168 (a weekly one) h', 'period'),
    })
    .check(z.describe('Repeat period: 24 (day) or 168 (week), h.')),
  steps: list(flexStep, 96).check(z.minLength(1, { error: coded('must have at least one step', 'too-few') })),
});

export const bolusSchema = z.strictObject({
  kind: oneOf(
    ['single', 'priming', 'bridge'] as const,
    'single bolus, priming bolus (fills an empty catheter) or bridge bolus',
  ),
  atHours: atHours(),
  /** Drug volume; priming and bridge boluses default to the catheter dead volume. */
  volumeUl: z.optional(num(0, 100000, 'µL')),
  durationMinutes: z.optional(num(1, 1440 * 7, 'min')),
  /**
   * When the bolus ends: 'resume' (default) goes on with the basal program; 'stop' is the single-bolus mode of
   * implanted programmable pumps, which leaves the pump stopped [D1].
   */
  then: z.optional(
    oneOf(
      ['resume', 'stop'] as const,
      'After the bolus: resume the basal program (default) or stop the pump (single-bolus mode).',
    ),
  ),
});

export const patientBolusSchema = z.strictObject({
  doseUg: num(0, 100000, 'µg', { description: 'Drug per patient-activated bolus.' }),
  durationMinutes: z.optional(num(1, 1440, 'min')),
  lockoutHours: num(0, 48, 'h', { description: 'Minimum time between two accepted boluses.' }),
  maxPerDay: num(0, 48, 'boluses/day', { int: true, description: 'Allotted boluses in any 24 h.' }),
});

export const programSchema = z.strictObject({
  mode: z.optional(oneOf(['stopped', 'continuous', 'flex'] as const, 'Basal delivery mode.')),
  /** Basal rate for mode 'continuous'. */
  rateMlPerDay: z.optional(num(0, 2400, 'mL/day')),
  flex: z.optional(flexSchema),
  boluses: z.optional(list(bolusSchema, MAX_LIST)),
  patientBolus: z.optional(patientBolusSchema),
  patientBolusRequests: z.optional(list(z.strictObject({ atHours: atHours() }), MAX_LIST)),
});

export type Program = z.infer<typeof programSchema>;
