// Cold start of an embedded element (issue 19): web/embed.html as a course page hosts it (built, dist/app, served
// gzip-compressed like a real host), opened with an empty cache in Chromium throttled through the DevTools
// protocol — CPU 4× slower (Emulation.setCPUThrottlingRate) and DevTools' "Fast 3G" network
// (Network.emulateNetworkConditions: 562.5 ms round trip, 180 kB/s down, 84 kB/s up). Measured: navigation start →
// the first simulated result on screen (the first `itp-run-finished` event, then a frame), and when each resource
// arrived (which requests the wait is made of). `npm run perf:cold` builds the app and prints the figures;
// `npm run bench` adds them to docs/bench.md. A benchmark, not a test.
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

export const COLD_TARGET_MS = 1500;
/** DevTools' "Fast 3G" preset (front_end/core/sdk/NetworkManager.ts): 562.5 ms latency, 1.6 Mb/s × 0.9 down, 750 kb/s × 0.9 up. */
export const FAST_3G = { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
export const CPU_SLOWDOWN = 4;
const ROUNDS = 3;
const configFile = new URL('../vite.config.ts', import.meta.url).pathname;
const builtApp = new URL('../dist/app/', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * dist/app served gzip-compressed (level 9) as a course site's server or CDN would: `vite preview` sends the files
 * uncompressed, which over 180 kB/s made the measure about the raw bytes (elements 213 kB, worker 141 kB) rather
 * than what a visitor downloads (73 kB, 45 kB: the gzipped embed budget of `npm run size`).
 */
function serveCompressed(dist) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = gzipSync(await readFile(join(dist, path.endsWith('/') ? `${path}index.html` : path)), {
        level: 9,
      });
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Encoding': 'gzip',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }),
    ),
  );
}

/** In the page before any of its scripts: time of the first result event, and of the frame after it. */
function watchFirstResult() {
  /* global performance, requestAnimationFrame, setTimeout -- page context */
  document.addEventListener(
    'itp-run-finished',
    (e) => {
      const at = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          window.__coldStart = { eventMs: at, paintedMs: performance.now(), run: e.detail.run };
        }, 0),
      );
    },
    { once: true },
  );
}

async function once(browser, url, throttled) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...FAST_3G });
  }
  await page.addInitScript(watchFirstResult);
  // Every request of the page and its worker (Playwright reports a dedicated worker's fetches on the page too).
  const finished = [];
  page.on('requestfinished', (r) => finished.push({ name: r.url().split('/').pop(), timing: r.timing() }));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__coldStart, null, { timeout: 60_000, polling: 50 });
  const first = await page.evaluate(() => window.__coldStart);
  const origin = await page.evaluate(() => performance.timeOrigin);
  const resources = finished
    .map((r) => ({ name: r.name, endMs: r.timing.startTime + r.timing.responseEnd - origin }))
    .filter((r) => /\.(html|js|wasm|css)$/.test(r.name) && r.endMs <= first.paintedMs);
  await context.close();
  return { ...first, resources };
}

const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

/**
 * Builds the app (unless `buildApp: false`), serves it, measures `rounds` cold starts throttled and one not.
 * `dist`: another built app folder (a before/after comparison of two builds, in alternating runs).
 */
export async function measureColdStart({ buildApp = true, dist = builtApp, rounds = ROUNDS } = {}) {
  // A production build even when a Vite dev server in this process (bench/run.mjs) has set NODE_ENV=development:
  // Vite keeps it, and Lit's development build then doubled a shared chunk (16 → 31 kB) and slowed the page.
  process.env.NODE_ENV = 'production';
  if (buildApp) await build({ configFile, logLevel: 'warn' });
  const server = await serveCompressed(dist);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
  try {
    const url = new URL('embed.html', server.url).href;
    const plain = await once(browser, url, false);
    const runs = [];
    for (let i = 0; i < rounds; i++) runs.push(await once(browser, url, true));
    const pick = runs.find((r) => r.paintedMs === median(runs.map((x) => x.paintedMs)));
    const wasm = pick.resources.find((r) => r.name.endsWith('.wasm'));
    return {
      rounds,
      throttledMs: pick.paintedMs,
      throttledRuns: runs.map((r) => r.paintedMs),
      unthrottledMs: plain.paintedMs,
      firstRun: pick.run,
      wasmArrivedMs: wasm?.endMs ?? NaN,
      requests: pick.resources.sort((a, b) => a.endMs - b.endMs),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;

/** The section bench/run.mjs appends to docs/bench.md. */
export function coldStartMarkdown(f) {
  const row = (what, value, target = '') => `| ${what} | ${value} | ${target} |`;
  return [
    '## Cold start of an embedded element (Chromium)',
    '',
    'Measured by scripts/cold-start.mjs (also `npm run perf:cold`) on the built app, served gzip-compressed: web/embed.html',
    '(a course page with two elements) opened with an empty cache; CPU throttled 4× and the network set to DevTools\' "Fast 3G" (562.5 ms',
    `round trip, 180 kB/s) through the DevTools protocol. Median of ${f.rounds} loads; navigation start → the frame after`,
    'the first simulated result (`itp-run-finished`).',
    '',
    '| measure | Chromium | target |',
    '| --- | --- | --- |',
    row('first simulated result visible, throttled (median)', ms(f.throttledMs), `≤ ${ms(COLD_TARGET_MS)}`),
    row('the throttled loads', f.throttledRuns.map(ms).join(', ')),
    row('of which: the wasm file arrived at', ms(f.wasmArrivedMs)),
    row(
      'requests before the result (file: arrived at)',
      f.requests.map((r) => `${r.name.replace(/-[\w-]{8}\./, '.')}: ${ms(r.endMs)}`).join('; '),
    ),
    row('same page, no throttling', ms(f.unthrottledMs)),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `--dist <folder>` measures another build (implies --no-build); `--rounds <n>` throttled loads (default 3).
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i < 0 ? undefined : process.argv[i + 1];
  };
  const dist = arg('--dist');
  const f = await measureColdStart({
    buildApp: !dist && !process.argv.includes('--no-build'),
    dist: dist ? `${dist.replace(/\/?$/, '/')}` : builtApp,
    rounds: Number(arg('--rounds') ?? ROUNDS),
  });
  console.log(coldStartMarkdown(f));
  process.exit(f.throttledMs <= COLD_TARGET_MS ? 0 : 1);
}
