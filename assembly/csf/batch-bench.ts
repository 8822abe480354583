/**
 * Read access for the native-C comparison (bench/native): the coefficient arrays the two transport kernels use,
 * so the C programs run the same recurrence on the same numbers and their checksums can be compared.
 *   csfColumnCoefPtr(k): single column (grid.ts), k = 0 triA, 1 triInv, 2 triCp, 3 rhsL, 4 rhsD, 5 rhsU
 *       (valid after csfBenchTransport, which builds the factors); length cells + 1.
 *   csfBatchCoefPtr(k): active batch set (batch-state.ts), k = 0 A, 1 RL, 2 RD, 3 RU, 4 CP, 5 INV;
 *       length lanes × (cells + 1), AoSoA.
 */
import { triA, triInv, triCp, rhsL, rhsD, rhsU } from './grid';
import { A, RL, RD, RU, CP, INV } from './batch-state';

export function csfColumnCoefPtr(k: i32): usize {
  return k == 0 ? triA : k == 1 ? triInv : k == 2 ? triCp : k == 3 ? rhsL : k == 4 ? rhsD : rhsU;
}

export function csfBatchCoefPtr(k: i32): usize {
  return k == 0 ? A : k == 1 ? RL : k == 2 ? RD : k == 3 ? RU : k == 4 ? CP : INV;
}
