import { registerCatalogue } from './locale.js';

/**
 * Every user-visible string of the itp- elements, in one place so that the UI can be translated. Parametrised
 * strings are functions. Event codes from the engine map through `eventLabel` (the engine's English message
 * is the fallback).
 */
export const S = {
  appTitle: 'intrathecal-pump-sim',
  disclaimer:
    'An educational simulator of intrathecal drug pumps — for learning, not for dosing: estimates are marked and nothing here is a device specification or clinical advice.',
  nav: {
    label: 'Views',
    compare: 'Pump comparison',
    spine: 'Spine',
    charts: 'Charts',
    programming: 'Programming',
    lifecycle: 'Lifecycle',
    troubleshoot: 'Troubleshooting',
    routes: 'Route comparison',
    lessons: 'Lessons',
  },
  run: {
    simulating: 'Simulating…',
    simulated: (days: string) => `Simulated ${days}.`,
    // Also says why a run was stopped or not started (run-queue.ts), so not "failed".
    failed: (msg: string) => `The simulation did not finish: ${msg}`,
    unknownPreset: (id: string) => `Unknown preset “${id}”; showing the default scenario instead.`,
    presetMissing: (id: string) => `The preset “${id}” is not available in this build of the engine yet.`,
    scenarioUrlFailed: (msg: string) =>
      `The scenario file could not be loaded (${msg}); showing the default.`,
    invalidScenario: 'This scenario is not valid:',
    notProduced: (what: string) => `${what}: not produced by this build of the simulation engine yet.`,
    restarted:
      'The simulator stopped unexpectedly. It has been restarted, and your simulation is running again.',
    recovered:
      'The simulator stopped unexpectedly and was restarted. Your simulation was run again and has finished: the results shown are complete.',
    failedTwice:
      'the simulator stopped unexpectedly twice while running this scenario. Nothing you entered is lost; try again, or try a shorter run',
    declined: 'it was not started, because you chose not to wait for this long simulation',
    stopped: 'you stopped it before the end',
    longRunTitle: 'This simulation will take a while',
    longRunQuestion: (about: string) =>
      `It is estimated to take ${about} (longer on a slow computer or a phone). The page stays usable meanwhile, and you can stop it at any time. Run it now?`,
    longRunYes: 'Run it',
    longRunNo: 'Not now',
    progress: (percent: number) => `Simulating… ${percent} % done.`,
    estimateInAll: (about: string) => `(${about} in all)`,
    progressLabel: 'Simulation progress',
    stop: 'Stop',
    dismiss: 'Close',
  },
  time: {
    group: 'Time controls',
    play: 'Play',
    pause: 'Pause',
    step: 'Step forward',
    reset: 'Reset',
    speed: 'Speed',
    position: 'Simulated time',
    reducedMotion: 'Animation is paused because your system asks for reduced motion; press Play to start it.',
    speeds: ['1 hour/s', '6 hours/s', '1 day/s', '1 week/s', '1 month/s'],
  },
  units: {
    h: 'h',
    days: 'days',
    years: 'years',
    ml: 'mL',
    ul: 'µL',
    ug: 'µg',
    mg: 'mg',
    ngPerMl: 'ng/mL',
    logScale: 'log scale',
    linearScale: 'linear scale',
  },
  est: {
    badge: 'estimate',
  },
  compare: {
    heading: 'Constant-rate and programmable pumps on the same patient',
    programmable: 'Programmable pump',
    constantRate: 'Constant-rate (gas-driven) pump',
    reservoir: 'Reservoir',
    tipDelivery: 'Tip delivery',
    pulsed: 'pulsed: discrete strokes',
    smooth: 'smooth: continuous flow',
    bodyTemp: 'Body temperature',
    altitude: 'Altitude / cabin pressure',
    mri: 'MRI scan',
    mriAtDay: 'MRI scan after',
    schedule: 'Rate',
    concentration: 'Concentration at refill',
    controlsLegend: 'What the patient does',
    controlUnsupported: 'This control needs an engine feature that has not landed yet.',
    battery: 'Battery',
    noBattery: 'no battery (gas-driven)',
    delivered: 'Delivered',
    deliveredDose: 'Delivered dose',
    cutaway: (kind: string) => `Schematic cut-away of a ${kind} pump`,
  },
  spine: {
    heading: 'Where the drug goes in the spinal fluid',
    tipLevel: 'Catheter tip level',
    tipHelp: 'Drag the catheter tip, or focus it and use the arrow keys, to move it to another level.',
    heatmap: 'CSF concentration by level and time',
    profile: 'CSF concentration along the spine now',
    cranial: 'Cranial CSF',
    plasma: 'Plasma',
    legend: 'CSF concentration',
    distribution: 'The CSF distribution',
  },
  charts: {
    heading: 'Time series',
    tipDelivery: 'Tip delivery',
    /** The unit of a tip-delivery chart: the volume that left the tip in one output interval. */
    tipDeliveryUnit: 'µL per interval',
    reservoir: 'Reservoir volume',
    dailyDose: 'Dose at the tip per day',
    dose: 'Dose',
    csfAtLevels: 'CSF concentration at chosen levels',
    plasma: 'Plasma concentration',
    effects: 'Effect and side-effect scores',
    table: 'Show as a data table',
    exportPng: 'Save chart as PNG',
    logScale: 'Log scale',
    time: 'Time',
    levels: 'Levels',
    summary: (name: string, min: string, max: string, last: string) =>
      `${name}: from ${min} to ${max}; at the end ${last}.`,
  },
  programming: {
    heading: 'Program the pump',
    mode: 'Mode',
    continuous: 'Continuous',
    flex: 'Flex steps',
    /** The basal mode choice (a segmented control) and the flex period's. */
    modeChoice: 'Basal delivery',
    modes: { continuous: 'Continuous', flex: 'Flex steps', stopped: 'Stopped' },
    period: 'Repeat every',
    periodDay: '24 h (a daily pattern)',
    periodWeek: '168 h (a weekly pattern)',
    rate: 'Rate',
    steps: 'Flex steps',
    stepStart: 'Starts, hours into the period',
    addStep: 'Add step',
    remove: 'Remove',
    boluses: 'Boluses',
    bolusKind: 'Kind',
    bolusAt: 'Given, hours from the start',
    bolusVolume: 'Volume',
    bolusThen: 'Afterwards',
    bolusThenResume: 'The program continues',
    bolusThenStop: 'The pump stops (single bolus)',
    bolusStopWarning:
      'Single bolus: when this bolus ends the pump stops and gives no more drug until it is programmed again. ' +
      'Stopping suddenly can bring on withdrawal, which with baclofen can be life-threatening.',
    addBolus: 'Add bolus',
    /** The bolus kinds, in plain words (the scenario's ids: single, priming, bridge). */
    bolusKinds: { single: 'Single dose', priming: 'Priming', bridge: 'Bridge' },
    bolusKindHints: {
      single: 'A one-off extra dose of the drug in the pump.',
      priming: 'Fills an empty catheter with drug, at the fastest rate.',
      bridge: 'Pushes the old drug out of the catheter at the old rate after a change of drug or strength.',
    },
    /** A priming or bridge bolus without its own volume gives the catheter's contents. */
    bolusVolumeDefault: 'Volume: what the catheter holds (the usual volume for this kind).',
    bolusVolumeSet: 'Choose a volume',
    removeStep: (n: number) => `Remove step ${n}`,
    removeBolus: (n: number) => `Remove bolus ${n}`,
    patientBolus: 'Patient bolus (PTM) rules',
    patientBolusOn: 'The patient may give boluses',
    pbDose: 'Dose per bolus',
    pbLockout: 'Lockout between boluses',
    pbMax: 'Most boluses in a day',
    boluses1: 'bolus',
    bolusesN: 'boluses',
    problems: (n: number) =>
      n === 1
        ? '1 problem, shown here or next to its field.'
        : `${n} problems, listed here or next to their fields.`,
    apply: 'Run this program',
    valid: 'The program is valid.',
    unsupported: (what: string) => `${what} are not in the scenario format of this build yet.`,
  },
  lifecycle: {
    heading: 'Months to years: refills, alarms, battery',
    story: 'Story',
    calendar: 'Calendar',
    nextRefill: 'Next refill',
    eri: 'Elective replacement indicator',
    eos: 'End of service',
    none: 'not within the simulated time',
    events: 'Events',
    noEvents: 'No events in the simulated time.',
    month: (n: number, year = 1) => (year > 1 ? `Month ${n} (year ${year})` : `Month ${n}`),
  },
  routes: {
    heading: 'Why intrathecal? The same effect by other routes',
    route: 'Route',
    dose: 'Daily dose for the same effect',
    ratio: 'Ratio to intrathecal',
    plasma: 'Plasma exposure',
    it: 'Intrathecal',
    epidural: 'Epidural',
    iv: 'Intravenous',
    oral: 'Oral',
    note: 'Conversion ratios are a teaching assumption, poorly validated and asymmetric — never a prescribing rule.',
  },
  lessons: {
    heading: 'Lessons',
    lookAt: 'What to look at',
    trialMissing: 'The trial view is not part of this build yet.',
    casesHeading: 'Patient cases',
    backToLessons: 'Back to the lessons',
  },
  share: {
    heading: 'Save, share, export',
    name: 'Name',
    save: 'Save in this browser',
    load: 'Load',
    del: 'Delete',
    saved: 'Saved scenarios',
    none: 'No saved scenarios yet.',
    noneReadable: 'None that can be read (see the message above).',
    copyLink: 'Copy a link to this scenario',
    copied: 'Link copied.',
    csv: 'Export CSV',
    json: 'Export JSON',
    savedOk: (name: string) => `Saved “${name}”.`,
    savedAs: (asked: string, used: string) =>
      `Saved as “${used}”, because a saved scenario called “${asked}” already exists (it was kept).`,
    needName: 'Type a name first, then save.',
    loaded: (name: string) => `Loaded “${name}”.`,
    notLoaded: (name: string, why: string) => `“${name}” could not be loaded: ${why}.`,
    noScenarioInside: 'it was saved without a scenario in it',
    full: 'Not saved: this browser’s storage is full. Delete a saved scenario you no longer need, then try again.',
    corruptKept:
      'Your saved scenarios could not be read. They were set aside unchanged in this browser, so nothing is lost; you can download them as a file.',
    corruptStuck:
      'Your saved scenarios could not be read, and this browser’s storage is too full to set them aside. They are left untouched, and saving is paused so that nothing overwrites them. Download them first; then you can start a new list.',
    downloadCorrupt: 'Download the unreadable saved data',
    discardCorrupt: 'Delete it and start a new list',
    discarded:
      'The unreadable data was deleted from this browser (your download keeps a copy). Saving works again.',
    brokenLink: (msg: string) => `The scenario in this link could not be used (${msg}); showing the default.`,
    linkCheckFailed:
      'The scenario in this link could not be checked, because the simulator stopped unexpectedly. The link itself may be fine: it is kept in the address bar. Showing the default until it can be checked.',
    linkNotRun:
      'The scenario in this link was not checked, because its simulation was stopped or not started. The link is kept in the address bar. Showing the default until it is checked.',
    tryAgain: 'Try again',
    storageUnavailable: 'Saving is unavailable: this browser blocks local storage.',
  },
  events: {
    'empty-reservoir': 'Reservoir empty',
    'low-reservoir': 'Low-reservoir alarm',
    refill: 'Refill',
    eri: 'Elective replacement indicator',
    'end-of-service': 'End of service',
    'mri-start': 'MRI scan',
    'missed-refill': 'Missed refill',
    'pocket-fill': 'Pocket fill',
    'withdrawal-early': 'Withdrawal starting',
    withdrawal: 'Withdrawal',
    'withdrawal-severe': 'Severe withdrawal',
    oversedation: 'Sedated',
    overdose: 'Overdose: slowed breathing',
  } as Record<string, string>,
} as const;

