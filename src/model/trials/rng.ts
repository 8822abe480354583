/**
 * A TypeScript port of assembly/rng.ts (xoshiro256** seeded through splitmix64), bit-identical in its
 * uniform stream — test/unit/trial-rng.test.ts checks it against the wasm generator. It lets pure code (the
 * UI's drill-down, the CLI, unit tests) redraw a virtual patient without a wasm instance, and the cohort
 * runner may draw with either source.
 *
 * Normals are made here from two uniforms by the same Box–Muller formula as rngNormal in wasm, but with
 * JS Math, so every draw is the same in Node and in Chromium (both use V8's fdlibm-derived Math).
 */

const MASK = (1n << 64n) - 1n;

const rotl = (x: bigint, k: bigint): bigint => ((x << k) | (x >> (64n - k))) & MASK;

function splitmix(x: bigint): bigint {
  let z = (x + 0x9e3779b97f4a7c15n) & MASK;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return z ^ (z >> 31n);
}

/** Anything that gives uniforms in [0, 1): this port, or a wrapper over the wasm generator. */
export interface UniformSource {
  seed(seed: bigint): void;
  uniform(): number;
}

export class Xoshiro256 implements UniformSource {
  private s0 = 0n;
  private s1 = 0n;
  private s2 = 0n;
  private s3 = 0n;

  constructor(seed: bigint = 0n) {
    this.seed(seed);
  }

  seed(seed: bigint): void {
    this.s0 = splitmix(seed & MASK);
    this.s1 = splitmix(this.s0);
    this.s2 = splitmix(this.s1);
    this.s3 = splitmix(this.s2);
  }

  nextU64(): bigint {
    const result = (rotl((this.s1 * 5n) & MASK, 7n) * 9n) & MASK;
    const t = (this.s1 << 17n) & MASK;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 45n);
    return result;
  }

  /** Uniform in [0, 1) with 53 bits, exactly as rngUniform. */
  uniform(): number {
    return Number(this.nextU64() >> 11n) * 1.1102230246251565e-16;
  }
}

/** Standard normal by Box–Muller from two uniforms (the same formula as assembly/rng.ts rngNormal). */
export function normalFrom(src: UniformSource): number {
  let u = src.uniform();
  if (u < 1e-300) u = 1e-300;
  const v = src.uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The 64-bit stream seed of one patient: cohort seed in the high word, patient id in the low word. */
export function patientStreamSeed(cohortSeed: number, patientId: number): bigint {
  return (BigInt(cohortSeed >>> 0) << 32n) | BigInt(patientId >>> 0);
}
