// A gas pump in a hyperbaric chamber (preset gas-pump-hyperbaric) through simulate(): the pump draws CSF back at
// the distribution model's tip concentration (src/engine/coupling.ts), and the CSF loses exactly that drug, so
// reservoir + catheter + CSF + eliminated stays the drug put in (the pump side: test/assembly/pump-gas-backflow).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/runtime/node/index.js';
import { presetScenario } from '../../src/model/scenario/presets.js';

describe('gas pump backflow coupled to the CSF', () => {
  it('draws CSF drug back during the 2.4 ATA session; the CSF mass balance holds to 1e-9', async () => {
    const r = await simulate(presetScenario('gas-pump-hyperbaric')!);
    const start = r.events.find((e) => e.code === 'backflow-start')!;
    const end = r.events.find((e) => e.code === 'backflow-end')!;
    expect([start.tHours, end.tHours]).toEqual([34, 35.5]); // the old engine only stopped the flow
    const s = r.series;
    let drawnUg = 0;
    let drawnUl = 0;
    s.tHours.forEach((t, k) => {
      if (t > 34 && t <= 35.5) {
        expect(s.tipVolumeUl[k]).toBeLessThan(0);
        drawnUg -= s.tipDoseUg[k];
        drawnUl -= s.tipVolumeUl[k];
      }
    });
    // the drug drawn is what the CSF held at the tip (> 0), as the backflow-end event reports
    expect(drawnUg).toBeGreaterThan(0);
    expect(drawnUg).toBeCloseTo(end.data!.massUg!, 12);
    expect(drawnUl).toBeCloseTo(end.data!.volumeUl!, 9);
    const d = r.distribution!;
    for (const e of d.massBalanceRelError) expect(e).toBeLessThan(1e-9);
    // the CSF model's net delivered drug is the pump's net tip dose (+ what reached the blood from tissue)
    const sum = (a: ArrayLike<number>) => {
      let x = 0;
      for (let i = 0; i < a.length; i++) x += a[i];
      return x;
    };
    const delivered = d.massBalanceUg!.delivered[s.tHours.length - 1];
    expect(Math.abs(delivered - sum(s.tipDoseUg) - sum(s.systemicDoseUg ?? [])) / delivered).toBeLessThan(
      1e-9,
    );
    // forward flow afterwards at the nominal rate
    const k = s.tHours.findIndex((t) => t > 37);
    expect(s.tipVolumeUl[k]).toBeGreaterThan(0);
  });

  it('is deterministic: the same scenario gives identical series', async () => {
    const a = await simulate(presetScenario('gas-pump-hyperbaric')!);
    const b = await simulate(presetScenario('gas-pump-hyperbaric')!);
    expect(Array.from(b.series.tipDoseUg)).toEqual(Array.from(a.series.tipDoseUg));
    expect(Array.from(b.distribution!.csfNgPerMl)).toEqual(Array.from(a.distribution!.csfNgPerMl));
  });
});
