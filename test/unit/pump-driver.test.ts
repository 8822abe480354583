// The TypeScript mirror of the wasm engine's ids and record layout must match the wasm exports exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuild } from '../helpers/wasm.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { OUT, PUMP_CONSTANTS } from '../../src/engine/pump/pump-driver.js';

let wasm: WasmExports;
beforeAll(async () => {
  wasm = await loadBuild('release');
});

describe('pump driver mirror', () => {
  it('every mirrored constant equals the wasm export of the same name', () => {
    const exports = wasm as unknown as Record<string, { value: number } | undefined>;
    const names = Object.keys(PUMP_CONSTANTS) as (keyof typeof PUMP_CONSTANTS)[];
    expect(names.length).toBeGreaterThan(100);
    for (const name of names)
      expect({ name, value: exports[name]?.value }).toEqual({ name, value: PUMP_CONSTANTS[name] });
  });

  it('the wasm exports no pump constant that the mirror lacks', () => {
    const prefixes = /^(P_|EV_|LOG_|OUT_|KIND_|MRI_|BOLUS_|DENY_|PUMP_OUT_STRIDE|STROKE_STRIDE)/;
    const exported: string[] = [];
    for (const k in wasm) if (prefixes.test(k)) exported.push(k); // exports live on the prototype (raw bindings)
    expect(exported.sort()).toEqual(Object.keys(PUMP_CONSTANTS).sort());
  });

  it('output field offsets are distinct and inside the stride', () => {
    const offs = Object.values(OUT);
    expect(new Set(offs).size).toBe(offs.length);
    expect(Math.max(...offs)).toBe(PUMP_CONSTANTS.PUMP_OUT_STRIDE - 1);
  });
});
