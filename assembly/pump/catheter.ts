/**
 * Catheter: a FIFO of (volume µL, concentration µg/µL) parcels whose total is the dead volume (implanted length ×
 * µL/cm + the pump's internal volume). Pushing v in at the pump end pushes the same v out at the tip, oldest fluid
 * first (plug flow: exact advection), so a new concentration reaches the CSF after the dead volume has been pushed
 * through (dead volume / rate hours).
 *
 * Taylor–Aris dispersion (when a drug diffusivity D is set): in the frame moving with the mean flow, a front in a
 * tube of radius a spreads as diffusion with
 *
 *   D_eff = D + a²U²/(48 D)          U mean velocity (cm/s), a = √(A/π), A the lumen area (from µL/cm)
 *
 * (Taylor 1953, Aris 1956), so the variance of a front grows by 2·D_eff·dt. In volume coordinates (µL along the
 * tube) K = D_eff·A², applied between neighbouring parcels of at most dead/CATH_PARCELS µL by backward Euler
 * (conservative: mass moves between parcels, never in or out). A priming bolus at a high rate therefore mixes drug
 * and saline at its front — drug arrives before the bolus ends and is dilute for a while after [D1].
 *
 * A leak or disconnection at the pump connector diverts a fraction of the flow to tissue; a tip inside an inflammatory
 * mass or outside the intrathecal space sends a fraction of what leaves the tip to tissue (both: tissue.ts).
 */
import { PumpState } from './state';
import { tissueDeposit } from './tissue';
import { par, P_CATHETER_UL_PER_CM, P_DRUG_DIFFUSIVITY_CM2_PER_S } from './params';

const SLUG_CAP: i32 = 256;
/** Parcels over the dead volume when dispersion is on (resolution of the front). */
const CATH_PARCELS: f64 = 128;
let ringPtr: usize = 0;
let head: i32 = 0;
let count: i32 = 0;
let deadUl: f64 = 0;
let parcelUl: f64 = Infinity; // largest parcel: Infinity = plug flow (parcels of one concentration merge)
let diffCm2PerS: f64 = 0;
let ulPerCm: f64 = 0;
let inUl: f64 = 0; // volume pushed in since the last dispersion step
// scratch rows of the tridiagonal solve
let tdA: usize = 0;
let tdB: usize = 0;
let tdC: usize = 0;
let tdD: usize = 0;

function volAt(i: i32): usize {
  return ringPtr + ((<usize>(((head + i) % SLUG_CAP) * 2)) << 3);
}

/** Fills the catheter with its dead volume of fluid at concentration conc (0 = CSF/saline, unprimed). */
export function catheterReset(deadVolumeUl: f64, conc: f64): void {
  if (ringPtr == 0) {
    ringPtr = heap.alloc((<usize>(SLUG_CAP * 2)) << 3);
    tdA = heap.alloc((<usize>SLUG_CAP) << 3);
    tdB = heap.alloc((<usize>SLUG_CAP) << 3);
    tdC = heap.alloc((<usize>SLUG_CAP) << 3);
    tdD = heap.alloc((<usize>SLUG_CAP) << 3);
  }
  deadUl = deadVolumeUl > 0 ? deadVolumeUl : 0;
  diffCm2PerS = par(P_DRUG_DIFFUSIVITY_CM2_PER_S);
  ulPerCm = par(P_CATHETER_UL_PER_CM);
  const dispersive = diffCm2PerS > 0 && ulPerCm > 0 && deadUl > 0;
  parcelUl = dispersive ? deadUl / CATH_PARCELS : Infinity;
  if (!dispersive) diffCm2PerS = 0;
  head = 0;
  count = 0;
  inUl = 0;
  if (deadUl > 0) {
    // in parcels of at most parcelUl (one slug for plug flow)
    let left = deadUl;
    while (left > 0 && count < SLUG_CAP) {
      const v = left < parcelUl ? left : parcelUl;
      const p = volAt(count);
      store<f64>(p, v);
      store<f64>(p + 8, conc);
      count++;
      left -= v;
    }
  }
  PumpState.tipConc = conc;
}

/** Concentration of the fluid sitting at the tip. */
export function catheterTipConc(): f64 {
  return count > 0 ? load<f64>(volAt(0) + 8) : PumpState.tipConc;
}

