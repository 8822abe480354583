// Public browser library entry: types, the worker client and element classes. Importing it registers nothing.
export type { SimulationApi, WasmSource, Progress, ProgressCallback, RunOptions } from './model/api.js';
export type { SimResult, SimEvent, Summary, Series } from './model/result.js';
export type { Scenario, ScenarioInput } from './model/scenario/schema.js';
export { scenarioSchema, SCHEMA_VERSION } from './model/scenario/schema.js';
export { validateScenario, ScenarioError, type ScenarioIssue } from './model/scenario/validate.js';
export { PRESETS, findPreset, DEFAULT_PRESET_ID } from './model/scenario/presets.js';
export { SimulationClient, WorkerCrashedError } from './runtime/browser/simulation-client.js';
export { ItpRunSummary } from './ui/elements/run-summary/run-summary.js';
export { ItpTrial } from './ui/elements/trial/trial.js';
export type { DistributionSeries, LevelInfo } from './model/result.js';
export { scenarioJsonSchema } from './model/scenario/schema.js';
export { PRESET_IDS, presetScenario, type Preset, type PresetId } from './model/scenario/presets.js';
export { SimulationPool, type PoolOptions } from './runtime/browser/simulation-pool.js';
export type { ClientOptions, ClientRunOptions } from './runtime/browser/simulation-client.js';
export type { BatchOptions, BatchOutcome, BatchProgress, SimulationPoolApi } from './runtime/runner-pool.js';
export { resultToJson, resultToCsv, csvColumns, type CsvColumn } from './model/export.js';
export { setAssetBase, getAssetBase } from './runtime/browser/assets.js';
// The typed events (ItpRunFinishedEvent, …), also declared on HTMLElementEventMap.
export type * from './ui/base/events.js';
export {
  estimateRunCost,
  estimateValidRunCost,
  EXPENSIVE_RUN_SECONDS,
  type RunCostEstimate,
} from './model/scenario/run-cost.js';