export const eventLabel = (code: string, fallback: string): string => S.events[code] ?? fallback;

/** Part labels and read-outs of the pump cut-away drawings (pump-compare/schematic.ts). */
export const SCHEMATIC_TEXT = {
  reservoir: ['drug', 'reservoir'],
  battery: ['battery +', 'electronics'],
  rotor: ['rotor and', 'rollers'],
  tubing: ['pump', 'tubing'],
  catheter: ['to the', 'catheter'],
  inlet: ['inlet', 'valve'],
  outlet: ['outlet', 'valve'],
  accumulator: ['accumulator', 'chamber'],
  bellows: ['drug in', 'bellows'],
  propellant: ['propellant', '(gas)'],
  restrictor: ['flow', 'restrictor'],
  parts: {
    programmable: 'drug reservoir, pump tubing squeezed by a roller rotor, battery and electronics',
    accumulator: 'drug reservoir, inlet valve, accumulator chamber, outlet valve, battery and electronics',
    'constant-rate': 'drug in a bellows pressed by propellant gas, flow-restrictor capillary, no battery',
  } as Record<string, string>,
  state: {
    programmable: (strokes: number) => `Rotor: ${strokes} strokes so far`,
    accumulator: (cycles: number, phase: string) =>
      `Accumulator: ${cycles} valve cycles so far; now ${phase}`,
    'constant-rate': (percent: string) => `Bellows ${percent} full; flow set by the restrictor`,
  },
  filling: 'filling (inlet open, outlet shut)',
  emptying: 'emptying (inlet shut, outlet open)',
  stopped: 'Delivery stopped',
} as const;

