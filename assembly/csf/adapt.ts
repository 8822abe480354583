/**
 * Slow adaptation of the patient to the drug: opioid tolerance, physical dependence and the withdrawal syndrome.
 * Shared by the single column (pd.ts) and the batch (batch.ts), which hold the state and load it here per step.
 *
 * Exposure is receptor occupancy at the effect sites, without tolerance: occ = Ce / (Ce + EC50) (0–1), spinal
 * (target window) and supraspinal (cranial CSF, the sedation EC50). Each state x relaxes to its target u with one
 * time constant when it rises and another when it falls (exact for u constant over the step):
 *   x ← u + (x − u) · exp(−dt / τ),   τ = τ_up if u > x else τ_down
 *   tolerance, supraspinal   Ts: u = occ_cranial   τ_up = days   (sedation and breathing; fast)
 *   tolerance, spinal        Ta: u = occ_spinal    τ_up = weeks  (analgesia; slow: dose escalation)
 *     both fall with τ_off (tolerance is lost within one to two weeks without drug).
 *     Effects use EC50 × (1 + F · T): the fold F is 0 for drugs without tolerance in the model.
 *   dependence               D:  u = occ_spinal    τ_up = days of sustained exposure, τ_down = weeks for baclofen
 *                                                  (withdrawal persists while the drug is off), days for opioids
 *   withdrawal signs         W:  u = max(0, D − occ_spinal − θ) / (1 − θ)
 *                                 τ_up = onset (builds over 24–72 h), τ_down = rescue (restoring the drug)
 * The threshold θ is why a single test dose leaves no rebound: its brief exposure never lifts D above θ.
 * Every time constant, fold and threshold is an estimate (docs/sources.md, src/model/data/adaptation.ts); a
 * tolerant patient starts with Ts, Ta and D above 0.
 */

export let tolSupra: f64 = 0;
export let tolSpinal: f64 = 0;
export let dependence: f64 = 0;
export let withdrawalSigns: f64 = 0;

export function adaptSet(tS: f64, tA: f64, d: f64, w: f64): void {
  tolSupra = tS;
  tolSpinal = tA;
  dependence = d;
  withdrawalSigns = w;
}

/** exp(−dt/τ); τ ≤ 0 means the state follows its target at once. */
export function decayOf(tauHours: f64, dt: f64): f64 {
  return tauHours > 0 ? Math.exp(-dt / tauHours) : 0.0;
}

/** Occupancy without tolerance, 0–1 (0 when the drug has no such effect). */
export function occupancy(ce: f64, ec50: f64): f64 {
  return ce > 0 && ec50 > 0 ? ce / (ce + ec50) : 0.0;
}

/** Whether the drug has tolerance in the model: any of the three EC50 folds above 0. */
export function hasTolerance(fSed: f64, fResp: f64, fSpinal: f64): bool {
  return fSed > 0 || fResp > 0 || fSpinal > 0;
}

/** EC50 that defines supraspinal exposure for tolerance: sedation's, else breathing's (0: no such effect). */
export function cranialExposureEc50(sedEmax: f64, sedEc50: f64, respEmax: f64, respEc50: f64): f64 {
  if (sedEmax > 0) return sedEc50;
  return respEmax > 0 ? respEc50 : 0.0;
}

function relax(x: f64, u: f64, eUp: f64, eDown: f64): f64 {
  return u + (x - u) * (u > x ? eUp : eDown);
}

/**
 * One step of every adaptation state (decays: exp(−dt/τ) of each time constant, from decayOf). Drugs without
 * tolerance (every fold 0) keep their tolerance at its start value, 0, so the tolerance output stays 0.
 */
export function adaptStep(
  occSpinal: f64,
  occCranial: f64,
  toleranceOn: bool,
  withdrawalOn: bool,
  theta: f64,
  eTolSupraUp: f64,
  eTolSpinalUp: f64,
  eTolOff: f64,
  eDepUp: f64,
  eDepDown: f64,
  eOnset: f64,
  eRescue: f64,
): void {
  if (toleranceOn) {
    tolSupra = relax(tolSupra, occCranial, eTolSupraUp, eTolOff);
    tolSpinal = relax(tolSpinal, occSpinal, eTolSpinalUp, eTolOff);
  }
  if (!withdrawalOn) return;
  dependence = relax(dependence, occSpinal, eDepUp, eDepDown);
  const th = theta > 0 && theta < 1 ? theta : 0.0;
  let u = (dependence - occSpinal - th) / (1.0 - th);
  if (u < 0) u = 0;
  withdrawalSigns = relax(withdrawalSigns, u, eOnset, eRescue);
}
