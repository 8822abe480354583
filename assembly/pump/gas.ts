/**
 * Constant-rate gas-driven pump (an engineering estimate from standard physics; principle [D7, D8]).
 *
 *   P_v(T)  = P_v37 · exp(−L/R · (1/T − 1/310.15 K))          propellant saturated vapour pressure (Clausius–Clapeyron)
 *   P_v37   = 101.325 kPa + P_csf + ΔP_nom                     calibration: nominal drive at 37 °C, sea level
 *   ΔP      = P_v(T) − P_amb − P_csf                           drive across the capillary (CSF gauge P_csf ≈ 1 kPa)
 *   μ(T)    = A · 10^(B / (T − C)), B = 247.8 K, C = 140 K     water viscosity (Vogel), ≈ −1.97 %/K at 37 °C
 *   Q       = Q_nom · (ΔP / ΔP_nom) · (μ(37 °C) / μ(T))       Hagen–Poiseuille, laminar capillary: signed, Q < 0 when
 *                                                              ΔP < 0 (backflow from the tip, backflow.ts)
 *
 * Sensitivities at ΔP_nom = 1 atm: ≈ +8 %/°C, +3.6 % per 1,000 ft, +26 % at 8,000 ft, and in a 2.4 ATA chamber
 * ΔP ≈ −0.41 atm: the flow runs backwards at ≈ 41 % of the nominal rate.
 */
import { par, P_GAS_CSF_GAUGE_KPA, P_GAS_DRIVE_KPA, P_GAS_LATENT_J_PER_MOL } from './params';

const R_GAS: f64 = 8.314462618; // J/(mol·K)
const T37_K: f64 = 310.15;
const SEA_LEVEL_KPA: f64 = 101.325;
const VOGEL_B: f64 = 247.8; // K, water
const VOGEL_C: f64 = 140; // K
const LN10: f64 = 2.302585092994046;

/** Drive across the capillary ΔP (kPa) at body temperature tempC and absolute ambient pressure ambKpa; 0 if undefined. */
export function gasDriveDeltaKpa(tempC: f64, ambKpa: f64): f64 {
  const drive = par(P_GAS_DRIVE_KPA);
  const csf = par(P_GAS_CSF_GAUGE_KPA);
  const tK = tempC + 273.15;
  if (!(drive > 0) || !(tK > VOGEL_C + 1)) return 0;
  const pv37 = SEA_LEVEL_KPA + csf + drive;
  const pv = pv37 * Math.exp((-par(P_GAS_LATENT_J_PER_MOL) / R_GAS) * (1 / tK - 1 / T37_K));
  const dp = pv - ambKpa - csf;
  return isFinite(dp) ? dp : 0;
}

/** Signed flow as a fraction of the nominal rate at tempC and ambKpa (negative: backflow). */
export function gasFlowFactor(tempC: f64, ambKpa: f64): f64 {
  const drive = par(P_GAS_DRIVE_KPA);
  const tK = tempC + 273.15;
  const dp = gasDriveDeltaKpa(tempC, ambKpa);
  if (dp == 0) return 0;
  const viscosityRatio = Math.exp(LN10 * (VOGEL_B / (T37_K - VOGEL_C) - VOGEL_B / (tK - VOGEL_C)));
  const f = (dp / drive) * viscosityRatio;
  return isFinite(f) ? f : 0;
}