/** The standalone one-lesson page (web/lesson.html), for course sites that only allow iframes. */
export const LESSON_PAGE_TEXT = {
  title: (lesson: string) => `${lesson} — intrathecal-pump-sim lesson`,
  fallbackTitle: 'intrathecal-pump-sim lesson',
  note: 'An educational simulation of intrathecal drug pumps — for learning, not for dosing.',
  noLesson: 'This page shows one lesson, named in its address (…/lesson.html?lesson=fever-and-flight).',
  unknown: (id: string) => `There is no lesson called “${id}”.`,
  choose: 'Lessons you can open:',
} as const;

/** Pump comparison: the story's own environment timeline, shown until the learner sets an episode. */
export const COMPARE_TEXT = {
  timeline: 'This story’s own timeline, for both pumps (the same patient):',
  timelineReplaced: 'Changing the temperature, altitude or dates below replaces it with one episode.',
  entry: (day: string, note: string, what: string) => `day ${day}: ${note}${what ? ` (${what})` : ''}`,
  baseline: (
    drug: string,
    dose: string,
    progRate: string,
    progConc: string,
    gasRate: string,
    gasConc: string,
  ) =>
    `Same patient, same drug (${drug}), same starting dose: ${dose}. The programmable pump gives it as ${progRate} of a ${progConc} solution; the gas pump, whose flow is fixed at about ${gasRate}, is filled with ${gasConc}.`,
  noBaseline: (dose: string) =>
    `The programmable pump’s program is not one steady rate, so there is no single dose to match: the gas pump keeps its story’s own dose (${dose}).`,
  endsEarly: (shorter: string, endDay: string, longer: string, otherEndDay: string) =>
    `The ${shorter}’s story is shorter: its run ends on day ${endDay}, the ${longer}’s on day ${otherEndDay}.`,
  refillDay: 'Refill both pumps after',
  refillStrength: 'Strength of the refill solution (% of the first)',
  refillHelp:
    'Both pumps get a solution this much stronger or weaker than the one they started with, so both doses change by the same factor. A gas pump’s flow is fixed: a new solution is the only way to change its dose.',
  /** The episode's start and length, after the temperature and altitude fields (both in days). */
  fromDay: 'Fever or flight starts after',
  forDays: 'Fever or flight lasts',
  /** The rate field's label: only the programmable pump's rate can be set. */
  rateLabel: 'Rate of the programmable pump',
  /** Tip delivery heading of each pump: the window shown, and the volume of one stroke. */
  lastHours: (hours: number) => `last ${hours} h`,
  perStroke: 'per stroke',
} as const;

