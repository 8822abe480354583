/**
 * Effect sites and outcomes.
 *
 *   dCe/dt = ke0 (C_drive(t) − Ce)      exact for a driving concentration linear over the step
 *   E = Emax · Ce^n / (EC50'^n + Ce^n)  (Hill), EC50' = EC50 · (1 + F · tolerance) (adapt.ts; F = 0 without it)
 * Drives: spinal = mean CSF concentration over the indication's target window; supraspinal (sedation,
 * respiratory depression) = cranial CSF; systemic = plasma (our model, docs/sources.md).
 *
 *   relief R = 1 − (1 − E_spinal)(1 − placebo)
 *   withdrawal W: the signs of adapt.ts (0–1), from dependence built by sustained exposure; only for drugs with a
 *     withdrawal syndrome.
 *   severity = min(max, baseline · (1 − R) + W · baseline)  → spasticityMas (0–4) or painNrs (0–10)
 */
import { N, conc, vol, xCell, f64At, par } from './grid';
import { plasmaConc } from './compartments';
import {
  CSF_P_KE0_PER_HOUR,
  CSF_P_KE0_PLASMA_PER_HOUR,
  CSF_P_TARGET_LO_CM,
  CSF_P_TARGET_HI_CM,
  CSF_P_SPINAL_EC50_UG_PER_UL,
  CSF_P_SPINAL_EMAX,
  CSF_P_SPINAL_HILL,
  CSF_P_SEDATION_EC50_UG_PER_UL,
  CSF_P_SEDATION_EMAX,
  CSF_P_SEDATION_HILL,
  CSF_P_RESP_EC50_UG_PER_UL,
  CSF_P_RESP_EMAX,
  CSF_P_RESP_HILL,
  CSF_P_SYSTEMIC_EC50_UG_PER_UL,
  CSF_P_SYSTEMIC_EMAX,
  CSF_P_SYSTEMIC_HILL,
  CSF_P_WITHDRAWAL_ON,
  CSF_P_WITHDRAWAL_TAU_HOURS,
  CSF_P_INDICATION_PAIN,
  CSF_P_BASELINE_SEVERITY,
  CSF_P_PLACEBO_RESPONSE,
  CSF_P_TOL_SEDATION_FOLD,
  CSF_P_TOL_RESP_FOLD,
  CSF_P_TOL_SPINAL_FOLD,
  CSF_P_TOL_SUPRA_UP_HOURS,
  CSF_P_TOL_SPINAL_UP_HOURS,
  CSF_P_TOL_OFF_HOURS,
  CSF_P_TOL_SUPRA_START,
  CSF_P_TOL_SPINAL_START,
  CSF_P_DEPENDENCE_UP_HOURS,
  CSF_P_DEPENDENCE_DOWN_HOURS,
  CSF_P_WITHDRAWAL_THRESHOLD,
  CSF_P_WITHDRAWAL_RESCUE_HOURS,
  CSF_P_DEPENDENCE_START,
} from './params';
import {
  adaptSet,
  adaptStep,
  cranialExposureEc50,
  decayOf,
  hasTolerance,
  occupancy,
  tolSupra,
  tolSpinal,
  withdrawalSigns,
} from './adapt';

export let ceSpinal: f64 = 0;
export let ceCranial: f64 = 0;
export let cePlasma: f64 = 0;
let targetLo: i32 = 0;
let targetHi: i32 = 0;
let targetVol: f64 = 1;
// Driving concentrations at the start of the current step.
let driveSpinal: f64 = 0;
let driveCranial: f64 = 0;
let drivePlasma: f64 = 0;

