/**
 * Scenario: the program — what the clinician sets (pumps.md §1.1 dosing modes, §1.3 patient bolus). A
 * constant-rate pump has no program: its rate is a property of the device and its dose changes only with the
 * concentration at refill.
 */
import { z } from 'zod';
import { atHours, list, num, oneOf } from './fields.js';

export const MAX_LIST = 2000;

export const flexStep = z.strictObject({
  startHours: num(0, 168, 'h', { description: 'Start of the step from the beginning of the period.' }),
  rateMlPerDay: num(0, 100, 'mL/day'),
});

export const flexSchema = z.strictObject({
  periodHours: z
    .union([z.literal(24), z.literal(168)], { error: 'must be 24 (a daily pattern) or 168 (a weekly one) h' })
    .describe('Repeat period: 24 (day) or 168 (week), h.'),
  steps: list(flexStep, 96).min(1, { error: 'must have at least one step' }),
});

export const bolusSchema = z.strictObject({
  kind: oneOf(
    ['single', 'priming', 'bridge'] as const,
    'single bolus, priming bolus (fills an empty catheter) or bridge bolus',
  ),
  atHours: atHours(),
  /** Drug volume; priming and bridge boluses default to the catheter dead volume. */
  volumeUl: num(0, 100000, 'µL').optional(),
  durationMinutes: num(1, 1440 * 7, 'min').optional(),
});

export const patientBolusSchema = z.strictObject({
  doseUg: num(0, 100000, 'µg', { description: 'Drug per patient-activated bolus.' }),
  durationMinutes: num(1, 1440, 'min').optional(),
  lockoutHours: num(0, 48, 'h', { description: 'Minimum time between two accepted boluses.' }),
  maxPerDay: num(0, 48, 'boluses/day', { int: true, description: 'Allotted boluses in any 24 h.' }),
});

export const programSchema = z.strictObject({
  mode: oneOf(['stopped', 'continuous', 'flex'] as const, 'Basal delivery mode.').optional(),
  /** Basal rate for mode 'continuous'. */
  rateMlPerDay: num(0, 2400, 'mL/day').optional(),
  flex: flexSchema.optional(),
  boluses: list(bolusSchema, MAX_LIST).optional(),
  patientBolus: patientBolusSchema.optional(),
  patientBolusRequests: list(z.strictObject({ atHours: atHours() }), MAX_LIST).optional(),
});

export type Program = z.infer<typeof programSchema>;
