/**
 * Simulated time and the engine's events in words. The engine sends each event as a stable code with named data
 * in internal units (src/model/result.ts SimEvent); these functions write them for learners. `n` formats a
 * number for the current language, `t` a run time; a code not listed here shows the engine's English message.
 */
import { registerCatalogue } from './locale.js';

/** Number and time formatters handed to the event texts (src/ui/format/event-text.ts). */
export interface EventFormat {
  /** A number with `digits` significant digits (3 by default), in the current language. */
  n: (x: number | undefined, digits?: number) => string;
  /** A volume given in µL, in words: mL from 1 mL up, µL below (as the engine's own messages). */
  vol: (ul: number | undefined) => string;
  /** A drug amount given in µg, in words: mg from 1 mg up, µg below. */
  mass: (ug: number | undefined) => string;
  /** A run time ("day 12, 06:00"); a negative time means "never". */
  t: (tHours: number | undefined) => string;
}
type D = Readonly<Record<string, number | undefined>>;
type EventTextFn = (d: D, f: EventFormat) => string;

export const TIME_TEXT = {
  at: (day: number, year: number, clock: string) =>
    `day ${day}${year > 1 ? ` (year ${year})` : ''}, ${clock}`,
  never: 'never under this program',
};

const MODES: Record<number, string> = { 0: 'stopped', 1: 'continuous', 2: 'flex' };
const BOLUS: Record<number, string> = { 0: 'Single', 1: 'Priming', 2: 'Bridge', 3: 'Patient' };
const MRI: Record<number, string> = {
  0: 'no effect',
  1: 'motor stops',
  2: 'valves open',
  3: 'flow-activated valve',
  4: 'pump paused',
};
const DENY: Record<number, string> = {
  1: 'patient boluses are not enabled on this pump',
  2: 'the pump is not infusing',
  3: 'the lockout time since the last bolus has not passed',
  4: 'the maximum number of boluses in 24 hours has been reached',
  5: 'another bolus is still running',
  6: 'the reservoir holds less than one bolus',
};
/**
 * Why baclofen delivery stopped: withdrawal-risk's causeCode is the pump log code of the cause (PUMP_CONSTANTS
 * LOG_*, written as numbers so that the page does not load the engine's constant table; the English texts are
 * checked against the engine's messages in test/unit/event-text-codes.test.ts).
 */
