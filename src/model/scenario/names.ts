/**
 * Names the scenario refers to: drugs (src/model/data/drugs.ts) and vertebral levels (src/model/data/patient.ts), as the
 * non-empty tuples the schema's enums need. Levels are listed cranial to caudal (C1 … S2).
 */
import { LEVEL_NAMES } from '../data/patient.js';

export { DRUG_NAMES, FORMULATIONS, type DrugName } from '../data/drugs.js';

export const VERTEBRAL_LEVEL_NAMES = [...LEVEL_NAMES].reverse() as [string, ...string[]];
export type VertebralLevelName = string;
