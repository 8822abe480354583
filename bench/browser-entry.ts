// Chromium side of the bench: the page runs every suite on the main thread and leaves the results on window.
import wasmUrl from '../build/release.wasm?url';
import { makeContext, runAll, type CaseResult } from './harness.js';

declare global {
  interface Window {
    __bench?: { done: boolean; results: CaseResult[] };
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