const STOP: Record<number, string> = {
  14: 'the reservoir ran dry',
  17: 'the battery reached end of service',
  18: 'the motor stalled',
  29: 'the valve shut during MRI',
  33: 'ambient pressure exceeds the pump drive',
  43: 'ambient pressure exceeds the pump drive and the flow runs backwards',
  40: 'the drug no longer reaches the CSF at the catheter tip',
  20: 'the catheter is blocked',
  22: 'the catheter is disconnected',
  37: 'the pump was explanted and the new one is not yet running',
};
/** Why drug leaving the tip does not reach the CSF (tip-loss-* events' cause). */
const TIP_LOSS: Record<number, string> = {
  1: 'an inflammatory mass at the catheter tip',
  2: 'the tip has moved out of the intrathecal space',
  3: 'CSF and drug leak back along the catheter',
};
const DEVICES: Record<number, string> = {
  0: 'programmable',
  1: 'accumulator',
  2: 'constant-rate',
  3: 'external',
  4: 'injection',
};
/** The patient's signs by drug class (syndrome events' drugClass: 0 baclofen, 1 opioid, 2 other). */
const SIGNS: Record<number, Record<string, string>> = {
  0: {
    'withdrawal-early': 'Baclofen withdrawal starting: spasticity returning, itching, a faster pulse.',
    withdrawal:
      'Baclofen withdrawal: rebound spasticity, fever, unstable blood pressure and pulse, confusion.',
    'withdrawal-severe':
      'Severe baclofen withdrawal: high fever, rigidity, drowsiness; risk of muscle breakdown (rhabdomyolysis) and death. An emergency.',
    oversedation: 'Baclofen overdose signs: drowsiness, weak muscles.',
    overdose: 'Baclofen overdose: deep drowsiness, slowed breathing. An emergency.',
  },
  1: {
    'withdrawal-early': 'Opioid withdrawal starting: pain returning, restlessness, sweating.',
    withdrawal: 'Opioid withdrawal: rebound pain, agitation, sweating, diarrhoea, a fast pulse.',
    'withdrawal-severe': 'Severe opioid withdrawal: intense pain, vomiting, diarrhoea, a fast pulse.',
    oversedation: 'Opioid sedation: drowsy; slowed breathing may follow.',
    overdose: 'Opioid overdose: deep sedation, slowed breathing. An emergency.',
  },
  2: {
    'withdrawal-early': 'Withdrawal starting as the drug wears off after days of use.',
    withdrawal: 'Withdrawal: the treated symptoms rebound, with agitation and a fast pulse.',
    'withdrawal-severe': 'Severe withdrawal: an emergency.',
    oversedation: 'Sedation: drowsy.',
    overdose: 'Overdose: deep sedation, slowed breathing. An emergency.',
  },
};
/** The MRI behaviour whose pump may restart late (PUMP_CONSTANTS.MRI_STALL_RESTART). */
export const MRI_STALL_RESTART = 1;
const signs = (d: D, code: string): string => (SIGNS[d.drugClass ?? 2] ?? SIGNS[2])[code];
/** A span of hours in words ("36 h", "12 days"). */
const span = (h: number | undefined, f: EventFormat): string =>
  (h ?? 0) < 48 ? `${f.n(h, 2)} h` : `${f.n((h ?? 0) / 24, 2)} days`;

