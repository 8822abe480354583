// Shared set-up for the distribution-engine tests: a configured CsfDriver on a fresh debug or release instance.
import { loadBuild } from '../helpers/wasm.js';
import { CsfDriver, CSF_OUT } from '../../src/sim/csf-driver.js';
import type { CsfConfigInput } from '../../src/core/csf-config.js';
import type { WasmExports } from '../../src/wasm/load.js';
import { f64View } from '../../src/wasm/views.js';

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
