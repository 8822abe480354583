// End-to-end tests on the BUILT app (dist/app) in Debian Chromium through playwright-core. Each *.e2e.mjs
// file in this folder exports `tests`: [{ name, run(ctx) }]. Screenshots go to test-results/.
// Prints a plain 'N passed, N failed' line and writes test-results/e2e.json for scripts/test.mjs.
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium.mjs';

const here = new URL('.', import.meta.url);
const resultsDir = new URL('../../test-results/', import.meta.url);
await mkdir(resultsDir, { recursive: true });

const server = await preview({
  configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
  preview: { port: 4173, strictPort: false },
});
const baseUrl = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });

const files = (await readdir(here)).filter((f) => f.endsWith('.e2e.mjs')).sort();
let passed = 0;
let failed = 0;
const failures = [];
try {
  for (const file of files) {
    const { tests } = await import(new URL(file, here).href);
    for (const t of tests) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const consoleErrors = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      const label = `${file} › ${t.name}`;
      try {
        await t.run({ page, baseUrl, resultsDir, consoleErrors });
        if (consoleErrors.length) throw new Error(`console errors: ${consoleErrors.join(' | ')}`);
        passed++;
        console.log(`  ✓ ${label}`);
      } catch (e) {
        failed++;
        failures.push({ label, message: String(e?.stack ?? e) });
        console.log(`  ✗ ${label}\n    ${String(e?.message ?? e)}`);
        await page
          .screenshot({ path: new URL(`failure-${t.name.replace(/\W+/g, '-')}.png`, resultsDir).pathname })
          .catch(() => {});
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(new URL('e2e.json', resultsDir), JSON.stringify({ passed, failed, failures }, null, 2));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
