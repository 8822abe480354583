// Consumer tests (issue 16): the package as other people install it. Builds the library once, packs the tarball,
// checks it with publint and arethetypeswrong, installs it into a fresh project (from the npm cache), then:
//   - a Vite site (built and served, and on Vite's dev server) runs a simulation in Chromium, through an element
//     and through the API;
//   - a page without a bundler loads dist/cdn from a subfolder under the strict CSP
//     `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'` and runs a simulation in Chromium;
//   - a strict TypeScript (no skipLibCheck) Node ESM program type-checks and runs simulate(), and a DOM program
//     type-checks against the browser entries (typed events, tag names);
//   - importing only validateScenario from the root bundles neither Lit nor the elements nor the wasm;
//   - the shipped custom-elements.json names every element the source defines.
// Writes test-results/consumer.json and prints 'consumer: N passed, N failed'.
// Options: --no-build (dist/ is current), --pack-from DIR (pack another checkout, e.g. an older commit).
import { chromium } from 'playwright-core';
import { build, createServer } from 'vite';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from './serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const argv = process.argv.slice(2);
const packFrom = argv.includes('--pack-from') ? resolve(argv[argv.indexOf('--pack-from') + 1]) : repo;
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const PKG = 'intrathecal-pump-sim';

const results = [];
async function check(name, fn) {
  const t0 = Date.now();
  try {
    const note = await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}${note ? ` — ${note}` : ''} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push({ name, ok: false, message: String(e?.message ?? e) });
    console.log(`  ✗ ${name}\n    ${String(e?.message ?? e).replace(/\n/g, '\n    ')}`);
  }
}

