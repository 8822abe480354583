// `npm run perf:ui`: the UI responsiveness benchmark (test/e2e/ui-perf.mjs) on the built app in Chromium.
// Prints the figures and exits 1 when a budget is missed. Run after `npm run build:app`; report the machine load
// (`uptime`) with the figures, since the machine is shared.
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { mkdir } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { benches } from '../test/e2e/ui-perf.mjs';

const resultsDir = new URL('../test-results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });
const server = await preview({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  preview: { port: 4174, strictPort: false },
});
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
let failed = 0;
try {
  for (const b of benches) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await b.run({ page, baseUrl: server.resolvedUrls.local[0], resultsDir });
      console.log(`  ✓ ${b.name}`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${b.name}\n    ${String(e?.message ?? e)}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`load average (1 min) during the run: ${loadavg()[0].toFixed(1)} on this machine`);
process.exit(failed ? 1 : 0);
