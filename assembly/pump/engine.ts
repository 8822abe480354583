/**
 * The event loop. Each output interval is cut into segments at every scheduled event and every dynamic
 * boundary (bolus end, flex step, MRI restart, end of service); inside a segment all rates are constant, so the
 * number of strokes is computed in closed form (accumulator.ts) — no loop per stroke unless the raw stroke list
 * is recorded. Alarms that do not change delivery (low/empty reservoir, ERI, refill overdue) are timed exactly
 * inside the segment at the stroke that crosses their threshold.
 */
import { floorDiv, strokeTime } from './accumulator';
import { batteryDraw, batteryRemaining } from './battery';
import { backflowSegment, backflowTransition } from './backflow';
import { catheterDisperse, catheterFrontUl, catheterPush, catheterTipConc } from './catheter';
import { applyEvent, endClinicianBolus, tipLossAt } from './events';
import { tissueAdvance, tissueDepotUg } from './tissue';
import { gasDriveDeltaKpa } from './gas';
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
import { EV_STRIDE, f64At, PumpState, SEC_PER_HOUR } from './state';

function evTime(i: i32): f64 {
  return f64At(PumpState.evPtr, i * EV_STRIDE + 1);
}

/** Applies everything due at the current time: input events, end of service, MRI restart and scan end. */
function processDue(): void {
  while (PumpState.evNext < PumpState.evCount && evTime(PumpState.evNext) <= PumpState.t) {
    applyEvent(PumpState.evNext);
    PumpState.evNext++;
  }
  if (!PumpState.eos && PumpState.eosAt >= 0 && PumpState.t >= PumpState.eosAt) {
    PumpState.eos = true;
    logEvent(PumpState.t, K.LOG_END_OF_SERVICE);
    if (PumpState.withdrawal) logEvent(PumpState.t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_END_OF_SERVICE);
  }
  if (PumpState.mriUntil >= 0 && PumpState.t >= PumpState.mriUntil) {
    PumpState.mriUntil = -1;
    logEvent(PumpState.t, K.LOG_MRI_RESTART);
  }
  if (PumpState.mriCheckAt >= 0 && PumpState.t >= PumpState.mriCheckAt) {
    PumpState.mriCheckAt = -1;
    logEvent(PumpState.t, K.LOG_MRI_INTERROGATE, <f64>PumpState.mriCheckMode);
  }
}

/** End of the segment starting now: the earliest of tEnd and every boundary after PumpState.t. Sets the segment rates. */
function nextBoundary(tEnd: f64): f64 {
  let tb = tEnd;
  if (PumpState.evNext < PumpState.evCount) tb = Math.min(tb, evTime(PumpState.evNext));
  if (PumpState.kind != K.KIND_CONSTANT_RATE) {
    computeRates(PumpState.t);
    // whole seconds at the bolus share, then the remainder (< one second's worth) as its own 1-s segment,
    // so the rate is constant per second in every segment and stroke times are exact
    if (PumpState.cbActive && PumpState.cbShare > 0)
      tb = Math.min(tb, PumpState.t + Math.max(1, floorDiv(PumpState.cbRemP, PumpState.cbShare)));
    if (PumpState.pbActive && PumpState.pbShare > 0)
      tb = Math.min(tb, PumpState.t + Math.max(1, floorDiv(PumpState.pbRemP, PumpState.pbShare)));
    if (!PumpState.cbActive && PumpState.mode == K.MODE_FLEX)
      tb = Math.min(tb, nextFlexBoundary(PumpState.t));
  }
  if (PumpState.mriUntil > PumpState.t) tb = Math.min(tb, PumpState.mriUntil);
  if (PumpState.mriCheckAt > PumpState.t) tb = Math.min(tb, PumpState.mriCheckAt);
  if (!PumpState.eos && PumpState.eosAt > PumpState.t) tb = Math.min(tb, PumpState.eosAt);
  if (PumpState.portRemUl > 0) tb = Math.min(tb, portEndSec());
  return tb;
}

/** End of a running access-port injection, whole s (> now). */
function portEndSec(): f64 {
  return PumpState.t + Math.max(1, Math.ceil(PumpState.portRemUl / PumpState.portRateUlPerSec - 1e-9));
}

