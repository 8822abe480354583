/**
 * The "default scenario" of the distribution engine's accuracy test and benchmark: a programmable pump delivering
 * baclofen 2000 µg/mL at 0.2 mL/day in 1 µL strokes (the default preset, src/model/scenario/presets.ts) for 90 days,
 * hourly outputs, into the 120-cell column + cranial + plasma + effects. The pump's records are consumed in place.
 */
import type { CsfConfigInput } from '../../src/model/csf-config.js';
import { DEFAULT_PRESET_ID, findPreset } from '../../src/model/scenario/presets.js';
import type { PumpConfig } from '../../src/model/pump-config.js';
import type { WasmExports } from '../../src/engine/wasm/load.js';
import { CsfDriver, pumpRecordSource } from '../../src/engine/csf/csf-driver.js';
import { PumpDriver } from '../../src/engine/pump/pump-driver.js';
import { mapPump } from '../../src/engine/scenario-mapping.js';
import { parseScenarioOrThrow } from '../../src/engine/simulate.js';

export interface DefaultRunOptions {
  days?: number;
  outputHours?: number;
  csf?: Partial<CsfConfigInput>;
  /** Output intervals per wasm call (chunking [T2]). */
  chunk?: number;
}

/** The default preset's pump, through the one scenario → engine mapping (no hand-built copy to drift apart). */
export function defaultPumpConfig(): PumpConfig {
  return mapPump(parseScenarioOrThrow(findPreset(DEFAULT_PRESET_ID)!.scenario)).pump;
}

/** Runs pump + distribution engine; returns the CSF driver (call result()/rawRecords(), then dispose()). */
export function runDefaultScenario(wasm: WasmExports, options: DefaultRunOptions = {}): CsfDriver {
  const days = options.days ?? 90;
  const dt = options.outputHours ?? 1;
  const nOut = Math.round((days * 24) / dt);
  const chunk = options.chunk ?? 720;
  const pump = new PumpDriver(wasm, chunk);
  const csf = new CsfDriver(wasm);
  try {
    pump.configure(defaultPumpConfig());
    csf.configure({ drug: 'baclofen', ...options.csf });
    const source = pumpRecordSource(pump);
    for (let start = 0; start < nOut; start += chunk) {
      const n = pump.advance(Math.min(chunk, nOut - start), dt);
      csf.advance(n, dt, source);
    }
  } finally {
    pump.dispose();
  }
  return csf;
}
