/**
 * Instantiates the AssemblyScript module (raw bindings). The only place that knows how the wasm is built;
 * how the WebAssembly.Module is obtained (fetch in a browser, fs in Node) is the caller's business
 * [T3].
 */
import { instantiate } from '../../../build/release.js';

export type WasmExports = Awaited<ReturnType<typeof instantiate>>;

export async function instantiateWasm(module: WebAssembly.Module): Promise<WasmExports> {
  return instantiate(module, { env: {} });
}
