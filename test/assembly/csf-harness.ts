// Shared set-up for the distribution-engine tests: a configured CsfDriver on a fresh debug or release instance.
import { loadBuild } from '../helpers/wasm.js';
import { CsfDriver, CSF_OUT } from '../../src/engine/csf/csf-driver.js';
import {
  CSF_PARAM_NAMES,
  cellAreasCm2,
  packCsfParams,
  resolveCsfConfig,
  type CsfConfig,
  type CsfConfigInput,
  type CsfParamName,
} from '../../src/model/csf-config.js';
import { vertebralLevels } from '../../src/model/data/patient.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { f64View } from '../../src/engine/wasm/views.js';

export async function makeDriver(input: CsfConfigInput, target: 'debug' | 'release' = 'debug') {
  const wasm = await loadBuild(target);
  const driver = new CsfDriver(wasm);
  driver.configure(input);
  return { wasm, driver };
}

/** Spinal cell concentrations (µg/µL) and the cranial node, copied out. */
export function columnState(wasm: WasmExports): { cells: Float64Array; cranial: number } {
  const n = wasm.csfCells();
  const all = f64View(wasm, wasm.csfConcPtr(), n + 1).slice();
  return { cells: all.subarray(0, n), cranial: all[n] };
}

/** Current output record (internal units). */
export function record(wasm: WasmExports, nLevels: number): Float64Array {
  const stride = CSF_OUT.fixed + nLevels;
  const ptr = wasm.allocF64(stride);
  wasm.csfWriteRecord(ptr);
  const rec = f64View(wasm, ptr, stride).slice();
  wasm.freeF64(ptr);
  return rec;
}

export const levelConc = (driver: CsfDriver, rec: Float64Array, name: string): number =>
  rec[CSF_OUT.fixed + driver.levels.findIndex((l) => l.name === name)];

/** Configures a column directly from a (modified) parameter block: for analytic set-ups the config cannot express. */
export function configureRaw(
  wasm: WasmExports,
  input: CsfConfigInput,
  overrides: Partial<Record<CsfParamName, number>>,
): { params: Float64Array; areas: Float64Array; config: CsfConfig } {
  const config = resolveCsfConfig(input);
  const params = packCsfParams(config);
  for (const [k, v] of Object.entries(overrides))
    params[CSF_PARAM_NAMES.indexOf(k as CsfParamName)] = v as number;
  const areas = cellAreasCm2(config);
  const xs = Float64Array.from(vertebralLevels(config.grid.lengthCm), (l) => l.xCm);
  const put = (a: Float64Array) => {
    const p = wasm.allocF64(a.length);
    f64View(wasm, p, a.length).set(a);
    return p;
  };
  const pp = put(params);
  const ap = put(areas);
  const lp = put(xs);
  wasm.csfConfigure(pp, ap, lp, xs.length);
  [pp, ap, lp].forEach((p) => wasm.freeF64(p));
  return { params, areas, config };
}

/** Sets the column state (cells + cranial) from a function of x (cm). */
export function setColumn(
  wasm: WasmExports,
  lengthCm: number,
  f: (xCm: number) => number,
  cranial = 0,
): void {
  const n = wasm.csfCells();
  const view = f64View(wasm, wasm.csfConcPtr(), n + 1);
  for (let i = 0; i < n; i++) view[i] = f(((i + 0.5) * lengthCm) / n);
  view[n] = cranial;
}
