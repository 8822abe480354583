/*
 * Native C version of the batched transport step the wasm benchmark times (assembly/csf/batch-kernel.ts
 * forwardRange + backGroup, as csfBatchBenchTransport runs them): groups of 8 lanes (four f64x2 pairs, GCC vector
 * extension = the wasm f64x2 width), AoSoA layout ((g · M + i) · 8 + l), the four recurrences held in registers,
 * a zero row before and after the state.
 * Usage: batch INPUT STEPS REPEATS (input arrays: A, RL, RD, RU, CP, INV; prints as column.c).
 */
#include "common.h"

typedef double v2d __attribute__((vector_size(16), aligned(16)));
#define G 8

#ifdef CARRY_NEIGHBOURS
/* Variant: the neighbours are carried in registers too (the kernel before the re-read change); same arithmetic. */
static void forward_range(int M, int g, int i0, int i1, const v2d *restrict a, const v2d *restrict rl,
                          const v2d *restrict rd, const v2d *restrict ru, const v2d *c, v2d *wk) {
  size_t off = ((size_t)g * (size_t)M + (size_t)i0) * 4, end = ((size_t)g * (size_t)M + (size_t)i1) * 4;
  v2d z = {0, 0};
  v2d w0 = z, w1 = z, w2 = z, w3 = z;
  if (i0 > 0) {
    w0 = wk[off - 4]; w1 = wk[off - 3]; w2 = wk[off - 2]; w3 = wk[off - 1];
  }
  v2d p0 = c[off - 4], p1 = c[off - 3], p2 = c[off - 2], p3 = c[off - 1];
  v2d c0 = c[off], c1 = c[off + 1], c2 = c[off + 2], c3 = c[off + 3];
  for (; off < end; off += 4) {
    v2d n0 = c[off + 4], n1 = c[off + 5], n2 = c[off + 6], n3 = c[off + 7];
    w0 = ((rl[off] * p0 + rd[off] * c0) + ru[off] * n0) - a[off] * w0;
    w1 = ((rl[off + 1] * p1 + rd[off + 1] * c1) + ru[off + 1] * n1) - a[off + 1] * w1;
    w2 = ((rl[off + 2] * p2 + rd[off + 2] * c2) + ru[off + 2] * n2) - a[off + 2] * w2;
    w3 = ((rl[off + 3] * p3 + rd[off + 3] * c3) + ru[off + 3] * n3) - a[off + 3] * w3;
    wk[off] = w0; wk[off + 1] = w1; wk[off + 2] = w2; wk[off + 3] = w3;
    p0 = c0; p1 = c1; p2 = c2; p3 = c3;
    c0 = n0; c1 = n1; c2 = n2; c3 = n3;
  }
}
#else
static void forward_range(int M, int g, int i0, int i1, const v2d *restrict a, const v2d *restrict rl,
                          const v2d *restrict rd, const v2d *restrict ru, const v2d *c, v2d *wk) {
  /* v2d index of (g, i, pair k) = ((g · M + i) · G + 2k) / 2; only w is carried, neighbours are re-read */
  size_t off = ((size_t)g * (size_t)M + (size_t)i0) * 4, end = ((size_t)g * (size_t)M + (size_t)i1) * 4;
  v2d z = {0, 0};
  v2d w0 = z, w1 = z, w2 = z, w3 = z;
  if (i0 > 0) {
    w0 = wk[off - 4]; w1 = wk[off - 3]; w2 = wk[off - 2]; w3 = wk[off - 1];
  }
  for (; off < end; off += 4) {
    w0 = ((rl[off] * c[off - 4] + rd[off] * c[off]) + ru[off] * c[off + 4]) - a[off] * w0;
    w1 = ((rl[off + 1] * c[off - 3] + rd[off + 1] * c[off + 1]) + ru[off + 1] * c[off + 5]) - a[off + 1] * w1;
    w2 = ((rl[off + 2] * c[off - 2] + rd[off + 2] * c[off + 2]) + ru[off + 2] * c[off + 6]) - a[off + 2] * w2;
    w3 = ((rl[off + 3] * c[off - 1] + rd[off + 3] * c[off + 3]) + ru[off + 3] * c[off + 7]) - a[off + 3] * w3;
    wk[off] = w0; wk[off + 1] = w1; wk[off + 2] = w2; wk[off + 3] = w3;
  }
}
#endif

static void back_group(int M, int g, const v2d *restrict cp, const v2d *restrict wk, v2d *c) {
  size_t gb = (size_t)g * (size_t)M * 4, off = gb + (size_t)(M - 1) * 4;
  v2d x0 = wk[off], x1 = wk[off + 1], x2 = wk[off + 2], x3 = wk[off + 3];
  c[off] = x0; c[off + 1] = x1; c[off + 2] = x2; c[off + 3] = x3;
  while (off > gb) {
    off -= 4;
    x0 = wk[off] - cp[off] * x0;
    x1 = wk[off + 1] - cp[off + 1] * x1;
    x2 = wk[off + 2] - cp[off + 2] * x2;
    x3 = wk[off + 3] - cp[off + 3] * x3;
    c[off] = x0; c[off + 1] = x1; c[off + 2] = x2; c[off + 3] = x3;
  }
}

static void run(const input_t *in, v2d *c, v2d *wk, int steps) {
  int M = in->nodes, groups = in->lanes / G;
  const v2d *a = (const v2d *)in->a[0], *rl = (const v2d *)in->a[1], *rd = (const v2d *)in->a[2],
            *ru = (const v2d *)in->a[3], *cp = (const v2d *)in->a[4];
  for (int s = 0; s < steps; s++)
    for (int g = 0; g < groups; g++) {
      forward_range(M, g, 0, M, a, rl, rd, ru, c, wk);
      back_group(M, g, cp, wk, c);
    }
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: batch INPUT STEPS REPEATS\n"); return 2; }
  input_t in = read_input(argv[1], G); /* a zero row before the first and after the last group, as in wasm */
  int steps = atoi(argv[2]), repeats = atoi(argv[3]);
  size_t n = (size_t)in.nodes * (size_t)in.lanes;
  v2d *c = (v2d *)in.state, *wk = (v2d *)aligned_f64(n);
  run(&in, c, wk, steps);
  printf("checksum %.17g\n", checksum(in.state, n));
  run(&in, c, wk, steps);
  double *t = malloc(sizeof(double) * (size_t)repeats);
  for (int r = 0; r < repeats; r++) {
    double t0 = now_ms();
    run(&in, c, wk, steps);
    t[r] = now_ms() - t0;
  }
  qsort(t, (size_t)repeats, sizeof(double), cmp_double);
  printf("ms %.6f\n", t[repeats / 2]);
  return 0;
}
