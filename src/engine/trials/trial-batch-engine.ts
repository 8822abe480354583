/**
 * The trial's TrialEngine on the batched SIMD kernel (src/engine/csf/csf-batch.ts, assembly/csf/batch.ts): a whole
 * batch of virtual patients given the same dosing is advanced together, two lanes per f64x2 vector. The kernel
 * is the single column's model (near-tip jet, cord tissue, posture, lumbar-puncture boluses).
 *
 * A lumbar-puncture bolus goes in as the single column (trial-engine.ts) gives it: CsfBatch.lumbarBolus with its
 * own dose, volume (the jet) and 1–2 min duration at the puncture site (bolusSiteCm), starting at the output
 * interval boundary at or after its time (the protocols' boluses fall on boundaries). The kernel step changes per
 * output interval (CsfBatch.setDt, factorisations cached in wasm): fine steps that make the bolus whole steps
 * (stepsPerOutput: 1 min for 2-min boluses) over the bolus's interval and a settling window after it
 * (SETTLE_HOURS, 30 min from the bolus start), one 15-min step per interval elsewhere. Infusions are what the pump
 * engine delivers at the tip (trial-delivery.ts: the external pump's 50 µL activations), as a dose rate per
 * output interval of DT_HOURS (15 min), computed once per protocol, without the infusion's inflow (no jet);
 * `tipRates` is the prescribed schedule the delivery is checked against.
 *
 * Against the adaptive single column (test/unit/trial-engine; 3 patients per case, seed 12) the drug effect of
 * the lumbar-puncture protocols agrees within 0.004 (baclofen, 15 min after the third bolus; morphine 0.0006) at
 * every assessment and 15 min after each bolus, side effect within 0.0002 — the same as 1-min steps throughout
 * (spreading the bolus over one 15-min step gave 0.21 there, 15-min steps throughout with the bolus as its own
 * source ≥ 0.056).
 * Against 1-min steps throughout, the window changes no 15-min output by more than 0.0013 (a 15-min window:
 * 0.0007, same check). The continuous trials differ from the column by ≤ 0.025 at their efficacy assessments
 * (≤ 0.063 at any assessment) but by up to 0.56 in the first hours: the external pump's first 50 µL activation
 * reaches the tip at 2.25 h (morphine at 20.8 µL/h), while the column infuses smoothly from t = 0 — a difference
 * in what is delivered, not in the transport. Feeding the activations' volume as the near-tip jet changed those
 * gaps by < 0.001 (measured, every 15-min output of both continuous trials) and would refactorise every lane at
 * each activation, so infusions go in without inflow. Samples between interval ends are interpolated linearly;
 * t = 0 is the drug-free state.
 */
import { CSF_BATCH_OUT, CsfBatch } from '../csf/csf-batch.js';
import { bolusSiteCm, csfInputFor, inputChanges } from './trial-engine.js';
import { deliveredTipRates } from './trial-delivery.js';
import type { TrialProtocol, VirtualPatient } from '../../model/trials/types.js';
import type { WasmExports } from '../wasm/load.js';
import type { EffectBatch, ResumePoint, TrialEngine } from './trial.js';

/** Output interval and CSF step, h. */
export const DT_HOURS = 0.25;
/** Step for a coarse run (the chronic steady state: only the end matters), h; checked in trial-engine.test. */
export const COARSE_DT_HOURS = 1;
/** Kernel steps per wasm call: 12 h of a 64-lane batch at 15-min steps, a few ms [T2]. */
const CHUNK = 48;

/** Tip dose rate (µg/h) in each of n intervals of dt, from the protocol's steps. */
export function tipRates(protocol: TrialProtocol, n: number, dt = DT_HOURS): Float64Array {
  const rates = new Float64Array(n);
  for (const s of protocol.steps) {
    const t0 = s.tHours;
    const dur = s.durationHours > 0 ? s.durationHours : 1e-9;
    const t1 = t0 + dur;
    // Dose per hour while the step runs: the infusion rate, or the bolus spread over its duration.
    const r = s.kind === 'bolus' ? s.doseUg / dur : s.rateUgPerHour;
    const k0 = Math.max(0, Math.floor(t0 / dt));
    const k1 = Math.min(n - 1, Math.ceil(t1 / dt) - 1);
    for (let k = k0; k <= k1; k++) {
      const overlap = Math.min(t1, (k + 1) * dt) - Math.max(t0, k * dt);
      if (overlap > 0) rates[k] += (r * overlap) / dt;
    }
  }
  return rates;
}

function lumbarPuncture(protocol: TrialProtocol): boolean {
  return protocol.route === 'lumbar-puncture-bolus';
}

