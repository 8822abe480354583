/**
 * First-order terms, updated exactly (operator-split around the transport step, Strang: R(dt/2) T(dt) R(dt/2)).
 *
 *   spinal CSF, no cord:   dm/dt = −k m                                   k = drug CSF loss (→ blood)
 *   spinal CSF with cord:  dm_c/dt = −(k + a) m_c + b m_t                 a = k_ct, b = k_ct V_c /(K_p V_t)
 *                          dm_t/dt =  a m_c − (b + k_tp) m_t              k_tp = tissue → blood
 *   cranial CSF:           dm_cr/dt = −(k + Q_prod/V_cr) m_cr              absorption with bulk CSF turnover
 *   plasma:                dP/dt = input(t) − k_p P                        input = all of the above + systemic doses
 *
 * Every mass that leaves CSF or tissue is added to the plasma input of the same step (bookkept as the
 * difference before − after, so the mass balance closes to round-off).
 */
import { N, conc, vol, tissueConc, tissueVol, e11, e12, e21, e22, f64At, setF64At, par } from './grid';
import {
  CSF_P_CSF_LOSS_PER_HOUR,
  CSF_P_CRANIAL_BULK_PER_HOUR,
  CSF_P_TISSUE_PARTITION,
  CSF_P_TISSUE_EXCHANGE_PER_HOUR,
  CSF_P_TISSUE_TO_PLASMA_PER_HOUR,
  CSF_P_PLASMA_LOSS_PER_HOUR,
  CSF_P_PLASMA_VOLUME_UL,
} from './params';

let cachedHalf: f64 = -1;
let decayCsf: f64 = 1;
let decayCranial: f64 = 1;

export let plasmaUg: f64 = 0;
export let eliminatedUg: f64 = 0;
export let clearedFromCsfUg: f64 = 0;

export function resetCompartments(): void {
  cachedHalf = -1;
  plasmaDt = -1;
  plasmaUg = 0;
  eliminatedUg = 0;
  clearedFromCsfUg = 0;
}

/** exp(M h) for M = [[m11, m12], [m21, m22]] with real eigenvalues (symmetrisable exchange). */
function expm2(m11: f64, m12: f64, m21: f64, m22: f64, h: f64, i: i32): void {
  const tr = m11 + m22;
  const disc = Math.sqrt((m11 - m22) * (m11 - m22) + 4.0 * m12 * m21);
  if (disc < 1e-12 * (Math.abs(tr) + 1e-300)) {
    const l = 0.5 * tr;
    const e = Math.exp(l * h);
    setF64At(e11, i, e * (1.0 + (m11 - l) * h));
    setF64At(e12, i, e * m12 * h);
    setF64At(e21, i, e * m21 * h);
    setF64At(e22, i, e * (1.0 + (m22 - l) * h));
    return;
  }
  const l1 = 0.5 * (tr + disc);
  const l2 = 0.5 * (tr - disc);
  const x1 = Math.exp(l1 * h) / disc; // e^{l1 h}/(l1 − l2)
  const x2 = Math.exp(l2 * h) / disc;
  // exp(Mh) = x1 (M − l2 I) − x2 (M − l1 I)
  setF64At(e11, i, x1 * (m11 - l2) - x2 * (m11 - l1));
  setF64At(e12, i, (x1 - x2) * m12);
  setF64At(e21, i, (x1 - x2) * m21);
  setF64At(e22, i, x1 * (m22 - l2) - x2 * (m22 - l1));
}

function prepare(half: f64): void {
  if (half == cachedHalf) return;
  cachedHalf = half;
  const k = par(CSF_P_CSF_LOSS_PER_HOUR);
  decayCsf = Math.exp(-k * half);
  decayCranial = Math.exp(-(k + par(CSF_P_CRANIAL_BULK_PER_HOUR)) * half);
  const a = par(CSF_P_TISSUE_EXCHANGE_PER_HOUR);
  const kp = par(CSF_P_TISSUE_PARTITION);
  const ktp = par(CSF_P_TISSUE_TO_PLASMA_PER_HOUR);
  for (let i = 0; i < N; i++) {
    const vt = f64At(tissueVol, i);
    if (vt > 0) {
      const b = (a * f64At(vol, i)) / (kp * vt);
      expm2(-(k + a), b, a, -(b + ktp), half, i);
    }
  }
}

/** Applies the first-order terms over `half` hours; returns the mass (µg) that left CSF/tissue for blood. */
export function react(half: f64): f64 {
  prepare(half);
  let cleared: f64 = 0;
  for (let i = 0; i < N; i++) {
    const v = f64At(vol, i);
    const c = f64At(conc, i);
    const vt = f64At(tissueVol, i);
    if (vt > 0) {
      const mc = v * c;
      const mt = vt * f64At(tissueConc, i);
      const mc1 = f64At(e11, i) * mc + f64At(e12, i) * mt;
      const mt1 = f64At(e21, i) * mc + f64At(e22, i) * mt;
      cleared += mc + mt - mc1 - mt1;
      setF64At(conc, i, mc1 / v);
      setF64At(tissueConc, i, mt1 / vt);
    } else {
      const c1 = c * decayCsf;
      cleared += v * (c - c1);
      setF64At(conc, i, c1);
    }
  }
  const vcr = f64At(vol, N);
  const ccr = f64At(conc, N);
  const ccr1 = ccr * decayCranial;
  cleared += vcr * (ccr - ccr1);
  setF64At(conc, N, ccr1);
  clearedFromCsfUg += cleared;
  return cleared;
}

/**
 * A stationary stretch (column.ts skipSpan): `csfUg` left CSF/tissue for blood and `plasmaInUg` entered plasma,
 * all of it eliminated (the pools do not change).
 */
export function stationaryOutflow(csfUg: f64, plasmaInUg: f64): void {
  clearedFromCsfUg += csfUg;
  eliminatedUg += plasmaInUg;
}

/** Plasma over dt with `inputUg` arriving at a constant rate: exact solution; elimination bookkept. */
let plasmaDt: f64 = -1;
let plasmaE: f64 = 1;
let plasmaGain: f64 = 1;

export function plasmaStep(dt: f64, inputUg: f64): void {
  if (dt != plasmaDt) {
    plasmaDt = dt;
    const a = par(CSF_P_PLASMA_LOSS_PER_HOUR) * dt;
    plasmaE = Math.exp(-a);
    plasmaGain = a > 1e-8 ? (1.0 - plasmaE) / a : 1.0 - 0.5 * a;
  }
  const p1 = plasmaUg * plasmaE + inputUg * plasmaGain;
  eliminatedUg += plasmaUg + inputUg - p1;
  plasmaUg = p1;
}

export function plasmaConc(): f64 {
  return plasmaUg / par(CSF_P_PLASMA_VOLUME_UL);
}

export function spinalMass(): f64 {
  let m: f64 = 0;
  for (let i = 0; i < N; i++) m += f64At(vol, i) * f64At(conc, i);
  return m;
}

export function tissueMass(): f64 {
  let m: f64 = 0;
  for (let i = 0; i < N; i++) m += f64At(tissueVol, i) * f64At(tissueConc, i);
  return m;
}
