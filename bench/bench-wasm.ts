/**
 * The wasm the bench runs: build/bench.wasm (`npm run asbuild:bench`), release.wasm's code with the bench's own
 * exports added (bench/assembly/index.ts: transport-only steps, kernel coefficients for the native-C comparison).
 * The debug build is compiled from the same two entries, so its generated bindings give the type; they exist after
 * `npm run asbuild`, which the type check needs anyway.
 */
import type { instantiate } from '../build/debug.js';
import { instantiateWasm } from '../src/engine/wasm/load.js';

export type BenchWasm = Awaited<ReturnType<typeof instantiate>>;

/**
 * The raw bindings keep every export of the module reachable (the adapted object's prototype is the module's
 * exports), so the bench functions are there on a bench or debug module; the cast only names them.
 */
export async function instantiateBench(module: WebAssembly.Module): Promise<BenchWasm> {
  return (await instantiateWasm(module)) as BenchWasm;
}