/** The access-port injection's share of [t0, t1]: straight into the catheter, bypassing pump and reservoir. */
function portSegment(t0: f64, t1: f64): void {
  if (!(PumpState.portRemUl > 0)) return;
  let v = PumpState.portRateUlPerSec * (t1 - t0);
  if (v >= PumpState.portRemUl - 1e-9) v = PumpState.portRemUl;
  PumpState.portRemUl -= v;
  catheterPush(v, PumpState.portConc);
}

/**
 * Coupling look-ahead (src/engine/simulate.ts): the next time (whole s, > PumpState.t) at which the tip or systemic delivery
 * can change — a scheduled event (and `leadSec` before it, so that an impulse at the event lands in a short record),
 * a bolus end, a flex step, an MRI restart, end of service, a concentration front reaching the tip, and, when
 * strokes are at least `pulseMinNl` and at least `pulseMinSec` apart, the next stroke (again with `leadSec` before
 * it). Infinity when nothing is pending. It applies what is due at PumpState.t first (as pumpAdvance does at once).
 */
export function nextChangeSec(pulseMinSec: f64, pulseMinNl: f64, leadSec: f64): f64 {
  processDue(); // what is due now (e.g. a bolus at t = 0) applies first, exactly as pumpAdvance would
  const lead = leadSec >= 1 ? Math.round(leadSec) : 1;
  let tb: f64 = Infinity;
  if (PumpState.evNext < PumpState.evCount) tb = leadUp(evTime(PumpState.evNext), lead);
  let flowUlPerSec: f64 = 0;
  if (PumpState.kind == K.KIND_CONSTANT_RATE) {
    flowUlPerSec = PumpState.occluded
      ? 0
      : gasFullFlowUlPerSec(par(K.P_GAS_NOMINAL_UL_PER_HOUR) / SEC_PER_HOUR);
  } else {
    computeRates(PumpState.t);
    if (PumpState.cbActive && PumpState.cbShare > 0)
      tb = Math.min(tb, PumpState.t + Math.max(1, floorDiv(PumpState.cbRemP, PumpState.cbShare)));
    if (PumpState.pbActive && PumpState.pbShare > 0)
      tb = Math.min(tb, PumpState.t + Math.max(1, floorDiv(PumpState.pbRemP, PumpState.pbShare)));
    if (!PumpState.cbActive && PumpState.mode == K.MODE_FLEX)
      tb = Math.min(tb, nextFlexBoundary(PumpState.t));
    const r = PumpState.base + PumpState.cbShare + PumpState.pbShare; // nL/day = P-units per s
    const motorOn = !(
      PumpState.stalled ||
      PumpState.mriUntil >= 0 ||
      PumpState.eos ||
      PumpState.favShut ||
      PumpState.occluded ||
      PumpState.dry ||
      PumpState.explanted
    );
    if (motorOn && r > 0) {
      flowUlPerSec = (r * PumpState.strokeActualUl) / PumpState.strokeP;
      if (PumpState.strokeNl >= pulseMinNl && PumpState.strokeP >= pulseMinSec * r) {
        tb = Math.min(tb, leadUp(PumpState.t + Math.ceil((PumpState.strokeP - PumpState.acc) / r), lead));
      }
    }
  }
  if (PumpState.kind != K.KIND_CONSTANT_RATE) flowUlPerSec *= 1 - PumpState.occFrac;
  const front = catheterFrontUl();
  if (flowUlPerSec > 0 && front < Infinity) {
    tb = Math.min(tb, PumpState.t + Math.max(1, Math.ceil(front / (flowUlPerSec * (1 - PumpState.leak)))));
  }
  if (PumpState.mriUntil > PumpState.t) tb = Math.min(tb, PumpState.mriUntil);
  if (!PumpState.eos && PumpState.eosAt > PumpState.t) tb = Math.min(tb, PumpState.eosAt);
  if (PumpState.portRemUl > 0) tb = Math.min(tb, portEndSec());
  return tb > PumpState.t ? tb : PumpState.t + 1;
}

/** te − lead when that is still ahead, else te itself. */
function leadUp(te: f64, lead: f64): f64 {
  return te - lead > PumpState.t ? te - lead : te;
}

