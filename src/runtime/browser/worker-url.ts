/**
 * A module worker from `url`. Browsers refuse a worker script from another origin, so a cross-origin URL (a CDN)
 * is started through a same-origin blob module that imports it; that needs `worker-src blob:` under a CSP, so a
 * strict-CSP host serves the files from its own origin instead.
 */
export function workerFromUrl(url: string): Worker {
  if (new URL(url).origin === location.origin) return new Worker(url, { type: 'module' });
  const shim = new Blob([`import ${JSON.stringify(url)};`], { type: 'text/javascript' });
  const shimUrl = URL.createObjectURL(shim);
  try {
    return new Worker(shimUrl, { type: 'module' });
  } finally {
    // The worker has its own reference to the blob once started; the URL itself is no longer needed.
    setTimeout(() => URL.revokeObjectURL(shimUrl), 10_000);
  }
}
