// Trials, pure layer: the RNG port against the wasm generator, distributions against their parameters,
// Wilson intervals against Newcombe's published table, protocols against the sources, the decision rules.
import { describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import { medianPatient } from './trial-fixtures.js';
import { normalFrom, patientStreamSeed, Xoshiro256 } from '../../src/model/trials/rng.js';
import {
  drawCohort,
  drawFrom,
  drawPatient,
  normalCdf,
  POPULATIONS,
} from '../../src/model/trials/virtual-patients.js';
import { histogram, quantile, wilson } from '../../src/model/trials/stats.js';
import { buildProtocol, PROTOCOLS, SMALL_CHILD_KG } from '../../src/model/trials/protocols.js';
import { decide, defaultCriteria, meetsEfficacy, recordScore } from '../../src/model/trials/criteria.js';
import type { Assessment } from '../../src/model/trials/types.js';

describe('RNG port', () => {
  it('gives the same 53-bit uniforms as assembly/rng.ts, bit for bit, for many seeds', async () => {
    const wasm = await loadBuild('release');
    const port = new Xoshiro256();
    for (const seed of [0n, 1n, 42n, patientStreamSeed(2 ** 32 - 1, 9999), (1n << 64n) - 1n]) {
      wasm.rngSeed(seed);
      port.seed(seed);
      for (let i = 0; i < 1000; i++) expect(port.uniform()).toBe(wasm.rngUniform());
    }
  });

  it('makes normals by the same Box–Muller formula as wasm (to rounding of Math.log/cos)', async () => {
    const wasm = await loadBuild('release');
    const port = new Xoshiro256(7n);
    wasm.rngSeed(7n);
    for (let i = 0; i < 1000; i++) {
      const a = normalFrom(port);
      expect(Math.abs(a - wasm.rngNormal())).toBeLessThan(1e-12);
    }
  });
});

describe('virtual patients', () => {
  const pop = POPULATIONS['pain-chronic'];

  it('is reproducible per patient: patient 37 alone equals patient 37 of the cohort', () => {
    const cohort = drawCohort(pop, 11, 50);
    expect(drawPatient(pop, 11, 37)).toEqual(cohort[37]);
    expect(drawPatient(pop, 12, 37)).not.toEqual(cohort[37]);
  });

  it('draws lognormals with the documented median and σ (n = 20000, 3 standard errors)', () => {
    const d = { kind: 'lognormal' as const, median: 2, sigma: 0.5 };
    const src = new Xoshiro256(3n);
    const logs = Array.from({ length: 20000 }, () => Math.log(drawFrom(d, src)));
    const mean = logs.reduce((s, x) => s + x, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / (logs.length - 1));
    expect(Math.abs(mean - Math.log(2))).toBeLessThan((3 * 0.5) / Math.sqrt(20000));
    expect(Math.abs(sd - 0.5)).toBeLessThan(0.01);
  });

  it('keeps clamped normals inside their bounds and Bernoulli draws near p', () => {
    const src = new Xoshiro256(5n);
    const n = { kind: 'normal' as const, mean: 7.6, sd: 3, min: 5, max: 10 };
    for (let i = 0; i < 5000; i++) {
      const x = drawFrom(n, src);
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThanOrEqual(10);
    }
    const b = Array.from({ length: 20000 }, () => drawFrom({ kind: 'bernoulli', p: 0.2 }, src));
    const p = b.reduce((s, x) => s + x, 0) / b.length;
    expect(Math.abs(p - 0.2)).toBeLessThan(3 * Math.sqrt(0.16 / 20000));
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });

  it('documents every distribution with a source and a tag', () => {
    for (const p of Object.values(POPULATIONS)) {
      for (const [k, v] of Object.entries(p)) {
        if (k === 'id' || k === 'title') continue;
        expect(v.source.length, `${p.id}.${k}`).toBeGreaterThan(3);
        expect(['verified', 'unverified', 'estimate', 'not-found']).toContain(v.tag);
      }
    }
  });
});

describe('stats', () => {
  it('matches the Wilson intervals of Newcombe 1998 (Stat Med 17:857, Table I)', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [k, n, lo, hi] of cases) {
      const w = wilson(k, n);
      expect(w.lo).toBeCloseTo(lo, 4);
      expect(w.hi).toBeCloseTo(hi, 4);
    }
    expect(wilson(0, 0)).toEqual({ k: 0, n: 0, p: 0, lo: 0, hi: 1 });
    expect(wilson(10, 10).hi).toBe(1);
  });

  it('bins values with the end bins catching the rest, and keeps members for drill-down', () => {
    const h = histogram(
      [-5, 0, 49.9, 50, 100, 250, NaN].map((value, id) => ({ id, value })),
      0,
      100,
      10,
    );
    expect(h.counts.reduce((s, c) => s + c, 0)).toBe(7);
    expect(h.members[0]).toEqual([0, 1, 6]);
    expect(h.members[4]).toEqual([2]);
    expect(h.members[5]).toEqual([3]);
    expect(h.members[9]).toEqual([4, 5]);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});

describe('protocols', () => {
  const patient = medianPatient;

  it('screens baclofen with 50, 75, 100 µg boluses 24 h apart at 50 µg/mL (Boster 2016)', () => {
    const p = buildProtocol(PROTOCOLS['baclofen-bolus'], patient());
    expect(p.steps.map((s) => s.doseUg)).toEqual([50, 75, 100]);
    expect(p.steps.map((s) => s.tHours)).toEqual([0, 24, 48]);
    expect(p.steps[0].volumeUl).toBeCloseTo(1000, 9);
    const step0 = p.assessments.filter((a) => a.step === 0);
    expect(step0.filter((a) => a.kind === 'cardiopulmonary' && a.tHours <= 2).length).toBeGreaterThanOrEqual(
      3,
    );
    expect(step0.filter((a) => a.kind === 'efficacy' && a.tHours <= 4).length).toBeGreaterThanOrEqual(2);
  });

  it('starts at 25 µg for small children and for patients who rely on their tone', () => {
    const small = buildProtocol(PROTOCOLS['baclofen-bolus'], patient({ bodyMassKg: SMALL_CHILD_KG - 1 }));
    const tone = buildProtocol(PROTOCOLS['baclofen-bolus'], patient({ reliesOnTone: true }));
    expect(small.steps[0].doseUg).toBe(25);
    expect(tone.steps[0].doseUg).toBe(25);
  });

  it('turns infusion ladders in µg/day into µg/h and µL/h', () => {
    const p = buildProtocol(PROTOCOLS['morphine-continuous'], patient());
    expect(p.steps[1].rateUgPerHour).toBeCloseTo(1000 / 24, 12);
    expect(p.steps[1].volumeUl).toBeCloseTo(1000 / 24, 12); // 1 µg/µL
    expect(p.steps[1].doseUg).toBeCloseTo(1000, 9);
  });

  describe('decision', () => {
    const proto = buildProtocol(PROTOCOLS['baclofen-bolus'], patient());
    const crit = defaultCriteria('spasticityMas');
    const at = (scores: number[], side: number[] = []): Assessment[] =>
      proto.assessments.map((a, i) => ({
        ...a,
        score: scores[a.step] ?? 3,
        improvementPct: 0,
        sideEffect: side[i] ?? 0,
      }));

    it('responds at the first step whose score drops one MAS level', () => {
      const d = decide(proto, crit, patient(), at([3, 2, 1])).decision;
      expect(recordScore('spasticityMas', 3.4)).toBe(3);
      expect(d).toMatchObject({
        implant: true,
        code: 'responded',
        decidingStep: 1,
        respondingDose: 75,
        doseGivenUg: 125,
      });
    });

    it('does not implant without a response at 100 µg, nor with intolerable side effects', () => {
      expect(decide(proto, crit, patient(), at([3, 3, 3])).decision).toMatchObject({
        implant: false,
        code: 'no-response-at-max-dose',
        decidingStep: 2,
      });
      const side = proto.assessments.map((a) => (a.step === 0 && a.tHours === 1 ? 0.6 : 0));
      expect(decide(proto, crit, patient(), at([2, 2, 2], side)).decision).toMatchObject({
        implant: false,
        code: 'intolerable-side-effects',
        decidingStep: 0,
      });
    });

    it('applies the 50 % pain rule at its edge', () => {
      const rule = defaultCriteria('painNrs').efficacy;
      expect(meetsEfficacy(rule, 8, 4)).toBe(true);
      expect(meetsEfficacy(rule, 8, 5)).toBe(false);
      expect(meetsEfficacy(rule, 0, 0)).toBe(false);
    });
  });
});