export function resetPd(): void {
  cachedDt = -1;
  ceSpinal = 0;
  ceCranial = 0;
  cePlasma = 0;
  driveSpinal = 0;
  driveCranial = 0;
  drivePlasma = 0;
  adaptSet(par(CSF_P_TOL_SUPRA_START), par(CSF_P_TOL_SPINAL_START), par(CSF_P_DEPENDENCE_START), 0);
  const lo = par(CSF_P_TARGET_LO_CM);
  const hi = par(CSF_P_TARGET_HI_CM);
  targetLo = N;
  targetHi = -1;
  targetVol = 0;
  for (let i = 0; i < N; i++) {
    const x = f64At(xCell, i);
    if (x >= lo && x <= hi) {
      if (i < targetLo) targetLo = i;
      targetHi = i;
      targetVol += f64At(vol, i);
    }
  }
  if (targetHi < targetLo) {
    // Window narrower than a cell: use the cell containing its middle.
    let i = <i32>Math.floor((0.5 * (lo + hi)) / (f64At(xCell, 0) * 2.0));
    if (i < 0) i = 0;
    if (i > N - 1) i = N - 1;
    targetLo = i;
    targetHi = i;
    targetVol = f64At(vol, i);
  }
}

export function targetConc(): f64 {
  let m: f64 = 0;
  for (let i = targetLo; i <= targetHi; i++) m += f64At(vol, i) * f64At(conc, i);
  return m / targetVol;
}

function hill(c: f64, ec50: f64, emax: f64, n: f64): f64 {
  if (!(c > 0) || emax == 0) return 0;
  const r = Math.pow(c / ec50, n);
  return (emax * r) / (1.0 + r);
}

/** EC50 shift of tolerance of fold parameter k (1 without). */
function fold(k: i32, tol: f64): f64 {
  return 1.0 + par(k) * tol;
}

export function spinalEffect(): f64 {
  const ec50 = par(CSF_P_SPINAL_EC50_UG_PER_UL) * fold(CSF_P_TOL_SPINAL_FOLD, tolSpinal);
  return hill(ceSpinal, ec50, par(CSF_P_SPINAL_EMAX), par(CSF_P_SPINAL_HILL));
}

// Effect-site propagation coefficients, cached per step length (dt takes few distinct values).
let cachedDt: f64 = -1;
let eS: f64 = 1,
  gS: f64 = 0,
  fS: f64 = 0;
let eP: f64 = 1,
  gP: f64 = 0,
  fP: f64 = 0;
// exp(−dt/τ) of the adaptation time constants (adapt.ts).
let dTolSupraUp: f64 = 1,
  dTolSpinalUp: f64 = 1,
  dTolOff: f64 = 1,
  dDepUp: f64 = 1,
  dDepDown: f64 = 1,
  dOnset: f64 = 1,
  dRescue: f64 = 1;

// For dCe/dt = k (c − Ce) with c linear c0 → c1 over dt: Ce1 = e·Ce + f·c0 + g·(c1 − c0), e = exp(−k dt),
// f = 1 − e, g = 1 − e − (1 − e(1 + a))/a, a = k dt.
function coeffs(k: f64, dt: f64, which: i32): void {
  const a = k * dt;
  const e = a > 0 ? Math.exp(-a) : 1.0;
  const g = a > 1e-6 ? 1.0 - e - (1.0 - e * (1.0 + a)) / a : 0.5 * a;
  if (which == 0) {
    eS = e;
    fS = 1.0 - e;
    gS = g;
  } else {
    eP = e;
    fP = 1.0 - e;
    gP = g;
  }
}

function ensureCoeffs(dt: f64): void {
  if (dt == cachedDt) return;
  cachedDt = dt;
  coeffs(par(CSF_P_KE0_PER_HOUR), dt, 0);
  coeffs(par(CSF_P_KE0_PLASMA_PER_HOUR), dt, 1);
  dTolSupraUp = decayOf(par(CSF_P_TOL_SUPRA_UP_HOURS), dt);
  dTolSpinalUp = decayOf(par(CSF_P_TOL_SPINAL_UP_HOURS), dt);
  dTolOff = decayOf(par(CSF_P_TOL_OFF_HOURS), dt);
  dDepUp = decayOf(par(CSF_P_DEPENDENCE_UP_HOURS), dt);
  dDepDown = decayOf(par(CSF_P_DEPENDENCE_DOWN_HOURS), dt);
  dOnset = decayOf(par(CSF_P_WITHDRAWAL_TAU_HOURS), dt);
  dRescue = decayOf(par(CSF_P_WITHDRAWAL_RESCUE_HOURS), dt);
}

