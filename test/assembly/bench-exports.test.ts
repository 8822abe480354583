// The shipped wasm carries no bench scaffolding: the bench's exports (bench/assembly/index.ts) are compiled into
// the debug (test) and bench builds only, never into build/release.wasm, which the app and the package load.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const benchEntry = readFileSync(new URL('../../bench/assembly/index.ts', import.meta.url), 'utf8');
const benchNames = [...benchEntry.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);

function exportNames(build: string): string[] {
  const bytes = readFileSync(new URL(`../../build/${build}.wasm`, import.meta.url));
  return WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name);
}

describe('bench exports', () => {
  it('are found in the bench entry', () => {
    expect(benchNames).toEqual(
      expect.arrayContaining(['csfBenchTransport', 'csfBatchBenchTransport', 'csfColumnCoefPtr']),
    );
  });

  it('are not exported by the release wasm', () => {
    const release = exportNames('release');
    expect(release).toContain('csfAdvance');
    expect(release.filter((n) => benchNames.includes(n))).toEqual([]);
  });

  it('are exported by the debug (test) wasm', () => {
    expect(exportNames('debug')).toEqual(expect.arrayContaining(benchNames));
  });
});