function sh(cmd, args, cwd, { quiet = false, stdout = false } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_yes: 'false' } });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${out.slice(-3000)}`);
  return quiet ? '' : stdout ? r.stdout : out;
}
const bin = (name) => join(repo, 'node_modules/.bin', name);

const work = mkdtempSync(join(tmpdir(), 'itp-consumer-'));
const consumer = join(work, 'consumer');
let tarball = null;
let browser = null;
try {
  if (!argv.includes('--no-build') && packFrom === repo) {
    console.log('consumer: building the library (npm run build:lib) …');
    sh('npm', ['run', '-s', 'build:lib'], repo, { quiet: true });
  }
  const packed = JSON.parse(
    sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], packFrom, { stdout: true }),
  );
  tarball = join(work, packed[0].filename);
  console.log(
    `consumer: ${packed[0].filename}, ${(packed[0].size / 1024).toFixed(0)} KB, ${packed[0].entryCount} files`,
  );

  await check('publint on the packed tarball (strict)', () => {
    const out = sh(bin('publint'), ['run', tarball, '--strict'], work);
    return out.split('\n').at(-1);
  });
  await check('arethetypeswrong on the packed tarball (ESM-only profile)', () => {
    // release.wasm is a file for Node readers (fs), not a module; ESM-only: no CommonJS entry by design.
    sh(
      bin('attw'),
      [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--exclude-entrypoints', './release.wasm'],
      work,
    );
    return 'no problems in the node16 (ESM) and bundler resolutions';
  });

  // One install for every consumer: the tarball plus what a TypeScript Node project has. Package tarballs come
  // from the npm cache that `npm ci` filled; npm ci keeps no registry metadata, so --prefer-offline lets npm ask
  // the registry for version lists only (--offline fails with ENOTCACHED on a fresh machine).
  mkdirSync(consumer, { recursive: true });
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  const typesNode = JSON.parse(
    readFileSync(join(repo, 'node_modules/@types/node/package.json'), 'utf8'),
  ).version;
  sh(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      tarball,
      `@types/node@${typesNode}`,
    ],
    consumer,
    { quiet: true },
  );
  const installed = join(consumer, 'node_modules', PKG);
  for (const dir of ['vite-site', 'cdn-page', 'shake', 'ts-node'])
    cpSync(join(fixtures, dir), join(consumer, dir), { recursive: true });
  for (const dir of ['vite-site', 'cdn-page'])
    cpSync(join(fixtures, 'report.js'), join(consumer, dir, 'report.js'));

  await check('custom-elements.json is shipped, exported and names every element', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    if (pkg.exports?.['./custom-elements.json'] === undefined) throw new Error('not exported');
    const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
    const documented = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)));
    const defined = definedTags(join(repo, 'src'));
    const missing = defined.filter((t) => !documented.has(t));
    if (!defined.length || missing.length)
      throw new Error(`missing from the manifest: ${missing.join(', ')}`);
    return `${defined.length} elements`;
  });

  await check('importing only validateScenario bundles no Lit, no elements, no worker, no wasm', async () => {
    // The page downloads the JS chunks only. (Vite still copies the worker and wasm files that the library's
    // `new URL(…, import.meta.url)` names, at transform time; nothing in the bundle refers to them.)
    const out = join(work, 'shake-dist');
    await build({
      root: join(consumer, 'shake'),
      configFile: false,
      logLevel: 'error',
      build: { outDir: out },
    });
    const js = pageScripts(out);
    const text = js.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text, { level: 9 }).length;
    const size = `${js.length} chunk(s), ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gz`;
    const markers = [
      'LitElement',
      'lit-html',
      'customElements.define',
      'application/wasm',
      '.wasm',
      'sim.worker',
    ];
    const found = markers.filter((m) => text.includes(m));
    if (found.length) throw new Error(`bundle (${size}) contains ${found.join(', ')}`);
    return size;
  });

  browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });

  await check('Vite site (built, served): an element and the API run a simulation in Chromium', async () => {
    const out = join(work, 'vite-dist');
    await build({
      root: join(consumer, 'vite-site'),
      configFile: false,
      logLevel: 'error',
      build: { outDir: out },
    });
    const server = await serveStatic(out);
    try {
      return await runPage(browser, server.url);
    } finally {
      await server.close();
    }
  });

  await check('Vite dev server: the same site runs a simulation in Chromium', async () => {
    const server = await createServer({
      root: join(consumer, 'vite-site'),
      configFile: false,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 5190, strictPort: false },
    });
    await server.listen();
    try {
      return await runPage(browser, server.resolvedUrls.local[0]);
    } finally {
      await server.close();
    }
  });

  await check(
    'page without a bundler: dist/cdn from a subfolder under the strict CSP runs a simulation',
    async () => {
      const site = join(work, 'cdn-site');
      const page = join(site, 'courses/pumps');
      cpSync(join(consumer, 'cdn-page'), page, { recursive: true });
      cpSync(join(installed, 'dist/cdn'), join(page, 'vendor/itp-sim'), { recursive: true });
      const server = await serveStatic(site, { 'content-security-policy': STRICT_CSP });
      try {
        const note = await runPage(browser, new URL('courses/pumps/', server.url).href, { csp: true });
        const outside = server.requests.filter(
          (p) => !p.startsWith('/courses/pumps/') && p !== '/favicon.ico',
        );
        if (outside.length) throw new Error(`requests outside the page's folder: ${outside.join(', ')}`);
        return note;
      } finally {
        await server.close();
      }
    },
  );

  await check(
    'dist/cdn with the worker and wasm in another folder (<meta name="itp-asset-base">)',
    async () => {
      const site = join(work, 'elsewhere-site');
      cpSync(join(fixtures, 'cdn-elsewhere'), site, { recursive: true });
      cpSync(join(fixtures, 'report.js'), join(site, 'report.js'));
      mkdirSync(join(site, 'vendor'));
      mkdirSync(join(site, 'engine'));
      cpSync(join(installed, 'dist/cdn/itp-sim.js'), join(site, 'vendor/itp-sim.js'));
      for (const f of ['sim.worker.js', 'release.wasm'])
        cpSync(join(installed, 'dist/cdn', f), join(site, 'engine', f));
      const server = await serveStatic(site, { 'content-security-policy': STRICT_CSP });
      try {
        return await runPage(browser, server.url, { csp: true });
      } finally {
        await server.close();
      }
    },
  );

  await check('dist/cdn served from another origin (a CDN with CORS) runs a simulation', async () => {
    const site = join(work, 'cross-site');
    cpSync(join(fixtures, 'cdn-cross-origin'), site, { recursive: true });
    cpSync(join(fixtures, 'report.js'), join(site, 'report.js'));
    const cdn = await serveStatic(join(installed, 'dist/cdn'), { 'access-control-allow-origin': '*' });
    const server = await serveStatic(site);
    try {
      return await runPage(browser, `${server.url}?cdn=${encodeURIComponent(cdn.url)}`);
    } finally {
      await server.close();
      await cdn.close();
    }
  });

  await check('strict TypeScript (no skipLibCheck) + Node ESM: type-checks and runs simulate()', () => {
    const dir = join(consumer, 'ts-node');
    sh(bin('tsc'), ['-p', join(dir, 'tsconfig.json')], dir);
    return sh(process.execPath, [join(dir, 'out/main.js')], dir);
  });

  await check('the installed itp-sim command runs a preset', () => {
    const cli = join(consumer, 'node_modules/.bin/itp-sim');
    const out = JSON.parse(
      sh(cli, ['run', '--preset', 'baclofen-constant-rate', '--set', 'durationDays=1'], consumer, {
        stdout: true,
      }),
    );
    if (!(out.summary?.deliveredDoseUg > 0)) throw new Error('itp-sim run delivered no drug');
    return `${out.summary.deliveredDoseUg.toFixed(1)} µg in 1 day`;
  });

  await check('strict TypeScript, DOM: element classes, typed events and tag names type-check', () => {
    const dir = join(consumer, 'ts-node');
    sh(bin('tsc'), ['-p', join(dir, 'tsconfig.browser.json')], dir);
  });
} catch (e) {
  results.push({
    name: 'consumer set-up (build, pack, install)',
    ok: false,
    message: String(e?.message ?? e),
  });
  console.log(`  ✗ consumer set-up\n    ${String(e?.message ?? e)}`);
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}

