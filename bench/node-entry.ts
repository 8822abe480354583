// Node side of the bench: the wasm is read from build/ with fs.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { makeContext, runAll, type CaseResult } from './harness.js';

export function runNode(filter?: string): Promise<CaseResult[]> {
  const compile = async () =>
    WebAssembly.compile(await readFile(new URL('../build/bench.wasm', import.meta.url)));
  return runAll(makeContext('node', compile, availableParallelism()), filter);
}
