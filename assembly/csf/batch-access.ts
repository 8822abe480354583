/**
 * Element accessors of the batched kernel's arrays (layout: batch-state.ts), @inline as memory.ts's: the release
 * build optimises for size (shrinkLevel 1), which left them as calls in every per-lane loop, and in a cohort the
 * factorisations (batch-factor.ts: two calls per coefficient stored) then cost more than the kernel's steps; a
 * 1000-patient screening cohort took 1.76× the CPU time. In a file of their own because prettier cannot parse a
 * decorator on a top-level function (.prettierignore).
 */
import * as O from './params';
import { M, G, NC, LS, KS, par, lane, laneCoef } from './batch-state';

/** f64 index of (node i, lane p). */
@inline
export function nodeIdx(i: i32, p: i32): i32 {
  return ((p >> 3) * M + i) * G + (p & 7);
}
/** f64 element i of a buffer (memory.ts). */
export { f64At as ldp, setF64At as stp } from '../memory';
import { f64At as ldp, setF64At as stp } from '../memory';
@inline
export function ldn(base: usize, i: i32, p: i32): f64 {
  return ldp(base, nodeIdx(i, p));
}
@inline
export function stn(base: usize, i: i32, p: i32, v: f64): void {
  stp(base, nodeIdx(i, p), v);
}
@inline
export function lanePar(p: i32, k: i32): f64 {
  return ldp(par, p * O.CSF_PARAM_COUNT + k);
}
@inline
export function ls(p: i32, k: i32): f64 {
  return ldp(lane, p * LS + k);
}
@inline
export function lset(p: i32, k: i32, v: f64): void {
  stp(lane, p * LS + k, v);
}
@inline
export function lc(p: i32, k: i32): f64 {
  return ldp(laneCoef, p * KS + k);
}
/** Cell area of lane p's cell i, cm² (lane-major, areasPtr = batch-state.ts AR). */
@inline
export function laneArea(areasPtr: usize, p: i32, i: i32): f64 {
  return ldp(areasPtr, p * NC + i);
}