function recordStrokes(t0: f64, dt: f64, acc0: f64, p: f64, n: f64): void {
  if (PumpState.strokeCap <= 0) return;
  const room = <f64>(PumpState.strokeCap - PumpState.strokeCount);
  const m = n < room ? n : room;
  for (let k: f64 = 1; k <= m; k++) {
    const q = PumpState.strokePtr + ((<usize>(PumpState.strokeCount * K.STROKE_STRIDE)) << 3);
    store<f64>(q, strokeTime(t0, dt, acc0, p, PumpState.strokeP, k) / SEC_PER_HOUR);
    store<f64>(q + 8, PumpState.strokeActualUl);
    PumpState.strokeCount++;
  }
  PumpState.strokeDropped += n - m;
}

/**
 * Under a partial occlusion (a kink), how many of n strokes move fluid: the fraction 1 − occFrac, carried over
 * between segments so the count stays whole and the long-run fraction exact.
 */
function unblockedStrokes(n: f64): f64 {
  const x = PumpState.occAcc + n * (1 - PumpState.occFrac);
  const k = Math.floor(x + 1e-9);
  PumpState.occAcc = x - k;
  return k < n ? k : n;
}

/** Stroke-quantised delivery over [t0, t1] at the rates set by nextBoundary. */
function strokeSegment(t0: f64, t1: f64): void {
  const dt = t1 - t0;
  let p = PumpState.base * dt;
  let cbEnds = false;
  let pbEnds = false;
  if (PumpState.cbActive) {
    cbEnds = PumpState.cbShare > 0 && PumpState.cbRemP <= PumpState.cbShare * dt;
    p += cbEnds ? PumpState.cbRemP : PumpState.cbShare * dt;
  }
  if (PumpState.pbActive) {
    pbEnds = PumpState.pbShare > 0 && PumpState.pbRemP <= PumpState.pbShare * dt;
    p += pbEnds ? PumpState.pbRemP : PumpState.pbShare * dt;
  }
  const D = PumpState.strokeP;
  const acc0 = PumpState.acc;
  const x = acc0 + p;
  const n = floorDiv(x, D);
  PumpState.acc = x - n * D;
  PumpState.progStrokes += n;

  const motorOn = !(PumpState.stalled || PumpState.mriUntil >= 0 || PumpState.eos || PumpState.favShut);
  const nm = motorOn ? n : 0;
  let supply: f64 = 0;
  if (motorOn && !PumpState.occluded && n > 0) {
    const avail = availableStrokes();
    const moved = PumpState.occFrac > 0 ? unblockedStrokes(n) : n;
    supply = moved < avail ? moved : avail;
    if (supply < moved && !PumpState.dry) {
      PumpState.dry = true;
      const ts = strokeTime(t0, dt, acc0, p, D, supply + 1);
      logEvent(ts, K.LOG_DELIVERY_STOPPED, reservoirActual() - supply * PumpState.strokeActualUl);
      if (PumpState.withdrawal) logEvent(ts, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_DELIVERY_STOPPED);
    }
  }
  PumpState.missedStrokes += n - supply;
  const m0 = PumpState.motorSinceFill;
  PumpState.motorSinceFill += nm;
  PumpState.delivSinceFill += supply;
  const vol = supply * PumpState.strokeActualUl;
  PumpState.iPumped += vol;
  PumpState.iStrokes += supply;
  recordStrokes(t0, dt, acc0, p, supply);
  catheterPush(vol, PumpState.resConc);

  if (!PumpState.lowDone && PumpState.motorSinceFill >= PumpState.kLow) {
    PumpState.lowDone = true;
    const ts = PumpState.kLow > m0 ? strokeTime(t0, dt, acc0, p, D, PumpState.kLow - m0) : t0;
    logEvent(ts, K.LOG_LOW_RESERVOIR, Math.max(0, PumpState.fillEstUl - PumpState.kLow * PumpState.strokeUl));
  }
  if (!PumpState.emptyDone && PumpState.motorSinceFill >= PumpState.kEmpty) {
    PumpState.emptyDone = true;
    const ts = PumpState.kEmpty > m0 ? strokeTime(t0, dt, acc0, p, D, PumpState.kEmpty - m0) : t0;
    logEvent(
      ts,
      K.LOG_EMPTY_RESERVOIR,
      Math.max(0, PumpState.fillEstUl - PumpState.kEmpty * PumpState.strokeUl),
    );
  }
  if (PumpState.hasBattery && !PumpState.eos) {
    batteryDraw(
      t0,
      dt,
      (par(K.P_BATTERY_IDLE_PER_HOUR) * dt) / SEC_PER_HOUR + par(K.P_BATTERY_PER_STROKE) * nm,
    );
  }
  if (PumpState.cbActive) {
    if (cbEnds) endClinicianBolus(t1);
    else PumpState.cbRemP -= PumpState.cbShare * dt;
  }
  if (PumpState.pbActive) {
    if (pbEnds) {
      PumpState.pbActive = false;
      PumpState.pbRemP = 0;
      logEvent(t1, K.LOG_BOLUS_END, <f64>K.BOLUS_PATIENT, 0);
    } else PumpState.pbRemP -= PumpState.pbShare * dt;
  }
}

