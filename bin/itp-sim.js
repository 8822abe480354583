#!/usr/bin/env node
// itp-sim, the command line of intrathecal-pump-sim. The code is built to dist/node/cli.js by `npm run build:lib`
// (which `prepare` runs on `npm ci`, so `npx itp-sim` works right after an install).
/* global URL, console, process */
import { existsSync } from 'node:fs';

const cli = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'itp-sim is not built yet: run `npm run build:lib` (or `npm ci`, whose prepare step builds it).',
  );
  process.exit(2);
}
await import(cli.href);
