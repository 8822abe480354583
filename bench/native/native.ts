/**
 * Native C comparison for `npm run bench` (Node side only; called by bench/run.mjs after the suites):
 *   1. compiles bench/native/column.c and batch.c with the system cc at -O2, and again with -O2 -march=native
 *      (FMA contraction) when that gives different machine code (batch.c also as its register-carrying variant);
 *   2. writes the wasm kernels' own coefficients and the bench start state (cases.ts) to an input file, runs the
 *      C programs and the bench wasm (release options) for the same steps, and compares the checksums of the final states
 *      (≤ 1e-12 relative, else it throws: not the same algorithm);
 *   3. times C, wasm in Node and wasm in Chromium (the open bench page) back to back in paired rounds, and
 *      returns rows: C cell-steps/s, and wasm time ÷ C time per round, median and worst, in Node and in
 *      Chromium (the issue's target for the single column: ≤ 1.35).
 * Without a C compiler it prints one "native C: skipped (no cc found)" line and returns no rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { instantiateBench } from '../bench-wasm.js';
import type { CaseResult, Metric } from '../harness.js';
import {
  BATCH_STEPS,
  LANES,
  NODES,
  STEPS,
  checksum,
  medianMs,
  prepareKernel,
  type KernelName,
} from './cases.js';

const here = new URL('.', import.meta.url).pathname;
const outDir = new URL('../../test-results/native/', import.meta.url).pathname;
/** Timed C runs per process (after one warm-up run), median. */
const C_REPEATS = 3;
const TOLERANCE = 1e-12;

function findCompiler(): string | null {
  for (const cc of [process.env.CC, 'cc', 'gcc', 'clang']) {
    if (cc && spawnSync(cc, ['--version'], { encoding: 'utf8' }).status === 0) return cc;
  }
  return null;
}

function compile(cc: string, name: string, flags: string[], tag: string): string | null {
  const exe = `${outDir}${name}-${tag}`;
  const r = spawnSync(cc, [...flags, '-std=gnu11', '-o', exe, `${here}${name}.c`], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`native C: ${name}.c with ${flags.join(' ')} failed:\n${r.stderr}`);
    return null;
  }
  return exe;
}

function writeInput(file: string, lanes: number, arrays: Float64Array[], state: Float64Array): void {
  const parts = [Float64Array.of(NODES, lanes, arrays.length), ...arrays, state];
  const all = new Float64Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  writeFileSync(file, new Uint8Array(all.buffer));
}

function runC(exe: string, input: string, steps: number): { checksum: number; ms: number } {
  const r = spawnSync(exe, [input, String(steps), String(C_REPEATS)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`native C: ${exe} failed: ${r.stderr}`);
  const get = (k: string) => Number(new RegExp(`^${k} (\\S+)$`, 'm').exec(r.stdout)?.[1]);
  return { checksum: get('checksum'), ms: get('ms') };
}

interface Kernel {
  name: KernelName;
  source: string;
  caseName: string;
  cellSteps: number;
  steps: number;
  /** Further builds of the same source (label, flags), e.g. a variant of the loop with the same arithmetic. */
  extra: [string, string[]][];
}

const KERNELS: Kernel[] = [
  {
    name: 'single column',
    source: 'column',
    caseName:
      'native C, single column transport, 120 cells (same recurrence and coefficients as wasm; issue: wasm time ≤ 1.35 × C)',
    cellSteps: STEPS * NODES,
    steps: STEPS,
    extra: [],
  },
  {
    name: 'batch',
    source: 'batch',
    caseName: `native C, batched transport, ${LANES} lanes × 120 cells (f64x2 vector extension, same layout)`,
    cellSteps: BATCH_STEPS * NODES * LANES,
    steps: BATCH_STEPS,
    // The wasm loop re-reads the neighbours (V8 spills otherwise); gcc keeps them in registers when told to.
    extra: [['-O2, neighbours carried in registers', ['-O2', '-DCARRY_NEIGHBOURS']]],
  },
];

/**
 * Paired rounds: the machine is shared and its load drifts over seconds, so C and wasm are timed back to back,
 * ROUNDS times (each C figure the median of C_REPEATS runs in one process, each wasm figure the median of
 * WASM_RUNS runs), and the ratio is taken within each round. The report gives the median and the worst round.
 */
const ROUNDS = 9;
const WASM_RUNS = 3;
/** Times one kernel in Chromium (the bench page, bench/browser-entry.ts): median of `runs` runs, ms. */
export type ChromiumKernelTimer = (name: KernelName, runs: number) => Promise<number>;

const median = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];

