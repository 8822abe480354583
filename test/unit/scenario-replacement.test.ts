// The `replacement` scenario event: old saved scenarios run unchanged, bad events get path/value/range/unit
// messages, the mapping onto the engine, the battery story (the dead pump is replaced, not refilled), and the
// one time format of messages and calendar.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { simulate } from '../../src/runtime/node/index.js';
import { presetScenario } from '../../src/model/scenario/presets.js';
import { BATTERY_STORY_REPLACEMENT_DAY } from '../../src/model/scenario/presets-lifecycle.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import type { Scenario, ScenarioInput } from '../../src/model/scenario/schema.js';
import { mapPump } from '../../src/engine/scenario-mapping.js';
import { runTimeText } from '../../src/model/time-text.js';

const saved = JSON.parse(
  readFileSync(new URL('./fixtures/saved-scenarios-v1.json', import.meta.url), 'utf8'),
) as { runs: Record<string, { scenario: unknown; summary: unknown; events: [number, string][] }> };

const base: ScenarioInput = {
  schemaVersion: 1,
  durationDays: 20,
  drug: { name: 'baclofen', concentrationUgPerMl: 2000 },
  device: { kind: 'programmable', reservoirMl: 20 },
  program: { mode: 'continuous', rateMlPerDay: 0.24 },
  model: { distribution: false },
};
const withEvent = (e: Record<string, unknown>, extra: Partial<ScenarioInput> = {}): unknown => ({
  ...base,
  ...extra,
  events: [{ type: 'replacement', atHours: 240, ...e }],
});
/** The validated scenario (the test fails if it is invalid). */
function valid(x: unknown): Scenario {
  const v = validateScenario(x);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('\n'));
  return v.scenario;
}
const errors = (x: unknown) => {
  const v = validateScenario(x);
  return v.ok ? [] : v.errors;
};

describe('old saved scenarios', () => {
  it.each(Object.keys(saved.runs))(
    '%s loads and runs exactly as before the replacement event',
    async (id) => {
      const run = saved.runs[id];
      const v = validateScenario(run.scenario);
      expect(v.ok).toBe(true);
      const r = await simulate(run.scenario);
      expect(r.summary).toEqual(run.summary);
      // Log entries that only add advice are newer than the fixture; everything the engine did is unchanged.
      const advice = new Set(['mri-interrogate']);
      const events = r.events.filter((e) => !advice.has(e.code)).map((e) => [e.tHours, e.code]);
      expect(events).toEqual(run.events);
    },
  );
});

describe('replacement event validation', () => {
  it('a minimal event is valid; absent fields mean same model, same-day swap, catheter kept', () => {
    const pump = mapPump(valid(withEvent({ volumeMl: 20 }))).pump;
    const [r] = pump.events.replacements;
    expect(r).toMatchObject({ tHours: 240, volumeUl: 20000, concentrationUgPerUl: 2, interruptionHours: 0 });
    expect(r.catheter).toBeUndefined();
    expect(r.device!.kind).toBe('programmable');
    expect(r.device!.battery!.startUsedFraction).toBe(0); // a new battery
  });

  it('names path, value, allowed range and unit for each bad field, all at once', () => {
    const e = errors(
      withEvent({
        volumeMl: 300,
        interruptionHours: -2,
        concentrationUgPerMl: 0,
        catheter: { lengthCm: 500 },
      }),
    );
    const by = Object.fromEntries(e.map((x) => [x.path, x.message]));
    expect(by['events.0.volumeMl']).toBe('events.0.volumeMl = 300: must be a number from 0 to 250 mL');
    expect(by['events.0.interruptionHours']).toBe(
      'events.0.interruptionHours = -2: must be a number from 0 to 720 h',
    );
    expect(by['events.0.concentrationUgPerMl']).toBe(
      'events.0.concentrationUgPerMl = 0: must be a number greater than 0 and at most 100000 µg/mL',
    );
    expect(by['events.0.catheter.lengthCm']).toBe(
      'events.0.catheter.lengthCm = 500: must be a number from 0 to 200 cm',
    );
    expect(by['events.0.volumeMl']).toBeDefined();
  });

  it('the fill must fit the new pump; replacement is for implanted pumps', () => {
    const small = errors(withEvent({ volumeMl: 30, device: { kind: 'programmable', reservoirMl: 20 } }));
    expect(small.map((x) => x.message)).toContain(
      "events.0.volumeMl = 30: the fill cannot exceed the new pump's reservoir (20 mL): allowed from 0 to 20 mL",
    );
    const ext = errors(withEvent({ volumeMl: 20, device: { kind: 'external' } }));
    expect(ext[0].path).toBe('events.0.device.kind');
    expect(ext[0].message).toMatch(/^events\.0\.device\.kind = "external": must be an implanted pump/);
    const bogus = errors(withEvent({ volumeMl: 20, device: { kind: 'magic' } }));
    expect(bogus[0].path).toBe('events.0.device.kind');
    expect(bogus[0].message).toContain('one of: programmable, accumulator, constant-rate, external');
  });

  it('warns about a refill while no pump is implanted', () => {
    const v = validateScenario({
      ...base,
      events: [
        { type: 'replacement', atHours: 240, volumeMl: 20, interruptionHours: 12 },
        { type: 'refill', atHours: 245, volumeMl: 20 },
        { type: 'refill', atHours: 252, volumeMl: 20 },
      ],
    });
    expect(v.ok).toBe(true);
    expect(v.warnings.map((w) => w.message)).toEqual([
      'events.1.atHours = 245: falls while no pump is implanted (events.0: from 240 to 252 h): the new pump is filled by the replacement',
    ]);
  });

  it('another model from the device library, a revised catheter (unprimed unless said), an interruption', () => {
    const s = valid(
      withEvent({
        volumeMl: 20,
        concentrationUgPerMl: 1000,
        interruptionHours: 6,
        device: { kind: 'accumulator', generation: 2 },
        catheter: { lengthCm: 80 },
      }),
    );
    const [r] = mapPump(s).pump.events.replacements;
    expect(r.device!.kind).toBe('accumulator');
    expect(r.device!.mri).toBe('valve-shut');
    expect(r.interruptionHours).toBe(6);
    expect(r.concentrationUgPerUl).toBe(1);
    expect(r.catheter).toMatchObject({ lengthCm: 80, primed: false });
  });
});

