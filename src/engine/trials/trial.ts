/**
 * Running a trial protocol on virtual patients through an engine. The engine computes, for a batch of
 * patients given the same dosing, the drug-effect fraction and the side-effect intensity at chosen times; the
 * trial layer (src/model/trials) turns those into recorded scores, decisions and statistics.
 *
 * Causality makes batching exact: every assessment of a step comes before the next step starts, so the
 * trajectory up to a decision does not depend on later steps. Every patient is therefore run on the whole
 * ladder and the trial is cut at the decision afterwards (stepsGiven, assessments).
 */
import {
  buildProtocol,
  maintenanceProtocol,
  usesReducedLadder,
  type ProtocolDefinition,
} from '../../model/trials/protocols.js';
import { evaluateTrial } from '../../model/trials/evaluate.js';
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
}

/** What a trial needs from the CSF/PK/PD engine (implemented over the wasm kernels in trial-engine.ts). */
export interface TrialEngine {
  /** Preferred number of patients per call (the batched kernel's width times a few). */
  readonly batchSize: number;
  /** `coarse`: only the end state matters (the chronic steady state), so an engine may take larger steps. */
  run(
    protocol: TrialProtocol,
    patients: VirtualPatient[],
    sampleHours: number[],
    options?: { coarse?: boolean },
  ): EffectBatch;
}

/** One patient's timeline for the view: dense samples plus the judged trial. */
export type TrialTimeline = TrialTimelineData;

const row = (a: Float64Array, i: number, n: number) => a.subarray(i * n, (i + 1) * n);

/** Runs the trial and the long-term question for a batch of patients sharing one dose ladder. */
export function runBatch(
  engine: TrialEngine,
  def: ProtocolDefinition,
  criteria: Criteria,
  patients: VirtualPatient[],
): TrialResult[] {
  if (patients.length === 0) return [];
  const protocol = buildProtocol(def, patients[0]);
  const times = protocol.assessments.map((a) => a.tHours);
  const trial = engine.run(protocol, patients, times);
  const chronic = maintenanceProtocol(def);
  const lt = engine.run(chronic, patients, [chronic.durationHours], { coarse: true });
  return patients.map((p, i) =>
    evaluateTrial(
      protocol,
      criteria,
      p,
      {
        effectFraction: row(trial.effectFraction, i, times.length),
        sideEffect: row(trial.sideEffect, i, times.length),
      },
      lt.effectFraction[i],
    ),
  );
}

/** Runs patients [firstId, firstId + count) of a cohort, in engine-sized batches grouped by dose ladder. */
export async function runSlice(
  engine: TrialEngine,
  resolved: ResolvedSpec,
  firstId: number,
  count: number,
  options: { signal?: AbortSignal; onProgress?: (done: number) => void; uniform?: UniformSource } = {},
): Promise<TrialResult[]> {
  const { protocol: def, population, criteria, spec } = resolved;
  const out: TrialResult[] = new Array(count);
  let done = 0;
  let lastYield = performance.now();
  for (let start = 0; start < count; start += engine.batchSize) {
    const n = Math.min(engine.batchSize, count - start);
    const patients = Array.from({ length: n }, (_, i) =>
      drawPatient(population, spec.seed, firstId + start + i, options.uniform),
    );
    // Two ladders at most (standard, reduced): each group shares one dosing and runs as one batch.
    for (const reduced of [false, true]) {
      const idx = patients
        .map((p, i) => (usesReducedLadder(def, p) === reduced ? i : -1))
        .filter((i) => i >= 0);
      const results = runBatch(
        engine,
        def,
        criteria,
        idx.map((i) => patients[i]),
      );
      idx.forEach((i, j) => (out[start + i] = results[j]));
    }
    done += n;
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
