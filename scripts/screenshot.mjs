// `node scripts/screenshot.mjs` (after `npm run build:app`): the README's picture of the app, docs/screenshot-app.png:
// the built app in Chromium at 1280×800 once the default scenario shows its first numbers.
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const server = await preview({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  preview: { port: 4174, strictPort: false },
});
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.resolvedUrls.local[0]);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 20000 });
  // The default scenario plays by itself: let it run a few simulated days so the traces have content.
  await page.waitForTimeout(4000);
  await page.screenshot({ path: new URL('../docs/screenshot-app.png', import.meta.url).pathname });
} finally {
  await browser.close();
  await server.close();
}