/** A gas pump has "run dry" when its flow has fallen to this fraction of the full-fill flow. */
const GAS_STOP_FRACTION: f64 = 0.05;

/**
 * Flow of a full gas pump, µL/s: nominal × this fill's accuracy factor × the pressure–temperature factor (gas.ts)
 * × the open fraction of a kinked catheter ÷ the solution's viscosity relative to water (Hagen–Poiseuille through
 * the restrictor).
 */
function gasFullFlowUlPerSec(qNomUlPerSec: f64): f64 {
  const mu = par(K.P_GAS_VISCOSITY_RATIO);
  // this fill's accuracy error (reservoir.ts), as for the other pumps
  const accuracy = PumpState.strokeActualUl / PumpState.strokeUl;
  return (qNomUlPerSec * accuracy * PumpState.gasFactor * (1 - PumpState.occFrac)) / (mu > 0 ? mu : 1);
}

/** Continuous flow of the gas-driven pump over [t0, t1]. */
function gasSegment(t0: f64, t1: f64): void {
  const dt = t1 - t0;
  const qNom = par(K.P_GAS_NOMINAL_UL_PER_HOUR) / SEC_PER_HOUR;
  const vProg = qNom * dt;
  PumpState.progGasUl += vProg;
  PumpState.gasEstUl = Math.max(0, PumpState.gasEstUl - vProg);
  const q = PumpState.occluded ? 0 : gasFullFlowUlPerSec(qNom);
  if (!PumpState.occluded) backflowTransition(t0, q, gasDriveDeltaKpa(PumpState.tempC, PumpState.ambKpa));
  if (q < 0) {
    backflowSegment(-q, dt);
    return;
  }
  // Above residual + taper the flow is q; below, it falls with what is left above the residual (exponential
  // emptying), so the residual is never delivered.
  const avail = Math.max(0, reservoirActual() - par(K.P_GAS_RESIDUAL_UL));
  const taper = Math.max(0, par(K.P_GAS_TAPER_UL));
  let v: f64 = 0;
  let tStop: f64 = -1; // when the flow falls to GAS_STOP_FRACTION of q (or the reservoir is empty)
  if (q > 0) {
    const above = avail - taper;
    if (q * dt <= above) v = q * dt;
    else {
      const t1 = above > 0 ? above / q : 0;
      const x0 = above > 0 ? taper : avail;
      if (taper > 0) {
        v = Math.max(0, above) + x0 * (1 - Math.exp((-q * (dt - t1)) / taper));
        const xs = GAS_STOP_FRACTION * taper;
        if (x0 > xs) {
          const ts = t1 + (taper / q) * Math.log(x0 / xs);
          if (ts <= dt) tStop = t0 + ts;
        } else tStop = t0 + t1;
      } else {
        v = avail;
        tStop = t0 + t1;
      }
    }
  }
  if (tStop >= 0 && !PumpState.dry) {
    PumpState.dry = true;
    logEvent(tStop, K.LOG_DELIVERY_STOPPED, reservoirActual() - v);
    if (PumpState.withdrawal) logEvent(tStop, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_DELIVERY_STOPPED);
  }
  PumpState.extraOutUl += v;
  PumpState.iPumped += v;
  catheterPush(v, PumpState.resConc);
}

