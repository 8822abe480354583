// src/model/wasm-abi.ts is generated from assembly/*/params.ts and committed: it must be what the generator writes now.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('generated wasm ABI', () => {
  it('src/model/wasm-abi.ts is up to date with assembly/*/params.ts (gen-abi --check)', () => {
    const run = () =>
      execFileSync(process.execPath, ['scripts/gen-abi.mjs', '--check'], { encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  });
});
