/**
 * Face coefficients of the transport, shared by the single column (grid.ts, transport.ts) and the batch
 * (batch-factor.ts) so that both solve the same equations (cm, h, µL). Used at factorisation, not per step:
 *
 *   D_eff(x) = D_mol + D_ref · s(x)²,  s(x) = s0 + (1 − s0) · x/L      (pharmacology.md §6.3/§6.5 ✎)
 *   D_jet(x_f) = jet · (q / 1000 A_f) · ℓ · exp(−|x_f − x_src| / ℓ)      near-tip volume-source mixing (✎)
 */

/** Cycle-averaged effective dispersion at x, cm²/h. */
export function dispersionProfile(x: f64, lengthCm: f64, s0: f64, dMol: f64, dRef: f64): f64 {
  const s = s0 + (1.0 - s0) * (x / lengthCm);
  return dMol + dRef * s * s;
}

/** Extra dispersion at face x_f from an inflow q (µL/h) entering at x_src through face area a_f (cm²), cm²/h. */
export function jetDispersion(jet: f64, q: f64, aF: f64, ell: f64, xF: f64, xSrc: f64): f64 {
  return jet * (q / (1000.0 * aF)) * ell * Math.exp(-Math.abs(xF - xSrc) / ell);
}
