/**
 * The bench's own wasm exports, compiled next to the production entry (assembly/index.ts, listed in asconfig.json):
 *   asc bench/assembly/index.ts --target bench  → build/bench.wasm (release options; npm run bench)
 *   asc bench/assembly/index.ts --target debug  → build/debug.wasm (the test build; test/assembly reads these too)
 * build/release.wasm, which the app and the package ship, has none of them.
 *
 *   csfBenchTransport(nSteps, dtHours): transport-only steps of the single column (θ-scheme solve + state copy).
 *   csfBatchBenchTransport(nSteps): transport-only steps of every lane of the batch (no sources).
 *   csfColumnCoefPtr(k), csfBatchCoefPtr(k): the coefficient arrays of the two kernels, for the native-C
 *     comparison (bench/native), so the C programs run the same recurrence on the same numbers:
 *     column (grid.ts) k = 0 triA, 1 triInv, 2 triCp, 3 rhsL, 4 rhsD, 5 rhsU, valid after csfBenchTransport
 *     (which builds the factors), length cells + 1; batch (batch-state.ts) k = 0 A, 1 RL, 2 RD, 3 RU, 4 CP, 5 INV,
 *     length lanes × (cells + 1), AoSoA.
 */
import { N, conc, concNew, par, triA, triInv, triCp, rhsL, rhsD, rhsU } from '../../assembly/csf/grid';
import { factor, transportSolve } from '../../assembly/csf/transport';
import { tipCell } from '../../assembly/csf/column';
import { CSF_P_THETA } from '../../assembly/csf/params';
import { NG, M, C, A, RL, RD, RU, CP, INV } from '../../assembly/csf/batch-state';
import { forwardRange, backGroup } from '../../assembly/csf/batch-kernel';

export function csfBenchTransport(nSteps: i32, dtHours: f64): void {
  factor(dtHours, par(CSF_P_THETA), 0, tipCell);
  for (let s = 0; s < nSteps; s++) {
    transportSolve(-1, 0, -1, 0);
    memory.copy(conc, concNew, (<usize>(N + 1)) << 3);
  }
}

export function csfBatchBenchTransport(nSteps: i32): void {
  for (let s = 0; s < nSteps; s++) {
    for (let g = 0; g < NG; g++) {
      forwardRange(g, 0, M);
      backGroup(g, C);
    }
  }
}

export function csfColumnCoefPtr(k: i32): usize {
  return k == 0 ? triA : k == 1 ? triInv : k == 2 ? triCp : k == 3 ? rhsL : k == 4 ? rhsD : rhsU;
}

export function csfBatchCoefPtr(k: i32): usize {
  return k == 0 ? A : k == 1 ? RL : k == 2 ? RD : k == 3 ? RU : k == 4 ? CP : INV;
}
