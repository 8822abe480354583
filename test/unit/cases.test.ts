// Patient cases (src/model/cases): the case data, the feedback rules, the refill arithmetic, the infection-risk
// model, the follow-up scenarios, and each case's trial and years run through SimulationApi (the Engine over the
// release wasm, as the worker runs it).
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/runtime/worker/engine.js';
import { validateScenario } from '../../src/model/scenario/validate.js';
import type { SimResult } from '../../src/model/result.js';
import {
  buildJourney,
  caseTrialSpec,
  dayReservoirReaches,
  EXTERNAL_CATHETER_INFECTION,
  externalInfectionRisk,
  findCase,
  firstRefillLimit,
  followUpScenario,
  followUpSchedule,
  judgeAnswer,
  judgeImplantDecision,
  PATIENT_CASES,
  REFILL_OPTIONS_DAYS,
  refillQuestion,
  UnknownOptionError,
  type CaseAnswers,
  type CaseQuestion,
  type PatientCase,
  writtenQuestions,
} from '../../src/model/cases/index.js';

const caseOf = (id: string): PatientCase => findCase(id)!;
const questionsOf = (c: PatientCase): CaseQuestion[] => writtenQuestions(c);
/** The answers a learner who follows the case's teaching gives. */
function bestAnswers(c: PatientCase): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of questionsOf(c)) out[q.id] = q.options.find((o) => o.best)!.id;
  out.refill = refillQuestion(c, out).options.find((o) => o.best)!.id;
  return out;
}

