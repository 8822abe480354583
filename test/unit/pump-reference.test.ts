// The wasm engine (closed-form segments) against the per-second TypeScript reference on random schedules.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { referenceRun } from '../reference/pump-reference.js';
import { scheduleArb } from '../reference/pump-arbitrary.js';
import { runSeries } from '../reference/pump-fixtures.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('release');
});

const HOURS = 48;
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('engine vs reference', () => {
  it('agree on random schedules: strokes exactly, volumes and masses to rounding, the same events', () => {
    fc.assert(
      fc.property(scheduleArb(HOURS), (cfg) => {
        const { pump, series: s } = runSeries(wasm, cfg, HOURS, 1, 64);
        const ref = referenceRun(cfg, HOURS, 1);
        const counts = pump.strokeCounts();
        expect(counts.programmed).toBe(Number(ref.programmed));
        expect(counts.missed).toBe(Number(ref.missed));
        for (let k = 0; k < HOURS; k++) {
          const r = ref.records[k];
          expect(s.tHours[k]).toBe(r.tHours);
          expect(s.strokes[k]).toBe(r.strokes);
          for (const f of [
            'tipVolumeUl',
            'tipMassUg',
            'tissueDepositUg',
            'reservoirUl',
            'reservoirEstimateUl',
          ] as const)
            if (!close(s[f][k], r[f]))
              expect.fail(`${f} at hour ${k + 1}: engine ${s[f][k]}, reference ${r[f]}`);
        }
        const key = (e: { tHours: number; code: string }) => `${e.tHours.toFixed(6)} ${e.code}`;
        const engine = pump.events().map(key).sort();
        const reference = ref.events
          .filter((e) => e.tHours <= HOURS)
          .map(key)
          .sort();
        expect(engine).toEqual(reference);
        pump.dispose();
      }),
      { numRuns: 100, seed: 20261125 },
    );
  }, 120_000);
});
