/**
 * Face coefficients of the transport, shared by the single column (grid.ts, transport.ts) and the batch
 * (batch-factor.ts) so that both solve the same equations (cm, h, µL). Used at factorisation, not per step:
 *
 *   D_eff(x) = D_mol + D_ref · s(x)²,  s(x) = s0 + (1 − s0) · x/L      (our model, an estimate; docs/sources.md)
 *   D_jet(x_f) = jet · (q / 1000 A_f) · ℓ · exp(−|x_f − x_src| / ℓ)      near-tip volume-source mixing (estimate)
 *
 * Row i of the transport operator from its faces below (conductance g_b, µL/h; flow q_b, µL/h, > 0 cranial) and
 * above (g_a, q_a), flows upwinded so that the implicit matrix is an M-matrix (no negative concentrations):
 *   k_l = −(g_b + q_b⁺),  k_d = g_b + g_a + q_b⁻ + q_a⁺,  k_u = −(g_a + q_a⁻)
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

/** Upwinded operator row (header): the coefficient of the cell below. */
export function rowLower(gB: f64, qB: f64): f64 {
  return -(gB + (qB > 0 ? qB : 0.0));
}

/** Upwinded operator row (header): the diagonal. */
export function rowDiag(gB: f64, gA: f64, qB: f64, qA: f64): f64 {
  return gB + gA + (qB < 0 ? -qB : 0.0) + (qA > 0 ? qA : 0.0);
}

/** Upwinded operator row (header): the coefficient of the cell above. */
export function rowUpper(gA: f64, qA: f64): f64 {
  return -(gA + (qA < 0 ? -qA : 0.0));
}