describe('the battery story replaces the dead pump instead of refilling it', () => {
  it('ERI, then the swap at the next visit (before the pump would stop), no end of service, delivery goes on', async () => {
    const r = await simulate(presetScenario('battery-end-of-service')!);
    const ev = r.events;
    const eri = ev.find((e) => e.code === 'eri')!;
    const swap = ev.find((e) => e.code === 'replacement')!;
    const eos = eri.data!.endOfServiceAtHours;
    expect(swap.tHours).toBe(BATTERY_STORY_REPLACEMENT_DAY * 24);
    expect(swap.tHours).toBeGreaterThan(eri.tHours);
    expect(swap.tHours).toBeLessThan(eos); // the ERI → stop window: 90 days [D1]
    expect(ev.map((e) => e.code)).not.toContain('end-of-service');
    expect(ev.map((e) => e.code)).not.toContain('withdrawal-risk');
    // no refill of the old pump between ERI and the swap; refills of the new pump after it
    expect(ev.some((e) => e.code === 'refill' && e.tHours > eri.tHours && e.tHours < swap.tHours)).toBe(
      false,
    );
    expect(ev.some((e) => e.code === 'refill' && e.tHours > swap.tHours)).toBe(true);
    const k = r.series.tHours.findIndex((t) => t > swap.tHours);
    expect(r.series.batteryFraction![k]).toBeGreaterThan(0.99);
    const n = r.series.tHours.length;
    expect(r.series.tipDoseUg[n - 1]).toBeGreaterThan(0); // still delivering at the end of the run
    expect(r.summary.eriAtHours).toBeNull();
  });
});

describe('one time format for messages and the calendar', () => {
  it('day and clock, with the year from the second year on', () => {
    expect(runTimeText(0)).toBe('day 0, 00:00');
    expect(runTimeText(26.5)).toBe('day 1, 02:30');
    expect(runTimeText(841 * 24)).toBe('day 841 (year 3), 00:00');
    expect(runTimeText(365 * 24 + 23.9999999)).toBe('day 366 (year 2), 00:00');
    expect(runTimeText(Number.NaN)).toBe('—');
  });

  it('engine messages use it: no "year 2.07" beside "due day 841.0"', async () => {
    const r = await simulate(presetScenario('battery-end-of-service')!);
    const eri = r.events.find((e) => e.code === 'eri')!;
    expect(eri.message).toContain(runTimeText(eri.data!.endOfServiceAtHours));
    for (const e of r.events) expect(e.message).not.toMatch(/day \d+\.\d/);
  });
});
