// Where the elements look for the worker and the wasm (src/runtime/browser/assets.ts): beside the module by
// default; setAssetBase() or <meta name="itp-asset-base"> for a host that serves them from another folder; a
// worker URL on another origin goes through a same-origin blob module (browsers refuse a cross-origin worker).
import { afterEach, describe, expect, it } from 'vitest';
import {
  getAssetBase,
  setAssetBase,
  simulationWasmUrl,
  WASM_FILE,
} from '../../src/runtime/browser/assets.js';
import { workerFromUrl } from '../../src/runtime/browser/worker-url.js';

afterEach(() => {
  setAssetBase(null);
  document.querySelector('meta[name="itp-asset-base"]')?.remove();
});

describe('asset base', () => {
  it('defaults to the files the build placed (no base)', () => {
    expect(getAssetBase()).toBeNull();
    expect(simulationWasmUrl()).toMatch(/\.wasm(\?|$)/);
  });

  it('resolves setAssetBase() against the page and adds the trailing slash', () => {
    setAssetBase('static/itp');
    expect(getAssetBase()).toBe(new URL('static/itp/', document.baseURI).href);
    expect(simulationWasmUrl()).toBe(new URL(`static/itp/${WASM_FILE}`, document.baseURI).href);
    setAssetBase('https://cdn.example/pkg@1/dist/cdn/');
    expect(simulationWasmUrl()).toBe('https://cdn.example/pkg@1/dist/cdn/release.wasm');
  });

  it('reads <meta name="itp-asset-base"> when no base was set in code, at the time of use', () => {
    const meta = document.createElement('meta');
    meta.name = 'itp-asset-base';
    meta.content = '/engine/';
    document.head.append(meta);
    expect(getAssetBase()).toBe(new URL('/engine/', document.baseURI).href);
    setAssetBase('/other/');
    expect(getAssetBase()).toBe(new URL('/other/', document.baseURI).href);
  });

  it('starts a cross-origin worker through a same-origin blob module', () => {
    const made: string[] = [];
    const Real = globalThis.Worker;
    globalThis.Worker = class {
      constructor(url: string | URL) {
        made.push(String(url));
      }
    } as unknown as typeof Worker;
    try {
      workerFromUrl(new URL('/w/sim.worker.js', location.href).href);
      workerFromUrl('https://cdn.example/dist/cdn/sim.worker.js');
    } finally {
      globalThis.Worker = Real;
    }
    expect(made[0]).toBe(new URL('/w/sim.worker.js', location.href).href);
    expect(made[1]).toMatch(/^blob:/);
  });
});
