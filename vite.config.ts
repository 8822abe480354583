// App build: web/ (the teaching app and the embed demo) → dist/app. Tests live in vitest.config.ts.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './scripts/pwa-options.mjs';
import { eagerChunk } from './scripts/page-loading.mjs';

// Every page's element code (the eager elements and what they import) in one chunk: see scripts/page-loading.mjs.
const elements = eagerChunk({
  name: 'elements',
  roots: [resolve(import.meta.dirname, 'web/main.ts'), resolve(import.meta.dirname, 'src/elements.ts')],
});

export default defineConfig({
  root: 'web',
  base: './',
  // The worker uses ES modules (top-level imports, code splitting); Vite's default 'iife' cannot bundle that.
  worker: { format: 'es' },
  // Offline and installable: manifest + a Workbox service worker precaching the built files. Only the app page
  // (web/app-pwa.ts) registers it; the element bundle never does (injectRegister: false).
  plugins: [VitePWA(pwaOptions), elements.plugin],
  build: {
    target: 'es2022',
    // CSS light-dark() follows the page's color-scheme (the theme selector); an older target would make the
    // minifier rewrite it into a prefers-color-scheme media query that ignores the learner's choice.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    // Every browser of the cssTarget loads <link rel="modulepreload"> natively: no polyfill (one request less).
    modulePreload: { polyfill: false },
    outDir: resolve(import.meta.dirname, 'dist/app'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'web/index.html'),
        embed: resolve(import.meta.dirname, 'web/embed.html'),
        lesson: resolve(import.meta.dirname, 'web/lesson.html'),
      },
      output: { codeSplitting: { groups: [elements.group] } },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
