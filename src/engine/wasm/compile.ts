/**
 * Compiles the wasm from where the worker was told it is. A URL is fetched once and compiled while it streams in
 * (`WebAssembly.compileStreaming`), which needs the server to answer `Content-Type: application/wasm`; many
 * hosts (static buckets, some CDNs, older servers) say `application/octet-stream`, so then the same response is
 * compiled from its bytes instead of failing the run.
 */
import type { WasmSource } from '../../model/api.js';

export async function compileWasm(
  source: WasmSource,
  fetchFn: typeof fetch = fetch,
): Promise<WebAssembly.Module> {
  if ('bytes' in source) return WebAssembly.compile(source.bytes);
  const response = await fetchFn(source.url);
  if (!response.ok)
    throw new Error(`Could not load the simulation engine from ${source.url} (HTTP ${response.status}).`);
  const type = response.headers.get('content-type') ?? '';
  if (/^application\/wasm\b/i.test(type) && typeof WebAssembly.compileStreaming === 'function')
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}
