// Seeded PRNG for determinism (never Math.random): xoshiro256** seeded through splitmix64.
// Same seed → same sequence in Node and Chromium, because it is pure integer arithmetic in wasm.

let s0: u64 = 0;
let s1: u64 = 0;
let s2: u64 = 0;
let s3: u64 = 0;

function splitmix(x: u64): u64 {
  let z = x + 0x9e3779b97f4a7c15;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  return z ^ (z >> 31);
}

/** Seeds the generator. Called once per run by the engine's reset. */
export function rngSeed(seed: u64): void {
  s0 = splitmix(seed);
  s1 = splitmix(s0);
  s2 = splitmix(s1);
  s3 = splitmix(s2);
}

/** Next raw 64-bit output. */
export function rngNextU64(): u64 {
  const result = rotl(s1 * 5, 7) * 9;
  const t = s1 << 17;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl(s3, 45);
  return result;
}

/** Uniform in [0, 1) with 53 bits. */
export function rngUniform(): f64 {
  return <f64>(rngNextU64() >> 11) * 1.1102230246251565e-16;
}

/** Standard normal (Box–Muller; one value per call, the pair's second discarded for simplicity). */
export function rngNormal(): f64 {
  let u = rngUniform();
  if (u < 1e-300) u = 1e-300;
  const v = rngUniform();
  return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
}
