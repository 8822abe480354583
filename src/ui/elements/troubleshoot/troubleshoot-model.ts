/**
 * What each troubleshooting check would show for a run, read from the run's events (which complication is present
 * at the end, the reservoir check at each refill) and the scenario (the catheter's dead volume, the device): the
 * checks a clinic makes when an intrathecal therapy stops working — the reservoir volume at the refill, aspiration
 * through the catheter access port, a rotor study, a contrast study and imaging of the catheter tip [D1, D10, D23].
 * Pure: no DOM, so the unit tests run it on simulated results.
 */
import type { SimEvent, SimResult } from '../../../model/result.js';
import type { ScenarioInput } from '../../../model/scenario/schema.js';
import { validateScenario } from '../../../model/scenario/validate.js';
import { catheterDeadVolumeUl } from '../../../model/scenario/resolve.js';
import { TS, type CheckId } from './troubleshoot-strings.js';

export const CHECKS: readonly CheckId[] = ['reservoir', 'aspiration', 'rotor', 'contrast', 'imaging'];

/** The catheter and pump faults in force at the end of the run (replayed from the event log). */
export interface FaultState {
  occluded: boolean;
  kinked: boolean;
  disconnected: boolean;
  fractured: boolean;
  leaking: boolean;
  granuloma: boolean;
  migratedOut: boolean;
  csfLeak: boolean;
  motorStalled: boolean;
}

export function faultState(events: readonly SimEvent[]): FaultState {
  const s: FaultState = {
    occluded: false,
    kinked: false,
    disconnected: false,
    fractured: false,
    leaking: false,
    granuloma: false,
    migratedOut: false,
    csfLeak: false,
    motorStalled: false,
  };
  const tip = (on: boolean) => {
    s.granuloma = s.migratedOut = s.csfLeak = false;
    return on;
  };
  for (const e of [...events].sort((a, b) => a.tHours - b.tHours)) {
    switch (e.code) {
      case 'occlusion':
        s.occluded = true;
        break;
      case 'partial-occlusion':
        s.kinked = true;
        break;
      case 'occlusion-cleared':
        s.occluded = s.kinked = false;
        break;
      case 'catheter-disconnection':
        s.disconnected = true;
        break;
      case 'catheter-fracture':
        s.fractured = true;
        break;
      case 'catheter-leak':
        s.leaking = true;
        break;
      case 'catheter-repaired':
        s.disconnected = s.fractured = s.leaking = false;
        break;
      case 'tip-loss-granuloma':
        s.granuloma = tip(true);
        break;
      case 'tip-loss-migration-out':
        s.migratedOut = tip(true);
        break;
      case 'tip-loss-csf-leak':
        s.csfLeak = tip(true);
        break;
      case 'tip-loss-cleared':
        tip(false);
        break;
      case 'motor-stall':
        s.motorStalled = true;
        break;
      case 'motor-stall-recovery':
        s.motorStalled = false;
        break;
    }
  }
  return s;
}

/** What a check shows and what that means. */
export interface Finding {
  check: CheckId;
  shows: string;
  meaning: string;
}

const ml = (ul: number): string => `${(ul / 1000).toFixed(1)} mL`;

function reservoirFinding(r: SimResult): Finding {
  const refills = r.events.filter((e) => e.code === 'refill' || e.code === 'access-port-injection');
  const last = [...refills].reverse().find((e) => e.code === 'refill');
  if (!last || typeof last.data?.aspiratedUl !== 'number' || typeof last.data.expectedUl !== 'number')
    return { check: 'reservoir', shows: TS.reservoir.none, meaning: TS.reservoir.noneMeaning };
  const diff = last.data.aspiratedUl - last.data.expectedUl;
  const flagged = r.events.some((e) => e.code === 'volume-discrepancy' && e.tHours === last.tHours);
  const shows = TS.reservoir.shows(last.tHours, ml(last.data.aspiratedUl), ml(last.data.expectedUl), diff);
  const portRefill = r.events.some((e) => e.code === 'access-port-injection' && e.tHours === last.tHours);
  const meaning = portRefill
    ? TS.reservoir.port
    : !flagged
      ? TS.reservoir.agrees
      : diff > 0
        ? TS.reservoir.surplus
        : TS.reservoir.deficit;
  return { check: 'reservoir', shows, meaning };
}

