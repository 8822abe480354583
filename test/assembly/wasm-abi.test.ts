// The wasm ABI is defined once in assembly/*/params.ts; src/model/wasm-abi.ts is generated from it
// (scripts/gen-abi.mjs). These tests check the generated TypeScript against what the built wasm actually exports,
// name by name on both engines (pump and CSF) and both builds, and round-trip every parameter through each engine.
import { describe, expect, it } from 'vitest';
import { packCsfParams } from '../../src/model/csf-config.js';
import {
  AFTER_BOLUS,
  BASAL_MODE,
  BOLUS_KIND,
  CSF_BATCH_GROUP,
  CSF_BATCH_OUT,
  CSF_OUT,
  CSF_PARAM_NAMES,
  DENY_REASON,
  DEVICE_KIND,
  LEAK_SITE,
  MRI_BEHAVIOUR,
  PUMP_CONSTANTS,
  PUMP_OUT,
  TIP_LOSS_CAUSE,
} from '../../src/model/wasm-abi.js';
import { CsfDriver } from '../../src/engine/csf/csf-driver.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { loadBuild } from '../helpers/wasm.js';

/** camelCase or kebab-case → SCREAMING_SNAKE, written independently of the generator's inverse. */
const snake = (name: string): string =>
  name
    .replace(/-/g, '_')
    .replace(/[A-Z]/g, (c) => `_${c}`)
    .toUpperCase();

type Exports = Record<string, { value: number } | undefined>;
/** Exported globals whose names match `re` (raw bindings keep the exports on the prototype). */
function exportedNames(wasm: WasmExports, re: RegExp): string[] {
  const out: string[] = [];
  for (const k in wasm)
    if (re.test(k) && typeof (wasm as unknown as Exports)[k]?.value === 'number') out.push(k);
  return out.sort();
}
const valueOf = (wasm: WasmExports, name: string) => (wasm as unknown as Exports)[name]?.value;

describe.each(['debug', 'release'] as const)('generated wasm ABI vs the %s build', (target) => {
  it('every pump constant equals the wasm export of the same name, and the wasm exports no other', async () => {
    const wasm = await loadBuild(target);
    const names = Object.keys(PUMP_CONSTANTS) as (keyof typeof PUMP_CONSTANTS)[];
    expect(names.length).toBeGreaterThan(130);
    for (const name of names)
      expect({ name, value: valueOf(wasm, name) }).toEqual({ name, value: PUMP_CONSTANTS[name] });
    const pumpPrefixes =
      /^(P_|EV_|LOG_|OUT_|KIND_|MRI_|MODE_|BOLUS_|AFTER_BOLUS_|DENY_|LEAK_|TIP_LOSS_|PUMP_OUT_STRIDE|STROKE_STRIDE)/;
    expect(exportedNames(wasm, pumpPrefixes)).toEqual([...names].sort());
  });

  it('pump output fields: PUMP_OUT.tipMassUg is OUT_TIP_MASS_UG, field by field', async () => {
    const wasm = await loadBuild(target);
    for (const [field, offset] of Object.entries(PUMP_OUT))
      expect({ field, offset: valueOf(wasm, `OUT_${snake(field)}`) }).toEqual({ field, offset });
    expect(Object.keys(PUMP_OUT).length).toBe(PUMP_CONSTANTS.PUMP_OUT_STRIDE);
  });

  it('enumerations: each scenario id names the engine constant of the same value', async () => {
    const wasm = await loadBuild(target);
    const groups: [string, Record<string, number>][] = [
      ['MODE_', BASAL_MODE],
      ['KIND_', DEVICE_KIND],
      ['MRI_', MRI_BEHAVIOUR],
      ['BOLUS_', BOLUS_KIND],
      ['AFTER_BOLUS_', AFTER_BOLUS],
      ['DENY_', DENY_REASON],
      ['LEAK_', LEAK_SITE],
      ['TIP_LOSS_', TIP_LOSS_CAUSE],
    ];
    for (const [prefix, ids] of groups) {
      for (const [id, value] of Object.entries(ids))
        expect({ id, value: valueOf(wasm, prefix + snake(id)) }).toEqual({ id, value });
      const exported = exportedNames(wasm, new RegExp(`^${prefix}`));
      expect(exported).toEqual(
        Object.keys(ids)
          .map((id) => prefix + snake(id))
          .sort(),
      );
    }
  });

  it('CSF parameter names: CSF_PARAM_NAMES[i] is the wasm export CSF_P_<NAME> = i, and no other', async () => {
    const wasm = await loadBuild(target);
    CSF_PARAM_NAMES.forEach((name, i) =>
      expect({ name, id: valueOf(wasm, `CSF_P_${snake(name)}`) }).toEqual({ name, id: i }),
    );
    expect(exportedNames(wasm, /^CSF_P_/)).toEqual(CSF_PARAM_NAMES.map((n) => `CSF_P_${snake(n)}`).sort());
    expect(wasm.CSF_PARAM_COUNT.value).toBe(CSF_PARAM_NAMES.length);
  });

  it('CSF output and batch records: each field offset equals the wasm export of the same name', async () => {
    const wasm = await loadBuild(target);
    for (const [field, offset] of Object.entries(CSF_OUT))
      expect({ field, offset: valueOf(wasm, `CSF_OUT_${snake(field)}`) }).toEqual({ field, offset });
    expect(exportedNames(wasm, /^CSF_OUT_/)).toEqual(
      Object.keys(CSF_OUT)
        .map((f) => `CSF_OUT_${snake(f)}`)
        .sort(),
    );
    for (const [field, offset] of Object.entries(CSF_BATCH_OUT))
      expect({ field, offset: valueOf(wasm, `CSF_BATCH_OUT_${snake(field)}`) }).toEqual({ field, offset });
    expect(exportedNames(wasm, /^CSF_BATCH_OUT_/)).toEqual(
      Object.keys(CSF_BATCH_OUT)
        .map((f) => `CSF_BATCH_OUT_${snake(f)}`)
        .sort(),
    );
    expect(valueOf(wasm, 'CSF_BATCH_GROUP')).toBe(CSF_BATCH_GROUP);
  });
});

describe('parameter round trip through the engines (debug build)', () => {
  it('CSF: each value packCsfParams writes under a name is what the engine reads under that name', async () => {
    const wasm = await loadBuild('debug');
    const csf = new CsfDriver(wasm);
    const config = csf.configure({ drug: 'morphine', indication: 'pain' });
    const packed = packCsfParams(config);
    // Enough distinct values that a swapped pair of ids would show.
    expect(new Set(packed).size).toBeGreaterThan(25);
    CSF_PARAM_NAMES.forEach((name, i) => {
      const id = valueOf(wasm, `CSF_P_${snake(name)}`) as number;
      expect({ name, value: wasm.csfGetParam(id) }).toEqual({ name, value: packed[i] });
    });
    expect(wasm.csfGetParam(CSF_PARAM_NAMES.length)).toBeNaN();
    csf.dispose();
  });

  it('pump: pumpSetParam / pumpGetParam keep every parameter id apart', async () => {
    const wasm = await loadBuild('debug');
    const ids = Object.entries(PUMP_CONSTANTS).filter(([n]) => n.startsWith('P_') && n !== 'P_COUNT');
    expect(ids.length).toBe(PUMP_CONSTANTS.P_COUNT);
    for (const [, id] of ids) wasm.pumpSetParam(id, 1000 + id / 8);
    for (const [name, id] of ids)
      expect({ name, value: wasm.pumpGetParam(id) }).toEqual({ name, value: 1000 + id / 8 });
  });
});
