/**
 * Names the scenario refers to: drugs and vertebral levels. Kept in one place so the schema, the mapping and the
 * warnings agree. (The drug data and the level positions themselves live with the distribution engine.)
 */

/** The drug library of issue 4 (pharmacology.md §3). */
export const DRUG_NAMES = [
  'baclofen',
  'morphine',
  'hydromorphone',
  'fentanyl',
  'sufentanil',
  'bupivacaine',
  'clonidine',
  'ziconotide',
  'tracer',
] as const;
export type DrugName = (typeof DRUG_NAMES)[number];

/** Vertebral levels along the spinal subarachnoid space, cranial to caudal (the dural sac ends near S2). */
export const VERTEBRAL_LEVEL_NAMES = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'S1',
  'S2',
] as const;
export type VertebralLevelName = (typeof VERTEBRAL_LEVEL_NAMES)[number];