function aspirationFinding(f: FaultState, deadUl: number): Finding {
  const a = TS.aspiration;
  const [shows, meaning] = f.occluded
    ? [a.blocked, a.blockedMeaning]
    : f.kinked
      ? [a.slow, a.slowMeaning]
      : f.disconnected || f.fractured || f.leaking
        ? [a.noCsf, a.brokenMeaning]
        : f.migratedOut
          ? [a.noCsf, a.outMeaning]
          : f.granuloma
            ? [a.csf(deadUl), a.granulomaMeaning]
            : [a.csf(deadUl), a.openMeaning];
  return { check: 'aspiration', shows, meaning };
}

function rotorFinding(f: FaultState, kind: string): Finding {
  const t = TS.rotor;
  if (kind !== 'programmable') return { check: 'rotor', shows: t.none, meaning: t.noneMeaning };
  return f.motorStalled
    ? { check: 'rotor', shows: t.stalled, meaning: t.stalledMeaning }
    : { check: 'rotor', shows: t.turned, meaning: t.turnedMeaning };
}

function contrastFinding(f: FaultState, deadUl: number): Finding {
  const c = TS.contrast;
  const [shows, meaning] = f.occluded
    ? [c.blocked, c.blockedMeaning]
    : f.disconnected
      ? [c.connector, c.connectorMeaning]
      : f.fractured || f.leaking
        ? [c.fracture, c.fractureMeaning]
        : f.migratedOut
          ? [c.out, c.outMeaning]
          : f.csfLeak
            ? [c.csfLeak, c.csfLeakMeaning]
            : f.granuloma
              ? [c.granuloma, c.granulomaMeaning]
              : f.kinked
                ? [c.kink, c.kinkMeaning]
                : [c.normal, c.normalMeaning];
  return { check: 'contrast', shows, meaning: `${meaning} ${c.caution(deadUl)}` };
}

function imagingFinding(f: FaultState): Finding {
  const i = TS.imaging;
  const [shows, meaning] = f.granuloma
    ? [i.mass, i.massMeaning]
    : f.migratedOut
      ? [i.out, i.outMeaning]
      : f.kinked || f.disconnected || f.fractured
        ? [i.course, i.courseMeaning]
        : [i.normal, i.normalMeaning];
  return { check: 'imaging', shows, meaning };
}

/** Every check's finding for a run of `scenario`. */
export function findings(r: SimResult, scenario: ScenarioInput | null): Record<CheckId, Finding> {
  const f = faultState(r.events);
  const v = scenario ? validateScenario(scenario) : null;
  const deadUl = v?.ok ? catheterDeadVolumeUl(v.scenario) : NaN;
  const kind = v?.ok ? v.scenario.device.kind : 'programmable';
  return {
    reservoir: reservoirFinding(r),
    aspiration: aspirationFinding(f, deadUl),
    rotor: rotorFinding(f, kind),
    contrast: contrastFinding(f, deadUl),
    imaging: imagingFinding(f),
  };
}

/** The symptom a clinic sees: the daily dose reaching the CSF on the first and on the last day, µg. */
export function doseFirstLastDay(r: SimResult): { firstUg: number; lastUg: number } {
  const { tHours, tipDoseUg } = r.series;
  const end = tHours[tHours.length - 1] ?? 0;
  let firstUg = 0;
  let lastUg = 0;
  tHours.forEach((t, k) => {
    if (t <= 24) firstUg += tipDoseUg[k];
    if (t > end - 24) lastUg += tipDoseUg[k];
  });
  return { firstUg, lastUg };
}
