// Property tests over random schedules: volume conservation, monotone reservoir between refills, no event before
// its cause, determinism with a seed, finite output. Plus the gas pump under random environment timelines.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import type { PumpConfig } from '../../src/model/pump-config.js';
import { scheduleArb } from '../reference/pump-arbitrary.js';
import { baseConfig, runSeries } from '../reference/pump-fixtures.js';
import { OUT } from '../../src/engine/pump/pump-driver.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('release');
});

const HOURS = 72;
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const refillHours = (cfg: PumpConfig) => cfg.events.refills.filter((r) => !r.missed).map((r) => r.tHours);

describe('pump properties (random schedules)', () => {
  it('conserves volume: what left the reservoir reached the tip or leaked; programmed = delivered + missed', () => {
    fc.assert(
      fc.property(scheduleArb(HOURS), (cfg) => {
        const { pump, series: s } = runSeries(wasm, cfg, HOURS, 1, 32);
        const delivered = s.deliveredCumUl[HOURS - 1];
        const tip = sum(s.tipVolumeUl);
        const leaks = cfg.events.faults.some((f) => f.kind === 'leak');
        if (leaks) expect(tip).toBeLessThanOrEqual(delivered * (1 + 1e-12) + 1e-9);
        else expect(Math.abs(tip - delivered)).toBeLessThanOrEqual(1e-9 * Math.max(1, delivered));
        const c = pump.strokeCounts();
        expect(c.programmed).toBe(c.delivered + c.missed);
        expect(sum(s.strokes)).toBe(c.delivered);
        const prog = s.programmedCumUl[HOURS - 1] / cfg.device.strokeVolumeUl;
        expect(prog - c.programmed).toBeGreaterThanOrEqual(-1e-6);
        expect(prog - c.programmed).toBeLessThan(1);
        pump.dispose();
      }),
      { numRuns: 40, seed: 7 },
    );
  }, 60_000);

  it('the reservoir never rises except in an interval holding a refill', () => {
    fc.assert(
      fc.property(scheduleArb(HOURS), (cfg) => {
        const { pump, series: s } = runSeries(wasm, cfg, HOURS, 1, 32);
        const fills = refillHours(cfg).map((h) => Math.round(h * 3600));
        for (let k = 1; k < HOURS; k++) {
          const rises = s.reservoirUl[k] > s.reservoirUl[k - 1] + 1e-9;
          const hasFill = fills.some((t) => t > k * 3600 && t <= (k + 1) * 3600);
          if (rises && !hasFill) expect.fail(`reservoir rose in hour ${k + 1} without a refill`);
          if (s.reservoirEstimateUl[k] > s.reservoirEstimateUl[k - 1] + 1e-9 && !hasFill)
            expect.fail('estimate rose');
        }
        pump.dispose();
      }),
      { numRuns: 40, seed: 11 },
    );
  }, 60_000);

  it('no event comes before its cause', () => {
    const pairs: [effect: string, cause: string][] = [
      ['bolus-end', 'bolus-start|patient-bolus-accepted'],
      ['motor-stall-recovery', 'motor-stall'],
      ['occlusion-cleared', 'occlusion'],
      ['mri-restart', 'mri-start'],
      ['mri-interrogate', 'mri-start'],
      ['delivery-resumed', 'delivery-stopped'],
      ['refill-overdue', 'next-refill'],
      ['catheter-repaired', 'catheter-leak|catheter-disconnection'],
    ];
    fc.assert(
      fc.property(scheduleArb(HOURS), (cfg) => {
        const { pump } = runSeries(wasm, cfg, HOURS, 1, 32);
        const ev = pump.events();
        for (const e of ev) {
          expect(e.tHours).toBeGreaterThanOrEqual(0);
          expect(e.tHours).toBeLessThanOrEqual(HOURS);
        }
        for (const [effect, cause] of pairs) {
          const causes = new RegExp(`^(${cause})$`);
          for (const e of ev.filter((x) => x.code === effect))
            if (!ev.some((c) => causes.test(c.code) && c.tHours <= e.tHours))
              expect.fail(`${effect} at ${e.tHours} h without ${cause}`);
        }
        const stopCauses =
          /^(delivery-stopped|motor-stall|end-of-service|mri-valve-shut|gas-flow-stopped|occlusion|catheter-disconnection)$/;
        for (const w of ev.filter((x) => x.code === 'withdrawal-risk'))
          expect(ev.some((c) => stopCauses.test(c.code) && Math.abs(c.tHours - w.tHours) < 1e-9)).toBe(true);
        const requests = new Set(cfg.program.patientRequests.map((h) => Math.round(h * 3600)));
        for (const p of ev.filter((x) => x.code.startsWith('patient-bolus')))
          expect(requests.has(Math.round(p.tHours * 3600))).toBe(true);
        pump.dispose();
      }),
      { numRuns: 40, seed: 13 },
    );
  }, 60_000);

  it('is deterministic for a seed (also across fresh wasm instances) and never writes NaN or Infinity', async () => {
    const other = await loadBuild('release');
    fc.assert(
      fc.property(scheduleArb(HOURS), (cfg) => {
        const a = runSeries(wasm, cfg, HOURS, 1, 32);
        const b = runSeries(other, cfg, HOURS, 1, 7);
        for (const f of Object.keys(OUT) as (keyof typeof OUT)[]) {
          expect(Array.from(b.series[f])).toEqual(Array.from(a.series[f]));
          for (const x of a.series[f]) if (!Number.isFinite(x)) expect.fail(`${f} not finite`);
        }
        expect(b.pump.events()).toEqual(a.pump.events());
        a.pump.dispose();
        b.pump.dispose();
      }),
      { numRuns: 25, seed: 17 },
    );
  }, 60_000);

  it('the seed drives the per-refill accuracy error inside the envelope', () => {
    const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 100 });
    cfg.device.accuracyRandomHalfWidthFraction = 0.1;
    cfg.device.accuracyBiasFraction = 0.1; // bias + error clipped to the ±15 % envelope
    const deliveredFor = (seed: number) => {
      cfg.seed = seed;
      return runSeries(wasm, cfg, 10, 1).series.deliveredCumUl[9];
    };
    const values = [1, 2, 3, 4, 5, 6, 7, 8].map(deliveredFor);
    expect(new Set(values).size).toBeGreaterThan(4);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(1000 * 1.0 - 1e-9);
      expect(v).toBeLessThanOrEqual(1000 * 1.15 + 1e-9);
    }
    expect(deliveredFor(3)).toBe(values[2]);
  });
});

