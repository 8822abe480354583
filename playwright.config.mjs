// `npm run e2e`: Playwright Test on the built app (dist/app) in Debian Chromium — `npx playwright install` cannot
// download browsers here, so the browser is the system one (CHROMIUM_PATH, else /usr/bin/chromium).
import { defineConfig } from 'playwright/test';
import { chromiumArgs, ensureChromium } from './scripts/chromium.mjs';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.e2e.mjs',
  outputDir: 'test-results/e2e',
  globalSetup: './test/e2e/global-setup.mjs',
  // One worker: the machines have two cores and the app runs its own simulation worker in each page.
  workers: 1,
  timeout: 90_000,
  reporter: [['list'], ['./test/e2e/summary-reporter.mjs']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: ensureChromium(), args: chromiumArgs },
    screenshot: 'only-on-failure',
  },
});
