// Library builds (scripts/build-lib.mjs runs them in order):
// - node: the Node library, worker_threads entry and CLI for Node 20 (dist/node, release.wasm beside it);
// - browser: the public browser entries as one file per source module (dist/browser), so that a host's bundler
//   drops what it does not import (package.json `sideEffects`), with the worker and the wasm as plain files beside;
// - worker: the simulation worker as ONE self-contained file (dist/browser/sim.worker.js): a worker cannot
//   share chunks with the page, and a split chunk is one more URL that hosts fail to serve;
// - cdn: one self-contained ES module with every dependency (dist/cdn/itp-sim.js) for pages without a bundler.
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';

const root = import.meta.dirname;
const external = [/^node:/, 'comlink', 'commander', 'zod', /^zod\//, /^lit/, /^@lit\//, /^uplot(\/|$)/];
const bundledAssets = resolve(root, 'src/runtime/browser/bundled-assets.ts');
const bundledAssetsLib = resolve(root, 'src/runtime/browser/bundled-assets.lib.ts');

/**
 * Swaps the source build's asset module (Vite bundles the worker from TS) for the library's (files beside the
 * module), and writes each `packagedAsset("name")` as "./name" relative to the emitted chunk, i.e. the literal
 * `new URL("./name", import.meta.url)` that host bundlers recognise. `assetDir` is where the files are, relative
 * to the output folder.
 */
function packagedAssets(assetDir = ''): Plugin {
  return {
    name: 'itp-packaged-assets',
    enforce: 'pre',
    load(id) {
      if (id === bundledAssets) return readFileSync(bundledAssetsLib, 'utf8');
    },
    renderChunk(code, chunk) {
      if (!code.includes('packagedAsset(')) return null;
      let rel = posix.relative(posix.dirname(chunk.fileName), assetDir) || '.';
      if (!rel.startsWith('.')) rel = `./${rel}`;
      return { code: code.replace(/\bpackagedAsset\(\s*["']([\w.-]+)["']\s*\)/g, `"${rel}/$1"`), map: null };
    },
  };
}

const browserBase = {
  target: 'es2022',
  emptyOutDir: false,
  copyPublicDir: false,
  assetsInlineLimit: 0,
} as const;

export default defineConfig(({ mode }) => {
  if (mode === 'node')
    return {
      build: {
        ssr: true,
        target: 'node20',
        outDir: resolve(root, 'dist/node'),
        emptyOutDir: true,
        copyPublicDir: false,
        rollupOptions: {
          input: {
            index: resolve(root, 'src/runtime/node/index.ts'),
            worker: resolve(root, 'src/runtime/node/worker.ts'),
            cli: resolve(root, 'src/cli/index.ts'),
          },
          external,
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
        },
      },
    };
  if (mode === 'worker')
    return {
      build: {
        ...browserBase,
        outDir: resolve(root, 'dist/browser'),
        minify: true,
        lib: {
          entry: resolve(root, 'src/runtime/worker/sim.worker.ts'),
          formats: ['es'],
          fileName: () => 'sim.worker.js',
        },
        // Whitespace too (Vite keeps it in library mode): nobody reads these files, every host downloads them.
        rollupOptions: { output: { codeSplitting: false, minify: true } },
      },
    };
  if (mode === 'cdn')
    return {
      plugins: [packagedAssets()],
      build: {
        ...browserBase,
        outDir: resolve(root, 'dist/cdn'),
        minify: true,
        lib: { entry: resolve(root, 'src/cdn.ts'), formats: ['es'], fileName: () => 'itp-sim.js' },
        // Whitespace too (Vite keeps it in library mode): nobody reads these files, every host downloads them.
        rollupOptions: { output: { codeSplitting: false, minify: true } },
      },
    };
  return {
    plugins: [packagedAssets()],
    build: {
      ...browserBase,
      outDir: resolve(root, 'dist/browser'),
      emptyOutDir: true,
      lib: {
        entry: { index: resolve(root, 'src/index.ts'), elements: resolve(root, 'src/elements.ts') },
        formats: ['es'],
      },
      rollupOptions: {
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: resolve(root, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
