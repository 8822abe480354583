// Test layers (all run by `npm test`): assembly kernels and TS units in Node, components and the real
// Worker + comlink round trip in Debian Chromium (scripts/chromium.mjs finds or installs it).
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { nodeResultSha256 } from './test/helpers/browser-commands.js';

export default defineConfig({
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'assembly', environment: 'node', include: ['test/assembly/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // The worker_threads pool and the itp-sim binary run the built Node library: build it when stale.
          globalSetup: ['test/helpers/node-lib-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // api-determinism compares with the built Node library's output (test/helpers/browser-commands.ts).
          globalSetup: ['test/helpers/node-lib-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            commands: { nodeResultSha256 },
          },
        },
      },
    ],
  },
});
