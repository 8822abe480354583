/**
 * The event loop. Each output interval is cut into segments at every scheduled event and every dynamic
 * boundary (bolus end, flex step, MRI restart, end of service); inside a segment all rates are constant, so the
 * number of strokes is computed in closed form (accumulator.ts) — no loop per stroke unless the raw stroke list
 * is recorded. Alarms that do not change delivery (low/empty reservoir, ERI, refill overdue) are timed exactly
 * inside the segment at the stroke that crosses their threshold.
 */
import { floorDiv, strokeTime } from './accumulator';
import { batteryDraw, batteryRemaining } from './battery';
import { catheterFrontUl, catheterPush, catheterTipConc } from './catheter';
import { applyEvent, endClinicianBolus } from './events';
import { logEvent } from './log';
import * as K from './params';
import { par } from './params';
import { computeRates, nextFlexBoundary } from './program';
import {
  availableStrokes,
  deliveredCumUl,
  programmedCumUl,
  reservoirActual,
  reservoirEstimate,
} from './reservoir';

export { programmedCumUl } from './reservoir';
import { EV_STRIDE, f64At, S, SEC_PER_HOUR } from './state';

function evTime(i: i32): f64 {
  return f64At(S.evPtr, i * EV_STRIDE + 1);
}

/** Applies everything due at the current time: input events, end of service, MRI restart. */
function processDue(): void {
  while (S.evNext < S.evCount && evTime(S.evNext) <= S.t) {
    applyEvent(S.evNext);
    S.evNext++;
  }
  if (!S.eos && S.eosAt >= 0 && S.t >= S.eosAt) {
    S.eos = true;
    logEvent(S.t, K.LOG_END_OF_SERVICE);
    if (S.withdrawal) logEvent(S.t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_END_OF_SERVICE);
  }
  if (S.mriUntil >= 0 && S.t >= S.mriUntil) {
    S.mriUntil = -1;
    logEvent(S.t, K.LOG_MRI_RESTART);
  }
}

/** End of the segment starting now: the earliest of tEnd and every boundary after S.t. Sets the segment rates. */
function nextBoundary(tEnd: f64): f64 {
  let tb = tEnd;
  if (S.evNext < S.evCount) tb = Math.min(tb, evTime(S.evNext));
  if (S.kind != K.KIND_CONSTANT_RATE) {
    computeRates(S.t);
    // whole seconds at the bolus share, then the remainder (< one second's worth) as its own 1-s segment,
    // so the rate is constant per second in every segment and stroke times are exact
    if (S.cbActive && S.cbShare > 0) tb = Math.min(tb, S.t + Math.max(1, floorDiv(S.cbRemP, S.cbShare)));
    if (S.pbActive && S.pbShare > 0) tb = Math.min(tb, S.t + Math.max(1, floorDiv(S.pbRemP, S.pbShare)));
    if (!S.cbActive && S.mode == K.MODE_FLEX) tb = Math.min(tb, nextFlexBoundary(S.t));
  }
  if (S.mriUntil > S.t) tb = Math.min(tb, S.mriUntil);
  if (!S.eos && S.eosAt > S.t) tb = Math.min(tb, S.eosAt);
  return tb;
}

/**
 * Coupling look-ahead (src/engine/simulate.ts): the next time (whole s, > S.t) at which the tip or systemic delivery
 * can change — a scheduled event (and `leadSec` before it, so that an impulse at the event lands in a short record),
 * a bolus end, a flex step, an MRI restart, end of service, a concentration front reaching the tip, and, when
 * strokes are at least `pulseMinNl` and at least `pulseMinSec` apart, the next stroke (again with `leadSec` before
 * it). Infinity when nothing is pending. It applies what is due at S.t first (as pumpAdvance does at once).
 */
