/**
 * Names the scenario refers to: drugs (src/core/drugs.ts) and vertebral levels (src/core/patient.ts), as the
 * non-empty tuples the schema's enums need. Levels are listed cranial to caudal (C1 … S2).
 */
import { LEVEL_NAMES } from '../patient.js';

export { DRUG_NAMES, type DrugName } from '../drugs.js';

export const VERTEBRAL_LEVEL_NAMES = [...LEVEL_NAMES].reverse() as [string, ...string[]];
export type VertebralLevelName = string;
