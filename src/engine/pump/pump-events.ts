/**
 * Turns the wasm engine's log records (tHours, code, a, b, c) into SimEvents: stable kebab-case codes, a severity,
 * a plain-language message and named data in internal units.
 */
import type { SimEvent } from '../../model/result.js';
import {
  BASAL_MODE_LABEL,
  BOLUS_KIND_LABEL,
  DENY_REASON_ID,
  DENY_REASON_LABEL,
  DEVICE_KIND_LABEL,
  MRI_BEHAVIOUR_LABEL,
  PUMP_CONSTANTS as C,
  TIP_LOSS_CAUSE_ID,
  TIP_LOSS_CAUSE_LABEL,
} from '../../model/wasm-abi.js';
import { runTimeText } from '../../model/time-text.js';

/** A span of hours in words: "36 h", "12 days", "6 weeks". */
function runTimeSpan(h: number): string {
  if (h < 48) return `${f(h, 0)} h`;
  const d = h / 24;
  return d < 21 ? `${f(d, 0)} days` : `${f(d / 7, 0)} weeks`;
}

const CAUSES: Record<number, string> = {
  [C.LOG_DELIVERY_STOPPED]: 'the reservoir ran dry',
  [C.LOG_END_OF_SERVICE]: 'the battery reached end of service',
  [C.LOG_MOTOR_STALL]: 'the motor stalled',
  [C.LOG_MRI_VALVE_SHUT]: 'the valve shut during MRI',
  [C.LOG_GAS_FLOW_STOPPED]: 'ambient pressure exceeds the pump drive',
  [C.LOG_BACKFLOW_START]: 'ambient pressure exceeds the pump drive and the flow runs backwards',
  [C.LOG_TIP_LOSS]: 'the drug no longer reaches the CSF at the catheter tip',
  [C.LOG_OCCLUSION]: 'the catheter is blocked',
  [C.LOG_LEAK]: 'the catheter is disconnected',
  [C.LOG_EXPLANT]: 'the pump was explanted and the new one is not yet running',
};

const f = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');
/** 3 significant digits, no exponent and no float tail ("2", "0.25", "1,250"): the messages are read by learners. */
const sig = (x: number): string =>
  !Number.isFinite(x) ? '—' : Math.abs(x) < 0.001 ? '0' : Number(x.toPrecision(3)).toLocaleString('en');
/** A volume in words: mL from 1 mL up ("2 mL", not "2000.0 µL"), µL below. */
const vol = (ul: number): string => (Math.abs(ul) >= 1000 ? `${sig(ul / 1000)} mL` : `${sig(ul)} µL`);
/** A dose in words: mg from 1 mg up, µg below. */
const mass = (ug: number): string => (Math.abs(ug) >= 1000 ? `${sig(ug / 1000)} mg` : `${sig(ug)} µg`);
const days = (h: number): string => (h >= 0 ? runTimeText(h) : 'never under this program');

type Mapper = (a: number, b: number, c: number) => Omit<SimEvent, 'tHours'>;

