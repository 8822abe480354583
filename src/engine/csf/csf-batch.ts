/**
 * CsfBatch — TS wrapper of the batched kernel (assembly/csf/batch.ts): many independent patients advanced
 * together with wasm SIMD, the same model as the single column (CsfDriver) including the near-tip jet, cord
 * tissue, posture (buoyancy) and lumbar-puncture boluses. One CsfConfig per lane (same grid); dose rates per lane
 * and interval.
 *
 *   const b = new CsfBatch(wasm, configs, dtHours);
 *   b.lumbarBolus(lane, doseUg, volumeUl, 'L3', 2 / 60);          // optional, starts now
 *   const out = b.advance(nOut, stepsPerOut, tipUgPerHour /* lanes × nOut, lane-major *\/);
 *   out[(k * b.lanes + lane) * CSF_BATCH_OUT.stride + CSF_BATCH_OUT.severity]
 *   b.setDt(0.25);                                                 // coarser steps from here on
 *
 * The kernel step can change between advance calls (setDt): the factorisations of the last two step sizes
 * are kept in wasm, so alternating a fine and a coarse step costs no set-up after the first use of each.
 */
import { CSF_BATCH_GROUP, CSF_BATCH_OUT } from '../../model/wasm-abi.js';
import {
  CSF_PARAM_NAMES,
  cellAreasCm2,
  packCsfParams,
  resolveCsfConfig,
  tipCm,
  type CsfConfig,
  type CsfConfigInput,
} from '../../model/csf-config.js';
import { levelToCm } from '../../model/data/patient.js';
import { axialSlopeAtFaces } from '../../model/posture.js';
import type { WasmExports } from '../wasm/load.js';
import { WasmF64Buffer, f64View } from '../wasm/views.js';

/** Lanes per SIMD group and the batch output record, generated from assembly/csf/params.ts. */
export { CSF_BATCH_GROUP, CSF_BATCH_OUT };

/**
 * One scratch buffer per wasm instance for the rates and the output records, grown on demand and kept, and one
 * JS array for the records handed back: allocating them on every advance call (or every batch of a cohort) cost
 * more than the kernel itself. The kernel's state is per wasm instance too (a new CsfBatch replaces it).
 */
const scratchByWasm = new WeakMap<WasmExports, { buf: WasmF64Buffer; records: Float64Array }>();
function scratchFor(wasm: WasmExports, length: number): { buf: WasmF64Buffer; records: Float64Array } {
  let s = scratchByWasm.get(wasm);
  if (!s || s.buf.length < length) {
    s?.buf.dispose();
    s = {
      buf: new WasmF64Buffer(wasm, Math.max(length, (s?.buf.length ?? 0) * 2)),
      records: s?.records ?? new Float64Array(0),
    };
    scratchByWasm.set(wasm, s);
  }
  return s;
}

/**
 * Slope profiles by posture, length and cells, the oldest out first beyond 256: a cohort's patients each have
 * their own length, and a batch's runs (the trial and the chronic therapy, 64 patients each) ask for the same
 * ones one after the other; building one costs more than a kernel step of the patient. Read-only (copied to wasm).
 */
const slopeCache = new Map<string, Float64Array>();
function slopesFor(posture: CsfConfig['patient']['posture'], lengthCm: number, cells: number): Float64Array {
  const key = `${posture} ${lengthCm} ${cells}`;
  let s = slopeCache.get(key);
  if (!s) {
    if (slopeCache.size >= 256) slopeCache.delete(slopeCache.keys().next().value!);
    slopeCache.set(key, (s = axialSlopeAtFaces(posture, lengthCm, cells)));
  }
  return s;
}

export class CsfBatch {
  readonly lanes: number;
  readonly cells: number;
  private readonly configs: CsfConfig[];

