/**
 * Scenario: what happens over time — the environment (body temperature, ambient pressure) and events
 * (refills, pocket fills, missed refills, faults, tip migration, MRI, reprogramming). Times are hours since the
 * start of the run; the environment is piecewise constant from each entry to the next.
 */
import { z } from 'zod';
import { atHours, list, num, oneOf, text } from './fields.js';
import { DRUG_NAMES, VERTEBRAL_LEVEL_NAMES } from './names.js';
import { MAX_LIST, flexSchema } from './schema-program.js';

const bodyTemperatureC = () => num(25, 44, '°C', { description: 'Core body temperature.' });
const altitudeFt = () =>
  num(-1500, 45000, 'ft', { description: 'Altitude or cabin altitude (ISA pressure).' });
const ambientPressureKpa = () =>
  num(10, 1000, 'kPa', {
    description: 'Absolute ambient pressure (overrides altitudeFt: diving, hyperbaric).',
  });

export const environmentEntry = z.strictObject({
  atHours: atHours(),
  bodyTemperatureC: bodyTemperatureC().optional(),
  altitudeFt: altitudeFt().optional(),
  ambientPressureKpa: ambientPressureKpa().optional(),
  note: text(200).optional(),
});

export const environmentSchema = z.strictObject({
  bodyTemperatureC: bodyTemperatureC().optional(),
  altitudeFt: altitudeFt().optional(),
  ambientPressureKpa: ambientPressureKpa().optional(),
  timeline: list(environmentEntry, MAX_LIST).optional(),
});

const drugName = oneOf(DRUG_NAMES);

export const refillEvent = z.strictObject({
  type: z.literal('refill'),
  atHours: atHours(),
  volumeMl: num(0, 250, 'mL', { description: 'Volume injected into the reservoir.' }),
  concentrationUgPerMl: num(0, 100000, 'µg/mL', { exclusiveMin: true }).optional(),
  drugName: drugName.optional(),
});

export const pocketFillEvent = z.strictObject({
  type: z.literal('pocket-fill'),
  atHours: atHours(),
  volumeMl: num(0, 250, 'mL', {
    description: 'Volume injected into the subcutaneous pocket instead of the pump.',
  }),
  concentrationUgPerMl: num(0, 100000, 'µg/mL', { exclusiveMin: true }).optional(),
});

export const missedRefillEvent = z.strictObject({
  type: z.literal('missed-refill'),
  atHours: atHours(),
});

export const FAULT_KINDS = ['occlusion', 'disconnection', 'leak', 'motor-stall'] as const;

export const faultEvent = z.strictObject({
  type: z.literal('fault'),
  atHours: atHours(),
  fault: oneOf(FAULT_KINDS),
  /** How long the fault lasts; absent = until the end of the run. */
  durationHours: num(0, 24 * 3653, 'h').optional(),
  /** For 'leak': the fraction of the flow that goes to tissue instead of CSF. */
  leakFraction: num(0, 1, 'fraction').optional(),
});

export const tipMigrationEvent = z.strictObject({
  type: z.literal('tip-migration'),
  atHours: atHours(),
  toLevel: oneOf(VERTEBRAL_LEVEL_NAMES),
});

export const mriEvent = z.strictObject({
  type: z.literal('mri'),
  atHours: atHours(),
  durationMinutes: num(1, 600, 'min'),
  fieldT: num(0.2, 7, 'T', { description: 'Static field strength.' }).optional(),
});

export const reprogramEvent = z.strictObject({
  type: z.literal('reprogram'),
  atHours: atHours(),
  mode: oneOf(['stopped', 'continuous', 'flex'] as const).optional(),
  rateMlPerDay: num(0, 2400, 'mL/day').optional(),
  flex: flexSchema.optional(),
});

/** The clinician interrogates the pump with the programmer: clears a latched stop (MRI valve, alarm). */
export const interrogationEvent = z.strictObject({
  type: z.literal('interrogation'),
  atHours: atHours(),
});

export const EVENT_TYPES = [
  'refill',
  'pocket-fill',
  'missed-refill',
  'fault',
  'tip-migration',
  'mri',
  'reprogram',
  'interrogation',
] as const;

export const eventSchema = z.discriminatedUnion(
  'type',
  [
    refillEvent,
    pocketFillEvent,
    missedRefillEvent,
    faultEvent,
    tipMigrationEvent,
    mriEvent,
    reprogramEvent,
    interrogationEvent,
  ],
  { error: `must say which type of event: one of ${EVENT_TYPES.join(', ')}` },
);

export const eventsSchema = list(eventSchema, MAX_LIST);
export type ScenarioEvent = z.infer<typeof eventSchema>;