/**
 * Volume (µL) that must still leave the tip before the concentration there changes (the head slug), or
 * Infinity when the catheter holds one concentration only or disperses (the tip concentration then changes
 * smoothly). Used to cut coupling sub-steps at a front's arrival.
 */
export function catheterFrontUl(): f64 {
  return count > 1 && diffCm2PerS == 0 ? load<f64>(volAt(0)) : Infinity;
}

/** Drug currently inside the catheter, µg. */
export function catheterMassUg(): f64 {
  let m: f64 = 0;
  for (let i = 0; i < count; i++) {
    const p = volAt(i);
    m += load<f64>(p) * load<f64>(p + 8);
  }
  return m;
}

/** v µL carrying massUg leave the tip: into the CSF, less the fraction lost to tissue at the tip. */
function leaveTip(v: f64, massUg: f64): void {
  const f = PumpState.tipLoss > 0 ? PumpState.tipLoss : 0;
  if (f > 0) tissueDeposit(massUg * f, v * f);
  PumpState.iTipVol += v - v * f;
  PumpState.iTipMass += massUg - massUg * f;
}

/**
 * Appends v µL at conc at the pump end (atTip false) or, in backflow, at the tip end (atTip true), merging into the
 * end parcel while it has room and the same conc.
 */
function enter(v: f64, conc: f64, atTip: bool): void {
  let left = v;
  while (left > 0) {
    if (count > 0) {
      const end = atTip ? volAt(0) : volAt(count - 1);
      const ev = load<f64>(end);
      const ec = load<f64>(end + 8);
      const room = parcelUl - ev;
      // overflow of the ring: merge into the end parcel whatever its size (conserves mass)
      if ((ec == conc && room > 0) || count >= SLUG_CAP) {
        const add = count >= SLUG_CAP || left < room ? left : room;
        const nv = ev + add;
        if (ec != conc) store<f64>(end + 8, (ev * ec + add * conc) / nv);
        store<f64>(end, nv);
        left -= add;
        continue;
      }
    }
    const add = left < parcelUl ? left : parcelUl;
    if (atTip) head = (head + SLUG_CAP - 1) % SLUG_CAP;
    const p = atTip ? volAt(0) : volAt(count);
    store<f64>(p, add);
    store<f64>(p + 8, conc);
    count++;
    left -= add;
  }
}

/** Sends v µL of reservoir fluid (concentration conc) into the catheter; adds what leaves the tip to the interval. */
export function catheterPush(v: f64, conc: f64): void {
  if (v <= 0) return;
  if (PumpState.leak > 0) {
    const lost = v * PumpState.leak;
    tissueDeposit(lost * conc, lost);
    v -= lost;
    if (v <= 0) return;
  }
  if (deadUl <= 0) {
    leaveTip(v, v * conc);
    PumpState.tipConc = conc;
    return;
  }
  inUl += v;
  enter(v, conc, false);
  // leave at the head: v µL in all (the catheter stays full), as one outflow; when every parcel that left had
  // the same concentration its mass is v·c exactly (no round-off jitter from summing parcel by parcel)
  let rem = v;
  let massUg: f64 = 0;
  const c0 = count > 0 ? load<f64>(volAt(0) + 8) : conc;
  let same = true;
  while (rem > 0 && count > 0) {
    const p = volAt(0);
    const hv = load<f64>(p);
    const hc = load<f64>(p + 8);
    const take = hv < rem ? hv : rem;
    massUg += take * hc;
    if (hc != c0) same = false;
    rem -= take;
    if (take >= hv) {
      head = (head + 1) % SLUG_CAP;
      count--;
    } else store<f64>(p, hv - take);
  }
  leaveTip(v, same ? v * c0 : massUg);
  PumpState.tipConc = catheterTipConc();
}

/**
 * Backflow (backflow.ts): v µL leave the catheter at the pump end, newest fluid first, back into the reservoir, and
 * v µL of CSF at concentration cCsf enter at the tip. Returns the drug (µg) that went back to the reservoir.
 */
