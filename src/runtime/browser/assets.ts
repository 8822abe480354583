/**
 * Where the simulation worker and the wasm are loaded from. By default: beside the library's own module (so a
 * subfolder, a CDN or a host bundler's output all work). A host that serves the two files from elsewhere sets an
 * asset base, either with setAssetBase() before the first element runs or, declaratively and in any order, with
 * `<meta name="itp-asset-base" content="/static/itp/">`. The folder must hold `sim.worker.js` and `release.wasm`
 * as published in the package's dist/cdn (or dist/browser).
 */
import { bundledWasmUrl, bundledWorker } from './bundled-assets.js';
import { workerFromUrl } from './worker-url.js';

export const WORKER_FILE = 'sim.worker.js';
export const WASM_FILE = 'release.wasm';

let assetBase: string | null = null;

/** An absolute folder URL (ending in "/") from an absolute or page-relative one. */
const folderUrl = (base: string | URL): string => new URL(base, document.baseURI).href.replace(/\/?$/, '/');

/**
 * Sets the folder (absolute URL or relative to the page) that holds `sim.worker.js` and `release.wasm`; `null`
 * goes back to the default (beside the module). Affects workers started after the call.
 */
export function setAssetBase(base: string | URL | null): void {
  assetBase = base === null ? null : folderUrl(base);
}

/** The asset base in force: setAssetBase(), else the `itp-asset-base` meta tag, else null (beside the module). */
export function getAssetBase(): string | null {
  if (assetBase) return assetBase;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="itp-asset-base"]')?.content;
  return meta ? folderUrl(meta) : null;
}

export function createSimulationWorker(): Worker {
  const base = getAssetBase();
  return base ? workerFromUrl(new URL(WORKER_FILE, base).href) : bundledWorker();
}

export function simulationWasmUrl(): string {
  const base = getAssetBase();
  return base ? new URL(WASM_FILE, base).href : bundledWasmUrl();
}
