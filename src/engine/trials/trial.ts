/**
 * Running a trial protocol on virtual patients through an engine. The engine computes, for a batch of
 * patients given the same dosing, the drug-effect fraction and the side-effect intensity at chosen times; the
 * trial layer (src/model/trials) turns those into recorded scores, decisions and statistics.
 *
 * Causality makes batching exact: every assessment of a step comes before the next step starts, so the
 * trajectory up to a decision does not depend on later steps. A batch is therefore run up to the end of one
 * step's assessments at a time, and only the patients still undecided go on to the next step (trialWork); the
 * trial is cut at the decision (stepsGiven, assessments) as if every patient had been run on the whole ladder.
 */
import {
  buildProtocol,
  maintenanceProtocol,
  usesReducedLadder,
  type ProtocolDefinition,
} from '../../model/trials/protocols.js';
import { decidedBy, evaluateTrial } from '../../model/trials/evaluate.js';
import type { Criteria } from '../../model/trials/criteria.js';
import type { TrialProtocol, TrialResult, VirtualPatient } from '../../model/trials/types.js';
import type { ResolvedSpec } from '../../model/trials/spec.js';
import { drawPatient } from '../../model/trials/virtual-patients.js';
import type { UniformSource } from '../../model/trials/rng.js';
import { abortError } from '../../model/trials/cohort.js';
import type { TrialTimelineData } from '../../model/trials/timeline.js';

export interface EffectBatch {
  /** Row-major [patient][sample]: drug-effect fraction 0–1. */
  effectFraction: Float64Array;
  /** Row-major [patient][sample]: side-effect intensity 0–1. */
  sideEffect: Float64Array;
  /**
   * With `keepState`: where the run ended, to resume patients from (TrialEngine.resumable). `state(j)` copies
   * patient j's state out; valid until the engine's next run (a cohort keeps only the undecided patients').
   */
  end?: { hours: number; state(patient: number): Float64Array };
}

/** Patients' engine states at a time, in the order of the patients run; opaque outside the engine. */
export interface ResumePoint {
  hours: number;
  states: Float64Array[];
}

/** What a trial needs from the CSF/PK/PD engine (implemented over the wasm kernels in trial-engine.ts). */
export interface TrialEngine {
  /** Preferred number of patients per call (the batched kernel's width times a few). */
  readonly batchSize: number;
  /**
   * `coarse`: only the end state matters (the chronic steady state), so an engine may take larger steps. A
   * resumable engine also takes `keepState` (return `end`) and `resume` (continue these patients from an `end` of
   * the same protocol, exactly as one run would; every sample after the resume point plus one output interval).
   */
  run(
    protocol: TrialProtocol,
    patients: VirtualPatient[],
    sampleHours: number[],
    options?: { coarse?: boolean; keepState?: boolean; resume?: ResumePoint },
  ): EffectBatch;
  /** Whether run() takes `keepState` and `resume`. */
  readonly resumable?: boolean;
}

/** One patient's timeline for the view: dense samples plus the judged trial. */
export type TrialTimeline = TrialTimelineData;

const row = (a: Float64Array, i: number, n: number) => a.subarray(i * n, (i + 1) * n);

/**
 * How many of the protocol's assessments belong to steps 0 … s, for each step s: the sample prefix a run up to
 * step s's last assessment needs. Null when the steps' assessments are not in step order (an assessment after the
 * next step's start): then there is no early stop and every patient runs the whole ladder.
 */
function assessmentPrefixes(protocol: TrialProtocol): number[] | null {
  const a = protocol.assessments;
  for (let i = 1; i < a.length; i++) if (a[i].step < a[i - 1].step) return null;
  return protocol.steps.map((_, s) => a.filter((x) => x.step <= s).length);
}

/**
 * The work of a trial for patients of one cohort, as a sequence of engine runs; each `yield` follows one run and
 * gives how many patients it finished (their results are in `out`, by index into `patients`).
 *
 * Each patient stops at its decision. Per ladder, pass s runs the patients still undecided up to step s's last
 * assessment, in engine-sized batches (lanes are independent, so a patient's samples do not depend on its
 * batch), and finishes those decided by then (decidedBy): 85 % of a baclofen screening cohort respond to the
 * first bolus, and their later 48 h were simulated for nothing. A resumable engine continues the undecided from
 * the state their previous pass ended in (bit for bit as one run; 13 % fewer kernel steps for baclofen
 * screening than re-running them from t = 0, which other engines do); pooling them over the whole slice keeps
 * the later passes' batches full. Samples after a patient's decision stay 0: decide() never reads them, so the
 * results are those of the whole ladder cut at the decision. The chronic therapy (one protocol for both
 * ladders) runs with each first-pass batch.
 */
