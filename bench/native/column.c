/*
 * Native C version of the single-column transport step the wasm benchmark times (assembly/csf/transport.ts
 * transportSolve + the state copy in column.ts benchTransport): the θ-scheme explicit part built on the fly, the
 * Thomas forward recurrence with pre-multiplied factors, back substitution with the positivity check, copy.
 * Usage: column INPUT STEPS REPEATS  →  prints "checksum X" after STEPS steps from the input state, then
 * "ms Y", the median time of REPEATS further runs of STEPS steps (after one warm-up run).
 */
#include "common.h"

static int src_a = -1, src_b = -1; /* point sources (none in the benchmark, read at run time as in wasm) */
static double mass_a = 0, mass_b = 0;

static int transport_solve(int n, const double *tri_a, const double *tri_inv, const double *tri_cp,
                           const double *rhs_l, const double *rhs_d, const double *rhs_u, const double *conc,
                           double *work, double *conc_new) {
  double prev_c = 0, cur_c = conc[0], d_prev = 0;
  for (int i = 0; i <= n; i++) {
    double next_c = i < n ? conc[i + 1] : 0.0;
    double d = rhs_l[i] * prev_c + rhs_d[i] * cur_c + rhs_u[i] * next_c;
    if (i == src_a) d += mass_a;
    if (i == src_b) d += mass_b;
    d_prev = d * tri_inv[i] - tri_a[i] * d_prev;
    work[i] = d_prev;
    prev_c = cur_c;
    cur_c = next_c;
  }
  double x = work[n];
  conc_new[n] = x;
  int negative = x < 0.0; /* sign flag, as in assembly/csf/transport.ts */
  for (int i = n - 1; i >= 0; i--) {
    x = work[i] - tri_cp[i] * x;
    conc_new[i] = x;
    negative |= x < 0.0;
  }
  return !negative;
}

static volatile int sink;

static void run(const input_t *in, double *conc, double *conc_new, double *work, int steps) {
  int n = in->nodes - 1, ok = 1;
  for (int s = 0; s < steps; s++) {
    ok &= transport_solve(n, in->a[0], in->a[1], in->a[2], in->a[3], in->a[4], in->a[5], conc, work, conc_new);
    memcpy(conc, conc_new, sizeof(double) * (size_t)(n + 1));
  }
  sink = ok;
}

int main(int argc, char **argv) {
  if (argc < 4) { fprintf(stderr, "usage: column INPUT STEPS REPEATS\n"); return 2; }
  input_t in = read_input(argv[1], 0);
  int steps = atoi(argv[2]), repeats = atoi(argv[3]);
  double *conc = in.state, *conc_new = aligned_f64((size_t)in.nodes), *work = aligned_f64((size_t)in.nodes);
  run(&in, conc, conc_new, work, steps);
  printf("checksum %.17g\n", checksum(conc, (size_t)in.nodes));
  run(&in, conc, conc_new, work, steps);
  double *t = malloc(sizeof(double) * (size_t)repeats);
  for (int r = 0; r < repeats; r++) {
    double t0 = now_ms();
    run(&in, conc, conc_new, work, steps);
    t[r] = now_ms() - t0;
  }
  qsort(t, (size_t)repeats, sizeof(double), cmp_double);
  printf("ms %.6f\n", t[repeats / 2]);
  return 0;
}
