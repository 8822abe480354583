// Loads the wasm builds for Node tests: the debug build for kernel tests (asserts on), release for the rest.
import { readFile } from 'node:fs/promises';
import { instantiateWasm, type WasmExports } from '../../src/engine/wasm/load.js';

export async function loadBuild(target: 'debug' | 'release' = 'debug'): Promise<WasmExports> {
  const bytes = await readFile(new URL(`../../build/${target}.wasm`, import.meta.url));
  return instantiateWasm(await WebAssembly.compile(bytes));
}
