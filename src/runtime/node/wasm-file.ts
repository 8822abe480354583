/**
 * Where the release wasm is on disk: next to the built module (dist/) or in build/ (source tree, tests).
 * Reading it is the Node side of [T3] (no fetch of file URLs).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const CANDIDATES = ['./release.wasm', '../release.wasm', '../../../build/release.wasm'];

export function wasmFileUrl(): URL {
  for (const rel of CANDIDATES) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) return url;
  }
  throw new Error(
    'release.wasm not found: run `npm run asbuild:release` (source tree) or reinstall the package.',
  );
}

export async function readWasmBytes(url: URL = wasmFileUrl()): Promise<ArrayBuffer> {
  const buf = await readFile(url);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}
