/**
 * Where the worker and the wasm are when this code is built by Vite from source (the app, the tests, dev server):
 * Vite bundles the worker from the literal `new Worker(new URL(…), …)` and emits the wasm as a hashed file. The
 * published library swaps this module for bundled-assets.lib.ts (vite.lib.config.ts).
 */
import wasmUrl from '../../../build/release.wasm?url';

export function bundledWorker(): Worker {
  // Literal form so that Vite finds and bundles the worker (vitejs/vite#5979).
  return new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' });
}

export function bundledWasmUrl(): string {
  return new URL(wasmUrl, location.href).href;
}
