// `npm run size`: the embed bundle a host page downloads — the module script loaded by the built
// dist/app/embed.html, every JS chunk it reaches (including the worker) and the wasm — gzipped (level 9).
// Budget: 150 KB gzipped in total (issue 6); exits 1 over budget. Run after `npm run build:app`.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, basename } from 'node:path';

const BUDGET_BYTES = 150 * 1024;
const dist = new URL('../dist/app/', import.meta.url).pathname;
const page = join(dist, 'embed.html');
if (!existsSync(page)) {
  console.error('dist/app/embed.html not found: run `npm run build:app` first.');
  process.exit(2);
}
const html = readFileSync(page, 'utf8');
// Only the elements' own module script (the first one); the demo page's host script is not part of the bundle.
const entry = [...html.matchAll(/<script type="module"[^>]*src="\.?\/?([^"]+)"/g)].map((m) => m[1])[0];
const assets = join(dist, 'assets');
const seen = new Set();
const queue = [join(dist, entry)];
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file) || !existsSync(file)) continue;
  seen.add(file);
  if (!file.endsWith('.js')) continue;
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/[\w.-]+\.(?:js|wasm)\b/g)) {
    const candidate = join(assets, basename(m[0]));
    if (existsSync(candidate) && !seen.has(candidate)) queue.push(candidate);
  }
}
let raw = 0;
let gz = 0;
const rows = [...seen].sort().map((f) => {
  const buf = readFileSync(f);
  const g = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += g;
  return [basename(f), buf.length, g];
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, r, g] of rows)
  console.log(`${name.padEnd(44)} ${kb(r).padStart(10)} ${kb(g).padStart(10)} gz`);
console.log(
  `${'embed bundle (JS + wasm)'.padEnd(44)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)} gz  (budget ${kb(BUDGET_BYTES)})`,
);
process.exit(gz > BUDGET_BYTES ? 1 : 0);
