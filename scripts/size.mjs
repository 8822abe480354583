// `npm run size` (after `npm run build:app`): the size of the embed bundle, gzipped (level 9). Exits 1 over budget.
//
// What counts as "the embed bundle" (issue 6: "JS + wasm under 150 KB gzipped"): what every host page downloads,
// and all it needs to show any element except <itp-trial> running its default scenario. That is the module script
// that dist/app/embed.html loads, every chunk it imports statically, the simulation worker it starts (and the
// worker's static imports) and the wasm the worker fetches. Every element runs a simulation on connect, so the
// worker and the wasm are always part of it. Chunks reached only through a dynamic import() are fetched only when
// an element needs them: the trial view (with the zod trial-spec schema), the worker's cohort code and the result
// exporters (on the first export). They are listed separately with their sizes, NOT counted against the budget; the
// total of a page that fetches them all (one with a trial: over the budget) is printed too. The demo page's own
// host script (a few hundred bytes) is counted, since it is merged into the entry chunk.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_BYTES = 150 * 1024;
const dist = new URL('../dist/app/', import.meta.url).pathname;
const assets = join(dist, 'assets');
const page = join(dist, 'embed.html');
if (!existsSync(page)) {
  console.error('dist/app/embed.html not found: run `npm run build:app` first.');
  process.exit(2);
}
const entries = [
  ...readFileSync(page, 'utf8').matchAll(/<script type="module"[^>]*src="\.?\/?assets\/([^"]+)"/g),
].map((m) => m[1]);

/**
 * References from one emitted JS file, by kind. Static: `import … from "./x.js"` / `import "./x.js"`. Runtime
 * URL: `new URL("x.js" | "x.wasm", import.meta.url)` (the worker, the wasm), fetched as soon as a run starts.
 * Dynamic: `import("./x.js")` and any other file name the code mentions (the preload helper's dependency lists).
 */
function references(name) {
  const text = readFileSync(join(assets, name), 'utf8');
  const staticRefs = new Set();
  const urlRefs = new Set();
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) staticRefs.add(m[1]);
  for (const m of text.matchAll(/new URL\(\s*["'`](?:\.\/)?([\w.-]+\.(?:js|wasm))["'`]/g)) urlRefs.add(m[1]);
  const dynamicRefs = new Set();
  for (const m of text.matchAll(/[\w.-]+\.(?:js|wasm)\b/g)) {
    const f = m[0];
    if (f !== name && existsSync(join(assets, f)) && !staticRefs.has(f) && !urlRefs.has(f))
      dynamicRefs.add(f);
  }
  return { staticRefs, urlRefs, dynamicRefs };
}

/** Files reached from `roots` through static and runtime-URL references only. */
function eagerClosure(roots, exclude = new Set()) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const f = queue.shift();
    if (seen.has(f) || exclude.has(f) || !existsSync(join(assets, f))) continue;
    seen.add(f);
    if (!f.endsWith('.js')) continue;
    const { staticRefs, urlRefs } = references(f);
    queue.push(...staticRefs, ...urlRefs);
  }
  return seen;
}

const gz = new Map();
const size = (f) => {
  if (!gz.has(f)) {
    const buf = readFileSync(join(assets, f));
    gz.set(f, { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length });
  }
  return gz.get(f);
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (label, raw, g, note = '') =>
  console.log(`${label.padEnd(46)} ${kb(raw).padStart(10)} ${kb(g).padStart(10)} gz${note}`);

const eager = eagerClosure(entries);
let raw = 0;
let total = 0;
console.log('Embed bundle (downloaded for any element, counted against the budget):');
for (const f of [...eager].sort()) {
  const s = size(f);
  raw += s.raw;
  total += s.gz;
  row(`  ${f}`, s.raw, s.gz);
}
row(
  'embed bundle (JS + wasm)',
  raw,
  total,
  `  (budget ${kb(BUDGET_BYTES)}, margin ${kb(BUDGET_BYTES - total)})`,
);

// Lazy chunks: each dynamic import target with what it adds beyond the eager bundle.
const lazyRoots = new Set();
const reached = new Set(eager);
const work = [...eager];
while (work.length) {
  const f = work.shift();
  if (!f.endsWith('.js')) continue;
  const { staticRefs, urlRefs, dynamicRefs } = references(f);
  for (const d of dynamicRefs) if (!eager.has(d)) lazyRoots.add(d);
  for (const n of [...staticRefs, ...urlRefs, ...dynamicRefs]) {
    if (reached.has(n)) continue;
    reached.add(n);
    work.push(n);
  }
}
const lazy = [...lazyRoots].sort();
if (lazy.length) {
  console.log('Lazy chunks (fetched only when an element needs them; not counted):');
  for (const root of lazy) {
    const extra = [...eagerClosure([root], eager)];
    const r = extra.reduce((s, f) => s + size(f).raw, 0);
    const g = extra.reduce((s, f) => s + size(f).gz, 0);
    const also = extra.filter((f) => f !== root);
    row(`  ${root}`, r, g, also.length ? `  (with ${also.join(', ')})` : '');
  }
}
const trialPage = [...reached].filter((f) => !eager.has(f)).reduce((s, f) => s + size(f).gz, total);
if (lazy.length)
  console.log(
    `A page that fetches every lazy chunk above (a trial, an export): ${kb(trialPage)} gz, over the budget when above it.`,
  );
// The package's CDN module (`npm run build:lib`), for information: one file with every element (the trial view
// included) plus the same worker and wasm; not counted against the budget, which is about the app's embed bundle.
const cdn = new URL('../dist/cdn/', import.meta.url).pathname;
if (existsSync(join(cdn, 'itp-sim.js'))) {
  console.log('CDN module (dist/cdn, from npm run build:lib; not counted):');
  let cdnGz = 0;
  for (const f of ['itp-sim.js', 'sim.worker.js', 'release.wasm']) {
    const buf = readFileSync(join(cdn, f));
    const g = gzipSync(buf, { level: 9 }).length;
    cdnGz += g;
    row(`  ${f}`, buf.length, g);
  }
  console.log(`A page using the CDN module downloads ${kb(cdnGz)} gz.`);
}
if (total > BUDGET_BYTES) {
  console.error(`Over budget: ${kb(total)} gz > ${kb(BUDGET_BYTES)}.`);
  process.exit(1);
}