  constructor(
    private readonly wasm: WasmExports,
    inputs: CsfConfigInput[],
    dtHours: number,
  ) {
    if (inputs.length === 0) throw new Error('CsfBatch needs at least one patient');
    const configs = inputs.map((c) => resolveCsfConfig(c));
    // One cell count for the batch; each lane keeps its own spinal length (body size), which the kernel reads.
    const cells = configs[0].grid.cells;
    for (const c of configs) Object.assign(c.grid, { cells, areaProfile: c.grid.areaProfile });
    const padded = [...configs];
    while (padded.length % CSF_BATCH_GROUP) padded.push(configs[configs.length - 1]);
    this.configs = padded;
    this.lanes = padded.length;
    this.cells = cells;
    const np = CSF_PARAM_NAMES.length;
    const pBuf = new WasmF64Buffer(wasm, this.lanes * np);
    const aBuf = new WasmF64Buffer(wasm, this.lanes * cells);
    const sBuf = new WasmF64Buffer(wasm, this.lanes * (cells + 1));
    const slopeOf = (c: CsfConfig) => slopesFor(c.patient.posture, c.grid.lengthCm, cells);
    // Padding lanes repeat the last config: pack it once (packing costs more than a kernel step per lane).
    const packed = new Map<CsfConfig, [Float64Array, Float64Array]>();
    padded.forEach((c, p) => {
      let k = packed.get(c);
      if (!k) packed.set(c, (k = [packCsfParams(c), cellAreasCm2(c)]));
      pBuf.view.set(k[0], p * np);
      aBuf.view.set(k[1], p * cells);
      sBuf.view.set(slopeOf(c), p * (cells + 1));
    });
    wasm.csfBatchConfigure(this.lanes, pBuf.ptr, aBuf.ptr, sBuf.ptr, dtHours);
    pBuf.dispose();
    aBuf.dispose();
    sBuf.dispose();
  }

  /** The kernel step from the next advance on, h (ignored unless 0 < dtHours < 1000). */
  setDt(dtHours: number): void {
    this.wasm.csfBatchSetDt(dtHours);
  }

  /** Lane `lane`'s state (concentrations, cord tissue, plasma, effect sites, …), copied out (see loadLanes). */
  saveLane(lane: number): Float64Array {
    const w = this.wasm;
    const buf = new WasmF64Buffer(w, w.csfBatchLaneStateSize());
    try {
      w.csfBatchSaveLane(lane, buf.ptr);
      return buf.view.slice();
    } finally {
      buf.dispose();
    }
  }

  /**
   * Puts states saved by saveLane (from batches of the same patients, in this batch's lane order) into the lanes;
   * lanes beyond them (padding) get the last one. With setTimeHours to the time they were saved at, each lane
   * steps on exactly as in the batch it came from.
   */
  loadLanes(states: Float64Array[]): void {
    if (states.length === 0) return;
    const w = this.wasm;
    const buf = new WasmF64Buffer(w, w.csfBatchLaneStateSize());
    try {
      for (let l = 0; l < this.lanes; l++) {
        buf.view.set(states[Math.min(l, states.length - 1)].subarray(0, buf.length));
        w.csfBatchLoadLane(l, buf.ptr);
      }
    } finally {
      buf.dispose();
    }
  }

  /** The batch's time, h (the sum of its steps). */
  timeHours(): number {
    return this.wasm.csfBatchTimeHours();
  }

  setTimeHours(hours: number): void {
    this.wasm.csfBatchSetTimeHours(hours);
  }

  /** Kernel steps since this batch was configured (each advances every lane). */
  steps(): number {
    return this.wasm.csfBatchSteps();
  }

  /** Crank–Nicolson steps of `lane` redone with backward Euler (a negative value), as the column's fallbacks. */
  fallbacks(lane: number): number {
    return this.wasm.csfBatchFallbacks(lane);
  }

  /** Spinal length of `lane`'s patient, cm (lanes differ by body size). */
  laneLengthCm(lane: number): number {
    return this.configs[lane].grid.lengthCm;
  }