const rate = (cellSteps: number, ms: number): Metric => ({
  value: cellSteps / (ms / 1000),
  unit: 'cell-steps/s',
  better: 'higher',
});

export async function runNative(
  chromiumKernel: ChromiumKernelTimer | null,
): Promise<{ node: CaseResult[]; chromium: CaseResult[] }> {
  const cc = findCompiler();
  if (!cc) {
    console.log('native C: skipped (no cc found)');
    return { node: [], chromium: [] };
  }
  mkdirSync(outDir, { recursive: true });
  const bytes = readFileSync(new URL('../../build/bench.wasm', import.meta.url));
  const module = await WebAssembly.compile(bytes);
  const out = { node: [] as CaseResult[], chromium: [] as CaseResult[] };
  for (const k of KERNELS) {
    const o2 = compile(cc, k.source, ['-O2'], 'O2');
    const nat = compile(cc, k.source, ['-O2', '-march=native'], 'O2-native');
    if (!o2) continue;
    const sameCode = nat !== null && readFileSync(o2).equals(readFileSync(nat));
    const setup = prepareKernel(k.name, await instantiateBench(module));
    const input = `${outDir}${k.source}.in`;
    writeInput(input, setup.lanes, setup.arrays, setup.state);
    const wasmSum = checksum(setup.run());
    const variants = [
      ['-O2', o2],
      ['-O2 -march=native', sameCode ? null : nat],
      ...k.extra.map(([label, flags], i) => [label, compile(cc, k.source, flags, `extra${i}`)]),
    ].filter((v): v is [string, string] => v[1] !== null);
    const nodeMetrics: Record<string, Metric> = {};
    const chromiumMetrics: Record<string, Metric> = {};
    for (const [flags, exe] of variants) {
      const c = runC(exe, input, k.steps);
      const rel = Math.abs(c.checksum - wasmSum) / Math.abs(wasmSum);
      if (!(rel <= TOLERANCE))
        throw new Error(
          `native C ${k.name} (${flags}): checksum ${c.checksum} differs from wasm ${wasmSum} by ${rel} ` +
            `(> ${TOLERANCE}): the C program does not run the same algorithm`,
        );
      // In units of 1e-15 so the table shows it (its number format rounds to 3 decimals).
      nodeMetrics[`C ${flags}: checksum vs wasm, relative`] = { value: rel / 1e-15, unit: '× 1e-15' };
    }
    // Paired rounds (see ROUNDS): every C build, wasm in Node and wasm in Chromium, back to back.
    const nodeKernel = prepareKernel(k.name, await instantiateBench(module));
    medianMs(nodeKernel, WASM_RUNS); // warm-up
    const cMs = new Map<string, number[]>(variants.map(([f]) => [f, []]));
    const wasmMs = { node: [] as number[], chromium: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [flags, exe] of variants) cMs.get(flags)!.push(runC(exe, input, k.steps).ms);
      wasmMs.node.push(medianMs(nodeKernel, WASM_RUNS));
      if (chromiumKernel) wasmMs.chromium.push(await chromiumKernel(k.name, WASM_RUNS));
    }
    const runtimes = [
      [wasmMs.node, nodeMetrics],
      [wasmMs.chromium, chromiumMetrics],
    ] as const;
    for (const [ms, metrics] of runtimes)
      if (ms.length) metrics['wasm, during the paired rounds'] = rate(k.cellSteps, median(ms));
    for (const [flags] of variants) {
      const c = cMs.get(flags)!;
      nodeMetrics[`C ${flags}`] = rate(k.cellSteps, median(c));
      for (const [ms, metrics] of runtimes) {
        if (!ms.length) continue;
        const ratios = ms.map((w, r) => w / c[r]);
        metrics[`wasm time ÷ C ${flags} time, median of ${ROUNDS} paired rounds`] = {
          value: median(ratios),
          unit: '×',
        };
        metrics[`wasm time ÷ C ${flags} time, worst round`] = { value: Math.max(...ratios), unit: '×' };
      }
    }
    if (sameCode) nodeMetrics['-march=native'] = { value: 0, unit: '(same machine code as -O2)' };
    out.node.push({ suite: 'native', case: k.caseName, metrics: nodeMetrics });
    out.chromium.push({ suite: 'native', case: k.caseName, metrics: chromiumMetrics });
    console.error(`native C: ${k.name} checked against wasm (checksum ${wasmSum}), ${ROUNDS} paired rounds`);
  }
  return out;
}
