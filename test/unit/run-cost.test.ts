// estimateRunCost(): the step count it predicts is the engine's own count (within 15 %) for the scenarios that
// shape it (steady stepping, pulses of an external pump, a posture cycle, fine outputs, pump-only), it is pure and
// fast, and it flags the 10-year, 1000-cell run of issue 17 as expensive while every preset is cheap.
import { describe, expect, it } from 'vitest';
import { loadWasm, simulate } from '../../src/runtime/node/index.js';
import {
  EXPENSIVE_RUN_SECONDS,
  estimateRunCost,
  stepsAfterChange,
} from '../../src/model/scenario/run-cost.js';
import { PRESET_IDS, presetScenario } from '../../src/model/scenario/presets.js';
import { ScenarioError } from '../../src/model/scenario/validate.js';
import type { ScenarioInput } from '../../src/model/scenario/schema.js';

const external = (o: { days: number; cells?: number; cycle?: boolean; rate?: number; drug?: string }) =>
  ({
    schemaVersion: 1,
    durationDays: o.days,
    drug: { name: o.drug ?? 'bupivacaine', concentrationUgPerMl: 5000 },
    device: {
      kind: 'external',
      access: 'temporary-catheter',
      reservoirMl: 100,
      reservoirStartMl: 100,
      strokeVolumeUl: 50,
    },
    patient: { catheterTipLevel: 'T10', ...(o.cycle ? { postureCycle: {} } : {}) },
    program: { mode: 'continuous', rateMlPerDay: o.rate ?? 2.4 },
    model: { csfCells: o.cells ?? 120 },
  }) as ScenarioInput;

const steady = (out: number): ScenarioInput => ({
  schemaVersion: 1,
  durationDays: 20,
  outputIntervalMinutes: out,
  drug: { name: 'baclofen', concentrationUgPerMl: 500 },
  device: { kind: 'constant-rate' },
});

describe('estimateRunCost', () => {
  it.each([
    ['external pump, 50 µL pulses every 30 min', external({ days: 10 })],
    ['external pump, sparse pulses', external({ days: 10, rate: 0.5 })],
    ['external pump with a posture cycle, 300 cells', external({ days: 10, cycle: true, cells: 300 })],
    ['gas pump, hourly outputs', steady(60)],
    ['gas pump, 2-minute outputs', steady(2)],
    ['preset baclofen-programmable', presetScenario('baclofen-programmable')!],
    ['preset missed-refill', presetScenario('missed-refill')!],
  ])('predicts the engine’s CSF step count within 15 %%: %s', async (_, scenario) => {
    const wasm = await loadWasm();
    // The estimate counts steps without the stationary skip (see run-cost.ts): compare with it off.
    wasm.csfSetStationarySkip(0);
    try {
      await simulate(scenario);
    } finally {
      wasm.csfSetStationarySkip(1);
    }
    const steps = wasm.csfSteps();
    const est = estimateRunCost(scenario);
    expect(est.csfSteps / steps).toBeGreaterThan(0.85);
    expect(est.csfSteps / steps).toBeLessThan(1.15);
    expect(est.cellSteps).toBe(Math.round(est.csfSteps * est.cells));
  });

  it('a pump-only run has no CSF steps and costs little', () => {
    const s = presetScenario('battery-end-of-service')!;
    const est = estimateRunCost(s);
    expect(est.csfSteps).toBe(0);
    expect(est.cells).toBe(0);
    expect(est.outputIntervals).toBe(2739);
    expect(est.estimatedSeconds).toBeLessThan(0.1);
  });

  it('flags the 10-year 1000-cell external-pump run (measured 53 s) and no preset', () => {
    const t0 = performance.now();
    const big = estimateRunCost(external({ days: 3650, cells: 1000, cycle: true }));
    expect(performance.now() - t0).toBeLessThan(200); // pure arithmetic over the scenario, no engine
    expect(big.estimatedSeconds).toBeGreaterThan(EXPENSIVE_RUN_SECONDS);
    expect(big.cellSteps).toBeGreaterThan(1e9);
    for (const id of PRESET_IDS) {
      expect(estimateRunCost(presetScenario(id)).estimatedSeconds, id).toBeLessThan(1);
    }
  });

  it('scales with duration and cells', () => {
    const a = estimateRunCost(external({ days: 30, cells: 100 }));
    const b = estimateRunCost(external({ days: 30, cells: 1000 }));
    const c = estimateRunCost(external({ days: 300, cells: 100, rate: 0.24 }));
    expect(b.estimatedSeconds).toBeGreaterThan(4 * a.estimatedSeconds);
    expect(c.csfSteps).toBeGreaterThan(5 * a.csfSteps * 0.5);
    for (const e of [a, b, c]) for (const v of Object.values(e)) expect(Number.isFinite(v)).toBe(true);
  });

  it('rejects an invalid scenario with the ScenarioError that simulate() gives', () => {
    expect(() => estimateRunCost({ schemaVersion: 1 })).toThrow(ScenarioError);
  });

  it('stepsAfterChange: one smoothing half step, × 1.5 per step from dtFine to dtMax, then dtMax', () => {
    // 0.005 · (1 + 1.5 + … + 1.5⁷) = 0.2463 h in 8 steps (the next, 0.128, is capped), then ceil(0.7537 / 0.125) = 7
    expect(stepsAfterChange(1, 0.005, 0.125)).toBe(1 + 8 + 7);
    expect(stepsAfterChange(0.001, 0.005, 0.125)).toBe(2);
  });
});