export function nextChangeSec(pulseMinSec: f64, pulseMinNl: f64, leadSec: f64): f64 {
  processDue(); // what is due now (e.g. a bolus at t = 0) applies first, exactly as pumpAdvance would
  const lead = leadSec >= 1 ? Math.round(leadSec) : 1;
  let tb: f64 = Infinity;
  if (S.evNext < S.evCount) tb = leadUp(evTime(S.evNext), lead);
  let flowUlPerSec: f64 = 0;
  if (S.kind == K.KIND_CONSTANT_RATE) {
    flowUlPerSec = S.occluded ? 0 : (par(K.P_GAS_NOMINAL_UL_PER_HOUR) / SEC_PER_HOUR) * S.gasFactor;
  } else {
    computeRates(S.t);
    if (S.cbActive && S.cbShare > 0) tb = Math.min(tb, S.t + Math.max(1, floorDiv(S.cbRemP, S.cbShare)));
    if (S.pbActive && S.pbShare > 0) tb = Math.min(tb, S.t + Math.max(1, floorDiv(S.pbRemP, S.pbShare)));
    if (!S.cbActive && S.mode == K.MODE_FLEX) tb = Math.min(tb, nextFlexBoundary(S.t));
    const r = S.base + S.cbShare + S.pbShare; // nL/day = P-units per s
    const motorOn = !(
      S.stalled ||
      S.mriUntil >= 0 ||
      S.eos ||
      S.favShut ||
      S.occluded ||
      S.dry ||
      S.explanted
    );
    if (motorOn && r > 0) {
      flowUlPerSec = (r * S.strokeActualUl) / S.strokeP;
      if (S.strokeNl >= pulseMinNl && S.strokeP >= pulseMinSec * r) {
        tb = Math.min(tb, leadUp(S.t + Math.ceil((S.strokeP - S.acc) / r), lead));
      }
    }
  }
  const front = catheterFrontUl();
  if (flowUlPerSec > 0 && front < Infinity) {
    tb = Math.min(tb, S.t + Math.max(1, Math.ceil(front / (flowUlPerSec * (1 - S.leak)))));
  }
  if (S.mriUntil > S.t) tb = Math.min(tb, S.mriUntil);
  if (!S.eos && S.eosAt > S.t) tb = Math.min(tb, S.eosAt);
  return tb > S.t ? tb : S.t + 1;
}

/** te − lead when that is still ahead, else te itself. */
function leadUp(te: f64, lead: f64): f64 {
  return te - lead > S.t ? te - lead : te;
}

function recordStrokes(t0: f64, dt: f64, acc0: f64, p: f64, n: f64): void {
  if (S.strokeCap <= 0) return;
  const room = <f64>(S.strokeCap - S.strokeCount);
  const m = n < room ? n : room;
  for (let k: f64 = 1; k <= m; k++) {
    const q = S.strokePtr + ((<usize>(S.strokeCount * K.STROKE_STRIDE)) << 3);
    store<f64>(q, strokeTime(t0, dt, acc0, p, S.strokeP, k) / SEC_PER_HOUR);
    store<f64>(q + 8, S.strokeActualUl);
    S.strokeCount++;
  }
  S.strokeDropped += n - m;
}

/** Stroke-quantised delivery over [t0, t1] at the rates set by nextBoundary. */
function strokeSegment(t0: f64, t1: f64): void {
  const dt = t1 - t0;
  let p = S.base * dt;
  let cbEnds = false;
  let pbEnds = false;
  if (S.cbActive) {
    cbEnds = S.cbShare > 0 && S.cbRemP <= S.cbShare * dt;
    p += cbEnds ? S.cbRemP : S.cbShare * dt;
  }
  if (S.pbActive) {
    pbEnds = S.pbShare > 0 && S.pbRemP <= S.pbShare * dt;
    p += pbEnds ? S.pbRemP : S.pbShare * dt;
  }
  const D = S.strokeP;
  const acc0 = S.acc;
  const x = acc0 + p;
  const n = floorDiv(x, D);
  S.acc = x - n * D;
  S.progStrokes += n;

  const motorOn = !(S.stalled || S.mriUntil >= 0 || S.eos || S.favShut);
  const nm = motorOn ? n : 0;
  let supply: f64 = 0;
  if (motorOn && !S.occluded && n > 0) {
    const avail = availableStrokes();
    supply = n < avail ? n : avail;
    if (supply < n && !S.dry) {
      S.dry = true;
      const ts = strokeTime(t0, dt, acc0, p, D, supply + 1);
      logEvent(ts, K.LOG_DELIVERY_STOPPED, reservoirActual() - supply * S.strokeActualUl);
      if (S.withdrawal) logEvent(ts, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_DELIVERY_STOPPED);
    }
  }
  S.missedStrokes += n - supply;
  const m0 = S.motorSinceFill;
  S.motorSinceFill += nm;
  S.delivSinceFill += supply;
  const vol = supply * S.strokeActualUl;
  S.iPumped += vol;
  S.iStrokes += supply;
  recordStrokes(t0, dt, acc0, p, supply);
  catheterPush(vol, S.resConc);

  if (!S.lowDone && S.motorSinceFill >= S.kLow) {
    S.lowDone = true;
    const ts = S.kLow > m0 ? strokeTime(t0, dt, acc0, p, D, S.kLow - m0) : t0;
    logEvent(ts, K.LOG_LOW_RESERVOIR, Math.max(0, S.fillEstUl - S.kLow * S.strokeUl));
  }
  if (!S.emptyDone && S.motorSinceFill >= S.kEmpty) {
    S.emptyDone = true;
    const ts = S.kEmpty > m0 ? strokeTime(t0, dt, acc0, p, D, S.kEmpty - m0) : t0;
    logEvent(ts, K.LOG_EMPTY_RESERVOIR, Math.max(0, S.fillEstUl - S.kEmpty * S.strokeUl));
  }
  if (S.hasBattery && !S.eos) {
    batteryDraw(
      t0,
      dt,
      (par(K.P_BATTERY_IDLE_PER_HOUR) * dt) / SEC_PER_HOUR + par(K.P_BATTERY_PER_STROKE) * nm,
    );
  }
  if (S.cbActive) {
    if (cbEnds) endClinicianBolus(t1);
    else S.cbRemP -= S.cbShare * dt;
  }
  if (S.pbActive) {
    if (pbEnds) {
      S.pbActive = false;
      S.pbRemP = 0;
      logEvent(t1, K.LOG_BOLUS_END, <f64>K.BOLUS_PATIENT, 0);
    } else S.pbRemP -= S.pbShare * dt;
  }
}

