// fast-check arbitraries for scenario fuzzing: random JSON values and presets with random mutations
// (set a field to a random value, delete it, scale a number, add an unknown field).
import fc from 'fast-check';
import { PRESETS } from '../../src/model/scenario/presets.js';

type Doc = Record<string, unknown>;

/** Every path (to objects, arrays and leaves) in a JSON document. */
export function allPaths(doc: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (doc !== null && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc)) {
      const key = Array.isArray(doc) ? Number(k) : k;
      out.push([...prefix, key], ...allPaths(v, [...prefix, key]));
    }
  }
  return out;
}

const weirdValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(0, -1, 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.5, 24, 2000, NaN, Infinity, -Infinity),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('T10', 'L3', 'baclofen', 'flex', 'programmable', 'refill', 'C9', ''),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);

export type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'scale'; at: number; factor: number }
  | { op: 'add'; at: number; key: string; value: unknown };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: weirdValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('scale' as const),
    at: fc.nat(),
    factor: fc.double({ min: 0.3, max: 3, noNaN: true }),
  }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.string({ maxLength: 8 }),
    value: weirdValue,
  }),
);

/** Applies mutations to a copy of a preset's scenario. */
export function mutate(presetIndex: number, mutations: Mutation[]): Doc {
  const doc = structuredClone(PRESETS[presetIndex % PRESETS.length].scenario) as Doc;
  for (const m of mutations) {
    const paths = allPaths(doc);
    if (!paths.length) break;
    const path = paths[m.at % paths.length];
    const parent = path
      .slice(0, -1)
      .reduce<unknown>(
        (o, k) => (o !== null && typeof o === 'object' ? (o as Doc)[k as string] : undefined),
        doc,
      ) as Doc;
    const key = path[path.length - 1] as string;
    if (parent === null || typeof parent !== 'object') continue;
    if (m.op === 'set') parent[key] = m.value;
    else if (m.op === 'delete') delete parent[key];
    else if (m.op === 'scale' && typeof parent[key] === 'number')
      parent[key] = (parent[key] as number) * m.factor;
    else if (m.op === 'add' && parent[key] !== null && typeof parent[key] === 'object') {
      (parent[key] as Doc)[m.key] = m.value;
    }
  }
  return doc;
}

export const mutatedScenarioArb = fc
  .tuple(fc.nat({ max: PRESETS.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([i, ms]) => mutate(i, ms));

/** Only gentle mutations (scaling numbers): most stay valid, so they exercise the engines. */
export const scaledScenarioArb = fc
  .tuple(
    fc.nat({ max: PRESETS.length - 1 }),
    fc.array(
      fc.record({
        op: fc.constant('scale' as const),
        at: fc.nat(),
        factor: fc.double({ min: 0.5, max: 2, noNaN: true }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([i, ms]) => mutate(i, ms));
