/**
 * f64 buffers in linear memory, addressed by element index: the one pair of helpers both engines (pump, CSF)
 * use for their parameter blocks, state arrays, logs and output records.
 */
export function f64At(base: usize, index: i32): f64 {
  return load<f64>(base + ((<usize>index) << 3));
}

export function setF64At(base: usize, index: i32, v: f64): void {
  store<f64>(base + ((<usize>index) << 3), v);
}
