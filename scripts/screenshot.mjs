// `node scripts/screenshot.mjs` (after `npm run build:app`): the README's picture of the app, docs/screenshot-app.png:
// the built app in Chromium at 1280×800 once the default scenario shows its first numbers.
//
// `node scripts/screenshot.mjs --views DIR`: every view of the app at desktop (1280 px) and phone (360 px) width,
// whole page, as DIR/<view>-<width>.png (a phone's also in parts, DIR/<view>-360-<k>.png), for looking at the views after a change of the interface. It prints each
// view whose page is wider than the window (a phone user would scroll sideways).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumArgs, ensureChromium } from './chromium.mjs';

const VIEWS = ['compare', 'spine', 'charts', 'programming', 'lifecycle', 'troubleshoot', 'routes', 'lessons'];
const WIDTHS = [1280, 360];
const at = process.argv.indexOf('--views');
const viewsDir = at >= 0 ? resolve(process.argv[at + 1] ?? 'screenshots') : null;

const server = await preview({
  configFile: new URL('../vite.config.ts', import.meta.url).pathname,
  preview: { port: 4174, strictPort: false },
});
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
try {
  if (viewsDir) await allViews(viewsDir);
  else await readmePicture();
} finally {
  await browser.close();
  await server.close();
}

async function readmePicture() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.resolvedUrls.local[0]);
  await page.locator('itp-pump-compare .side .num').first().waitFor({ timeout: 20000 });
  // The default scenario plays by itself: let it run a few simulated days so the traces have content.
  await page.waitForTimeout(4000);
  await page.screenshot({ path: new URL('../docs/screenshot-app.png', import.meta.url).pathname });
}

async function allViews(dir) {
  mkdirSync(dir, { recursive: true });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const view of VIEWS) {
      await page.goto(`${server.resolvedUrls.local[0]}#view=${view}`);
      // The views run their scenario in the worker and play it: a few seconds gives every view its pictures.
      await page.waitForTimeout(5000);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (wide > 0) console.log(`${view} at ${width} px: ${wide} px wider than the window`);
      // The first visit's "saved for offline use" message would cover the view.
      await page.evaluate(() => document.getElementById('itp-pwa')?.remove());
      await page.screenshot({ path: join(dir, `${view}-${width}.png`), fullPage: true });
      // A phone's long page, also in screen-high parts: a whole page shrunk to fit a viewer cannot be read.
      if (width < 600) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, k = 1; y < height; y += 800, k++)
          await page.screenshot({
            path: join(dir, `${view}-${width}-${k}.png`),
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(800, height - y) },
          });
      }
    }
    await page.close();
  }
}