/** Most kernel steps per output interval a lumbar puncture may ask for (1 min at DT_HOURS would be 15). */
const MAX_STEPS_PER_OUT = 60;

/**
 * Kernel steps per output interval of dt: 1, or for a lumbar puncture the fewest that make every bolus duration
 * a whole number of steps (the kernel rounds a bolus up to whole steps): 15 (1-min steps) for 2-min boluses at
 * 15-min intervals. Without a fitting count ≤ MAX_STEPS_PER_OUT, steps no longer than the shortest bolus.
 */
export function stepsPerOutput(protocol: TrialProtocol, dt: number): number {
  const durations = lumbarPuncture(protocol)
    ? protocol.steps.filter((x) => x.kind === 'bolus' && x.durationHours > 0).map((x) => x.durationHours)
    : [];
  if (durations.length === 0) return 1;
  const least = Math.min(MAX_STEPS_PER_OUT, Math.max(1, Math.ceil(dt / Math.min(...durations) - 1e-9)));
  for (let s = least; s <= MAX_STEPS_PER_OUT; s++) {
    if (durations.every((d) => Math.abs((d * s) / dt - Math.round((d * s) / dt)) < 1e-6)) return s;
  }
  return least;
}

/**
 * Fine kernel steps from each lumbar-puncture bolus start for this long, h (rounded up to output intervals): the
 * bolus and the settling of its near-tip peak; coarse steps (one per output interval) elsewhere. Chosen by
 * measurement (header): the shortest window whose gap to the column at every 15-min output equals that of fine
 * steps throughout (baclofen and morphine lumbar punctures; 15 min gave 0.0007 more for morphine at 30 min).
 */
export const SETTLE_HOURS = 0.5;

/** Sample time t between interval ends k and k + 1 (index 0 = t = 0) with weight f on k + 1. */
function sampleAt(t: number, dt: number, nOut: number): { k: number; f: number } {
  const x = Math.min(nOut, Math.max(0, (Number.isFinite(t) ? t : 0) / dt));
  const k = Math.min(nOut - 1, Math.floor(x));
  return { k, f: x - k };
}

export class CsfBatchTrialEngine implements TrialEngine {
  readonly batchSize = 64;
  /** Continues patients from a saved state (run's keepState and resume; src/engine/trials/trial.ts). */
  readonly resumable = true;

  /**
   * Work done so far, independent of the machine's load: kernel steps times lanes (padding lanes included) and
   * patients run (a patient run in several passes counts once per pass). The bench reports it per patient.
   */
  readonly work = { laneSteps: 0, patientRuns: 0 };

  /** Tip delivery per protocol (the same for every patient on the same ladder). */
  private readonly delivery = new Map<string, Float64Array>();

  /** settleHours: fine steps from each bolus start for this long (rounded up to output intervals). */
  constructor(
    private readonly wasm: WasmExports,
    private readonly settleHours = SETTLE_HOURS,
  ) {}

  private deliveryFor(protocol: TrialProtocol, n: number, dt: number): Float64Array {
    const key = JSON.stringify([protocol.route, protocol.concentrationUgPerUl, protocol.steps, n, dt]);
    let rates = this.delivery.get(key);
    if (!rates) {
      if (this.delivery.size > 32) this.delivery.clear();
      // A lumbar puncture's boluses go in through CsfBatch.lumbarBolus (run), not as tip dose rates.
      const pumped = lumbarPuncture(protocol)
        ? { ...protocol, steps: protocol.steps.filter((x) => x.kind !== 'bolus') }
        : protocol;
      rates = pumped.steps.length > 0 ? deliveredTipRates(this.wasm, pumped, n, dt) : new Float64Array(n);
      this.delivery.set(key, rates);
    }
    return rates;
  }

