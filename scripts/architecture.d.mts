// Types of scripts/architecture.mjs for the TypeScript tests.
import type { ESLint, Linter } from 'eslint';

export interface LayerRow {
  folder: string;
  runsIn: string;
  mayImport: string[];
  packages: string[];
}
export const DOC: string;
export function readLayerTable(markdown: string): LayerRow[];
export function srcDirs(root: string): string[];
export function srcFiles(root: string, dirs?: string[]): string[];
export function rowOf(rows: LayerRow[], dir: string): LayerRow | null;
export function allowedRows(row: LayerRow, rows: LayerRow[]): Set<string>;
export function importSpecifiers(text: string): string[];
export function packageOf(spec: string): string;
export function forbiddenPackages(row: LayerRow, root: string): string[];
export function boundaryConfigs(root: string, rows?: LayerRow[]): Linter.Config[];
export function checkArchitecture(
  root: string,
  options?: { markdown?: string; eslint?: ESLint },
): Promise<string[]>;
