// Ziconotide is lost in the reservoir (its label ties the refill intervals to drug loss in the pump [R35]): the
// concentration leaving the pump falls as c·e^(−k t), k set so that a fill keeps 90 % over its labelled interval
// (an estimate; src/model/data/drug-stability.ts). Stable drugs lose nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { baseConfig, runSeries } from '../reference/pump-fixtures.js';
import { KEPT_OVER_INTERVAL, inPumpLossPerHour } from '../../src/model/data/drug-stability.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('debug');
});

const C0 = 0.025; // 25 µg/mL, undiluted
function run(drug: string, days: number) {
  const cfg = baseConfig({ mode: 'continuous', rateUlPerHour: 10 }, { conc: C0 });
  cfg.reservoir.drug = drug;
  cfg.catheter = { lengthCm: 0, volumeUlPerCm: 0, primed: true }; // the tip sees the reservoir at once
  return runSeries(wasm, cfg, days, 24).series;
}

describe('drug lost in the reservoir', () => {
  it('undiluted ziconotide keeps 90 % of its concentration after the labelled 84 days', () => {
    const s = run('ziconotide', 84);
    const c = (d: number) => s.tipMassUg[d] / s.tipVolumeUl[d]; // mean over day d + 1
    const k = inPumpLossPerHour('ziconotide', 25, false) * 24; // per day
    // the day's mean of c0·e^(−k t); the engine takes each segment's midpoint (here a day): 1e-7 relative
    expect(c(0)).toBeCloseTo((C0 * (1 - Math.exp(-k))) / k, 8);
    expect(s.tipMassUg[83] / s.tipVolumeUl[83] / C0).toBeCloseTo(KEPT_OVER_INTERVAL ** (83.5 / 84), 4);
  });

  it('a diluted fill and a new pump’s first fill lose faster; baclofen loses nothing (the old behaviour for all)', () => {
    expect(inPumpLossPerHour('ziconotide', 5, false)).toBeCloseTo(-Math.log(0.9) / (40 * 24), 15);
    expect(inPumpLossPerHour('ziconotide', 25, true)).toBeCloseTo(-Math.log(0.9) / (14 * 24), 15);
    const s = run('baclofen', 10);
    expect(s.tipMassUg[9] / s.tipVolumeUl[9]).toBe(C0);
  });
});