describe('case data', () => {
  it('four cases: cancer pain, chronic non-cancer pain, spinal spasticity, a child with cerebral palsy', () => {
    expect(PATIENT_CASES.map((c) => c.id)).toEqual([
      'cancer-pain',
      'chronic-pain',
      'spinal-spasticity',
      'cp-child',
    ]);
  });

  it.each(PATIENT_CASES.map((c) => [c.id, c] as const))(
    '%s: says it is fictional, every question teaches',
    (_, c) => {
      expect(c.patient).toMatch(/fictional/);
      expect(c.followUp.outcome).toMatch(/fictional/);
      for (const q of questionsOf(c)) {
        expect(
          q.options.some((o) => o.best),
          q.id,
        ).toBe(true);
        // Two trials can both be sound choices, and so can two reservoirs; every other question has a wrong answer.
        const allSound = q.id === 'trial' || (q.id === 'reservoir' && q.options.every((o) => o.best));
        expect(
          q.options.some((o) => !o.best),
          `${q.id} has a wrong answer to learn from`,
        ).toBe(!allSound);
        expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
        for (const o of q.options) expect(o.feedback.length, `${q.id}/${o.id}`).toBeGreaterThan(20);
      }
      // Every clinical statement cites a source or says it is a simplification (numbers: estimate).
      for (const q of questionsOf(c))
        for (const o of q.options.filter((x) => !x.best))
          expect(o.feedback, `${c.id} ${q.id}/${o.id}`).toMatch(
            /\[[RD]\d+|teaching simplification|estimate|treats|team/,
          );
      expect(c.calendar.trialDay).toBeLessThan(c.calendar.implantDay);
      expect(c.implant.complication.onsetDay).toBeLessThan(c.implant.complication.resolvedDay);
    },
  );

  it('the four perioperative complications appear once each', () => {
    expect(PATIENT_CASES.map((c) => c.implant.complication.kind).sort()).toEqual([
      'catheter-misplacement',
      'csf-leak-headache',
      'seroma',
      'wound-infection',
    ]);
  });
});

describe('feedback', () => {
  const q = caseOf('cancer-pain').selection[0];

  it('an answer gets its feedback, and a wrong one names the answers the case teaches', () => {
    const wrong = judgeAnswer(q, 'no-anticoagulant');
    expect(wrong.best).toBe(false);
    expect(wrong.feedback).toMatch(/paused/);
    expect(wrong.bestLabels).toEqual([q.options.find((o) => o.best)!.label]);
    expect(judgeAnswer(q, 'yes').best).toBe(true);
  });

  it('an unknown answer is an error naming the question, the value and the allowed answers', () => {
    expect(() => judgeAnswer(q, 'maybe')).toThrow(UnknownOptionError);
    expect(() => judgeAnswer(q, 'maybe')).toThrow(
      /candidate: "maybe" is not an answer; allowed: yes, no-anticoagulant/,
    );
  });

  it('the implant decision is judged against the trial result, in both directions', () => {
    const met = {
      decision: { implant: true, code: 'responded' as const },
      bestImprovementPct: 57.2,
      peakSideEffect: 0.1,
    };
    const failed = {
      decision: { implant: false, code: 'no-response-at-max-dose' as const },
      bestImprovementPct: 43,
      peakSideEffect: 0.1,
    };
    const toxic = {
      decision: { implant: false, code: 'intolerable-side-effects' as const },
      bestImprovementPct: 70,
      peakSideEffect: 0.9,
    };
    expect(judgeImplantDecision(met, 'implant')).toMatchObject({ best: true });
    expect(judgeImplantDecision(met, 'implant').feedback).toMatch(/57 %/);
    expect(judgeImplantDecision(met, 'no-implant').best).toBe(false);
    expect(judgeImplantDecision(failed, 'no-implant').best).toBe(true);
    expect(judgeImplantDecision(failed, 'implant')).toMatchObject({
      best: false,
      bestLabels: ['Do not implant'],
    });
    expect(judgeImplantDecision(toxic, 'implant').feedback).toMatch(/side effects were too strong/);
  });
});

describe('first refill date', () => {
  it('a constant rate reaches the alarm at (V − alarm) / rate', () => {
    const plan = { startRateMlPerDay: 0.2, titration: [] };
    expect(dayReservoirReaches(plan, 0, 20, 2, 365)).toBeCloseTo(90, 12);
    expect(dayReservoirReaches(plan, 0, 20, 2, 80)).toBeNull();
    expect(dayReservoirReaches(plan, 10, 20, 0, 365)).toBeCloseTo(110, 12);
  });

  it('titration steps are followed piece by piece (cancer case: 0.2 then 0.3 mL/day from day 14)', () => {
    const c = caseOf('cancer-pain');
    // 14 d × 0.2 = 2.8 mL, then (20 − 2.8 − 2) / 0.3 = 50.67 d more: day 64.67.
    expect(firstRefillLimit(c, { reservoir: '20' }).alarmDay).toBeCloseTo(14 + 15.2 / 0.3, 10);
    expect(firstRefillLimit(c, { reservoir: '20' }).dryDay).toBeCloseTo(14 + 17.2 / 0.3, 10);
    const qRefill = refillQuestion(c, { reservoir: '20' });
    expect(qRefill.options.filter((o) => o.best).map((o) => o.id)).toEqual(['60']);
    expect(qRefill.options.find((o) => o.id === '90')!.feedback).toMatch(/Too late.*day 64.*runs dry/);
    expect(qRefill.options.find((o) => o.id === '30')!.feedback).toMatch(/Safe but early/);
  });

  it('a reservoir that outlasts six months is refilled at the stability limit [D1]', () => {
    const c = caseOf('chronic-pain');
    expect(firstRefillLimit(c, { reservoir: '40' })).toMatchObject({ alarmDay: null, latestDay: 180 });
    const best = refillQuestion(c, { reservoir: '40' }).options.find((o) => o.best)!;
    expect(best.id).toBe('180');
    expect(best.feedback).toMatch(/stable in the pump for six months/);
  });
});

describe('external system infection risk', () => {
  it('reproduces the published totals at the mean duration, and is 0 at day 0', () => {
    const f = EXTERNAL_CATHETER_INFECTION;
    const r = externalInfectionRisk(f.meanDays);
    expect(r.superficial).toBeCloseTo(f.superficialFraction, 12);
    expect(r.deep).toBeCloseTo(f.deepFraction, 12);
    expect(externalInfectionRisk(0)).toMatchObject({ superficial: 0, deep: 0 });
  });

  it('grows with every day, and follows 1 − (1 − p)^(t / 54 days) exactly', () => {
    let last = -1;
    for (let d = 0; d <= 120; d += 3) {
      const r = externalInfectionRisk(d).deep;
      expect(r).toBeGreaterThan(last);
      last = r;
    }
    // Constant hazard: P(t) = 1 − e^(−λt) with e^(−λ·54) = 1 − p, so P(t) = 1 − (1 − p)^(t/54).
    for (const t of [3, 10, 200]) {
      expect(externalInfectionRisk(t).deep).toBeCloseTo(1 - (1 - 0.014) ** (t / 54), 14);
      expect(externalInfectionRisk(t).superficial).toBeCloseTo(1 - (1 - 0.023) ** (t / 54), 14);
    }
  });

  it.each([-1, Number.NaN, Infinity, 4000])('rejects %s days with the field, value and range', (d) => {
    expect(() => externalInfectionRisk(d)).toThrow(new RegExp(`days: ${d} is outside 0–3653 days`));
  });
});

describe('follow-up scenarios', () => {
  it.each(PATIENT_CASES.map((c) => [c.id, c] as const))(
    '%s: valid for every reservoir and refill choice',
    (_, c) => {
      for (const reservoir of ['20', '40'])
        for (const refill of REFILL_OPTIONS_DAYS) {
          const answers = { ...bestAnswers(c), reservoir, refill: String(refill) };
          for (const eriDay of [undefined, 2000]) {
            const v = validateScenario(followUpScenario(c, answers, { eriDay }));
            expect(v.ok ? [] : v.errors, `${reservoir} mL, refill day ${refill}`).toEqual([]);
          }
        }
    },
  );

  it('answers that are not options fall back to what the case teaches (never NaN in the scenario)', () => {
    const c = caseOf('cancer-pain');
    const sc = followUpScenario(c, { reservoir: '999', refill: 'soon' });
    expect(sc.device).toMatchObject({ reservoirMl: 20, reservoirStartMl: 20 });
    const refills = (sc.events ?? []).filter((e) => e.type === 'refill');
    expect(refills[0].atHours).toBe(60 * 24); // the best offered day for 20 mL (alarm on day 64.7)
    expect(JSON.stringify(sc)).not.toMatch(/null|NaN/);
    expect(validateScenario(sc).ok).toBe(true);
  });

  it('the first refill is on the learner’s day, the later ones are planned within the reservoir and six months', () => {
    const c = caseOf('spinal-spasticity');
    const s = followUpSchedule(c, { reservoir: '20', refill: '60' });
    expect(s.refillDays[0]).toBe(60);
    for (let i = 1; i < s.refillDays.length; i++) {
      const gap = s.refillDays[i] - s.refillDays[i - 1];
      expect(gap % 7).toBe(0);
      expect(gap).toBeLessThanOrEqual(180);
      // Before the alarm at the then-current rate (a fresh 20 mL fill at ≤ 0.3 mL/day lasts ≥ 60 days).
      expect(gap).toBeLessThanOrEqual(60);
    }
  });

  it('the missed refill replaces the n-th refill, and the make-up refill comes after the reservoir runs dry', () => {
    const c = caseOf('chronic-pain');
    const s = followUpSchedule(c, { reservoir: '40', refill: '180' });
    expect(s.missedRefillDay).not.toBeNull();
    const after = s.refillDays.find((d) => d > s.missedRefillDay!)!;
    const before = s.refillDays.filter((d) => d < s.missedRefillDay!).at(-1)!;
    const dry = dayReservoirReaches(c.followUp, before, 40, 0, c.followUp.durationDays)!;
    expect(after).toBe(Math.ceil(dry) + 2);
  });
});

describe('each case through the simulation API', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = new Engine();
    const bytes = await readFile(new URL('../../build/release.wasm', import.meta.url));
    await engine.init({
      bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    });
  });
  const run = (c: PatientCase, answers: CaseAnswers, eriDay?: number | null): Promise<SimResult> =>
    engine.run(followUpScenario(c, answers, { eriDay }));
  const codes = (r: SimResult) => r.events.map((e) => e.code);
  const dayOf = (r: SimResult, code: string) => r.events.find((e) => e.code === code)!.tHours / 24;

  it.each(PATIENT_CASES.map((c) => [c.id, c] as const))(
    '%s: the recommended trial meets its criterion',
    async (_, c) => {
      const best = c.trial.question.options.find((o) => o.best)!;
      const { spec, patientId } = caseTrialSpec(c, best.id);
      const t = await engine.runTrialTimeline(spec, patientId);
      expect(t.result.decision.implant).toBe(true);
      expect(judgeImplantDecision(t.result, 'implant').best).toBe(true);
    },
  );

  it('Ms B.’s single-shot trial falls short of 50 % while her continuous trial meets it', async () => {
    const c = caseOf('chronic-pain');
    const bolus = await engine.runTrialTimeline(caseTrialSpec(c, 'bolus').spec, c.trial.patientId);
    expect(bolus.result.decision.implant).toBe(false);
    expect(bolus.result.bestImprovementPct).toBeLessThan(50);
    expect(judgeImplantDecision(bolus.result, 'no-implant').best).toBe(true);
  });

  it('the cerebral palsy case is a very small child: the reduced first bolus of 25 µg [D16]', async () => {
    const c = caseOf('cp-child');
    const t = await engine.runTrialTimeline(caseTrialSpec(c, 'bolus').spec, c.trial.patientId);
    expect(t.result.patient.bodyMassKg).toBeLessThan(20);
    expect(t.result.stepsGiven[0].doseUg).toBe(25);
  });

  it('cancer case: a first refill after the alarm day runs the pump dry; the right day does not', async () => {
    const c = caseOf('cancer-pain');
    const late = await run(c, { reservoir: '20', refill: '90' });
    expect(codes(late)).toContain('empty-reservoir');
    expect(dayOf(late, 'low-reservoir')).toBeCloseTo(firstRefillLimit(c, { reservoir: '20' }).alarmDay!, 0);
    const right = await run(c, { reservoir: '20', refill: '60' });
    expect(codes(right)).not.toContain('empty-reservoir');
    expect(codes(right)).toContain('mri-start');
  });

  it('chronic pain case: the missed refill empties the pump, the make-up refill resumes delivery', async () => {
    const r = await run(caseOf('chronic-pain'), bestAnswers(caseOf('chronic-pain')));
    const missed = dayOf(r, 'missed-refill');
    expect(dayOf(r, 'empty-reservoir')).toBeGreaterThan(missed);
    expect(dayOf(r, 'delivery-resumed')).toBeGreaterThan(dayOf(r, 'empty-reservoir'));
  });

  it('spinal case: the motor stall stops baclofen (withdrawal risk) until the replacement', async () => {
    const c = caseOf('spinal-spasticity');
    const r = await run(c, bestAnswers(c));
    const stall = r.events.find((e) => e.code === 'motor-stall')!;
    expect(stall.tHours / 24).toBe(800);
    expect(r.events.some((e) => e.code === 'withdrawal-risk' && e.tHours === stall.tHours)).toBe(true);
    expect(dayOf(r, 'replacement')).toBeCloseTo(800 + 30 / 24, 6);
    expect(codes(r)).not.toContain('empty-reservoir');
  });

  it('child case: the ERI found by a first run leads to a replacement before the pump would stop', async () => {
    const c = caseOf('cp-child');
    const answers = bestAnswers(c);
    const first = await run(c, answers);
    const eriDay = first.summary.eriAtHours! / 24;
    const stopDay = first.summary.endOfServiceAtHours! / 24;
    expect(stopDay - eriDay).toBeCloseTo(90, 0); // ERI → stop after 90 days [D1]
    const second = await run(c, answers, eriDay);
    const replaced = dayOf(second, 'replacement');
    expect(replaced).toBeGreaterThanOrEqual(eriDay);
    expect(replaced).toBeLessThan(stopDay);
    expect(codes(second)).not.toContain('end-of-service');
    // The journey shows it end to end: decisions, trial, implant, refills, ERI, replacement, outcome.
    const j = buildJourney(c, answers, { implant: true, bestImprovementPct: 67 }, second);
    expect(j.marks.at(-1)).toMatchObject({
      kind: 'outcome',
      day: c.calendar.implantDay + c.followUp.durationDays,
    });
    expect(j.marks.filter((m) => m.kind === 'refill')).toHaveLength(
      followUpSchedule(c, answers, { eriDay }).refillDays.length,
    );
    expect(j.marks.map((m) => m.kind)).toEqual(
      expect.arrayContaining(['decision', 'trial', 'implant', 'complication', 'alarm', 'device']),
    );
    expect(j.marks.every((m, i) => i === 0 || m.day >= j.marks[i - 1].day)).toBe(true);
    // Every decision is on the line, the refill date and the follow-up question included (the latter at the ERI).
    const decisions = j.marks.filter((m) => m.kind === 'decision').map((m) => m.label);
    expect(decisions).toContain('When is the first refill?');
    const eriMark = j.marks.find((m) => m.kind === 'alarm' && /Elective replacement/.test(m.label))!;
    expect(j.marks.find((m) => m.label === c.followUp.question.prompt)!.day).toBe(eriMark.day);
  });
});