export const EVENT_TEXT = {
  modes: MODES,
  bolusKinds: BOLUS,
  mriBehaviours: MRI,
  denyReasons: DENY,
  stopCauses: STOP,
  tipLossCauses: TIP_LOSS,
  deviceKinds: DEVICES,
  signs: SIGNS,
  text: {
    'program-change': (d, f) =>
      `Program set to ${MODES[d.mode ?? 0] ?? MODES[0]} (${f.n(d.rateUlPerHour)} µL/h now).`,
    'bolus-start': (d, f) =>
      `${BOLUS[d.kind ?? 0] ?? BOLUS[0]} bolus of ${f.vol(d.volumeUl)} over ${f.n(d.durationHours)} h started.`,
    'bolus-end': (d) => `${BOLUS[d.kind ?? 0] ?? BOLUS[0]} bolus finished.`,
    'bolus-cancelled': () => 'A running bolus was replaced by a new one.',
    'patient-bolus-accepted': (d, f) => `Patient bolus of ${f.vol(d.volumeUl)} accepted.`,
    'patient-bolus-denied': (d, f) =>
      `Patient bolus denied: ${DENY[d.reasonCode ?? 1] ?? DENY[1]}${d.reasonCode === 3 ? ` (${f.n(d.waitHours)} h to wait)` : ''}.`,
    refill: (d, f) =>
      `Refill: ${f.vol(d.aspiratedUl)} aspirated (pump calculated ${f.vol(d.expectedUl)}), ${f.vol(d.volumeUl)} injected.`,
    'volume-discrepancy': (d, f) =>
      `Refill volume discrepancy: ${f.vol(d.aspiratedUl)} aspirated but ${f.vol(d.expectedUl)} expected. Check for a pocket fill or a pump problem.`,
    'pocket-fill': (d, f) =>
      `Pocket fill: ${f.vol(d.volumeUl)} (${f.mass(d.massUg)}) went into the subcutaneous pocket, a systemic dose.`,
    'next-refill': (d, f) => `Next refill due ${f.t(d.dueAtHours)}.`,
    'refill-overdue': (d, f) => `The refill due ${f.t(d.dueAtHours)} has not been done.`,
    'missed-refill': () => 'A scheduled refill was missed.',
    'low-reservoir': (d, f) => `Low-reservoir alarm: the pump calculates ${f.vol(d.estimateUl)} left.`,
    'empty-reservoir': () => 'Empty-reservoir alarm: the pump calculates its reservoir is empty.',
    'delivery-stopped': () =>
      'The reservoir ran dry: no more drug is delivered. The pump does not sense this; its empty alarm follows the volume it calculates.',
    eri: (d, f) =>
      `Elective replacement indicator: the battery is low; the pump stops ${f.t(d.endOfServiceAtHours)}.`,
    'end-of-service': () => 'End of service: the battery is exhausted and the pump has stopped.',
    'motor-stall': (d) =>
      d.detected ? 'Motor stall: delivery stopped (two-tone alarm).' : 'Motor stall: delivery stopped.',
    occlusion: (d) =>
      d.detected
        ? 'Occlusion alarm: the catheter is blocked.'
        : 'The catheter is blocked; this pump cannot detect it and keeps counting strokes.',
    'mri-held': () =>
      'The scan caught the pump sounding an alarm: infusion will not resume until the pump is interrogated.',
    explant: (d, f) =>
      `Old pump explanted with ${f.vol(d.removedUl)} (${f.mass(d.removedUg)}) still in its reservoir, removed.` +
      ((d.interruptionHours ?? 0) > 0
        ? ` No pump for ${f.n(d.interruptionHours)} h: no delivery.`
        : ' The new pump goes in at the same operation.'),
    'catheter-revised': (d, f) =>
      `Catheter revised: the new one holds ${f.vol(d.deadVolumeUl)}` +
      ((d.concentrationUgPerUl ?? 0) > 0
        ? ' of drug (primed).'
        : ' of CSF/saline: prime it, or the drug takes dead volume ÷ rate to arrive.') +
      ` The old one took ${f.mass(d.removedUg)} of drug with it.`,
    'motor-stall-recovery': () => 'The motor recovered from the stall.',
    'occlusion-cleared': () => 'The catheter occlusion cleared.',
    'catheter-disconnection': () => 'The catheter is disconnected: the drug goes into tissue, not CSF.',
    'catheter-leak': (d, f) =>
      `The catheter leaks: ${f.n((d.fraction ?? 0) * 100, 2)} % of the flow goes into tissue.`,
    'catheter-repaired': () => 'The catheter leak was repaired.',
    'tip-migration': (d, f) => `The catheter tip moved to ${f.n(d.tipXCm)} cm.`,
    telemetry: () => 'Pump interrogated by telemetry.',
    'mri-start': (d, f) => `MRI scan of ${f.n(d.durationHours)} h: ${MRI[d.mriMode ?? 0] ?? MRI[0]}.`,
    'mri-restart': () => 'Infusion resumed after the MRI scan.',
    'mri-dump': (d, f) =>
      `MRI opened the valves: ${f.vol(d.volumeUl)} (${f.mass(d.massUg)}) discharged through the catheter.`,
    'mri-valve-shut': (d, f) =>
      `The flow-activated valve shut after ${f.vol(d.volumeUl)}; no delivery until the pump is reset.`,
    'pump-reset': () => 'The pump was reset.',
    'environment-change': (d, f) =>
      (d.flowFactor ?? 0) < 0
        ? `Body ${f.n(d.temperatureC)} °C, ambient ${f.n(d.ambientKpa)} kPa (a gas-driven pump's flow runs backwards, at ${f.n(-(d.flowFactor ?? 0) * 100, 2)} % of its nominal rate).`
        : `Body ${f.n(d.temperatureC)} °C, ambient ${f.n(d.ambientKpa)} kPa (flow ${f.n((d.flowFactor ?? 0) * 100)} % of nominal for a gas-driven pump).`,
    'gas-flow-stopped': (d, f) =>
      `Ambient pressure ${f.n(d.ambientKpa)} kPa exceeds the propellant drive: flow has stopped.`,
    'delivery-resumed': () => 'Delivery resumed after the refill.',
    'backflow-start': (d, f) =>
      `Ambient pressure is ${f.n(d.excessKpa)} kPa above the propellant drive: the flow runs backwards, about ${f.vol(d.backflowUlPerHour)} an hour drawn from the spinal fluid into the catheter and the pump (an estimate). No drug is delivered.`,
    'backflow-end': (d, f) =>
      `The drive is ${f.n(d.driveKpa)} kPa above ambient again: forward flow resumed. ${f.vol(d.volumeUl)} were drawn back, with ${f.mass(d.massUg)} of drug from the spinal fluid; the catheter first delivers that mixture.`,
    'log-overflow': (d, f) => `${f.n(d.dropped, 0)} pump log entries were dropped (log full).`,
    'access-port-injection': (d, f) =>
      `The refill needle was in the catheter access port, not the reservoir: ${f.vol(d.volumeUl)} (${f.mass(d.massUg)}) went down the catheter into the CSF over ${f.n((d.injectionHours ?? 0) * 60, 2)} min, an overdose. The reservoir still holds only its old contents.`,
    'pocket-aspiration': (d, f) =>
      `${f.vol(d.volumeUl)} of fluid drawn back from the pocket, removing ${f.mass(d.massUg)} of drug before it was absorbed.`,
    'partial-occlusion': (d, f) =>
      `The catheter is kinked: ${f.n((d.fraction ?? 0) * 100, 2)} % of the flow is blocked and stays in the reservoir. The pump keeps counting it as delivered.`,
    'catheter-fracture': (d, f) =>
      `The catheter is fractured: ${f.n((d.fraction ?? 0) * 100, 2)} % of the flow goes into tissue, not CSF.`,
    'withdrawal-risk': (d) =>
      `Baclofen delivery stopped (${STOP[d.causeCode ?? 0] ?? 'delivery stopped'}): risk of withdrawal (boxed warning).`,
    'mri-interrogate': (d) =>
      d.mriMode === MRI_STALL_RESTART
        ? 'MRI scan over: interrogate the pump with the programmer to confirm that infusion has resumed (it can restart hours late).'
        : 'MRI scan over: interrogate the pump with the programmer to check its reservoir and valves.',
    replacement: (d, f) =>
      `New ${DEVICES[d.deviceKind ?? 0] ?? DEVICES[0]} pump running: new battery, filled with ${f.vol(d.volumeUl)}.`,
    ...Object.fromEntries(
      ['granuloma', 'migration-out', 'csf-leak'].map((id) => [
        `tip-loss-${id}`,
        (d: D, f: EventFormat) =>
          `Not every dose reaches the CSF: ${TIP_LOSS[d.cause ?? 1] ?? TIP_LOSS[1]}; ${f.n((d.fraction ?? 0) * 100, 2)} % of the drug leaving the tip goes into tissue${(d.rampHours ?? 0) > 0 ? `, rising over ${span(d.rampHours, f)}` : ''}, on an unchanged program.`,
      ]),
    ),
    'tip-loss-cleared': () => 'The drug leaving the catheter tip reaches the CSF again.',
    'withdrawal-early': (d) => signs(d, 'withdrawal-early'),
    withdrawal: (d) => signs(d, 'withdrawal'),
    'withdrawal-severe': (d) => signs(d, 'withdrawal-severe'),
    oversedation: (d) => signs(d, 'oversedation'),
    overdose: (d) => signs(d, 'overdose'),
  } satisfies Record<string, EventTextFn> as Record<string, EventTextFn>,
};

registerCatalogue('TIME_TEXT', TIME_TEXT);
registerCatalogue('EVENT_TEXT', EVENT_TEXT);
