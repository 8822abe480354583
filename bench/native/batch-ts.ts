/**
 * The batched transport algorithm in TypeScript, for the bench's "same batched algorithm in TS" comparison:
 * the wasm kernel's layout (groups of 8 lanes, AoSoA), coefficients (A, RL, RD, RU, CP from the wasm batch),
 * row order and arithmetic order (assembly/csf/batch-kernel.ts forwardRange + backGroup), lane by lane in
 * scalar f64. test/assembly/csf-batch-bench.test.ts checks it equals the wasm bit for bit.
 */
const G = 8;

export class TsBatchTransport {
  readonly c: Float64Array;
  private readonly wk: Float64Array;

  constructor(
    readonly nodes: number,
    readonly lanes: number,
    private readonly coef: Float64Array[],
    start: Float64Array,
  ) {
    this.c = new Float64Array(nodes * lanes + G);
    this.c.set(start);
    this.wk = new Float64Array(nodes * lanes);
  }

  /**
   * One transport step of every lane (no sources). Rows outer, the group's 8 lanes inner (8 independent
   * recurrences per row, the ILP the SIMD kernel gets from its four pairs); neighbours read from the arrays.
   */
  step(): void {
    const [a, rl, rd, ru, cp] = this.coef;
    const { c, wk, nodes: M } = this;
    for (let g = 0; g < this.lanes / G; g++) {
      const gb = g * M * G;
      // Forward, row 0 (no lower neighbour, no previous w): w = ((RL · 0 + RD c) + RU c_next) − A · 0
      for (let j = gb; j < gb + G; j++) wk[j] = rl[j] * 0 + rd[j] * c[j] + ru[j] * c[j + G] - a[j] * 0;
      const end = gb + M * G;
      for (let row = gb + G; row < end; row += G) {
        for (let j = row; j < row + G; j++)
          wk[j] = rl[j] * c[j - G] + rd[j] * c[j] + ru[j] * c[j + G] - a[j] * wk[j - G];
      }
      // Back: c_i = w_i − CP_i c_{i+1}
      for (let j = end - G; j < end; j++) c[j] = wk[j];
      for (let row = end - 2 * G; row >= gb; row -= G) {
        for (let j = row; j < row + G; j++) c[j] = wk[j] - cp[j] * c[j + G];
      }
    }
  }
}
