// A short-lived `vite preview` of any folder (a copy of dist/app, an unzipped package), on a free port: the test
// can change the files, and stop the server to be really offline. Not a test file (the runner loads *.e2e.mjs).
import { preview } from 'vite';

/** Serves `dir`; returns its URL (with a trailing slash) and `stop()`. */
export async function serveFolder(dir, port = 4190) {
  const server = await preview({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port, strictPort: false },
  });
  return { url: server.resolvedUrls.local[0], stop: () => server.close() };
}