const MAP: Record<number, Mapper> = {
  [C.LOG_PROGRAM_CHANGE]: (a, b) => ({
    code: 'program-change',
    severity: 'info',
    message: `Program set to ${BASAL_MODE_LABEL[a] ?? BASAL_MODE_LABEL[C.MODE_STOPPED]} (${f(b, 2)} µL/h now).`,
    data: { mode: a, rateUlPerHour: b },
  }),
  [C.LOG_BOLUS_START]: (a, b, c) => ({
    code: 'bolus-start',
    severity: 'info',
    message: `${BOLUS_KIND_LABEL[c] ?? BOLUS_KIND_LABEL[C.BOLUS_SINGLE]} bolus of ${vol(a)} over ${f(b, 2)} h started.`,
    data: { volumeUl: a, durationHours: b, kind: c },
  }),
  [C.LOG_BOLUS_END]: (a, b) => ({
    code: b ? 'bolus-cancelled' : 'bolus-end',
    severity: 'info',
    message: b
      ? 'A running bolus was replaced by a new one.'
      : `${BOLUS_KIND_LABEL[a] ?? BOLUS_KIND_LABEL[C.BOLUS_SINGLE]} bolus finished.`,
    data: { kind: a },
  }),
  [C.LOG_PATIENT_BOLUS_ACCEPTED]: (a) => ({
    code: 'patient-bolus-accepted',
    severity: 'info',
    message: `Patient bolus of ${vol(a)} accepted.`,
    data: { volumeUl: a },
  }),
  [C.LOG_PATIENT_BOLUS_DENIED]: (a, b) => {
    const known = DENY_REASON_ID[a] !== undefined;
    const text = DENY_REASON_LABEL[known ? a : C.DENY_NOT_ENABLED];
    return {
      code: 'patient-bolus-denied',
      severity: 'info',
      message: `Patient bolus denied: ${text}${a === C.DENY_LOCKOUT ? ` (${f(b, 2)} h to wait)` : ''}.`,
      data: { reasonCode: a, waitHours: b },
    };
  },
  [C.LOG_REFILL]: (a, b, c) => ({
    code: 'refill',
    severity: 'info',
    message: `Refill: ${vol(b)} aspirated (pump calculated ${vol(c)}), ${vol(a)} injected.`,
    data: { volumeUl: a, aspiratedUl: b, expectedUl: c },
  }),
  [C.LOG_VOLUME_DISCREPANCY]: (a, b) => ({
    code: 'volume-discrepancy',
    severity: 'warning',
    message: `Refill volume discrepancy: ${vol(b)} aspirated but ${vol(a)} expected. Check for a pocket fill or a pump problem.`,
    data: { expectedUl: a, aspiratedUl: b },
  }),
  [C.LOG_POCKET_FILL]: (a, b) => ({
    code: 'pocket-fill',
    severity: 'alarm',
    message: `Pocket fill: ${vol(a)} (${mass(b)}) went into the subcutaneous pocket; it is absorbed into the blood over hours. The pump got less than it was told: the next refill finds a volume discrepancy.`,
    data: { volumeUl: a, massUg: b },
  }),
  [C.LOG_PORT_INJECTION]: (a, b, c) => ({
    code: 'access-port-injection',
    severity: 'alarm',
    message: `The refill needle was in the catheter access port, not the reservoir: ${vol(a)} (${mass(b)}) went down the catheter into the CSF over ${f(c * 60, 0)} min, an overdose. The reservoir still holds only its old contents.`,
    data: { volumeUl: a, massUg: b, injectionHours: c },
  }),
  [C.LOG_POCKET_ASPIRATION]: (a, b) => ({
    code: 'pocket-aspiration',
    severity: 'info',
    message: `${vol(a)} of fluid drawn back from the pocket, removing ${mass(b)} of drug before it was absorbed.`,
    data: { volumeUl: a, massUg: b },
  }),
  [C.LOG_TIP_LOSS]: (a, b, c) => {
    const cause = TIP_LOSS_CAUSE_LABEL[c] ?? TIP_LOSS_CAUSE_LABEL[C.TIP_LOSS_GRANULOMA];
    const when = b > 0 ? `, rising over ${runTimeSpan(b)}` : '';
    return {
      code: a > 0 ? `tip-loss-${TIP_LOSS_CAUSE_ID[c] ?? 'granuloma'}` : 'tip-loss-cleared',
      severity: a > 0 ? 'warning' : 'info',
      message:
        a > 0
          ? `Not every dose reaches the CSF: ${cause}; ${f(a * 100, 0)} % of the drug leaving the tip goes into tissue${when}, on an unchanged program.`
          : 'The drug leaving the catheter tip reaches the CSF again.',
      data: { fraction: a, rampHours: b, cause: c },
    };
  },
  [C.LOG_NEXT_REFILL]: (a) => ({
    code: 'next-refill',
    severity: 'info',
    message: `Next refill due ${days(a)}.`,
    data: { dueAtHours: a },
  }),
  [C.LOG_REFILL_OVERDUE]: (a) => ({
    code: 'refill-overdue',
    severity: 'warning',
    message: `The refill due ${days(a)} has not been done.`,
    data: { dueAtHours: a },
  }),
  [C.LOG_MISSED_REFILL]: () => ({
    code: 'missed-refill',
    severity: 'warning',
    message: 'A scheduled refill was missed.',
  }),
  [C.LOG_LOW_RESERVOIR]: (a) => ({
    code: 'low-reservoir',
    severity: 'alarm',
    message: `Low-reservoir alarm: the pump calculates ${vol(a)} left.`,
    data: { estimateUl: a },
  }),
  [C.LOG_EMPTY_RESERVOIR]: (a) => ({
    code: 'empty-reservoir',
    severity: 'alarm',
    message: 'Empty-reservoir alarm: the pump calculates its reservoir is empty.',
    data: { estimateUl: a },
  }),
  [C.LOG_DELIVERY_STOPPED]: (a) => ({
    code: 'delivery-stopped',
    severity: 'alarm',
    // The pump does not sense its reservoir: it is told the fill volume and counts what it programs [D1]
    // reservoir volume and low-reservoir alarm are programmed at set-up), so its empty alarm follows the
    // calculated volume; the real reservoir runs dry earlier or later by the delivery-accuracy error ([D2]: +2.5 %
    // per refill). The empty-alarm behaviour itself was not found.
    message:
      'The reservoir ran dry: no more drug is delivered. The pump does not sense this; its empty alarm follows the volume it calculates.',
    data: { reservoirUl: a },
  }),
  [C.LOG_WITHDRAWAL_RISK]: (a) => ({
    code: 'withdrawal-risk',
    severity: 'alarm',
    message: `Baclofen delivery stopped (${CAUSES[a] ?? 'delivery stopped'}): risk of withdrawal (boxed warning).`,
    data: { causeCode: a },
  }),
  [C.LOG_ERI]: (a) => ({
    code: 'eri',
    severity: 'alarm',
    message: `Elective replacement indicator: the battery is low; the pump stops ${days(a)}.`,
    data: { endOfServiceAtHours: a },
  }),
  [C.LOG_END_OF_SERVICE]: () => ({
    code: 'end-of-service',
    severity: 'alarm',
    message: 'End of service: the battery is exhausted and the pump has stopped.',
  }),
  [C.LOG_MOTOR_STALL]: (a) => ({
    code: 'motor-stall',
    severity: a ? 'alarm' : 'warning',
    message: a ? 'Motor stall: delivery stopped (two-tone alarm).' : 'Motor stall: delivery stopped.',
    data: { detected: a },
  }),
  [C.LOG_MOTOR_STALL_RECOVERY]: () => ({
    code: 'motor-stall-recovery',
    severity: 'info',
    message: 'The motor recovered from the stall.',
  }),
  [C.LOG_OCCLUSION]: (a, b) =>
    b > 0 && b < 1
      ? {
          code: 'partial-occlusion',
          severity: 'warning',
          message: `The catheter is kinked: ${f(b * 100, 0)} % of the flow is blocked and stays in the reservoir. The pump keeps counting it as delivered.`,
          data: { detected: 0, fraction: b },
        }
      : {
          code: 'occlusion',
          severity: a ? 'alarm' : 'warning',
          message: a
            ? 'Occlusion alarm: the catheter is blocked.'
            : 'The catheter is blocked; this pump cannot detect it and keeps counting strokes.',
          data: { detected: a, fraction: 1 },
        },
  [C.LOG_OCCLUSION_CLEARED]: () => ({
    code: 'occlusion-cleared',
    severity: 'info',
    message: 'The catheter occlusion cleared.',
  }),
  [C.LOG_LEAK]: (a, b) => ({
    code: b === C.LEAK_FRACTURE ? 'catheter-fracture' : a >= 1 ? 'catheter-disconnection' : 'catheter-leak',
    severity: 'warning',
    message:
      b === C.LEAK_FRACTURE
        ? `The catheter is fractured: ${f(a * 100, 0)} % of the flow goes into tissue, not CSF.`
        : a >= 1
          ? 'The catheter is disconnected: the drug goes into tissue, not CSF.'
          : `The catheter leaks: ${f(a * 100, 0)} % of the flow goes into tissue.`,
    data: { fraction: a, site: b },
  }),
  [C.LOG_LEAK_REPAIRED]: () => ({
    code: 'catheter-repaired',
    severity: 'info',
    message: 'The catheter leak was repaired.',
  }),
  [C.LOG_TIP_MIGRATION]: (a) => ({
    code: 'tip-migration',
    severity: 'warning',
    message: `The catheter tip moved to ${f(a)} cm.`,
    data: { tipXCm: a },
  }),
  [C.LOG_TELEMETRY]: () => ({
    code: 'telemetry',
    severity: 'info',
    message: 'Pump interrogated by telemetry.',
  }),
  [C.LOG_MRI_START]: (a, b) => ({
    code: 'mri-start',
    severity: 'info',
    message: `MRI scan of ${f(a, 2)} h: ${MRI_BEHAVIOUR_LABEL[b] ?? MRI_BEHAVIOUR_LABEL[C.MRI_NONE]}.`,
    data: { durationHours: a, mriMode: b },
  }),
  [C.LOG_MRI_HELD]: () => ({
    code: 'mri-held',
    severity: 'alarm',
    message:
      'The scan caught the pump sounding an alarm: infusion will not resume until the pump is interrogated.',
  }),
  [C.LOG_MRI_RESTART]: () => ({
    code: 'mri-restart',
    severity: 'info',
    message: 'Infusion resumed after the MRI scan.',
  }),
  [C.LOG_MRI_INTERROGATE]: (a) => ({
    code: 'mri-interrogate',
    severity: 'info',
    message:
      a === C.MRI_STALL_RESTART
        ? 'MRI scan over: interrogate the pump with the programmer to confirm that infusion has resumed (it can restart hours late).'
        : 'MRI scan over: interrogate the pump with the programmer to check its reservoir and valves.',
    data: { mriMode: a },
  }),
  [C.LOG_MRI_DUMP]: (a, b) => ({
    code: 'mri-dump',
    severity: 'alarm',
    message: `MRI opened the valves: ${vol(a)} (${mass(b)}) discharged through the catheter.`,
    data: { volumeUl: a, massUg: b },
  }),
  [C.LOG_MRI_VALVE_SHUT]: (a) => ({
    code: 'mri-valve-shut',
    severity: 'warning',
    message: `The flow-activated valve shut after ${vol(a)}; no delivery until the pump is reset.`,
    data: { volumeUl: a },
  }),
  [C.LOG_PUMP_RESET]: () => ({ code: 'pump-reset', severity: 'info', message: 'The pump was reset.' }),
  [C.LOG_EXPLANT]: (a, b, c) => ({
    code: 'explant',
    severity: c > 0 ? 'warning' : 'info',
    message:
      `Old pump explanted with ${vol(a)} (${mass(b)}) still in its reservoir, removed.` +
      (c > 0 ? ` No pump for ${f(c, 1)} h: no delivery.` : ' The new pump goes in at the same operation.'),
    data: { removedUl: a, removedUg: b, interruptionHours: c },
  }),
  [C.LOG_REPLACEMENT]: (a, b, c) => ({
    code: 'replacement',
    severity: 'info',
    message: `New ${DEVICE_KIND_LABEL[c] ?? DEVICE_KIND_LABEL[C.KIND_PROGRAMMABLE]} pump running: new battery, filled with ${vol(a)}.`,
    data: { volumeUl: a, concentrationUgPerUl: b, deviceKind: c },
  }),
  [C.LOG_CATHETER_REVISED]: (a, b, c) => ({
    code: 'catheter-revised',
    severity: 'info',
    message:
      `Catheter revised: the new one holds ${vol(a)}` +
      (c > 0
        ? ' of drug (primed).'
        : ' of CSF/saline: prime it, or the drug takes dead volume ÷ rate to arrive.') +
      ` The old one took ${mass(b)} of drug with it.`,
    data: { deadVolumeUl: a, removedUg: b, concentrationUgPerUl: c },
  }),
  [C.LOG_ENVIRONMENT]: (a, b, c) => ({
    code: 'environment-change',
    severity: 'info',
    // The gas pump's flow factor rests on an estimated drive pressure: said as an estimate, to the nearest 5 %.
    message:
      c === 1
        ? `Body ${f(a)} °C, ambient ${f(b)} kPa.`
        : c < 0
          ? `Body ${f(a)} °C, ambient ${f(b)} kPa: a gas-driven pump's flow now runs backwards at about ${f(Math.round(-c * 20) * 5, 0)} % of its nominal rate (an estimate: its drive pressure is not published).`
          : `Body ${f(a)} °C, ambient ${f(b)} kPa: a gas-driven pump's flow is now about ${f(Math.round(c * 20) * 5, 0)} % of nominal (an estimate: its drive pressure is not published).`,
    data: { temperatureC: a, ambientKpa: b, flowFactor: c },
  }),
  [C.LOG_GAS_FLOW_STOPPED]: (a) => ({
    code: 'gas-flow-stopped',
    severity: 'alarm',
    message: `Ambient pressure ${f(a)} kPa exceeds the propellant drive: flow has stopped.`,
    data: { ambientKpa: a },
  }),
  [C.LOG_BACKFLOW_START]: (a, b) => ({
    code: 'backflow-start',
    severity: 'alarm',
    message: `Ambient pressure is ${f(a)} kPa above the propellant drive: the flow runs backwards, about ${vol(b)} an hour drawn from the spinal fluid into the catheter and the pump (an estimate). No drug is delivered.`,
    data: { excessKpa: a, backflowUlPerHour: b },
  }),
  [C.LOG_BACKFLOW_END]: (a, b, c) => ({
    code: 'backflow-end',
    severity: 'info',
    message: `The drive is ${f(a)} kPa above ambient again: forward flow resumed. ${vol(b)} were drawn back, with ${mass(c)} of drug from the spinal fluid; the catheter first delivers that mixture.`,
    data: { driveKpa: a, volumeUl: b, massUg: c },
  }),
  [C.LOG_DELIVERY_RESUMED]: () => ({
    code: 'delivery-resumed',
    severity: 'info',
    message: 'Delivery resumed after the refill.',
  }),
};

/** One SimEvent from a log record. */
export function pumpLogToEvent(tHours: number, code: number, a: number, b: number, c: number): SimEvent {
  const m = MAP[code];
  if (!m) return { tHours, code: 'unknown', severity: 'info', message: `Unknown pump event ${code}.` };
  return { tHours, ...m(a, b, c) };
}

export function logOverflowEvent(tHours: number, dropped: number): SimEvent {
  return {
    tHours,
    code: 'log-overflow',
    severity: 'warning',
    message: `${dropped} pump log entries were dropped (log full).`,
    data: { dropped },
  };
}