describe('gas pump properties', () => {
  const envArb = fc.array(
    fc.record({
      tHours: fc.integer({ min: 0, max: HOURS * 3600 }).map((s) => s / 3600),
      temperatureC: fc.double({ min: 30, max: 42, noNaN: true }),
      ambientKpa: fc.double({ min: 50, max: 300, noNaN: true }),
    }),
    { maxLength: 6 },
  );
  it('tip volume = delivered, the reservoir rises only in backflow and stays within its capacity, output finite', () => {
    fc.assert(
      fc.property(envArb, fc.double({ min: 0, max: 3000, noNaN: true }), (changes, start) => {
        const cfg = baseConfig({ mode: 'stopped' }, { preset: 'constant-rate', reservoirUl: start });
        cfg.environment.changes = changes;
        const { pump, series: s } = runSeries(wasm, cfg, HOURS, 1, 16);
        for (let k = 0; k < HOURS; k++) {
          expect(Number.isFinite(s.flowUlPerHour[k])).toBe(true);
          expect(Number.isFinite(s.tipMassUg[k])).toBe(true);
          // above the drive pressure the flow runs backwards into the reservoir (assembly/pump/backflow.ts)
          if (k && s.reservoirUl[k] > s.reservoirUl[k - 1] + 1e-9) expect(s.flowUlPerHour[k]).toBeLessThan(0);
          expect(s.reservoirUl[k]).toBeGreaterThanOrEqual(-1e-9);
          expect(s.reservoirUl[k]).toBeLessThanOrEqual(cfg.device.reservoirCapacityUl + 1e-9);
        }
        expect(Math.abs(sum(s.tipVolumeUl) - s.deliveredCumUl[HOURS - 1])).toBeLessThan(1e-6);
        expect(s.deliveredCumUl[HOURS - 1]).toBeLessThanOrEqual(start + 1e-9);
        pump.dispose();
      }),
      { numRuns: 40, seed: 19 },
    );
  });
});
