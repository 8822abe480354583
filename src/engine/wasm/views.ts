/**
 * Typed-array views over wasm memory. Any wasm allocation may grow memory and detach every existing view
 * [T1], so views are rebuilt on each access instead of being cached.
 */
export interface MemoryOwner {
  memory: { buffer: ArrayBuffer };
}

export function f64View(wasm: MemoryOwner, ptr: number, length: number): Float64Array {
  return new Float64Array(wasm.memory.buffer, ptr, length);
}

/** A fixed-size f64 buffer allocated in wasm memory once per run and freed by dispose(). */
export class WasmF64Buffer {
  readonly ptr: number;
  constructor(
    private readonly wasm: MemoryOwner & { allocF64(n: number): number; freeF64(ptr: number): void },
    readonly length: number,
  ) {
    this.ptr = wasm.allocF64(length);
  }
  /** A fresh view (valid until the next wasm call that may allocate). */
  get view(): Float64Array {
    return f64View(this.wasm, this.ptr, this.length);
  }
  dispose(): void {
    this.wasm.freeF64(this.ptr);
  }
}