/** Time-series view additions: the run's event list, the patient's opioid tolerance. */
export const CHARTS_TEXT = {
  tolerance: 'Patient',
  tolerances: {
    naive: 'Opioid-naive (no opioids in the last week)',
    tolerant: 'Opioid-tolerant (on opioids for a week or more)',
  } as Record<string, string>,
  toleranceSource: 'How fast tolerance builds and fades: estimates',
  events: 'What the pump and the patient did (events)',
  none: 'No events in the simulated time.',
  more: (n: number) => `…and ${n} more (all of them are in the JSON export).`,
  /** The unit of a score on a fixed scale ("out of 10"). */
  outOf: (max: string) => `out of ${max}`,
  /** Tip delivery of a long run: its first days, where single strokes can be seen. */
  firstDays: (what: string, days: string) => `${what}, first ${days} days`,
  firstDaysNote: 'Each bar is one output interval. The dose per day below shows the whole run.',
  perHour: 'µL per hour',
  perMinutes: (min: string) => `µL per ${min} min`,
} as const;

/** Lifecycle view additions. */
export const LIFECYCLE_TEXT = {
  /** Calendar entry of the predicted refill date (a due date, not a refill that happened). */
  refillDue: 'Refill due',
  batteryPercent: 'Battery charge',
  deadSpace: 'Catheter dead-space delay',
  deadSpaceText: (delay: string, at: string) =>
    `the tip reached half the new concentration ${delay} after the refill at ${at}`,
  quietMonths: (n: number) => `${n} months without events are not shown.`,
  firstDrug: 'Drug first at the catheter tip',
  firstDrugText: (at: string) => `by ${at}: until then the pump was pushing the catheter's fluid ahead of it`,
  replaced: 'Pump replaced',
  /** ERI of a pump that was replaced since (the summary holds only the running pump's). */
  eriReplaced: (at: string) => `${at}, on the pump that was replaced since`,
} as const;

