/**
 * Scenario format, schemaVersion 1 — one JSON document describes a whole run (docs/scenario.md).
 * Validated with zod 4; published as JSON Schema by `itp-sim schema`. Units are in every field name.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const programmableDevice = z.object({
  kind: z.literal('programmable'),
  /** pumps.md §6: 20 or 40 mL [V]. */
  reservoirMl: z.number().min(1).max(60).default(20),
  /** pumps.md §6: 1 µL quantum, range 0.5–5 µL — an estimate [E], no published value. */
  strokeVolumeUl: z.number().min(0.05).max(50).default(1),
});

export const scenarioSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string().max(200).default('Untitled scenario'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  durationDays: z.number().gt(0).max(3653),
  outputIntervalMinutes: z.number().min(1).max(10080).default(60),
  drug: z.object({
    name: z.enum([
      'baclofen',
      'morphine',
      'hydromorphone',
      'fentanyl',
      'sufentanil',
      'bupivacaine',
      'clonidine',
      'ziconotide',
      'tracer',
    ]),
    concentrationUgPerMl: z.number().gt(0).max(100000),
  }),
  device: programmableDevice,
  /** Reservoir content at t = 0. */
  reservoirStartMl: z.number().min(0).max(60),
  program: z.object({
    mode: z.literal('continuous'),
    /** pumps.md §6: 0.048–24 mL/day [U]. */
    rateMlPerDay: z.number().min(0).max(24),
  }),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