function segment(t0: f64, t1: f64): void {
  PumpState.tipLoss = tipLossAt(0.5 * (t0 + t1)); // a granuloma's ramp over weeks: the segment's midpoint value
  // A drug that degrades in the reservoir (ziconotide): what the segment delivers is at its midpoint
  // concentration, and the reservoir ends it at c·e^(−kΔt).
  const loss = PumpState.resLossPerSec > 0 ? PumpState.resLossPerSec * (t1 - t0) : 0;
  if (loss > 0) PumpState.resConc *= Math.exp(-0.5 * loss);
  if (!PumpState.explanted) {
    // without a pump nothing is programmed, pumped or drawn until the new one starts
    portSegment(t0, t1);
    if (PumpState.kind == K.KIND_CONSTANT_RATE) gasSegment(t0, t1);
    else strokeSegment(t0, t1);
  }
  if (loss > 0) PumpState.resConc *= Math.exp(-0.5 * loss);
  catheterDisperse(t1 - t0);
  tissueAdvance(t1 - t0);
  if (PumpState.explanted) return;
  if (
    PumpState.nextRefill >= 0 &&
    !PumpState.overdueLogged &&
    t1 >= PumpState.nextRefill &&
    PumpState.kind != K.KIND_INJECTION
  ) {
    PumpState.overdueLogged = true;
    logEvent(PumpState.nextRefill, K.LOG_REFILL_OVERDUE, PumpState.nextRefill / SEC_PER_HOUR);
  }
}

function writeRecord(rec: usize, dtHours: f64): void {
  store<f64>(rec + ((<usize>K.OUT_T_HOURS) << 3), PumpState.t / SEC_PER_HOUR);
  store<f64>(rec + ((<usize>K.OUT_TIP_VOLUME_UL) << 3), PumpState.iTipVol);
  store<f64>(rec + ((<usize>K.OUT_TIP_MASS_UG) << 3), PumpState.iTipMass);
  store<f64>(rec + ((<usize>K.OUT_SYSTEMIC_MASS_UG) << 3), PumpState.iSystemic);
  store<f64>(rec + ((<usize>K.OUT_RESERVOIR_UL) << 3), reservoirActual());
  store<f64>(rec + ((<usize>K.OUT_RESERVOIR_ESTIMATE_UL) << 3), reservoirEstimate());
  store<f64>(rec + ((<usize>K.OUT_PROGRAMMED_CUM_UL) << 3), programmedCumUl());
  store<f64>(rec + ((<usize>K.OUT_DELIVERED_CUM_UL) << 3), deliveredCumUl());
  store<f64>(rec + ((<usize>K.OUT_BATTERY_FRACTION) << 3), batteryRemaining());
  store<f64>(rec + ((<usize>K.OUT_FLOW_UL_PER_HOUR) << 3), dtHours > 0 ? PumpState.iPumped / dtHours : 0);
  store<f64>(rec + ((<usize>K.OUT_TIP_CONCENTRATION_UG_PER_UL) << 3), catheterTipConc());
  store<f64>(rec + ((<usize>K.OUT_STROKES) << 3), PumpState.iStrokes);
  store<f64>(rec + ((<usize>K.OUT_TISSUE_DEPOSIT_UG) << 3), PumpState.iTissue);
  store<f64>(rec + ((<usize>K.OUT_TISSUE_DEPOT_UG) << 3), tissueDepotUg());
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
    const tEnd = PumpState.t + dtSec;
    PumpState.iTipVol = 0;
    PumpState.iTipMass = 0;
    PumpState.iSystemic = 0;
    PumpState.iTissue = 0;
    PumpState.iPumped = 0;
    PumpState.iStrokes = 0;
    for (;;) {
      processDue();
      if (PumpState.t >= tEnd) break;
      const tb = nextBoundary(tEnd);
      segment(PumpState.t, tb);
      PumpState.t = tb;
    }
    writeRecord(outPtr + ((<usize>(i * K.PUMP_OUT_STRIDE)) << 3), dtH);
  }
  return nIntervals;
}
