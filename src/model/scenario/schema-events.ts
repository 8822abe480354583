/**
 * Scenario: what happens over time — the environment (body temperature, ambient pressure) and events
 * (refills, pocket fills, missed refills, faults, tip migration, MRI, reprogramming, pump replacement). Times are hours since the
 * start of the run; the environment is piecewise constant from each entry to the next.
 */
import { z } from 'zod/mini';
import { atHours, list, num, oneOf, text } from './fields.js';
import { coded } from './errors.js';
import { DRUG_NAMES, VERTEBRAL_LEVEL_NAMES } from './names.js';
import { MAX_LIST, flexSchema } from './schema-program.js';
import { catheterSchema, deviceSchema } from './schema-device.js';
import { MRI_RESUME_DELAY_REPORTED_HOURS } from '../data/devices.js';

const bodyTemperatureC = () => num(25, 44, '°C', { description: 'Core body temperature.' });
const altitudeFt = () =>
  num(-1500, 45000, 'ft', { description: 'Altitude or cabin altitude (ISA pressure).' });
const ambientPressureKpa = () =>
  num(10, 1000, 'kPa', {
    description: 'Absolute ambient pressure (overrides altitudeFt: diving, hyperbaric).',
  });

export const environmentEntry = z.strictObject({
  atHours: atHours(),
  bodyTemperatureC: z.optional(bodyTemperatureC()),
  altitudeFt: z.optional(altitudeFt()),
  ambientPressureKpa: z.optional(ambientPressureKpa()),
  note: z.optional(text(200)),
});

export const environmentSchema = z.strictObject({
  bodyTemperatureC: z.optional(bodyTemperatureC()),
  altitudeFt: z.optional(altitudeFt()),
  ambientPressureKpa: z.optional(ambientPressureKpa()),
  timeline: z.optional(list(environmentEntry, MAX_LIST)),
});

const drugName = oneOf(DRUG_NAMES);

export const refillEvent = z.strictObject({
  type: z.literal('refill'),
  atHours: atHours(),
  volumeMl: num(0, 250, 'mL', { description: 'Volume injected into the reservoir.' }),
  concentrationUgPerMl: z.optional(num(0, 100000, 'µg/mL', { exclusiveMin: true })),
  drugName: z.optional(drugName),
  /** A refill error: the needle in the catheter access port sends the whole refill into the CSF. */
  into: z.optional(
    oneOf(
      ['reservoir', 'catheter-access-port'] as const,
      'Where the refill needle went (default the reservoir).',
    ),
  ),
  /** How long the access-port injection took (default 5 min, an estimate). */
  injectionMinutes: z.optional(num(0.1, 120, 'min')),
  /** A refill error: what the prescription said; concentrationUgPerMl is what was actually filled. */
  prescribedConcentrationUgPerMl: z.optional(
    num(0, 100000, 'µg/mL', {
      exclusiveMin: true,
      description: 'Prescribed, when another concentration was filled.',
    }),
  ),
});

export const pocketFillEvent = z.strictObject({
  type: z.literal('pocket-fill'),
  atHours: atHours(),
  volumeMl: num(0, 250, 'mL', {
    description: 'Volume injected into the subcutaneous pocket instead of the pump.',
  }),
  concentrationUgPerMl: z.optional(num(0, 100000, 'µg/mL', { exclusiveMin: true })),
  /** The error noticed: this volume is drawn back from the pocket (absent = nothing aspirated). */
  aspiratedMl: z.optional(num(0, 250, 'mL', { description: 'Drawn back from the pocket.' })),
  aspiratedAfterHours: z.optional(
    num(0, 240, 'h', {
      description: 'Hours after the pocket fill (default 0).',
    }),
  ),
});

export const missedRefillEvent = z.strictObject({
  type: z.literal('missed-refill'),
  atHours: atHours(),
});

/**
 * Pump and catheter faults. Catheter complications: 'occlusion' (blocked), 'kink' (partly blocked), 'disconnection'
 * (at the pump connector), 'leak', 'fracture' (the flow partly or wholly into tissue before the tip), 'granuloma'
 * (an inflammatory mass growing at the tip takes up more and more of the drug), 'migration-out' (the tip left the
 * intrathecal space), 'csf-leak' (drug leaks back along the catheter tract).
 */
