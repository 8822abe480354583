// Random replacement events (times, models, gaps, catheters, fills) never crash a run, never give NaN or
// Infinity, and keep the pump's volume balance: what reached the tip never exceeds what left the reservoirs plus
// what the catheters held, and nothing is delivered while no pump is implanted.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../src/runtime/node/index.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';

const device = fc.oneof(
  fc.constant(undefined),
  fc.constant({ kind: 'programmable' as const }),
  fc.constant({ kind: 'accumulator' as const, generation: 1 as const }),
  fc.constant({ kind: 'accumulator' as const, generation: 2 as const }),
  fc.constant({ kind: 'constant-rate' as const }),
);
const replacement = fc.record({
  type: fc.constant('replacement' as const),
  atHours: fc.integer({ min: 0, max: 40 * 24 }),
  volumeMl: fc.integer({ min: 0, max: 20 }),
  interruptionHours: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 72 })),
  device,
  catheter: fc.oneof(
    fc.constant(undefined),
    fc.record({ lengthCm: fc.integer({ min: 0, max: 120 }), primed: fc.boolean() }),
  ),
});
const scenario = fc.record({
  kind: fc.constantFrom('programmable' as const, 'accumulator' as const, 'constant-rate' as const),
  events: fc.array(replacement, { maxLength: 3 }),
  rate: fc.integer({ min: 0, max: 40 }).map((x) => x / 100),
});

describe('random pump replacements', () => {
  it('run without NaN/Infinity and deliver nothing while no pump is implanted', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ kind, events, rate }) => {
        const s: ScenarioInput = {
          schemaVersion: 1,
          durationDays: 45,
          outputIntervalMinutes: 60,
          drug: { name: 'morphine', concentrationUgPerMl: 10000 },
          device: { kind },
          ...(kind === 'constant-rate' ? {} : { program: { mode: 'continuous', rateMlPerDay: rate } }),
          events: events.map((e) => JSON.parse(JSON.stringify(e))),
          model: { distribution: false },
        };
        const r = await simulate(s);
        for (const a of [r.series.tipVolumeUl, r.series.tipDoseUg, r.series.reservoirMl]) {
          for (const x of a) expect(Number.isFinite(x) && x >= 0).toBe(true);
        }
        for (const v of Object.values(r.summary))
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        // gaps without a pump: every output interval inside [explant, new pump) delivers nothing
        const ex = r.events.filter((e) => e.code === 'explant');
        const starts = r.events.filter((e) => e.code === 'replacement').map((e) => e.tHours);
        for (const e of ex) {
          const until = starts.find((t) => t >= e.tHours) ?? Infinity;
          r.series.tHours.forEach((t, k) => {
            if (t - 1 >= e.tHours && t <= until) expect(r.series.tipVolumeUl[k]).toBe(0);
          });
        }
      }),
      { numRuns: 60, seed: 20261125 },
    );
  }, 120_000);
});
