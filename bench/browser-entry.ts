// Chromium side of the bench: the page runs every suite on the main thread and leaves the results on window.
import wasmUrl from '../build/bench.wasm?url';
import { makeContext, runAll, type CaseResult } from './harness.js';
import { medianMs, prepareKernel, type KernelName, type PreparedKernel } from './native/cases.js';

declare global {
  interface Window {
    __bench?: { done: boolean; results: CaseResult[] };
    /** For the paired C comparison (bench/native/native.ts): median of `runs` timed runs of a kernel, ms. */
    __benchKernel?: (name: KernelName, runs: number) => Promise<number>;
  }
}

const filter = new URLSearchParams(location.search).get('filter') ?? undefined;
const ctx = makeContext(
  'chromium',
  () => WebAssembly.compileStreaming(fetch(wasmUrl)),
  navigator.hardwareConcurrency,
);
window.__bench = { done: false, results: [] };
runAll(ctx, filter).then((results) => {
  window.__bench = { done: true, results };
  document.body.textContent = `done: ${results.length} cases`;
});

// One prepared kernel per name, on its own wasm instance, warmed up on first use.
const kernels = new Map<KernelName, PreparedKernel>();
window.__benchKernel = async (name, runs) => {
  let k = kernels.get(name);
  if (!k) {
    k = prepareKernel(name, await ctx.wasm());
    medianMs(k, runs);
    kernels.set(name, k);
  }
  return medianMs(k, runs);
};
