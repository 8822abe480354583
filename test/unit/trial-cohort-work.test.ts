// Less work per cohort, the same results. The cohort stops simulating a patient once the trial has decided
// (src/engine/trials/trial.ts trialWork): the rows must be those of running every patient through the whole ladder
// and cutting at the decision afterwards (what runBatch did before), for every protocol and both ladders. The batch
// kernel reuses a same-shape batch's buffers, writes only the records asked for, and the posture slopes are built
// in one walk: each must give exactly what it replaced.
import { describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import { CsfBatchTrialEngine } from '../../src/engine/trials/trial-batch-engine.js';
import { runCohort } from '../../src/engine/trials/run-cohort.js';
import type { TrialEngine } from '../../src/engine/trials/trial.js';
import { resolveSpec } from '../../src/model/trials/spec.js';
import { buildProtocol, maintenanceProtocol, usesReducedLadder } from '../../src/model/trials/protocols.js';
import { evaluateTrial } from '../../src/model/trials/evaluate.js';
import { toRow } from '../../src/model/trials/stats.js';
import { drawPatient } from '../../src/model/trials/virtual-patients.js';
import type { OutcomeRow } from '../../src/model/trials/types.js';
import { CsfBatch, CSF_BATCH_OUT } from '../../src/engine/csf/csf-batch.js';
import { csfInputFor } from '../../src/engine/trials/trial-engine.js';
import { axialSlopeAt, axialSlopeAtFaces, POSTURES } from '../../src/model/posture.js';

/** Every patient through the whole ladder in batches of the engine's size, cut at the decision afterwards. */
function wholeLadderRows(engine: TrialEngine, specInput: unknown): OutcomeRow[] {
  const { protocol: def, population, criteria, spec } = resolveSpec(specInput);
  const rows: OutcomeRow[] = [];
  for (let start = 0; start < spec.cohortSize; start += engine.batchSize) {
    const n = Math.min(engine.batchSize, spec.cohortSize - start);
    const patients = Array.from({ length: n }, (_, i) => drawPatient(population, spec.seed, start + i));
    for (const reduced of [false, true]) {
      const group = patients.filter((p) => usesReducedLadder(def, p) === reduced);
      if (group.length === 0) continue;
      const protocol = buildProtocol(def, group[0]);
      const m = protocol.assessments.length;
      const trial = engine.run(
        protocol,
        group,
        protocol.assessments.map((a) => a.tHours),
      );
      const chronic = maintenanceProtocol(def);
      const lt = engine.run(chronic, group, [chronic.durationHours], { coarse: true });
      group.forEach((p, j) => {
        const at = (a: Float64Array) => a.subarray(j * m, (j + 1) * m);
        const r = evaluateTrial(
          protocol,
          criteria,
          p,
          { effectFraction: at(trial.effectFraction), sideEffect: at(trial.sideEffect) },
          lt.effectFraction[j],
        );
        rows[p.id] = toRow(r);
      });
    }
  }
  return rows;
}

describe('a cohort stops each patient at its decision', () => {
  it('gives the rows of the whole ladder cut at the decision, for every protocol and both ladders', async () => {
    const wasm = await loadBuild('release');
    for (const [protocol, population] of [
      ['baclofen-bolus', 'spasticity-spinal'],
      ['baclofen-bolus', 'spasticity-cerebral'],
      ['morphine-bolus', 'pain-chronic'],
      ['baclofen-continuous', 'spasticity-cerebral'],
      ['morphine-continuous', 'pain-chronic'],
    ] as const) {
      const spec = { protocol, population, seed: 7, cohortSize: 150 };
      const engine = new CsfBatchTrialEngine(wasm);
      const rows = (await runCohort(engine, spec)).rows;
      const reference = wholeLadderRows(engine, spec);
      expect(rows, `${protocol} in ${population}`).toEqual(reference);
      // Not vacuous: the cohort has patients decided at each step and both ladders.
      const decided = new Set(rows.map((r) => r.dosesGiven.length));
      if (protocol !== 'morphine-bolus') expect(decided.size, protocol).toBeGreaterThan(1);
    }
  });

  it('does at most half the kernel work of the whole ladder for baclofen bolus screening', async () => {
    const wasm = await loadBuild('release');
    const spec = { protocol: 'baclofen-bolus', population: 'spasticity-spinal', seed: 1, cohortSize: 256 };
    const early = new CsfBatchTrialEngine(wasm);
    await runCohort(early, spec);
    const whole = new CsfBatchTrialEngine(wasm);
    wholeLadderRows(whole, spec);
    // Measured: 0.42 of the lane steps (seed 1, 256 patients: 184 against 439 per patient).
    expect(early.work.laneSteps).toBeLessThan(0.5 * whole.work.laneSteps);
  });

  it('gives bit-identical samples on a fresh wasm instance and on one whose batch buffers ran other patients', async () => {
    // A batch of the same shape reuses the kernel's buffers and factorisation slots (assembly/csf/batch-state.ts
    // allocBatch): nothing of the previous batch may leak into the next.
    const def = 'baclofen-bolus';
    const spec = resolveSpec({ protocol: def, population: 'spasticity-spinal', seed: 2, cohortSize: 64 });
    const patients = Array.from({ length: 64 }, (_, i) => drawPatient(spec.population, 2, i));
    const protocol = buildProtocol(spec.protocol, patients[0]);
    const times = protocol.assessments.map((a) => a.tHours);
    const fresh = new CsfBatchTrialEngine(await loadBuild('release')).run(protocol, patients, times);
    const used = new CsfBatchTrialEngine(await loadBuild('release'));
    const others = Array.from({ length: 64 }, (_, i) => drawPatient(spec.population, 3, i));
    used.run(maintenanceProtocol(spec.protocol), others, [48], { coarse: true });
    used.run(buildProtocol(spec.protocol, others[0]), others, times);
    const again = used.run(protocol, patients, times);
    expect(Array.from(again.effectFraction)).toEqual(Array.from(fresh.effectFraction));
    expect(Array.from(again.sideEffect)).toEqual(Array.from(fresh.sideEffect));
  });

  it('writes the same records when asked for a few intervals as when writing all of them', async () => {
    const wasm = await loadBuild('release');
    const spec = resolveSpec({ protocol: 'baclofen-bolus', population: 'spasticity-spinal', seed: 2 });
    const patients = Array.from({ length: 16 }, (_, i) => drawPatient(spec.population, 2, i));
    const protocol = buildProtocol(spec.protocol, patients[0]);
    const inputs = patients.map((p) => csfInputFor(protocol, p));
    const nOut = 12;
    const wanted = Array.from({ length: nOut }, (_, k) => (k % 5 === 3 ? 1 : 0));
    const run = (records?: number[]) => {
      const b = new CsfBatch(wasm, inputs, 0.25);
      for (let l = 0; l < b.lanes; l++) b.lumbarBolus(l, 50, 1000, 'L3', 2 / 60);
      return b.advance(nOut, 4, new Float64Array(b.lanes * nOut), undefined, undefined, records).slice();
    };
    const all = run();
    const some = run(wanted);
    const stride = CSF_BATCH_OUT.stride;
    const lanes = all.length / nOut / stride;
    for (let k = 0; k < nOut; k++) {
      if (!wanted[k]) continue;
      const at = k * lanes * stride;
      expect(Array.from(some.subarray(at, at + lanes * stride)), `interval ${k}`).toEqual(
        Array.from(all.subarray(at, at + lanes * stride)),
      );
    }
    expect(all[3 * lanes * stride + CSF_BATCH_OUT.spinalEffect]).toBeGreaterThan(0);
  });

  it('builds the posture slopes at the faces as axialSlopeAt does face by face', () => {
    for (const posture of POSTURES)
      for (let lengthCm = 20; lengthCm < 80; lengthCm += 0.73)
        for (const cells of [8, 120, 121]) {
          const faces = axialSlopeAtFaces(posture, lengthCm, cells);
          const each = Array.from({ length: cells + 1 }, (_, f) =>
            axialSlopeAt(posture, (f * lengthCm) / cells, lengthCm),
          );
          expect(Array.from(faces), `${posture} ${lengthCm} cm`).toEqual(each);
        }
  });

  it('resumes patients in a new batch bit for bit as one run carries on (later passes continue the undecided)', async () => {
    const wasm = await loadBuild('release');
    for (const [id, pop] of [
      ['baclofen-bolus', 'spasticity-spinal'],
      ['morphine-continuous', 'pain-chronic'], // with the cord-tissue compartment
    ] as const) {
      const spec = resolveSpec({ protocol: id, population: pop, seed: 4 });
      const patients = Array.from({ length: 40 }, (_, i) => drawPatient(spec.population, 4, i)).filter(
        (p) => !usesReducedLadder(spec.protocol, p),
      );
      const protocol = buildProtocol(spec.protocol, patients[0]);
      const times = protocol.assessments.map((a) => a.tHours);
      const m = times.length;
      const cut = protocol.assessments.filter((a) => a.step === 0).length;
      const engine = new CsfBatchTrialEngine(wasm);
      const whole = engine.run(protocol, patients, times);
      const first = engine.run(protocol, patients, times.slice(0, cut), { keepState: true });
      // Resume every other patient, in another order and batch, after a run of someone else in between.
      const again = patients.filter((_, i) => i % 2 === 1).reverse();
      const states = again.map((p) => first.end!.state(patients.indexOf(p)));
      engine.run(protocol, patients.slice(0, 8), times);
      const rest = engine.run(protocol, again, times.slice(cut), {
        resume: { hours: first.end!.hours, states },
      });
      again.forEach((p, j) => {
        const i = patients.indexOf(p);
        const n = m - cut;
        expect(Array.from(rest.effectFraction.subarray(j * n, (j + 1) * n)), `${id}, patient ${i}`).toEqual(
          Array.from(whole.effectFraction.subarray(i * m + cut, (i + 1) * m)),
        );
        expect(Array.from(rest.sideEffect.subarray(j * n, (j + 1) * n))).toEqual(
          Array.from(whole.sideEffect.subarray(i * m + cut, (i + 1) * m)),
        );
      });
    }
  });
});
