// Public browser library entry: types, the worker client and element classes. Importing it registers nothing.
export type { SimulationApi, WasmSource, Progress, ProgressCallback, RunOptions } from './core/api.js';
export type { SimResult, SimEvent, Summary, Series } from './core/result.js';
export type { Scenario, ScenarioInput } from './core/scenario/schema.js';
export { scenarioSchema, SCHEMA_VERSION } from './core/scenario/schema.js';
export { validateScenario, ScenarioError, type ScenarioIssue } from './core/scenario/validate.js';
export { PRESETS, findPreset, DEFAULT_PRESET_ID } from './core/scenario/presets.js';
export { SimulationClient, WorkerCrashedError } from './client/simulation-client.js';
export { ItpRunSummary } from './components/run-summary/run-summary.js';
export { ItpTrial } from './components/trial/trial.js';
export type { DistributionSeries, LevelInfo } from './core/result.js';
export { scenarioJsonSchema } from './core/scenario/schema.js';
export { PRESET_IDS, presetScenario, type Preset, type PresetId } from './core/scenario/presets.js';
export { SimulationPool, type PoolOptions } from './client/simulation-pool.js';
export type { ClientOptions, ClientRunOptions } from './client/simulation-client.js';
export type { BatchOptions, BatchOutcome, BatchProgress, SimulationPoolApi } from './client/runner-pool.js';
export { resultToJson, resultToCsv, csvColumns, type CsvColumn } from './core/export.js';
export {
  estimateRunCost,
  estimateValidRunCost,
  EXPENSIVE_RUN_SECONDS,
  type RunCostEstimate,
} from './sim/run-cost.js';