function* trialWork(
  engine: TrialEngine,
  def: ProtocolDefinition,
  criteria: Criteria,
  patients: VirtualPatient[],
  out: TrialResult[],
): Generator<number, void, void> {
  const chronic = maintenanceProtocol(def);
  const longTerm = new Float64Array(patients.length);
  for (const reduced of [false, true]) {
    const group = patients
      .map((p, i) => (usesReducedLadder(def, p) === reduced ? i : -1))
      .filter((i) => i >= 0);
    if (group.length === 0) continue;
    const protocol = buildProtocol(def, patients[group[0]]);
    const times = protocol.assessments.map((a) => a.tHours);
    const m = times.length;
    const effectFraction = new Float64Array(patients.length * m);
    const sideEffect = new Float64Array(patients.length * m);
    const effects = (i: number) => ({
      effectFraction: row(effectFraction, i, m),
      sideEffect: row(sideEffect, i, m),
    });
    const prefixes = assessmentPrefixes(protocol) ?? [m];
    // A resumable engine continues the undecided from where their last pass ended; others re-run from t = 0.
    const resume = engine.resumable === true;
    const states = new Map<number, Float64Array>();
    let resumeHours = 0;
    let active = group;
    for (let s = 0; s < prefixes.length && active.length > 0; s++) {
      const k = prefixes[s];
      const from = resume && s > 0 ? prefixes[s - 1] : 0;
      const last = s === prefixes.length - 1;
      const undecided: number[] = [];
      let endHours = 0;
      for (let b = 0; b < active.length; b += engine.batchSize) {
        const idx = active.slice(b, b + engine.batchSize);
        const batch = idx.map((i) => patients[i]);
        if (s === 0) {
          const lt = engine.run(chronic, batch, [chronic.durationHours], { coarse: true });
          idx.forEach((i, j) => (longTerm[i] = lt.effectFraction[j]));
        }
        const r = engine.run(protocol, batch, times.slice(from, k), {
          keepState: resume && !last,
          resume: from > 0 ? { hours: resumeHours, states: idx.map((i) => states.get(i)!) } : undefined,
        });
        const n = k - from;
        endHours = r.end?.hours ?? 0;
        let finished = 0;
        idx.forEach((i, j) => {
          effectFraction.set(r.effectFraction.subarray(j * n, (j + 1) * n), i * m + from);
          sideEffect.set(r.sideEffect.subarray(j * n, (j + 1) * n), i * m + from);
          states.delete(i);
          if (!last && !decidedBy(protocol, criteria, patients[i], effects(i), s)) {
            if (r.end) states.set(i, r.end.state(j));
            undecided.push(i);
            return;
          }
          out[i] = evaluateTrial(protocol, criteria, patients[i], effects(i), longTerm[i]);
          finished++;
        });
        yield finished;
      }
      resumeHours = endHours;
      active = undecided;
    }
  }
}

/** Runs the trial and the long-term question for a batch of patients (either ladder), in this thread. */
export function runBatch(
  engine: TrialEngine,
  def: ProtocolDefinition,
  criteria: Criteria,
  patients: VirtualPatient[],
): TrialResult[] {
  const out: TrialResult[] = new Array(patients.length);
  const work = trialWork(engine, def, criteria, patients, out);
  while (!work.next().done);
  return out;
}

/**
 * Runs patients [firstId, firstId + count) of a cohort (trialWork), reporting the patients finished and yielding
 * to the event loop every few ms; an abort stops it at the next engine run.
 */
export async function runSlice(
  engine: TrialEngine,
  resolved: ResolvedSpec,
  firstId: number,
  count: number,
  options: { signal?: AbortSignal; onProgress?: (done: number) => void; uniform?: UniformSource } = {},
): Promise<TrialResult[]> {
  const { protocol: def, population, criteria, spec } = resolved;
  const out: TrialResult[] = new Array(count);
  const patients = Array.from({ length: count }, (_, i) =>
    drawPatient(population, spec.seed, firstId + i, options.uniform),
  );
  let done = 0;
  let lastYield = performance.now();
  for (const finished of trialWork(engine, def, criteria, patients, out)) {
    done += finished;
    options.onProgress?.(done);
    if (performance.now() - lastYield > 8) {
      await new Promise((r) => setTimeout(r, 0));
      lastYield = performance.now();
    }
    if (options.signal?.aborted) throw abortError();
  }
  return out;
}

/** One patient, with dense samples every `stepMinutes` for the timeline view. */
export function runTimeline(
  engine: TrialEngine,
  resolved: ResolvedSpec,
  patientId: number,
  stepMinutes = 10,
): TrialTimeline {
  const { protocol: def, population, criteria, spec } = resolved;
  const patient = drawPatient(population, spec.seed, patientId);
  const protocol = buildProtocol(def, patient);
  const [result] = runBatch(engine, def, criteria, [patient]);
  const end = protocol.steps[result.decision.decidingStep].tHours + def.stepHours;
  const n = Math.max(2, Math.round((end * 60) / stepMinutes) + 1);
  const tHours = Float64Array.from({ length: n }, (_, i) => (i * end) / (n - 1));
  const dense = engine.run(protocol, [patient], Array.from(tHours));
  return { result, protocol, tHours, effectFraction: dense.effectFraction, sideEffect: dense.sideEffect };
}
