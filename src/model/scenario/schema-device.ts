/**
 * Scenario: the device. One kind per pump family ([D1], [D3], [D6], [D15]). Every parameter is optional: a missing
 * one takes the device preset's default (src/model/data/devices.ts, where each default cites its source); the preset
 * follows from the kind (and the accumulator's generation, the external pump's access). The ranges
 * here are the hard limits of the simulator, wide enough for "what if" teaching; clinically unusual values inside
 * them give warnings (warnings.ts).
 */
import { z } from 'zod/mini';
import { flag, num, oneOf } from './fields.js';
import { coded } from './errors.js';

/** Fields every implanted or external pump has. */
const common = {
  reservoirMl: z.optional(num(0.5, 250, 'mL', { description: 'Usable reservoir volume.' })),
  reservoirStartMl: z.optional(
    num(0, 250, 'mL', {
      description: 'Drug in the reservoir at t = 0 (default: full).',
    }),
  ),
  lowReservoirAlarmMl: z.optional(num(0, 250, 'mL', { description: 'Low-reservoir alarm threshold.' })),
  refillThresholdMl: z.optional(
    num(0, 250, 'mL', {
      description: 'The next refill is due when the predicted reservoir reaches this volume.',
    }),
  ),
  accuracyBiasPercent: z.optional(num(-50, 50, '%', { description: 'Systematic delivery error.' })),
  accuracyRandomPercent: z.optional(
    num(0, 50, '%', {
      description: 'Half-width of the seeded per-refill random delivery error (uniform in ±this).',
    }),
  ),
};

/** Fields of battery-powered pumps. */
const battery = {
  batteryStartFraction: z.optional(
    num(0, 1, 'fraction', {
      description: 'Battery charge left at t = 0, 0–1 (1 = new pump).',
    }),
  ),
  telemetrySessionsPerMonth: z.optional(num(0, 100, 'sessions/month')),
};

export const programmableDevice = z.strictObject({
  kind: z.literal('programmable'),
  ...common,
  ...battery,
  strokeVolumeUl: z.optional(
    num(0.05, 50, 'µL', {
      description: 'Volume per motor stroke (an estimate).',
    }),
  ),
  maxRateMlPerDay: z.optional(num(0.01, 100, 'mL/day', { description: 'Fastest programmable rate.' })),
  mriRestartDelayHours: z.optional(
    num(0, 48, 'h', {
      description:
        'Delay before infusion resumes after every MRI scan (default 0: when the scan ends). A late restart after one scan is that MRI event’s resumeDelayHours.',
    }),
  ),
});

export const accumulatorDevice = z.strictObject({
  kind: z.literal('accumulator'),
  ...common,
  ...battery,
  generation: z
    .optional(
      z.union([z.literal(1), z.literal(2)], {
        error: coded('must be 1 (valves open in MRI) or 2 (flow-activated valve)', 'valve-generation'),
      }),
    )
    .check(
      z.describe(
        '1: MRI dumps reservoir and catheter; 2: the flow-activated valve passes ≤ 10 µL then shuts.',
      ),
    ),
  pulseVolumeUl: z.optional(
    num(0.05, 50, 'µL', {
      description: 'Volume per valve cycle (not published: an estimate).',
    }),
  ),
  maxRateMlPerDay: z.optional(num(0.01, 100, 'mL/day')),
});

export const constantRateDevice = z.strictObject({
  kind: z.literal('constant-rate'),
  ...common,
  nominalRateMlPerDay: z.optional(num(0.01, 20, 'mL/day', { description: 'Flow at 37 °C and sea level.' })),
  driveGaugePressureKpa: z.optional(
    num(10, 400, 'kPa', {
      description: 'Propellant drive pressure above ambient at 37 °C (an estimate).',
    }),
  ),
});

export const externalDevice = z.strictObject({
  kind: z.literal('external'),
  ...common,
  access: z.optional(
    oneOf(['temporary-catheter', 'port', 'lumbar-puncture'] as const, 'How the drug reaches the CSF.'),
  ),
  strokeVolumeUl: z.optional(
    num(0.05, 200, 'µL', {
      description: 'Volume per mechanism activation (CADD: 50 µL).',
    }),
  ),
  maxRateMlPerDay: z.optional(num(0.01, 2400, 'mL/day')),
});

export const DEVICE_KINDS = ['programmable', 'accumulator', 'constant-rate', 'external'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const deviceSchema = z.discriminatedUnion(
  'kind',
  [programmableDevice, accumulatorDevice, constantRateDevice, externalDevice],
  {
    error: coded(`must say which kind of device: one of ${DEVICE_KINDS.join(', ')}`, 'device-kind', {
      options: [...DEVICE_KINDS],
    }),
  },
);

export const catheterSchema = z.strictObject({
  lengthCm: z.optional(
    num(0, 200, 'cm', {
      description: 'Implanted length after trimming (default 50 cm, an estimate).',
    }),
  ),
  deadSpaceUlPerCm: z.optional(
    num(0, 20, 'µL/cm', {
      description: 'Internal volume per cm (Prometra: 2.6 µL/cm).',
    }),
  ),
  primed: z
    .optional(flag())
    .check(z.describe('true: the catheter is full of drug at t = 0; false: it holds saline/CSF.')),
  dispersion: z
    .optional(flag())
    .check(
      z.describe(
        'true (default): Taylor–Aris mixing of fronts in the catheter; false: plug flow (sharp fronts).',
      ),
    ),
});
