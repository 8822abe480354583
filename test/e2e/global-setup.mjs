// Serves the built app (dist/app) once for all e2e tests with `vite preview` on a free port (other checkouts
// may run their own at the same time) and hands the URL to the test workers through the environment.
import { readdirSync, readFileSync } from 'node:fs';
import { preview } from 'vite';

export default async function globalSetup() {
  // A file in the old runner's format (an exported `tests` array) would otherwise be collected as zero tests.
  const here = new URL('.', import.meta.url);
  for (const f of readdirSync(here).filter((n) => n.endsWith('.e2e.mjs')))
    if (/export const tests\b/.test(readFileSync(new URL(f, here), 'utf8')))
      throw new Error(
        `test/e2e/${f} exports a tests array: write each test as test(name, async ({ page }) => …)`,
      );
  const server = await preview({
    configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
    preview: { port: 4173, strictPort: false },
  });
  process.env.ITP_E2E_BASE_URL = server.resolvedUrls.local[0];
  return () => server.close();
}
