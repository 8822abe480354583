// The options of vite-plugin-pwa for the app build (vite.config.ts), in their own file so that the LMS package
// build (scripts/build-lms.mjs) and the tests read the same manifest.
/** @type {import('vite-plugin-pwa').VitePWAOptions} */
export const pwaOptions = {
  // 'prompt': a new version waits until the learner says so (web/app-pwa.ts shows the prompt); a run in progress
  // is never cut by a silent reload.
  registerType: 'prompt',
  // The app page registers the worker itself (web/app-pwa.ts); nothing is injected into the HTML, so the embed
  // demo and the element bundle stay free of any service worker registration.
  injectRegister: false,
  includeAssets: ['icons/apple-touch-icon-180.png'],
  manifest: {
    id: './',
    name: 'intrathecal-pump-sim — teaching simulator of intrathecal drug pumps',
    short_name: 'ITP sim',
    description:
      'An educational simulator of implantable intrathecal drug pumps. For learning, not for dosing.',
    start_url: './',
    scope: './',
    display: 'standalone',
    lang: 'en',
    theme_color: '#0b5cad',
    background_color: '#ffffff',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The app shell, every chunk (the simulation worker and the lazy views included) and the wasm; the manifest
    // and its icons are added by the plugin, the Apple icon by includeAssets.
    globPatterns: ['**/*.{html,js,css,wasm}'],
    // The lesson page and the app take their options from the query (?lesson=…, ?lang=…, a shared scenario):
    // the cached page is the same file whatever the query says.
    ignoreURLParametersMatching: [/.*/],
    // No single-page fallback: each page is its own precached file, an unknown address is a real 404.
    navigateFallback: null,
    // The first install takes the open page over at once, so it works offline without a second visit.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
};
