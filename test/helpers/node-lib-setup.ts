// Vitest global setup (unit project): the worker_threads pool and the `itp-sim` binary run the built Node
// library (dist/node). Rebuild it when any source file or the wasm is newer than the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  const built = 'dist/node/cli.js';
  const sources = Math.max(newestMtime('src'), statSync('build/release.wasm').mtimeMs);
  if (existsSync(built) && existsSync('dist/node/worker.js') && statSync(built).mtimeMs >= sources) return;
  execFileSync('node', ['scripts/build-lib.mjs', '--node-only'], { stdio: 'inherit' });
}