/** Spine view additions: the heat map's time axis and the tip gauge. */
export const SPINE_TEXT = {
  time: (unit: string) => `Time (${unit})`,
  posture: 'Posture',
  postures: {
    supine: 'Lying on the back (supine)',
    upright: 'Upright (sitting, standing)',
    prone: 'Lying face down (prone)',
  } as Record<string, string>,
  cycle: (from: number, to: number) => `Daily: upright ${from}:00–${to}:00, supine at night`,
  cycleSource: 'Estimate: up 16 h a day (no published time split)',
  isobaric: (drug: string, rho: string) =>
    `${drug} is isobaric here (density ${rho} × CSF): posture does not move it; only dispersion and clearance do.`,
  hyperbaric: (drug: string, rho: string) =>
    `${drug} is hyperbaric here (density ${rho} × CSF): it sinks along the spinal axis. Upright it drifts towards the sacrum; lying on the back, drug above the lumbar curve (L3) slides towards the thoracic low point (T5–T6), and drug below it towards the sacrum.`,
  hypobaric: (drug: string, rho: string) =>
    `${drug} is hypobaric here (density ${rho} × CSF): it rises along the spinal axis, the opposite way to a hyperbaric drug.`,
  postureSource: 'Flack & Bernards 2010; the spinal curve heights and drift speed are estimates',
  tip: (level: string) => `CSF at the tip (${level})`,
  /** Cranial level first, as clinicians name a range ("T10 to L1"). */
  target: (upper: string, lower: string) =>
    upper === lower ? `Effect read at ${upper}` : `Effect read over ${upper} to ${lower}`,
  targetShort: 'target',
  scaleKind: 'Colour scale',
  scaleLog: 'Log (3 decades)',
  scaleLinear: 'Linear',
  fixedNote: (peak: string) =>
    `The colours stay fixed at the first run’s peak (${peak}), so a run with the tip or the posture moved is drawn on the same colours; anything above the top shows as yellow.`,
  refit: 'Fit the colours to this run',
  ghost: (level: string) => `dashed: the previous run (tip at ${level})`,
  profileAxis: 'CSF now',
} as const;

/** Route comparison additions: the dose bars' log axis. */
export const ROUTES_TEXT = {
  axis: 'Daily dose (mg/day), log scale: each gridline is 10 times the one to its left',
} as const;

/** One line saying what the view runs: drug, strength, rate, daily dose and catheter tip. */
export const SCENARIO_TEXT = {
  line: (drug: string, conc: string, rateAndDose: string | null, tip: string | null) =>
    `${drug}: ${conc}${rateAndDose ? ` at ${rateAndDose}` : ', the rate following the program'}${tip ? `, catheter tip at ${tip}` : ''}.`,
  rateAndDose: (rate: string, dose: string) => `${rate} (${dose})`,
} as const;

/** Scenario fields in words, for messages (a schema path never reaches the screen). */
/** A check's or warning's parameters as words: numbers per locale, units and drug names in the page's language. */
export interface CheckWords {
  drug: string;
  amount: string;
  limit: string;
  min: string;
  max: string;
  unit: string;
  count: string;
  from: string;
  to: string;
  event: string;
  what: string;
  limitKind: string;
  source: string;
  options: string;
  flag: boolean;
}