export function catheterDrawBack(v: f64, cCsf: f64): f64 {
  if (!(v > 0)) return 0;
  if (deadUl <= 0) return v * cCsf; // no catheter: CSF goes straight into the reservoir
  inUl += v; // the mean speed of the Taylor–Aris term is the same backwards
  let rem = v;
  let massUg: f64 = 0;
  while (rem > 0 && count > 0) {
    const p = volAt(count - 1);
    const tv = load<f64>(p);
    const take = tv < rem ? tv : rem;
    massUg += take * load<f64>(p + 8);
    rem -= take;
    if (take >= tv) count--;
    else store<f64>(p, tv - take);
  }
  enter(v, cCsf, true);
  PumpState.tipConc = catheterTipConc();
  return massUg;
}

/** K = D_eff·A² (µL²/s) at a mean flow q µL/s: Taylor–Aris in volume coordinates. */
export function dispersionUl2PerS(qUlPerSec: f64): f64 {
  if (!(diffCm2PerS > 0)) return 0;
  const areaCm2 = ulPerCm * 1e-3; // 1 µL = 1e-3 cm³
  const a2 = areaCm2 / Math.PI;
  const u = qUlPerSec / ulPerCm; // cm/s
  const dEff = diffCm2PerS + (a2 * u * u) / (48 * diffCm2PerS);
  return dEff * ulPerCm * ulPerCm;
}

/**
 * Disperses the catheter contents over dtSec at the mean flow of the volume pushed in since the last call
 * (backward Euler on the parcels; sub-steps keep K·dt/ΔV² ≤ 1 up to 32 per call).
 */
export function catheterDisperse(dtSec: f64): void {
  const q = dtSec > 0 ? inUl / dtSec : 0;
  inUl = 0;
  if (!(diffCm2PerS > 0) || count < 2 || !(dtSec > 0)) return;
  let lo = load<f64>(volAt(0) + 8);
  let hi = lo;
  for (let i = 1; i < count; i++) {
    const c = load<f64>(volAt(i) + 8);
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  if (!(hi - lo > 1e-15 * (hi > 0 ? hi : 1))) return; // one concentration: nothing to mix
  const k = dispersionUl2PerS(q);
  const nSub = <i32>Math.min(32, Math.max(1, Math.ceil((k * dtSec) / (parcelUl * parcelUl))));
  const h = dtSec / <f64>nSub;
  for (let s = 0; s < nSub; s++) diffuseStep(k * h);
}

/** One backward-Euler step of v_i·dc_i = Σ g·(c_j − c_i)·dt with conductance g = K/((v_i + v_j)/2); kdt = K·dt. */
function diffuseStep(kdt: f64): void {
  const n = count;
  for (let i = 0; i < n; i++) {
    const vi = load<f64>(volAt(i));
    const gl = i > 0 ? (2 * kdt) / (load<f64>(volAt(i - 1)) + vi) : 0;
    const gr = i < n - 1 ? (2 * kdt) / (vi + load<f64>(volAt(i + 1))) : 0;
    store<f64>(tdA + ((<usize>i) << 3), -gl);
    store<f64>(tdB + ((<usize>i) << 3), vi + gl + gr);
    store<f64>(tdC + ((<usize>i) << 3), -gr);
    store<f64>(tdD + ((<usize>i) << 3), vi * load<f64>(volAt(i) + 8));
  }
  // Thomas algorithm (diagonally dominant: stable)
  for (let i = 1; i < n; i++) {
    const w = load<f64>(tdA + ((<usize>i) << 3)) / load<f64>(tdB + ((<usize>(i - 1)) << 3));
    store<f64>(
      tdB + ((<usize>i) << 3),
      load<f64>(tdB + ((<usize>i) << 3)) - w * load<f64>(tdC + ((<usize>(i - 1)) << 3)),
    );
    store<f64>(
      tdD + ((<usize>i) << 3),
      load<f64>(tdD + ((<usize>i) << 3)) - w * load<f64>(tdD + ((<usize>(i - 1)) << 3)),
    );
  }
  let next: f64 = load<f64>(tdD + ((<usize>(n - 1)) << 3)) / load<f64>(tdB + ((<usize>(n - 1)) << 3));
  store<f64>(volAt(n - 1) + 8, next);
  for (let i = n - 2; i >= 0; i--) {
    next =
      (load<f64>(tdD + ((<usize>i) << 3)) - load<f64>(tdC + ((<usize>i) << 3)) * next) /
      load<f64>(tdB + ((<usize>i) << 3));
    store<f64>(volAt(i) + 8, next);
  }
}
