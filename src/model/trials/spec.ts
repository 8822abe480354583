/**
 * A trial scenario: which protocol, which population, how many virtual patients, which seed and, optionally,
 * other criteria. Validated with zod like the run scenario; presets cover the published comparisons.
 */
import { z } from 'zod/mini';
import { defaultCriteria, type Criteria } from './criteria.js';
import { findProtocol, PROTOCOLS, type ProtocolDefinition } from './protocols.js';
import { POPULATIONS, type Population, type PopulationId } from './virtual-patients.js';

// zod/mini (as the scenario schema, src/model/scenario/fields.ts), so that the worker's chunks share one small zod;
// its default messages ("Too small: expected number to be >=1") come from the English locale, as zod classic's did.
z.config(z.locales.en());

/** The most patients one run (or one shard of a sharded cohort) may simulate. */
export const MAX_COHORT = 10_000;
/** The largest cohort a spec may describe; above MAX_COHORT it runs in shards (`itp-sim trial --shard i/n`). */
export const MAX_SHARDED_COHORT = 1_000_000;

const efficacySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('relative-reduction'),
    thresholdPct: z.number().check(z.gte(1), z.lte(100)),
  }),
  z.strictObject({ kind: z.literal('level-drop'), levels: z.int().check(z.gte(1), z.lte(4)) }),
]);

// Strict everywhere, as the scenario: a misspelt field (criteria.intolerableSideeffect) is an error, not a default.
export const trialSpecSchema = z.strictObject({
  name: z._default(z.string().check(z.maxLength(200)), 'Trial'),
  protocol: z.enum(Object.keys(PROTOCOLS) as [string, ...string[]]),
  population: z.enum(Object.keys(POPULATIONS) as [PopulationId, ...PopulationId[]]),
  cohortSize: z._default(z.int().check(z.gte(1), z.lte(MAX_SHARDED_COHORT)), 1000),
  seed: z._default(z.int().check(z.gte(0), z.lte(2 ** 32 - 1)), 1),
  criteria: z.optional(
    z.strictObject({
      efficacy: z.optional(efficacySchema),
      intolerableSideEffect: z.optional(z.number().check(z.gt(0), z.lte(1))),
      noticeableSideEffect: z.optional(z.number().check(z.gt(0), z.lte(1))),
    }),
  ),
});

export type TrialSpec = z.infer<typeof trialSpecSchema>;
export type TrialSpecInput = z.input<typeof trialSpecSchema>;

export interface ResolvedSpec {
  spec: TrialSpec;
  protocol: ProtocolDefinition;
  population: Population;
  criteria: Criteria;
}

export interface TrialPreset {
  id: string;
  title: string;
  spec: TrialSpecInput;
}

export const TRIAL_PRESETS: readonly TrialPreset[] = [
  {
    id: 'baclofen-bolus-spinal',
    title: 'Baclofen bolus screening, spasticity of spinal origin (published 97 %)',
    spec: {
      name: 'Baclofen bolus screening, spinal origin',
      protocol: 'baclofen-bolus',
      population: 'spasticity-spinal',
    },
  },
  {
    id: 'baclofen-bolus-cerebral',
    title: 'Baclofen bolus screening, spasticity of cerebral origin (published 94 %)',
    spec: {
      name: 'Baclofen bolus screening, cerebral origin',
      protocol: 'baclofen-bolus',
      population: 'spasticity-cerebral',
    },
  },
  {
    id: 'baclofen-continuous',
    title: 'Continuous baclofen trial through an external pump (published 86 % to implant)',
    spec: {
      name: 'Continuous baclofen trial',
      protocol: 'baclofen-continuous',
      population: 'spasticity-cerebral',
    },
  },
  {
    id: 'morphine-continuous',
    title: 'Continuous morphine trial for pain (published 64–75 %)',
    spec: { name: 'Continuous morphine trial', protocol: 'morphine-continuous', population: 'pain-chronic' },
  },
  {
    id: 'morphine-bolus',
    title: 'Morphine single-shot trial for pain (published 64–75 % for trials in general)',
    spec: { name: 'Morphine single-shot trial', protocol: 'morphine-bolus', population: 'pain-chronic' },
  },
];

export const DEFAULT_TRIAL_PRESET = 'baclofen-bolus-spinal';

export function findTrialPreset(id: string): TrialPreset | undefined {
  return TRIAL_PRESETS.find((p) => p.id === id);
}

export class TrialSpecError extends Error {
  override readonly name = 'TrialSpecError';
  constructor(readonly issues: { path: string; message: string }[]) {
    super(issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n'));
  }
}

/** Throws TrialSpecError when one run would simulate more than MAX_COHORT patients (the per-run, per-shard cap). */
export function checkRunSize(patients: number): void {
  if (patients > MAX_COHORT)
    throw new TrialSpecError([
      {
        path: 'cohortSize',
        message: `${patients} patients in one run; the limit is ${MAX_COHORT} per run: split the cohort into shards (--shard i/n)`,
      },
    ]);
}

/** Validates and resolves a trial spec; throws TrialSpecError naming every bad field. */
export function resolveSpec(input: unknown): ResolvedSpec {
  const parsed = trialSpecSchema.safeParse(input);
  if (!parsed.success) {
    throw new TrialSpecError(
      parsed.error.issues.flatMap((i) => {
        const path = i.path.join('.');
        if (i.code !== 'unrecognized_keys') return [{ path, message: i.message }];
        // one issue per unknown field, named by its full path
        return i.keys.map((key) => ({
          path: path ? `${path}.${key}` : key,
          message: 'is not a field of a trial spec (check the spelling and docs/trials.md)',
        }));
      }),
    );
  }
  const spec = parsed.data;
  const protocol = findProtocol(spec.protocol)!;
  const base = defaultCriteria(protocol.measure);
  return {
    spec,
    protocol,
    population: POPULATIONS[spec.population],
    criteria: {
      efficacy: spec.criteria?.efficacy ?? base.efficacy,
      intolerableSideEffect: spec.criteria?.intolerableSideEffect ?? base.intolerableSideEffect,
      noticeableSideEffect: spec.criteria?.noticeableSideEffect ?? base.noticeableSideEffect,
    },
  };
}