export const FIELD_TEXT = {
  /** Every field of the scenario format by its name (test/unit/field-words checks the list against the schema). */
  names: {
    access: 'Access',
    accuracyBiasPercent: 'Accuracy bias (%)',
    accuracyRandomPercent: 'Random accuracy error (%)',
    altitudeFt: 'Altitude (ft)',
    ambientPressureKpa: 'Ambient pressure (kPa)',
    aspiratedAfterHours: 'Aspirated after (h)',
    aspiratedMl: 'Volume aspirated (mL)',
    atHours: 'Time (h)',
    batteryStartFraction: 'Battery at the start (fraction)',
    blockedFraction: 'Blocked fraction',
    bodyTemperatureC: 'Body temperature (°C)',
    boluses: 'Boluses',
    breathingDepthFactor: 'Breathing depth factor',
    cardiacStrokeVolumeMl: 'Cardiac stroke volume (mL)',
    catheter: 'Catheter',
    catheterTipLevel: 'Catheter tip level',
    concentrationUgPerMl: 'Concentration (µg/mL)',
    cranialCsfVolumeMl: 'Cranial CSF volume (mL)',
    csf: 'Cerebrospinal fluid (CSF)',
    csfCells: 'CSF cells',
    csfProductionMlPerMin: 'CSF production (mL/min)',
    deadSpaceUlPerCm: 'Dead space (µL/cm)',
    densityRelativeToCsf: 'Density relative to CSF',
    description: 'Description',
    device: 'Device',
    dispersion: 'Dispersion',
    dispersionFactor: 'Dispersion factor',
    distribution: 'Distribution',
    doseUg: 'Dose (µg)',
    driveGaugePressureKpa: 'Drive pressure (kPa)',
    drug: 'Drug',
    drugName: 'Drug name',
    durationDays: 'Simulated time (days)',
    durationHours: 'Duration (h)',
    durationMinutes: 'Duration (min)',
    environment: 'Environment',
    events: 'Events',
    fault: 'Fault',
    fieldT: 'Magnetic field (T)',
    flex: 'Flexible program',
    formulation: 'Formulation',
    from: 'From',
    fromClockHour: 'From clock hour',
    generation: 'Generation',
    growthDays: 'Growth (days)',
    heartRateBpm: 'Heart rate (per minute)',
    heightCm: 'Height (cm)',
    injectionMinutes: 'Injection time (min)',
    interruptionHours: 'Interruption (h)',
    into: 'Into',
    kind: 'Kind',
    leakFraction: 'Leak fraction',
    lengthCm: 'Length (cm)',
    lockoutHours: 'Lockout (h)',
    lowReservoirAlarmMl: 'Low-reservoir alarm (mL)',
    maxPerDay: 'Most per day',
    maxRateMlPerDay: 'Highest rate (mL/day)',
    mode: 'Mode',
    model: 'Model',
    mriRestartDelayHours: 'Restart delay after MRI (h)',
    name: 'Name',
    nominalRateMlPerDay: 'Nominal rate (mL/day)',
    note: 'Note',
    opioidTolerance: 'Opioid tolerance',
    outputIntervalMinutes: 'Output interval (min)',
    patient: 'Patient',
    patientBolus: 'Patient bolus',
    patientBolusRequests: 'Patient bolus requests',
    periodHours: 'Period (h)',
    posture: 'Posture',
    postureChanges: 'Posture changes',
    postureCycle: 'Posture cycle',
    prescribedConcentrationUgPerMl: 'Prescribed concentration (µg/mL)',
    primed: 'Primed',
    program: 'Program',
    pulseVolumeUl: 'Pulse volume (µL)',
    rateMlPerDay: 'Rate (mL/day)',
    recordStrokes: 'Record strokes',
    refillThresholdMl: 'Refill threshold (mL)',
    reservoirMl: 'Reservoir (mL)',
    reservoirStartMl: 'Reservoir at the start (mL)',
    resumeDelayHours: 'Resume delay (h)',
    schemaVersion: 'Scenario format version',
    seed: 'Random seed',
    spinalCsfVolumeMl: 'Spinal CSF volume (mL)',
    startHours: 'Start (h)',
    steps: 'Steps',
    strokeVolumeUl: 'Stroke volume (µL)',
    targetLevel: 'Target level',
    telemetrySessionsPerMonth: 'Telemetry sessions per month',
    then: 'Then',
    timeline: 'Timeline',
    tipLossFraction: 'Fraction lost at the tip',
    tissueAbsorptionHalfTimeHours: 'Tissue absorption half-time (h)',
    to: 'To',
    toLevel: 'To level',
    type: 'Type',
    uprightHours: 'Upright (h)',
    viscosityRelativeToWater: 'Viscosity relative to water',
    volumeMl: 'Volume (mL)',
    volumeUl: 'Volume (µL)',
    weightKg: 'Weight (kg)',
  } as Record<string, string>,
  /** Items of a list, numbered from 1 ("step 2"). */
  items: {
    timeline: 'step',
    events: 'event',
    steps: 'step',
    boluses: 'bolus',
    postureChanges: 'posture change',
    patientBolusRequests: 'patient bolus request',
  } as Record<string, string>,
  item: 'item',
  scenario: 'The scenario',
  is: 'is',
  isMissing: 'is missing',
  /**
   * What a validation issue says is allowed, by the issue's code (src/model/scenario/errors.ts IssueCode); the
   * numbers come formatted for the language, the largest with its unit.
   */
  rules: {
    number: 'a number',
    wholeNumber: 'a whole number',
    range: (kind: string, min: string, max: string) => `must be ${kind} from ${min} to ${max}`,
    above: (kind: string, min: string, max: string) =>
      `must be ${kind} greater than ${min} and at most ${max}`,
    oneOf: (options: string) => `must be one of: ${options}`,
    text: (n: string) => `must be text of at most ${n} characters`,
    flag: 'must be true or false',
    tooMany: (n: string) => `must be a list of at most ${n} items`,
    tooManyHas: (n: string, count: string) => `must be a list of at most ${n} items (it has ${count})`,
    tooFew: 'must have at least one step',
    unknownField: 'is not a field of this scenario format (check the spelling)',
    object: 'must be an object (a group of fields)',
    list: 'must be a list',
    notScenario: 'must be a JSON object (a scenario document)',
    unreadable: 'could not be read',
    valveGeneration: 'must be 1 (valves open in MRI) or 2 (flow-activated valve)',
    deviceKind: (options: string) => `must say which kind of device: one of ${options}`,
    eventType: (options: string) => `must say which type of event: one of ${options}`,
    period: 'must be 24 (a daily pattern) or 168 (a weekly one) h',
    level: 'must be a vertebral level such as "C6", or a range such as { "from": "C5", "to": "T1" }',
    version: (version: string) => `must be ${version} (this simulator's scenario format)`,
  },
  /**
   * Consistency checks and clinical warnings by their code (CHECK_CODES), from words already formatted. The
   * sources the model cites are English text; a translation may leave them out (the Sources panel lists them).
   */
  checks: {
    'output-rows': (w: CheckWords) =>
      `gives ${w.count} output rows over ${w.amount} days; the limit is ${w.limit}` +
      `${w.flag ? ' with the CSF distribution on' : ''}: record at least every ${w.min} min` +
      `${w.flag ? ' or turn the CSF distribution off' : ''}`,
    'not-programmable': () =>
      'a constant-rate (gas-driven) pump cannot be programmed: its flow is set by the device; the dose changes ' +
      'only with the concentration at refill',
    'needs-rate': () => 'is needed for continuous mode (the basal rate in mL/day)',
    'needs-flex': () => 'is needed for flex mode (a period and its steps)',
    'needs-rate-reprogram': () => 'is needed to reprogram to continuous mode',
    'needs-flex-reprogram': () => 'is needed for flex mode',
    'rate-above-max': (w: CheckWords) =>
      `is faster than this pump can deliver: its maximum is ${w.max} ${w.unit} (allowed ${w.min} to ${w.max} ${w.unit})`,
    'step-after-period': (w: CheckWords) => `must be less than the period (${w.limit} ${w.unit})`,
    'steps-order': () => 'steps must be in increasing order of start',
    'first-step-zero': () => 'the first step must start at 0 h',
    'needs-patient-bolus': () => 'need patient bolus rules (dose, lockout, maximum per day)',
    'above-reservoir': (w: CheckWords) =>
      `${w.what} cannot exceed the reservoir (${w.max} ${w.unit}): allowed ${w.min} to ${w.max} ${w.unit}`,
    'after-end': (w: CheckWords) => `is after the end of the run (${w.to} h): it will have no effect`,
    'altitude-or-pressure': () => 'give the altitude or the ambient pressure, not both',
    'time-order': () => 'entries must be in time order',
    'hyperbaric-plain': (w: CheckWords) =>
      `must be plain for ${w.drug}: only bupivacaine has a hyperbaric formulation here (or give the density relative to CSF)`,
    'implanted-only': (w: CheckWords) =>
      `must be an implanted pump (${w.options}): external pumps are not replaced by a scenario event` +
      `${w.event ? ` (${w.event} replaces it)` : ''}`,
    'replacement-fill': (w: CheckWords) =>
      `the fill cannot exceed the new pump's reservoir (${w.max} ${w.unit}): allowed ${w.min} to ${w.max} ${w.unit}`,
    'replacement-start-after-end': (w: CheckWords) =>
      `the new pump would start after the end of the run (${w.to} h)`,
    'no-pump-implanted': (w: CheckWords) =>
      `falls while no pump is implanted (${w.event}: from ${w.from} to ${w.to} h): the new pump is filled by the replacement`,
    'new-pump-unprogrammed': () =>
      'the new pump has no program to run and stays stopped: add a reprogram event at or after its start',
    'concentration-published': (w: CheckWords) =>
      `is above the highest published concentration of ${w.drug} for pumps (${w.limit} µg/mL; ${w.source})`,
    'concentration-labelled': (w: CheckWords) =>
      `is above the highest labelled ${w.drug} concentration (${w.limit} µg/mL; ${w.source}): it would have to be compounded`,
    'baclofen-patient-bolus': () =>
      'patient-activated boluses are not used with baclofen (the Prometra PTC allows them for morphine only, ' +
      'Prometra II instructions)',
    'rate-below-min': (w: CheckWords) =>
      `is below the slowest rate usually quoted for this pump (${w.limit} ${w.unit})`,
    'mri-opens-valves': () =>
      'an MRI scan opens both valves of a first-generation accumulator pump: the reservoir and catheter contents ' +
      'go into the patient (the pump must be emptied first, Prometra instructions)',
    'mri-delay-no-effect': () =>
      'has no effect on this pump: a late restart after a scan is a fault of programmable pumps, whose motor the magnet stops',
    'mri-field': (w: CheckWords) => `no pump in this simulator is MRI-conditional above ${w.limit} ${w.unit}`,
    'body-temperature': (w: CheckWords) => `a body temperature of ${w.amount} ${w.unit} is life-threatening`,
    'daily-dose': (w: CheckWords) =>
      `up to ${w.amount} µg/day of ${w.drug} is above ${w.limitKind} (${w.limit} µg/day; ${w.source})`,
    'bolus-dose': (w: CheckWords) =>
      `gives ${w.amount} µg of ${w.drug} in one bolus, above ${w.limitKind} (${w.limit} µg; ${w.source})`,
    'patient-bolus-dose': (w: CheckWords) =>
      `a patient bolus of ${w.amount} µg of ${w.drug} is above ${w.limitKind} (${w.limit} µg; ${w.source})`,
    'pocket-fill-dose': (w: CheckWords) =>
      `puts ${w.amount} µg of ${w.drug} under the skin, where it reaches the blood within hours: above ` +
      `${w.limitKind} (${w.limit} µg/day; ${w.source})`,
    granuloma: (w: CheckWords) =>
      `${w.drug} at a high concentration and daily dose is linked with an inflammatory mass (granuloma) at the ` +
      `catheter tip: watch for a loss of effect on an unchanged program ${w.source}`,
    'wrong-concentration': (w: CheckWords) =>
      `was filled instead of the prescribed ${w.limit} µg/mL: every dose of this fill is ${w.amount} times what the program intends`,
    'catheter-port-refill': (w: CheckWords) =>
      `sends the whole refill (${w.amount} µg) down the catheter into the CSF within minutes, an overdose, while ` +
      'the reservoir keeps only its old contents',
    'stability-interval': (w: CheckWords) =>
      `this ${w.flag ? 'replacement' : 'refill'} comes ${w.amount} days after ${w.what} (${w.drug} ${w.to} µg/mL, ` +
      `${w.from}), longer than ${w.drug} is known to keep in the pump: at most ${w.limit} days, ${w.source}`,
    'stability-end': (w: CheckWords) =>
      `${w.what} (${w.drug} ${w.to} µg/mL, ${w.from}) stays in the pump ${w.amount} days with no refill before ` +
      `the run ends, longer than ${w.drug} is known to keep in the pump: at most ${w.limit} days, ${w.source}`,
  },
  /** What a dose limit is (DoseLimit.kind), inside a dose warning. */
  limitKinds: {
    'screening-bolus': 'the usual largest screening bolus',
    'single-reported': 'the largest single dose reported',
    'published-daily': 'the published maximum daily dose',
    'usual-daily': 'the top of the usual daily range',
    'far-above-daily': 'a daily dose far above usual practice',
    'single-ceiling': 'the usual single-dose ceiling',
    'single-spinal': 'the usual single spinal dose',
    'quarter-daily': 'a quarter of the daily limit (6 hours of it at once)',
  } as Record<string, string>,
  /** Which volume or fill a check or warning is about. */
  whats: {
    start: 'the starting volume',
    alarm: 'the alarm threshold',
    threshold: 'the refill threshold',
    refill: 'a refill',
    initial: 'the initial fill',
    'new-pump': "the new pump's first fill",
    refilled: 'the refill',
  } as Record<string, string>,
  /** Device kinds by their id, inside a sentence. */
  deviceKinds: {
    programmable: 'programmable',
    accumulator: 'accumulator',
    'constant-rate': 'constant-rate (gas-driven)',
    external: 'external',
  } as Record<string, string>,
};