/** Opens `url`, waits for the page's report (fixtures/report.js) and checks both runs delivered drug. */
async function runPage(b, url, { csp = false } = {}) {
  const page = await b.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url);
    await page
      .waitForFunction(() => window.__itp?.api && window.__itp?.element, null, { timeout: 30_000 })
      .catch(() => undefined);
    const state = await page.evaluate(() => ({
      api: window.__itp?.api ?? null,
      element: window.__itp?.element ?? null,
      shown: document.querySelector('itp-run-summary')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
    }));
    const problems = [];
    if (!state.api?.ok) problems.push(`API run: ${state.api?.message ?? 'no answer in 30 s'}`);
    if (!state.element?.ok) problems.push(`element: ${state.shown?.slice(0, 200) ?? 'not rendered'}`);
    if (csp) {
      const violations = errors.filter((m) => /Content.Security.Policy/i.test(m));
      if (violations.length) problems.push(`CSP violations: ${violations.join(' | ')}`);
    }
    if (problems.length) throw new Error([...problems, ...errors.map((m) => `console: ${m}`)].join('\n'));
    return `element ${state.element.deliveredDoseUg.toFixed(1)} µg, API ${state.api.deliveredDoseUg.toFixed(1)} µg`;
  } finally {
    await page.close();
  }
}

/** The JS files a built page loads: its module scripts and everything they import, statically or dynamically. */
function pageScripts(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  while (queue.length) {
    const f = queue.shift();
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]\.\/([\w.-]+\.js)["'`]/g))
      queue.push(join(f, '..', m[1]));
  }
  return [...seen];
}

/** Every itp- tag the source registers (defineElement('itp-…') calls). */
function definedTags(dir) {
  const tags = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const text = readFileSync(join(entry.parentPath ?? entry.path, entry.name), 'utf8');
    for (const m of text.matchAll(/defineElement\(\s*'(itp-[\w-]+)'/g)) tags.push(m[1]);
  }
  return [...new Set(tags)].sort();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
mkdirSync(join(repo, 'test-results'), { recursive: true });
writeFileSync(join(repo, 'test-results/consumer.json'), JSON.stringify({ passed, failed, results }, null, 2));
console.log(`consumer: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
