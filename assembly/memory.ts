/**
 * f64 buffers in linear memory, addressed by element index: the one pair of helpers both engines (pump, CSF)
 * use for their parameter blocks, state arrays, logs and output records. @inline: the release build optimises for
 * size (shrinkLevel 1), which left them as calls inside the transport's recurrences — 90 days of the default
 * scenario ran 2.4–3.6× slower than with shrinkLevel 0 (paired rounds, Node).
 */
@inline
export function f64At(base: usize, index: i32): f64 {
  return load<f64>(base + ((<usize>index) << 3));
}

@inline
export function setF64At(base: usize, index: i32, v: f64): void {
  store<f64>(base + ((<usize>index) << 3), v);
}