describe('journey', () => {
  it('grows with the learner: only decided steps, wrong answers marked, no follow-up before it ran', () => {
    const c = caseOf('spinal-spasticity');
    const early = buildJourney(c, { candidate: 'yes', timing: 'now' }, null, null);
    expect(early.marks.map((m) => m.good)).toEqual([true, false]);
    expect(early.endDay).toBe(0 + c.calendar.trialDay);
    const notImplanted = buildJourney(c, bestAnswers(c), { implant: false, bestImprovementPct: 10 }, null);
    expect(notImplanted.marks.some((m) => m.kind === 'implant')).toBe(false);
    expect(notImplanted.marks.find((m) => m.kind === 'trial')!.label).toMatch(/not met/);
  });

  it('keeps a wrong first answer that was changed after its feedback', () => {
    const c = caseOf('cancer-pain');
    const j = buildJourney(c, { candidate: 'yes', drug: 'morphine' }, null, null, {
      candidate: 'no-prognosis',
      drug: 'morphine',
    });
    const [candidate, drug] = j.marks;
    expect(candidate).toMatchObject({ good: true, corrected: true });
    expect(candidate.detail).toMatch(/^first: No: his life expectancy .*; then: Yes: refractory cancer pain/);
    expect(drug).toMatchObject({ good: true, detail: 'Morphine' });
    expect(drug.corrected).toBeUndefined();
  });
});