export const FAULT_KINDS = [
  'occlusion',
  'kink',
  'disconnection',
  'leak',
  'fracture',
  'motor-stall',
  'granuloma',
  'migration-out',
  'csf-leak',
] as const;

export const faultEvent = z.strictObject({
  type: z.literal('fault'),
  atHours: atHours(),
  fault: oneOf(FAULT_KINDS),
  /** How long the fault lasts (until the catheter is revised); absent = until the end of the run. */
  durationHours: z.optional(num(0, 24 * 3653, 'h')),
  /** For 'leak' and 'fracture': the fraction of the flow that goes to tissue instead of CSF (default 1). */
  leakFraction: z.optional(num(0, 1, 'fraction')),
  /** For 'kink': the fraction of the flow blocked (default 0.5, an estimate). */
  blockedFraction: z.optional(
    num(0, 1, 'fraction', {
      exclusiveMin: true,
      description: "'kink': fraction of the flow blocked.",
    }),
  ),
  /** For 'granuloma', 'migration-out' and 'csf-leak': the fraction of the drug leaving the tip lost to tissue. */
  tipLossFraction: z.optional(
    num(0, 1, 'fraction', {
      description:
        "'granuloma', 'migration-out', 'csf-leak': fraction of the drug leaving the tip lost to tissue.",
    }),
  ),
  /** For 'granuloma': how long the mass takes to reach tipLossFraction (default 6 weeks, an estimate). */
  growthDays: z.optional(
    num(0, 3653, 'days', {
      description: "'granuloma': days to grow to tipLossFraction.",
    }),
  ),
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
  fieldT: z.optional(num(0.2, 7, 'T', { description: 'Static field strength.' })),
  /**
   * Fault: a programmable pump restarts this long after the scan instead of when it ends. Bounded by the reported
   * range's upper end (2–24 h reported [D1]); absent = the device's mriRestartDelayHours (default 0).
   */
  resumeDelayHours: z.optional(
    num(0, MRI_RESUME_DELAY_REPORTED_HOURS.max, 'h', {
      description:
        'Fault: infusion resumes this long after the scan ends instead of at once (a programmable pump; 2–24 h reported).',
    }),
  ),
});

export const reprogramEvent = z.strictObject({
  type: z.literal('reprogram'),
  atHours: atHours(),
  mode: z.optional(oneOf(['stopped', 'continuous', 'flex'] as const)),
  rateMlPerDay: z.optional(num(0, 2400, 'mL/day')),
  flex: z.optional(flexSchema),
});

/** The clinician interrogates the pump with the programmer: clears a latched stop (MRI valve, alarm). */
export const interrogationEvent = z.strictObject({
  type: z.literal('interrogation'),
  atHours: atHours(),
});

/**
 * The implanted pump is exchanged for a new one: battery life 5–7 years, ERI → the pump stops 90 days later,
 * replacement planned about 6 months before that [D1]. The old pump is explanted at atHours
 * with what its reservoir still holds; the new one (new battery, reservoir filled with volumeMl) starts
 * interruptionHours later, running the current program.
 */
export const replacementEvent = z.strictObject({
  type: z.literal('replacement'),
  atHours: atHours(),
  device: z
    .optional(deviceSchema)
    .check(
      z.describe(
        "The new pump (kind and parameters, as `device`); absent: the same model as the scenario's device.",
      ),
    ),
  volumeMl: num(0, 250, 'mL', { description: 'Drug put into the new pump’s reservoir.' }),
  concentrationUgPerMl: z.optional(num(0, 100000, 'µg/mL', { exclusiveMin: true })),
  interruptionHours: z.optional(
    num(0, 720, 'h', {
      description:
        'Time without a pump, from explant to the new pump starting. 0 (default): a same-day swap, delivery continuous.',
    }),
  ),
  catheter: z
    .optional(catheterSchema)
    .check(
      z.describe(
        'The catheter is revised: the new one (length, dead space, primed). Absent: the catheter is kept, full of the old drug.',
      ),
    ),
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
  'replacement',
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
    replacementEvent,
  ],
  {
    error: coded(`must say which type of event: one of ${EVENT_TYPES.join(', ')}`, 'event-type', {
      options: [...EVENT_TYPES],
    }),
  },
);

export const eventsSchema = list(eventSchema, MAX_LIST);
export type ScenarioEvent = z.infer<typeof eventSchema>;