/** Continuous flow of the gas-driven pump over [t0, t1]. */
function gasSegment(t0: f64, t1: f64): void {
  const dt = t1 - t0;
  const qNom = par(K.P_GAS_NOMINAL_UL_PER_HOUR) / SEC_PER_HOUR;
  const vProg = qNom * dt;
  S.progGasUl += vProg;
  S.gasEstUl = Math.max(0, S.gasEstUl - vProg);
  const q = S.occluded ? 0 : qNom * S.gasFactor;
  let v = q * dt;
  const res = reservoirActual();
  if (v > res) {
    if (!S.dry) {
      S.dry = true;
      const ts = t0 + res / q;
      logEvent(ts, K.LOG_DELIVERY_STOPPED, 0);
      if (S.withdrawal) logEvent(ts, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_DELIVERY_STOPPED);
    }
    v = res;
  }
  S.extraOutUl += v;
  S.iPumped += v;
  catheterPush(v, S.resConc);
}

function segment(t0: f64, t1: f64): void {
  if (S.explanted) return; // no pump: nothing is programmed, pumped or drawn until the new one starts
  if (S.kind == K.KIND_CONSTANT_RATE) gasSegment(t0, t1);
  else strokeSegment(t0, t1);
  if (S.nextRefill >= 0 && !S.overdueLogged && t1 >= S.nextRefill && S.kind != K.KIND_INJECTION) {
    S.overdueLogged = true;
    logEvent(S.nextRefill, K.LOG_REFILL_OVERDUE, S.nextRefill / SEC_PER_HOUR);
  }
}

function writeRecord(rec: usize, dtHours: f64): void {
  store<f64>(rec + ((<usize>K.OUT_T_HOURS) << 3), S.t / SEC_PER_HOUR);
  store<f64>(rec + ((<usize>K.OUT_TIP_VOLUME_UL) << 3), S.iTipVol);
  store<f64>(rec + ((<usize>K.OUT_TIP_MASS_UG) << 3), S.iTipMass);
  store<f64>(rec + ((<usize>K.OUT_SYSTEMIC_MASS_UG) << 3), S.iSystemic);
  store<f64>(rec + ((<usize>K.OUT_RESERVOIR_UL) << 3), reservoirActual());
  store<f64>(rec + ((<usize>K.OUT_RESERVOIR_ESTIMATE_UL) << 3), reservoirEstimate());
  store<f64>(rec + ((<usize>K.OUT_PROGRAMMED_CUM_UL) << 3), programmedCumUl());
  store<f64>(rec + ((<usize>K.OUT_DELIVERED_CUM_UL) << 3), deliveredCumUl());
  store<f64>(rec + ((<usize>K.OUT_BATTERY_FRACTION) << 3), batteryRemaining());
  store<f64>(rec + ((<usize>K.OUT_FLOW_UL_PER_HOUR) << 3), dtHours > 0 ? S.iPumped / dtHours : 0);
  store<f64>(rec + ((<usize>K.OUT_TIP_CONCENTRATION_UG_PER_UL) << 3), catheterTipConc());
  store<f64>(rec + ((<usize>K.OUT_STROKES) << 3), S.iStrokes);
}

/**
 * Advances nIntervals output intervals of dtHours (quantised to whole seconds, at least 1 s) and writes one
 * PUMP_OUT_STRIDE record per interval at outPtr. Returns the number of records written. Called by the driver in
 * chunks of a few ms of work, so cold (baseline-tier) wasm never runs one long call.
 */
export function pumpAdvance(nIntervals: i32, dtHours: f64, outPtr: usize): i32 {
  const dtSec = Math.max(1, Math.round(dtHours * SEC_PER_HOUR));
  const dtH = dtSec / SEC_PER_HOUR;
  for (let i = 0; i < nIntervals; i++) {
    const tEnd = S.t + dtSec;
    S.iTipVol = 0;
    S.iTipMass = 0;
    S.iSystemic = 0;
    S.iPumped = 0;
    S.iStrokes = 0;
    for (;;) {
      processDue();
      if (S.t >= tEnd) break;
      const tb = nextBoundary(tEnd);
      segment(S.t, tb);
      S.t = tb;
    }
    writeRecord(outPtr + ((<usize>(i * K.PUMP_OUT_STRIDE)) << 3), dtH);
  }
  return nIntervals;
}