  run(
    protocol: TrialProtocol,
    patients: VirtualPatient[],
    sampleHours: number[],
    options: { coarse?: boolean; keepState?: boolean; resume?: ResumePoint } = {},
  ): EffectBatch {
    const dt = options.coarse ? COARSE_DT_HOURS : DT_HOURS;
    // A resumed run starts at an output interval boundary: where the run it continues ended.
    const k0 = options.resume ? Math.round(options.resume.hours / dt) : 0;
    if (options.resume && Math.abs(k0 * dt - options.resume.hours) > 1e-9)
      throw new RangeError(`resume at ${options.resume.hours} h: not an output interval boundary`);
    const m = sampleHours.length;
    const effectFraction = new Float64Array(patients.length * m);
    const sideEffect = new Float64Array(patients.length * m);
    if (patients.length === 0 || m === 0) return { effectFraction, sideEffect };
    const horizon = Math.max(0, ...sampleHours.filter(Number.isFinite));
    const nOut = Math.max(1, Math.ceil(horizon / dt - 1e-9));
    const inputs = patients.map((p) => csfInputFor(protocol, p));
    const fineSub = stepsPerOutput(protocol, dt);
    const batch = new CsfBatch(this.wasm, inputs, dt / fineSub);
    const lanes = batch.lanes;
    if (options.resume) {
      batch.loadLanes(options.resume.states);
      batch.setTimeHours(options.resume.hours);
    }
    const all = this.deliveryFor(protocol, nOut, dt);
    // Lumbar-puncture boluses by the output interval they start at (rounded up to an interval boundary).
    const siteCm = Array.from({ length: lanes }, (_, l) => bolusSiteCm(protocol, batch.laneLengthCm(l)));
    const boluses = lumbarPuncture(protocol)
      ? inputChanges(protocol).flatMap((c) =>
          c.bolus ? [{ k: Math.max(0, Math.ceil(c.tHours / dt - 1e-9)), ...c.bolus }] : [],
        )
      : [];
    // Fine steps over [k, k + settle) from each bolus interval k, coarse ones elsewhere.
    const settle = Math.max(1, Math.ceil(this.settleHours / dt - 1e-9));
    const fine = new Uint8Array(nOut);
    if (fineSub > 1) for (const b of boluses) fine.fill(1, b.k, Math.min(nOut, b.k + settle));
    // Effect and side effect at the interval ends the samples read (interpolation weight ≠ 0), lane-major;
    // index 0 = t = 0 (no drug yet). The kernel writes records only there (CsfBatch.advance `records`).
    const eff = new Float64Array(lanes * (nOut + 1));
    const side = new Float64Array(lanes * (nOut + 1));
    const wanted = new Uint8Array(nOut + 1);
    for (const t of sampleHours) {
      const { k, f } = sampleAt(t, dt, nOut);
      if (f !== 1) wanted[k] = 1;
      if (f !== 0) wanted[k + 1] = 1;
    }
    if (wanted.subarray(1, k0 + 1).includes(1))
      throw new RangeError('a resumed run samples only after its resume point plus one output interval');
    const stride = CSF_BATCH_OUT.stride;
    for (let start = k0; start < nOut;) {
      const f = fine[start] === 1;
      const sub = f ? fineSub : 1;
      batch.setDt(dt / sub);
      for (const b of boluses)
        if (b.k === start)
          for (let l = 0; l < lanes; l++)
            batch.lumbarBolus(l, b.doseUg, b.volumeUl, siteCm[l], b.durationHours);
      // A call ends where the next bolus starts or the step changes.
      let next = Math.min(
        nOut,
        start + Math.max(1, Math.floor(CHUNK / sub)),
        ...boluses.map((b) => (b.k > start ? b.k : nOut)),
      );
      for (let k = start + 1; k < next; k++)
        if (fine[k] !== fine[start]) {
          next = k;
          break;
        }
      const n = next - start;
      const rates = new Float64Array(lanes * n);
      for (let l = 0; l < lanes; l++) rates.set(all.subarray(start, start + n), l * n);
      const out = batch.advance(n, sub, rates, undefined, undefined, wanted.subarray(start + 1));
      for (let k = 0; k < n; k++) {
        if (!wanted[start + k + 1]) continue;
        for (let l = 0; l < lanes; l++) {
          const rec = (k * lanes + l) * stride;
          eff[l * (nOut + 1) + start + k + 1] = out[rec + CSF_BATCH_OUT.spinalEffect];
          side[l * (nOut + 1) + start + k + 1] = Math.max(
            out[rec + CSF_BATCH_OUT.sedation],
            out[rec + CSF_BATCH_OUT.respiratoryDepression],
          );
        }
      }
      start = next;
    }
    const end = options.keepState
      ? { hours: batch.timeHours(), state: (j: number) => batch.saveLane(j) }
      : undefined;
    this.work.laneSteps += batch.steps() * lanes;
    this.work.patientRuns += patients.length;
    for (let i = 0; i < patients.length; i++) {
      for (let j = 0; j < m; j++) {
        const { k, f } = sampleAt(sampleHours[j], dt, nOut);
        const base = i * (nOut + 1);
        effectFraction[i * m + j] = eff[base + k] * (1 - f) + eff[base + k + 1] * f;
        sideEffect[i * m + j] = side[base + k] * (1 - f) + side[base + k + 1] * f;
      }
    }
    return { effectFraction, sideEffect, end };
  }
}
