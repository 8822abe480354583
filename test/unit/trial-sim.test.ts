// Trials over an engine: the plumbing (batching by ladder, causality cut, cohort split, cancel) is tested
// with a small analytic engine defined here — a test double with a closed form, not the product's engine.
import { describe, expect, it } from 'vitest';
import {
  runCohort,
  runCohortParallel,
  runCohortSlice,
  type SliceRunner,
} from '../../src/engine/trials/run-cohort.js';
import { runTimeline, type TrialEngine } from '../../src/engine/trials/trial.js';
import { resolveSpec, TrialSpecError } from '../../src/model/trials/spec.js';
import type { TrialProtocol, VirtualPatient } from '../../src/model/trials/types.js';

/**
 * One well-mixed CSF compartment with loss k = ln2/1.5 h × clearance factor and an instantaneous Emax effect:
 * C(t) = Σ dose·e^(−k(t − t_d)) / V, E = C / (EC50·f + C). Infusions are integrated in closed form.
 */
class AnalyticEngine implements TrialEngine {
  readonly batchSize = 16;
  calls = 0;
  run(protocol: TrialProtocol, patients: VirtualPatient[], sampleHours: number[]) {
    this.calls++;
    const m = sampleHours.length;
    const effectFraction = new Float64Array(patients.length * m);
    const sideEffect = new Float64Array(patients.length * m);
    patients.forEach((p, i) => {
      const k = (Math.LN2 / 1.5) * p.csfClearanceFactor;
      sampleHours.forEach((t, j) => {
        let amount = 0;
        for (const s of protocol.steps) {
          if (t <= s.tHours) continue;
          if (s.kind === 'bolus') amount += s.doseUg * Math.exp(-k * (t - s.tHours));
          else {
            const on = Math.min(t, s.tHours + s.durationHours) - s.tHours;
            amount += (s.rateUgPerHour / k) * (1 - Math.exp(-k * on)) * Math.exp(-k * (t - s.tHours - on));
          }
        }
        const c = amount / 100; // µg per 100 mL-ish volume: an arbitrary scale for the double
        const ec50 = (protocol.drug === 'baclofen' ? 0.3 : 0.8) * p.ec50Factor;
        effectFraction[i * m + j] = c / (ec50 + c);
        sideEffect[i * m + j] = c / (4 * p.sideEffectEc50Factor + c);
      });
    });
    return { effectFraction, sideEffect };
  }
}

const spec = { protocol: 'baclofen-bolus', population: 'spasticity-cerebral', cohortSize: 200, seed: 9 };

describe('trial runner', () => {
  it('gives the same rows whatever the split across runners', async () => {
    const whole = await runCohort(new AnalyticEngine(), spec);
    const runners: SliceRunner[] = [0, 1, 2].map(() => {
      const engine = new AnalyticEngine();
      return {
        runCohortSlice: (s, first, count, cb) => runCohortSlice(engine, s, first, count, { onProgress: cb }),
      };
    });
    const progress: number[] = [];
    const split = await runCohortParallel(runners, spec, {
      sliceSize: 23,
      onProgress: (p) => progress.push(p.done),
    });
    expect(split.rows).toEqual(whole.rows);
    expect(split.summary).toEqual(whole.summary);
    expect(progress.at(-1)).toBe(200);
    expect(progress.every((d, i) => i === 0 || d >= progress[i - 1])).toBe(true);
  });

  it('counts every patient exactly once in the summary and its histogram', async () => {
    const r = await runCohort(new AnalyticEngine(), spec);
    const s = r.summary;
    expect(s.n).toBe(200);
    expect(s.improvement.histogram.counts.reduce((a, b) => a + b, 0)).toBe(200);
    expect(Object.values(s.byReason).reduce((a, b) => a + b, 0)).toBe(200);
    const a = s.afterImplant;
    expect(
      a.trueResponders + a.respondersWhoFail + a.nonRespondersWhoMightBenefit + a.trueNonResponders,
    ).toBe(200);
    expect(s.implanted.k).toBe(a.trueResponders + a.respondersWhoFail);
    // Cumulative dose–response ends at the responder count.
    expect(s.doseResponse.at(-1)!.cumulative.k).toBe(s.responders.k);
    expect(r.published.map((p) => p.lo)).toEqual([0.94, 0.97]); // cerebral cohort: its own figure first
  });

  it('cuts the trial at the decision: no dose after a response, the whole ladder without one', async () => {
    const rows = (await runCohort(new AnalyticEngine(), spec)).rows;
    for (const row of rows) {
      if (row.code === 'responded') expect(row.dosesGiven.at(-1)).toBe(row.respondingDose);
      // 50 → 75 → 100, or the reduced 25 → 50 → 75 → 100
      if (row.code === 'no-response-at-max-dose')
        expect(row.dosesGiven).toEqual(row.dosesGiven[0] === 25 ? [25, 50, 75, 100] : [50, 75, 100]);
    }
    expect(rows.some((r) => r.dosesGiven[0] === 25)).toBe(true);
  });

  it('draws the timeline of one patient that agrees with its cohort row', async () => {
    const engine = new AnalyticEngine();
    const rows = (await runCohort(engine, spec)).rows;
    const t = runTimeline(engine, resolveSpec(spec), 17);
    expect(t.result.decision.code).toBe(rows[17].code);
    expect(t.result.bestImprovementPct).toBe(rows[17].bestImprovementPct);
    expect(t.tHours[0]).toBe(0);
    expect(t.effectFraction.length).toBe(t.tHours.length);
  });

  it('stops at the next batch when aborted and reports a bad spec field by field', async () => {
    const c = new AbortController();
    const engine = new AnalyticEngine();
    const p = runCohort(
      engine,
      { ...spec, cohortSize: 2000 },
      { signal: c.signal, onProgress: () => c.abort() },
    );
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(engine.calls).toBeLessThan(10);
    const err = (() => {
      try {
        resolveSpec({ protocol: 'nope', population: 'spasticity-spinal', cohortSize: 0 });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(TrialSpecError);
    expect((err as TrialSpecError).issues.map((i) => i.path).sort()).toEqual(['cohortSize', 'protocol']);
  });
});
