// Kept so that `node test/e2e/run-e2e.mjs` keeps working: the e2e tests run on Playwright Test
// (playwright.config.mjs); this only starts it. Build the app first (npm run build:app).
import { spawnSync } from 'node:child_process';

const cli = new URL('../../node_modules/playwright/cli.js', import.meta.url).pathname;
const r = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
