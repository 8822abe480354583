// The accuracy norm of the fine-step comparisons (test/assembly/csf-presets-accuracy.test.ts), per output series of
// a result, with the series' max over the whole run as its scale:
//   concentrations (csfNgPerMl — every level at every output, one series as in the result —, cranial, plasma, tip,
//   spinal target) and mass-balance terms: max_k |fast(k) − ref(k)| ≤ 1 % · max_k |ref(k)|;
//   effects on their full scale (fractions 0–1, MAS 0–4, NRS 0–10): max |fast − ref| ≤ 1 % of the scale, because a
//   score that stays small (withdrawal = adaptation − effect) is a difference of near-equal terms.
// (+ 1e-9 in the series' unit, so an all-zero series may differ by round-off.) An error relative to each point
// would be dominated by the wash-in from zero, where the reference itself is below a picogram per mL.
import { expect } from 'vitest';
import type { DistributionSeries } from '../../src/model/result.js';

export const ACCURACY_TOLERANCE = 0.01;

interface Output {
  data: Float64Array;
  /** Fixed full scale of an effect score; absent = the reference series' own maximum. */
  fullScale?: number;
}

const EFFECT_SCALE: Record<string, number> = { painNrs: 10, spasticityMas: 4 };

/** Every output series of a run by name. */
function outputs(d: DistributionSeries): Map<string, Output> {
  const out = new Map<string, Output>();
  const conc: Record<string, Float64Array | undefined> = {
    'CSF at every level': d.csfNgPerMl,
    cranial: d.cranialNgPerMl,
    plasma: d.plasmaNgPerMl,
    tip: d.tipNgPerMl,
    'spinal target': d.spinalTargetNgPerMl,
  };
  for (const [k, v] of Object.entries(conc)) if (v) out.set(k, { data: v });
  for (const [k, v] of Object.entries(d.effects))
    out.set(`effect ${k}`, { data: v, fullScale: EFFECT_SCALE[k] ?? 1 });
  for (const [k, v] of Object.entries(d.massBalanceUg ?? {})) out.set(`mass ${k}`, { data: v });
  return out;
}

/** The worst series: its name, max |fast − ref| over its scale, and whether every series is within tolerance. */
export function worstSeries(fast: DistributionSeries, ref: DistributionSeries) {
  const a = outputs(fast);
  let worst = { name: '', error: 0, ok: true };
  for (const [name, r] of outputs(ref)) {
    const f = a.get(name)!.data;
    expect(f.length, name).toBe(r.data.length);
    let scale = r.fullScale ?? 0;
    let err = 0;
    for (let k = 0; k < f.length; k++) {
      if (r.fullScale === undefined) scale = Math.max(scale, Math.abs(r.data[k]));
      err = Math.max(err, Math.abs(f[k] - r.data[k]));
    }
    const ok = err <= ACCURACY_TOLERANCE * scale + 1e-9;
    const rel = scale > 0 ? err / scale : err;
    if (!ok || (worst.ok && rel > worst.error)) worst = { name, error: rel, ok };
    if (!ok) break;
  }
  return worst;
}
