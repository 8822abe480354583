// `npm run build:lib`: the Node library + CLI (dist/node, with release.wasm beside it), the browser library
// (dist/browser) and the type declarations (dist/types). Runs from `prepare`, so keep it quick.
import { build } from 'vite';
import { copyFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const quiet = { configFile: 'vite.lib.config.ts', logLevel: 'warn' };
await build({ ...quiet, mode: 'node' });
mkdirSync('dist/node', { recursive: true });
copyFileSync('build/release.wasm', 'dist/node/release.wasm');
if (!process.argv.includes('--node-only')) {
  await build({ ...quiet, mode: 'browser' });
  const tsc = spawnSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
