// How the worker compiles the wasm from a URL (src/engine/wasm/compile.ts): streaming when the server says
// application/wasm, from the bytes when it says anything else (static buckets and older servers answer
// application/octet-stream, where compileStreaming alone fails the run), and a plain error on HTTP errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { compileWasm } from '../../src/engine/wasm/compile.js';

const wasm = readFileSync(new URL('../../build/release.wasm', import.meta.url));
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/right.wasm') res.writeHead(200, { 'content-type': 'application/wasm' }).end(wasm);
    else if (req.url === '/octet.wasm')
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(wasm);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('compileWasm', () => {
  it('compiles while streaming when the MIME type is application/wasm', async () => {
    const module = await compileWasm({ url: `${base}/right.wasm` });
    expect(WebAssembly.Module.exports(module).some((e) => e.name === 'memory')).toBe(true);
  });

  it('falls back to the bytes when the server sends another MIME type', async () => {
    // The engine's former call: streaming compilation refuses the response outright.
    await expect(WebAssembly.compileStreaming(fetch(`${base}/octet.wasm`))).rejects.toThrow(TypeError);
    const module = await compileWasm({ url: `${base}/octet.wasm` });
    expect(WebAssembly.Module.exports(module).length).toBeGreaterThan(10);
  });

  it('names the URL and the HTTP status when the file is missing', async () => {
    await expect(compileWasm({ url: `${base}/missing.wasm` })).rejects.toThrow(/missing\.wasm \(HTTP 404\)/);
  });

  it('compiles given bytes without fetching', async () => {
    const bytes = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
    await expect(compileWasm({ bytes }, () => Promise.reject(new Error('no fetch')))).resolves.toBeInstanceOf(
      WebAssembly.Module,
    );
  });
});