describe('journey time for learners', () => {
  it('says days before the implant, then days, months and years after it', async () => {
    const { journeyTimeText } = await import('../../src/ui/elements/journey/journey-time.js');
    expect(journeyTimeText(10.7, 70)).toBe('day 10');
    expect(journeyTimeText(70, 70)).toBe('day 70: the day of the implant');
    expect(journeyTimeText(71, 70)).toBe('day 71: 1 day after the implant');
    expect(journeyTimeText(100, 70)).toBe('day 100: 30 days after the implant');
    expect(journeyTimeText(70 + 365.25 + 31, 70)).toBe('day 466: 1 year 1 month after the implant');
    expect(journeyTimeText(70 + 2 * 365.25, 70)).toBe('day 800: 2 years after the implant');
  });

  it('draws the weeks around the implant on a quarter of the width, the years on the rest, monotone', async () => {
    const { journeyAxis } = await import('../../src/ui/elements/journey/journey-time.js');
    const a = journeyAxis(70 + 2740, 70);
    expect(a.breakAt).toBe(0.25);
    expect(a.x(0)).toBe(0);
    expect(a.x(100)).toBeCloseTo(0.25, 12); // implant + 30 days
    expect(a.x(70 + 2740)).toBeCloseTo(1, 12);
    for (let d = 1; d <= 2810; d += 7) expect(a.x(d)).toBeGreaterThan(a.x(d - 1));
    expect(a.ticks.map((t) => t.label)).toEqual([
      'first visit',
      'implant',
      ...[1, 2, 3, 4, 5, 6, 7].map((y) => `year ${y}`),
    ]);
    // Shorter than a year: one linear scale.
    const short = journeyAxis(294, 24);
    expect(short.breakAt).toBeNull();
    expect(short.x(147)).toBeCloseTo(0.5, 12);
  });
});
