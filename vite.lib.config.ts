// Library builds (scripts/build-lib.mjs runs both): the browser library (public entries, the worker and the
// wasm as emitted assets) and the Node side (library, worker_threads entry, CLI) for Node 20.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const external = [/^node:/, 'comlink', 'commander', 'zod', /^lit/, /^@lit\//, 'uplot'];

export default defineConfig(({ mode }) =>
  mode === 'node'
    ? {
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
      }
    : {
        worker: { format: 'es' },
        build: {
          target: 'es2022',
          outDir: resolve(root, 'dist/browser'),
          emptyOutDir: true,
          copyPublicDir: false,
          assetsInlineLimit: 0,
          lib: {
            entry: { index: resolve(root, 'src/index.ts'), elements: resolve(root, 'src/elements.ts') },
            formats: ['es'],
          },
          rollupOptions: { external },
        },
      },
);
