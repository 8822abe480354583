/**
 * The trial half of SimulationApi, as functions over one wasm instance: Engine (src/runtime/worker/engine.ts) delegates
 * here, in the worker and in Node alike. Cohorts and the drill-down both run on the batched kernel
 * (CsfBatchTrialEngine), so a patient's timeline agrees with its cohort row; one engine per wasm instance.
 */
import * as Comlink from 'comlink';
import type { OutcomeRow } from '../../model/trials/types.js';
import type { TrialTimelineData } from '../../model/trials/timeline.js';
import { resolveSpec } from '../../model/trials/spec.js';
import type { WasmExports } from '../../engine/wasm/load.js';
import { exclusive } from '../../engine/wasm/exclusive.js';
import { runCohortSlice } from '../../engine/trials/run-cohort.js';
import { runTimeline } from '../../engine/trials/trial.js';
import { CsfBatchTrialEngine } from '../../engine/trials/trial-batch-engine.js';

const engines = new WeakMap<WasmExports, CsfBatchTrialEngine>();

export function trialEngineFor(wasm: WasmExports): CsfBatchTrialEngine {
  let e = engines.get(wasm);
  if (!e) {
    e = new CsfBatchTrialEngine(wasm);
    engines.set(wasm, e);
  }
  return e;
}

export function cohortSlice(
  wasm: WasmExports,
  spec: unknown,
  firstId: number,
  count: number,
  signal: AbortSignal,
  onProgress?: (done: number) => void,
): Promise<OutcomeRow[]> {
  const n = Math.max(0, Math.min(10_000, Math.floor(Number(count) || 0)));
  const first = Math.max(0, Math.floor(Number(firstId) || 0));
  return exclusive(wasm, () => runCohortSlice(trialEngineFor(wasm), spec, first, n, { signal, onProgress }));
}

/** The timeline with its typed arrays marked for transfer (not copied) back to the caller. */
export async function trialTimeline(
  wasm: WasmExports,
  spec: unknown,
  patientId: number,
): Promise<TrialTimelineData> {
  const id = Math.max(0, Math.floor(Number(patientId) || 0));
  const t = await exclusive(wasm, () => runTimeline(trialEngineFor(wasm), resolveSpec(spec), id));
  return Comlink.transfer(t, [
    t.tHours.buffer,
    t.effectFraction.buffer,
    t.sideEffect.buffer,
  ] as ArrayBuffer[]);
}
