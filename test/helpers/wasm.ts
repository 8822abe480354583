// Loads the wasm builds for Node tests: the debug build for kernel tests (asserts on), release for the rest.
import { readFile } from 'node:fs/promises';
import { instantiateWasm, type WasmExports } from '../../src/engine/wasm/load.js';
import { instantiateBench, type BenchWasm } from '../../bench/bench-wasm.js';

export async function loadBuild(target: 'debug' | 'release' = 'debug'): Promise<WasmExports> {
  const bytes = await readFile(new URL(`../../build/${target}.wasm`, import.meta.url));
  return instantiateWasm(await WebAssembly.compile(bytes));
}

/** The debug build with the bench's exports too (bench/assembly/index.ts is one of its entries). */
export async function loadBenchBuild(): Promise<BenchWasm> {
  return instantiateBench(
    await WebAssembly.compile(await readFile(new URL('../../build/debug.wasm', import.meta.url))),
  );
}
