// The e2e tests' fixtures on top of Playwright Test: the preview server's URL (started once in global-setup.mjs),
// where screenshots go, and the page's console errors: any logged during a test fails it (a test may inspect them).
import { test as base, expect } from 'playwright/test';

export const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  baseUrl: async ({}, use) => use(process.env.ITP_E2E_BASE_URL),
  // eslint-disable-next-line no-empty-pattern
  resultsDir: async ({}, use) => use(new URL('../../test-results/', import.meta.url)),
  consoleErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
