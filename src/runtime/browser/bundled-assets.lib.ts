/**
 * Where the worker and the wasm are in the published library (dist/browser, dist/cdn): files beside the module,
 * `sim.worker.js` (self-contained) and `release.wasm`. The library build (vite.lib.config.ts) rewrites each
 * `packagedAsset("name")` into the literal "./name" relative to the emitted module, so that the host's bundler
 * (Vite, webpack 5, Parcel) sees the standard `new URL("./…", import.meta.url)` form and copies the file, and a
 * page without a bundler resolves it next to the module (a CDN too: workerFromUrl handles another origin).
 */
import { workerFromUrl } from './worker-url.js';

function packagedAsset(name: string): string {
  return name;
}

export function bundledWorker(): Worker {
  return workerFromUrl(new URL(packagedAsset('sim.worker.js'), import.meta.url).href);
}

export function bundledWasmUrl(): string {
  return new URL(packagedAsset('release.wasm'), import.meta.url).href;
}