  /** A lumbar-puncture bolus in `lane` at `at` (level name or cm), starting now (rounded up to whole steps). */
  lumbarBolus(
    lane: number,
    doseUg: number,
    volumeUl: number,
    at: string | number = 'L3',
    durationHours = 2 / 60,
  ): void {
    const c = this.configs[lane];
    if (!c) return;
    const cm = typeof at === 'number' ? at : (levelToCm(at, c.grid.lengthCm) ?? tipCm(c));
    this.wasm.csfBatchLumbarBolus(
      lane,
      Math.max(0, doseUg),
      Math.max(0, volumeUl),
      cm,
      Math.max(1e-6, durationHours),
    );
  }

  /** Lane `lane`'s state, copied out: spinal cells, cranial node and cord tissue (µg/µL). */
  laneState(lane: number): { cells: Float64Array; cranial: number; tissue: Float64Array } {
    const m = this.cells + 1;
    const total = this.lanes * m;
    const at = (i: number) => ((lane >> 3) * m + i) * CSF_BATCH_GROUP + (lane & 7);
    const c = f64View(this.wasm, this.wasm.csfBatchConcPtr(), total);
    const t = f64View(this.wasm, this.wasm.csfBatchTissuePtr(), total);
    const cells = Float64Array.from({ length: this.cells }, (_, i) => c[at(i)]);
    const tissue = Float64Array.from({ length: this.cells }, (_, i) => t[at(i)]);
    return { cells, cranial: c[at(this.cells)], tissue };
  }

  /**
   * Advances nOut intervals of stepsPerOut steps. Rates are lane-major ([lane * nOut + k]): tip doses µg/h,
   * optional systemic doses µg/h and tip inflow µL/h (near-tip jet); lanes beyond the given arrays repeat the
   * last lane. Returns nOut × lanes records (internal units) in an array that the next advance call on this wasm
   * instance overwrites (copy it to keep it). With `records`, only the intervals k with records[k] set are
   * written (the others hold whatever the array held).
   */
  advance(
    nOut: number,
    stepsPerOut: number,
    tipUgPerHour: Float64Array,
    systemicUgPerHour?: Float64Array,
    tipUlPerHour?: Float64Array,
    records?: ArrayLike<number>,
  ): Float64Array {
    const w = this.wasm;
    const n = this.lanes * nOut;
    const kept = scratchFor(w, 3 * n + nOut + nOut * this.lanes * CSF_BATCH_OUT.stride);
    const scratch = kept.buf;
    const put = (a: Float64Array | undefined, at: number): number => {
      if (!a) return 0;
      const view = f64View(w, scratch.ptr + at * 8, n);
      view.set(a.subarray(0, Math.min(a.length, n)));
      // Lanes beyond the given array repeat its last lane.
      const last = a.subarray(Math.max(0, a.length - nOut), a.length);
      for (let o = a.length; o + last.length <= n && last.length > 0; o += last.length) view.set(last, o);
      if (a.length < n && last.length === 0) view.fill(0);
      return scratch.ptr + at * 8;
    };
    const outAt = scratch.ptr + (3 * n + nOut) * 8;
    if (records) {
      const mask = f64View(w, scratch.ptr + 3 * n * 8, nOut);
      for (let k = 0; k < nOut; k++) mask[k] = records[k] ? 1 : 0;
      w.csfBatchRecordOnly(scratch.ptr + 3 * n * 8);
    }
    w.csfBatchAdvance(
      nOut,
      stepsPerOut,
      put(tipUgPerHour, 0),
      put(tipUlPerHour, n),
      put(systemicUgPerHour, 2 * n),
      outAt,
    );
    const size = nOut * this.lanes * CSF_BATCH_OUT.stride;
    if (kept.records.length < size) kept.records = new Float64Array(size);
    const out = kept.records.subarray(0, size);
    out.set(f64View(w, outAt, size));
    return out;
  }
}
