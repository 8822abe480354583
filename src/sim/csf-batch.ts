/**
 * CsfBatch — TS wrapper of the batched kernel (assembly/csf/batch.ts): many independent patients advanced
 * together with wasm SIMD. One CsfConfig per lane (same grid), intrathecal dose rates per lane and interval.
 *
 *   const b = new CsfBatch(wasm, configs, dtHours);
 *   const out = b.advance(nOut, stepsPerOut, tipUgPerHour /* lanes × nOut, lane-major *\/);
 *   out[(k * b.lanes + lane) * CSF_BATCH_OUT.stride + CSF_BATCH_OUT.severity]
 */
import {
  CSF_PARAM_NAMES,
  cellAreasCm2,
  packCsfParams,
  resolveCsfConfig,
  type CsfConfigInput,
} from '../core/csf-config.js';
import type { WasmExports } from '../wasm/load.js';
import { WasmF64Buffer } from '../wasm/views.js';

/** Batch output record fields (mirrors assembly/csf/batch.ts). */
export const CSF_BATCH_OUT = {
  tip: 0,
  target: 1,
  cranial: 2,
  plasma: 3,
  spinalEffect: 4,
  severity: 5,
  sedation: 6,
  respiratoryDepression: 7,
  systemic: 8,
  withdrawal: 9,
  massRelError: 10,
  deliveredUg: 11,
  stride: 12,
} as const;

export class CsfBatch {
  readonly lanes: number;
  readonly cells: number;

  constructor(
    private readonly wasm: WasmExports,
    inputs: CsfConfigInput[],
    dtHours: number,
  ) {
    if (inputs.length === 0) throw new Error('CsfBatch needs at least one patient');
    const configs = inputs.map((c) => resolveCsfConfig(c));
    const cells = configs[0].grid.cells;
    const lengthCm = configs[0].grid.lengthCm;
    for (const c of configs) Object.assign(c.grid, { cells, lengthCm, areaProfile: c.grid.areaProfile });
    const padded = configs.length % 2 ? [...configs, configs[configs.length - 1]] : configs;
    this.lanes = padded.length;
    this.cells = cells;
    const np = CSF_PARAM_NAMES.length;
    const pBuf = new WasmF64Buffer(wasm, this.lanes * np);
    const aBuf = new WasmF64Buffer(wasm, this.lanes * cells);
    padded.forEach((c, p) => {
      pBuf.view.set(packCsfParams(c), p * np);
      aBuf.view.set(cellAreasCm2(c), p * cells);
    });
    wasm.csfBatchConfigure(this.lanes, pBuf.ptr, aBuf.ptr, dtHours);
    pBuf.dispose();
    aBuf.dispose();
  }

  /**
   * Advances nOut intervals of stepsPerOut steps. Rates are µg/h, lane-major ([lane * nOut + k]); lanes beyond
   * the given arrays repeat the last lane. Returns nOut × lanes records (internal units).
   */
  advance(
    nOut: number,
    stepsPerOut: number,
    tipUgPerHour: Float64Array,
    systemicUgPerHour?: Float64Array,
  ): Float64Array {
    const w = this.wasm;
    const pad = (a: Float64Array) => {
      const out = new Float64Array(this.lanes * nOut);
      out.set(a.subarray(0, Math.min(a.length, out.length)));
      if (a.length < out.length) out.set(a.subarray(a.length - nOut, a.length), a.length);
      return out;
    };
    const tBuf = new WasmF64Buffer(w, this.lanes * nOut);
    tBuf.view.set(pad(tipUgPerHour));
    let sBuf: WasmF64Buffer | null = null;
    if (systemicUgPerHour) {
      sBuf = new WasmF64Buffer(w, this.lanes * nOut);
      sBuf.view.set(pad(systemicUgPerHour));
    }
    const oBuf = new WasmF64Buffer(w, nOut * this.lanes * CSF_BATCH_OUT.stride);
    w.csfBatchAdvance(nOut, stepsPerOut, tBuf.ptr, sBuf ? sBuf.ptr : 0, oBuf.ptr);
    const out = oBuf.view.slice();
    tBuf.dispose();
    sBuf?.dispose();
    oBuf.dispose();
    return out;
  }
}
