/**
 * Backflow of a constant-rate gas pump: when ambient + CSF pressure at the tip exceeds the propellant's vapour
 * pressure (a hyperbaric chamber, a dive, a strongly cooled pump), the drive across the flow restrictor is negative
 * and the flow runs backwards (an engineering estimate, as gas.ts):
 *
 *   Q = Q_nom · (ΔP / ΔP_nom) · (μ37 / μ) < 0          µL/s; Hagen–Poiseuille is linear in ΔP, so the capillary
 *                                                      resists the same both ways (viscosity of the solution kept)
 *   over a segment dt (s): V_back = |Q|·dt  µL, capped by the room left in the reservoir (the bellows at capacity)
 *   catheter:  V_back leaves at the pump end (newest fluid first) into the reservoir; V_back of CSF at c_csf (µg/µL)
 *              enters at the tip — c_csf is the distribution model's tip cell, set by the coupling
 *              (src/engine/coupling.ts) before each step; 0 in pump-only runs
 *   reservoir: V ← V + V_back,  c ← (V·c + m_back) / (V + V_back)
 *   record:    tip volume −V_back and tip mass −V_back·c_csf (net, signed), so that reservoir + catheter + Σ tip µg
 *              (+ tissue) stays the drug put in, and the CSF model removes exactly V_back·c_csf from its tip cell.
 *
 * A leak at the connector is not reversed (what leaked stays in tissue; the backflow draws through the tip).
 */
import { catheterDrawBack } from './catheter';
import { logEvent } from './log';
import * as K from './params';
import { par } from './params';
import { reservoirActual } from './reservoir';
import { PumpState, SEC_PER_HOUR } from './state';

/** Logs the start or end of a backflow when the sign of the gas flow qUlPerSec changes at time t (s). */
export function backflowTransition(t: f64, qUlPerSec: f64, deltaKpa: f64): void {
  const back = qUlPerSec < 0;
  if (back == PumpState.backflow) return;
  PumpState.backflow = back;
  if (back) {
    PumpState.backUl = 0;
    PumpState.backUg = 0;
    logEvent(t, K.LOG_BACKFLOW_START, -deltaKpa, -qUlPerSec * SEC_PER_HOUR);
    if (PumpState.withdrawal) logEvent(t, K.LOG_WITHDRAWAL_RISK, <f64>K.LOG_BACKFLOW_START);
  } else logEvent(t, K.LOG_BACKFLOW_END, deltaKpa, PumpState.backUl, PumpState.backUg);
}

/** dtSec of backflow at |Q| = backUlPerSec µL/s: tip → catheter → reservoir. */
export function backflowSegment(backUlPerSec: f64, dtSec: f64): void {
  const cap = par(K.P_RESERVOIR_CAPACITY_UL);
  const room = cap > 0 ? Math.max(0, cap - reservoirActual()) : Infinity;
  const v = Math.min(backUlPerSec * dtSec, room);
  if (!(v > 0)) return;
  const cCsf = PumpState.csfTipConc > 0 ? PumpState.csfTipConc : 0;
  const held = reservoirActual();
  const massBackUg = catheterDrawBack(v, cCsf);
  const mixed = held + v;
  PumpState.resConc = mixed > 0 ? (held * PumpState.resConc + massBackUg) / mixed : PumpState.resConc;
  PumpState.extraOutUl -= v;
  PumpState.iPumped -= v;
  PumpState.iTipVol -= v;
  PumpState.iTipMass -= v * cCsf;
  PumpState.backUl += v;
  PumpState.backUg += v * cCsf;
}
