/* Shared by column.c and batch.c: input file, timer, checksum (bench/native/native.ts writes the input). */
#ifndef NATIVE_COMMON_H
#define NATIVE_COMMON_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Input: f64 header [nodes, lanes, arrays], then `arrays` arrays of nodes × lanes f64, then the state. */
typedef struct {
  int nodes, lanes, arrays;
  double **a;
  double *state;
} input_t;

static double *aligned_f64(size_t n) {
  size_t bytes = ((n * sizeof(double) + 63) / 64) * 64;
  double *p = aligned_alloc(64, bytes);
  if (!p) { fprintf(stderr, "out of memory\n"); exit(2); }
  memset(p, 0, bytes);
  return p;
}

/* Reads the input; `pad` zero f64 before and after the state (the batch's zero rows). */
static input_t read_input(const char *path, size_t pad) {
  input_t in;
  FILE *f = fopen(path, "rb");
  double h[3];
  if (!f || fread(h, sizeof(double), 3, f) != 3) { fprintf(stderr, "cannot read %s\n", path); exit(2); }
  in.nodes = (int)h[0];
  in.lanes = (int)h[1];
  in.arrays = (int)h[2];
  size_t n = (size_t)in.nodes * (size_t)in.lanes;
  in.a = malloc(sizeof(double *) * (size_t)in.arrays);
  for (int k = 0; k < in.arrays; k++) {
    in.a[k] = aligned_f64(n);
    if (fread(in.a[k], sizeof(double), n, f) != n) { fprintf(stderr, "short input\n"); exit(2); }
  }
  in.state = aligned_f64(n + 2 * pad) + pad;
  if (fread(in.state, sizeof(double), n, f) != n) { fprintf(stderr, "short input\n"); exit(2); }
  fclose(f);
  return in;
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

/* Same formula and order as checksum() in bench/native/native.ts. */
static double checksum(const double *c, size_t n) {
  double s = 0;
  for (size_t j = 0; j < n; j++) s += c[j] * (1.0 + (double)(j % 13) / 13.0);
  return s;
}

static int cmp_double(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}
#endif