/** One step of the adaptation states (adapt.ts) from the effect-site concentrations as they are now. */
function adaptNow(): void {
  const ec50C = cranialExposureEc50(
    par(CSF_P_SEDATION_EMAX),
    par(CSF_P_SEDATION_EC50_UG_PER_UL),
    par(CSF_P_RESP_EMAX),
    par(CSF_P_RESP_EC50_UG_PER_UL),
  );
  const occS = par(CSF_P_SPINAL_EMAX) > 0 ? occupancy(ceSpinal, par(CSF_P_SPINAL_EC50_UG_PER_UL)) : 0.0;
  adaptStep(
    occS,
    occupancy(ceCranial, ec50C),
    hasTolerance(par(CSF_P_TOL_SEDATION_FOLD), par(CSF_P_TOL_RESP_FOLD), par(CSF_P_TOL_SPINAL_FOLD)),
    par(CSF_P_WITHDRAWAL_ON) > 0.5,
    par(CSF_P_WITHDRAWAL_THRESHOLD),
    dTolSupraUp,
    dTolSpinalUp,
    dTolOff,
    dDepUp,
    dDepDown,
    dOnset,
    dRescue,
  );
}

/** Call after the state has moved to t + dt (drives at t were stored by the previous call). */
export function pdStep(dt: f64): void {
  ensureCoeffs(dt);
  const cs = targetConc();
  const cc = f64At(conc, N);
  const cp = plasmaConc();
  ceSpinal = eS * ceSpinal + fS * driveSpinal + gS * (cs - driveSpinal);
  ceCranial = eS * ceCranial + fS * driveCranial + gS * (cc - driveCranial);
  cePlasma = eP * cePlasma + fP * drivePlasma + gP * (cp - drivePlasma);
  driveSpinal = cs;
  driveCranial = cc;
  drivePlasma = cp;
  adaptNow();
}

/**
 * A step of a stationary stretch (column.ts skipSpan): the concentrations and effect sites stand still, but the
 * adaptation states, with time constants of days to weeks, still relax towards the same occupancies — exactly as
 * pdStep would move them at this dt.
 */
export function adaptOnlyStep(dt: f64): void {
  ensureCoeffs(dt);
  adaptNow();
}

export function withdrawal(): f64 {
  return par(CSF_P_WITHDRAWAL_ON) > 0.5 ? withdrawalSigns : 0.0;
}

/** Severity of the indication (NRS 0–10 or MAS 0–4). */
export function severity(): f64 {
  const relief = 1.0 - (1.0 - spinalEffect()) * (1.0 - par(CSF_P_PLACEBO_RESPONSE));
  const base = par(CSF_P_BASELINE_SEVERITY);
  const max: f64 = par(CSF_P_INDICATION_PAIN) > 0.5 ? 10 : 4;
  const s = base * (1.0 - relief) + withdrawal() * base;
  return s < max ? s : max;
}

export function sedation(): f64 {
  return hill(
    ceCranial,
    par(CSF_P_SEDATION_EC50_UG_PER_UL) * fold(CSF_P_TOL_SEDATION_FOLD, tolSupra),
    par(CSF_P_SEDATION_EMAX),
    par(CSF_P_SEDATION_HILL),
  );
}
export function respiratoryDepression(): f64 {
  return hill(
    ceCranial,
    par(CSF_P_RESP_EC50_UG_PER_UL) * fold(CSF_P_TOL_RESP_FOLD, tolSupra),
    par(CSF_P_RESP_EMAX),
    par(CSF_P_RESP_HILL),
  );
}
export function systemicEffect(): f64 {
  return hill(
    cePlasma,
    par(CSF_P_SYSTEMIC_EC50_UG_PER_UL),
    par(CSF_P_SYSTEMIC_EMAX),
    par(CSF_P_SYSTEMIC_HILL),
  );
}
