// `npm run build:lib`: the Node library + CLI (dist/node, with release.wasm beside it), the browser library
// (dist/browser: one file per module, the self-contained worker and release.wasm beside), the CDN module
// (dist/cdn: itp-sim.js, sim.worker.js, release.wasm), the type declarations (dist/types), the elements manifest
// (dist/custom-elements.json) and the scenario JSON Schema (dist/scenario.schema.json). `--node-only` (from
// `prepare`) builds the first only, so keep that part quick.
import { build } from 'vite';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const quiet = { configFile: 'vite.lib.config.ts', logLevel: 'warn' };
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

await build({ ...quiet, mode: 'node' });
mkdirSync('dist/node', { recursive: true });
copyFileSync('build/release.wasm', 'dist/node/release.wasm');
if (!process.argv.includes('--node-only')) {
  rmSync('dist/cdn', { recursive: true, force: true });
  await build({ ...quiet, mode: 'browser' });
  await build({ ...quiet, mode: 'worker' });
  await build({ ...quiet, mode: 'cdn' });
  for (const dir of ['dist/browser', 'dist/cdn']) copyFileSync('build/release.wasm', `${dir}/release.wasm`);
  copyFileSync('dist/browser/sim.worker.js', 'dist/cdn/sim.worker.js');
  rmSync('dist/types', { recursive: true, force: true });
  step('npx', ['--no-install', 'tsc', '-p', 'tsconfig.lib.json']);
  // The wasm loader's declaration imports the asc-generated bindings' types; ship them at the same relative path
  // so that no declaration reaches outside the package.
  mkdirSync('dist/types/build', { recursive: true });
  copyFileSync('build/release.d.ts', 'dist/types/build/release.d.ts');
  step('npx', [
    '--no-install',
    'cem',
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--quiet',
  ]);
  const { scenarioJsonSchema } = await import('../dist/node/index.js');
  writeFileSync('dist/scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
}
