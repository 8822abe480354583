// How the app's pages (web/*.html, built by vite.config.ts) load on a slow network. On DevTools' "Fast 3G" every
// request waits a 562.5 ms round trip and HTTP/1.1 sends at most six at once, so the ~20 small shared chunks the
// automatic splitting made of the element bundle arrived in four waves (scripts/cold-start.mjs: 4.3 s to the
// first result). eagerChunk() puts what every page needs at once into one chunk; the lazy elements, uPlot and the
// exporters stay chunks of their own.

/**
 * One chunk, `name`, for the modules statically reachable from `roots` (absolute paths): a plugin that collects
 * them once the module graph is complete, and the rolldown `codeSplitting` group that captures exactly those.
 * @param {{ name: string, roots: string[] }} options
 */
export function eagerChunk({ name, roots }) {
  /** @type {Set<string>} */
  const eager = new Set();
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'itp-eager-chunk',
    apply: 'build',
    buildEnd() {
      eager.clear();
      const queue = [...roots];
      while (queue.length) {
        const id = /** @type {string} */ (queue.pop());
        if (eager.has(id)) continue;
        const info = this.getModuleInfo(id);
        if (!info) continue;
        eager.add(id);
        queue.push(...info.importedIds);
      }
    },
  };
  return { plugin, group: { name, test: (/** @type {string} */ id) => eager.has(id) } };
}