/** The app's Sources panel. */
export const SOURCES_TEXT = {
  heading: 'Sources',
  intro:
    'Where the numbers come from: published papers, drug labels and device documents. A number marked “estimate” is our own choice, with the reasoning in the code.',
  literature: 'Papers and drug labels',
  devices: 'Devices and clinical practice',
  loading: 'Loading the list of sources…',
  failed: 'The list of sources could not be loaded.',
} as const;

/** Units written with words, next to a number or on an axis (symbols alone, such as mL or µg/mL, stay as they are). */
export const UNIT_TEXT = {
  'µg/day': 'µg/day',
  'mg/day': 'mg/day',
  'mL/day': 'mL/day',
  'µL/day': 'µL/day',
  'boluses/day': 'boluses/day',
  'strokes/h': 'strokes/h',
  'pulses/h': 'pulses/h',
  'fraction/h': 'fraction/h',
  days: 'days',
  years: 'years',
} as Record<string, string>;

/** Drug names by the scenario's drug id, lower case (as inside a sentence). */
export const DRUG_TEXT = {
  baclofen: 'baclofen',
  morphine: 'morphine',
  hydromorphone: 'hydromorphone',
  fentanyl: 'fentanyl',
  sufentanil: 'sufentanil',
  bupivacaine: 'bupivacaine',
  clonidine: 'clonidine',
  ziconotide: 'ziconotide',
  tracer: 'tracer',
} as Record<string, string>;

// Translations (locale.ts) write into these objects in place; each is one section of a translation file.
registerCatalogue('S', S);
registerCatalogue('SCHEMATIC_TEXT', SCHEMATIC_TEXT);
registerCatalogue('LESSON_PAGE_TEXT', LESSON_PAGE_TEXT);
registerCatalogue('COMPARE_TEXT', COMPARE_TEXT);
registerCatalogue('CHARTS_TEXT', CHARTS_TEXT);
registerCatalogue('LIFECYCLE_TEXT', LIFECYCLE_TEXT);
registerCatalogue('SPINE_TEXT', SPINE_TEXT);
registerCatalogue('ROUTES_TEXT', ROUTES_TEXT);
registerCatalogue('SCENARIO_TEXT', SCENARIO_TEXT);
registerCatalogue('FIELD_TEXT', FIELD_TEXT);
registerCatalogue('SOURCES_TEXT', SOURCES_TEXT);
registerCatalogue('UNIT_TEXT', UNIT_TEXT);
registerCatalogue('DRUG_TEXT', DRUG_TEXT);
