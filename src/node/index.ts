/**
 * Node library entry: the same simulate() as the browser, with the wasm read from disk.
 */
import { readFile } from 'node:fs/promises';
import { instantiateWasm, type WasmExports } from '../wasm/load.js';
import { simulate as simulateWith, type SimulateOptions } from '../sim/simulate.js';
import type { SimResult } from '../core/result.js';

let wasmPromise: Promise<WasmExports> | null = null;

/** Where the release wasm lives relative to this module (source tree and built package alike). */
export const DEFAULT_WASM_URL = new URL('../../build/release.wasm', import.meta.url);

export function loadWasm(url: URL = DEFAULT_WASM_URL): Promise<WasmExports> {
  wasmPromise ??= readFile(url)
    .then((bytes) => WebAssembly.compile(bytes))
    .then(instantiateWasm);
  return wasmPromise;
}

/** Runs one scenario in this thread. */
export async function simulate(scenario: unknown, options: SimulateOptions = {}): Promise<SimResult> {
  return simulateWith(await loadWasm(), scenario, options);
}

export * from '../core/scenario/validate.js';
export * from '../core/scenario/schema.js';
export * from '../core/scenario/presets.js';
export type * from '../core/result.js';
