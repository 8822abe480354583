/**
 * PumpDriver — the typed face of the wasm pump engine (assembly/pump). configure() writes a PumpConfig into the
 * engine; advance() runs output intervals and leaves their records in a wasm buffer that other engines read in
 * place (zero copy): record i, field F is at f64 index `i * stride + OUT[F]` from `outPtr`.
 *
 * Memory: every wasm allocation happens in configure(); advance() never allocates, so views made after
 * configure() stay valid during a run [T1]. Still, `view()` builds a fresh view each call.
 */
import type { SimEvent } from '../../model/result.js';
import type {
  BasalProgram,
  CatheterConfig,
  ClinicianBolus,
  DeviceKind,
  MriBehaviour,
  PumpConfig,
  Replacement,
} from '../../model/pump-config.js';
import { WITHDRAWAL_RISK_DRUGS } from '../../model/pump-config.js';
import type { WasmExports } from '../wasm/load.js';
import { WasmF64Buffer, f64View } from '../wasm/views.js';
import {
  AFTER_BOLUS,
  BASAL_MODE,
  BOLUS_KIND,
  DEVICE_KIND,
  LEAK_SITE,
  MRI_BEHAVIOUR,
  PUMP_CONSTANTS as C,
  PUMP_OUT,
  TIP_LOSS_CAUSE,
  type PumpOutField,
} from '../../model/wasm-abi.js';
import { PORT_INJECTION_HOURS, TISSUE_ABSORPTION_HALF_TIME_HOURS } from '../../model/data/complications.js';
import { inPumpLossPerHour } from '../../model/data/drug-stability.js';
import { ugPerUlToUgPerMl } from '../../model/units.js';
import { logOverflowEvent, pumpLogToEvent } from './pump-events.js';
import { batteryPowered, deviceAt, replacementConfig } from './pump-replacement.js';

export { PUMP_CONSTANTS } from '../../model/wasm-abi.js';

/** Output record field offsets (f64 index inside one record), generated from assembly/pump/params.ts. */
export const OUT = PUMP_OUT;
export type OutField = PumpOutField;

// The schema's words for kinds, MRI behaviours and boluses are the ABI's ids: a rename on either side fails here.
const KIND_ID: Readonly<Record<DeviceKind, number>> = DEVICE_KIND;
const MRI_ID: Readonly<Record<MriBehaviour, number>> = MRI_BEHAVIOUR;
const BOLUS_ID: Readonly<Record<ClinicianBolus['kind'], number>> = BOLUS_KIND;
const AFTER_BOLUS_ID: Readonly<Record<NonNullable<ClinicianBolus['then']>, number>> = AFTER_BOLUS;

/** One engine input: [type, tHours, a, b, c, d] plus, for flex program changes, the program whose steps it uses. */
type EngineEvent = [
  type: number,
  tHours: number,
  a: number,
  b: number,
  c: number,
  d: number,
  flex?: FlexProgram,
];
type FlexProgram = Extract<BasalProgram, { mode: 'flex' }>;

/** "Schedule replacement about 6 months before automatic shut-off" [D1]. */
const REPLACE_BEFORE_STOP_HOURS = (365.25 / 2) * 24;

const num = (x: number | undefined, fallback = 0): number => (Number.isFinite(x) ? (x as number) : fallback);
const risk = (drug: string): number => (WITHDRAWAL_RISK_DRUGS.includes(drug) ? 1 : 0);
/** First-order loss of a fill's drug in the reservoir, per hour (src/model/data/drug-stability.ts). */
const lossPerHour = (drug: string, cUgPerUl: number, newPump: boolean): number =>
  inPumpLossPerHour(drug, Math.round(ugPerUlToUgPerMl(num(cUgPerUl)) * 1e6) / 1e6, newPump);
/** Dead volume: the implanted catheter plus the pump's internal fluid path, µL. */
const catheterDeadUl = (c: CatheterConfig): number =>
  Math.max(0, num(c.lengthCm) * num(c.volumeUlPerCm) + Math.max(0, num(c.pumpInternalUl)));

export class PumpDriver {
  private out: WasmF64Buffer | null = null;
  private lastCount = 0;
  private config: PumpConfig | null = null;

  /** maxStepsPerCall: the output buffer's size in records (advance() writes at most this many per call). */
  constructor(
    private readonly wasm: WasmExports,
    readonly maxStepsPerCall = 4096,
  ) {}

  readonly stride = C.PUMP_OUT_STRIDE;
  readonly OUT = OUT;

  /** Start of the output records in wasm memory (bytes). */
  get outPtr(): number {
    return this.out?.ptr ?? 0;
  }

  /** True when a pump of the run has a battery (the batteryFraction field is meaningful). */
  get hasBattery(): boolean {
    const c = this.config;
    if (!c) return false;
    return [c.device, ...c.events.replacements.map((r) => replacementConfig(c, r).device)].some(
      batteryPowered,
    );
  }

  /** Writes the configuration into the engine and resets it to t = 0. All wasm allocation happens here. */
  configure(config: PumpConfig): void {
    this.config = config;
    const w = this.wasm;
    const events = this.buildEvents(config);
    const flexCount = this.flexPrograms(config).reduce((s, p) => s + p.steps.length, 0);
    const strokeCap = config.recordStrokes === false ? 0 : Math.max(0, Math.floor(num(config.recordStrokes)));
    w.pumpBegin(events.length + 1, flexCount + 1, 256 + 4 * events.length, strokeCap);
    const replacements = config.events.replacements;
    w.pumpBeginDevices(replacements.length);
    this.out ??= new WasmF64Buffer(w, Math.max(1, Math.floor(this.maxStepsPerCall)) * C.PUMP_OUT_STRIDE);
    this.setParams(config, (id, x) => w.pumpSetParam(id, x));
    replacements.forEach((r, k) =>
      this.setParams(replacementConfig(config, r), (id, x) => w.pumpSetDeviceParam(k, id, x), r),
    );
    const flexIndex = new Map<FlexProgram, number>();
    for (const p of this.flexPrograms(config)) {
      if (flexIndex.has(p)) continue;
      const period = p.period === 'week' ? 168 : 24;
      const steps = [...p.steps]
        .map((s) => ({
          startHours: Math.min(Math.max(0, num(s.startHours)), period - 1 / 3600),
          rate: num(s.rateUlPerHour),
        }))
        .sort((x, y) => x.startHours - y.startHours);
      flexIndex.set(p, -1);
      steps.forEach((s, i) => {
        const idx = w.pumpAddFlexStep(s.startHours, Math.max(0, s.rate));
        if (i === 0) flexIndex.set(p, idx);
      });
    }
    for (const e of events) {
      if (e[6]) e[3] = flexIndex.get(e[6]) ?? 0;
      w.pumpAddEvent(e[0], e[1], e[2], e[3], e[4], e[5]);
    }
    w.pumpStart();
    this.lastCount = 0;
  }

  /**
   * Runs nSteps output intervals of dtHours (at most maxStepsPerCall; returns the number written). Records land at
   * outPtr, overwriting the previous call's. Keep each call to a few ms of work (chunking) in long runs.
   */
  advance(nSteps: number, dtHours: number): number {
    const out = this.out;
    if (!this.config || !out) throw new Error('PumpDriver.configure() must be called before advance().');
    const n = Math.max(0, Math.min(out.length / C.PUMP_OUT_STRIDE, Math.floor(num(nSteps))));
    const dt = Math.max(1 / 3600, num(dtHours, 1));
    this.lastCount = n > 0 ? this.wasm.pumpAdvance(n, dt, out.ptr) : 0;
    return this.lastCount;
  }

  /** A fresh view over the records of the last advance() call (lastCount × stride f64). */
  view(): Float64Array {
    return f64View(this.wasm, this.outPtr, this.lastCount * C.PUMP_OUT_STRIDE);
  }

  /** Field `field` of record i of the last advance() call. */
  get(i: number, field: OutField): number {
    return this.view()[i * C.PUMP_OUT_STRIDE + OUT[field]];
  }

  /** Simulated time, h. */
  timeHours(): number {
    return this.wasm.pumpTimeHours();
  }

  /** The event and alarm log so far, sorted by time (stable). */
  events(): SimEvent[] {
    const w = this.wasm;
    const n = w.pumpLogCount();
    const v = f64View(w, w.pumpLogPtr(), n * C.LOG_STRIDE);
    const out: SimEvent[] = [];
    for (let i = 0; i < n; i++) {
      const r = i * C.LOG_STRIDE;
      out.push(pumpLogToEvent(v[r], v[r + 1], v[r + 2], v[r + 3], v[r + 4]));
    }
    const dropped = w.pumpLogDropped();
    if (dropped > 0) out.push(logOverflowEvent(this.timeHours(), dropped));
    return out
      .map((e, i) => ({ e, i }))
      .sort((x, y) => x.e.tHours - y.e.tHours || x.i - y.i)
      .map((x) => x.e);
  }

  /** The raw stroke/pulse list (only if recordStrokes was set): times (h) and volumes (µL), copied out. */
  strokes(): { tHours: Float64Array; volumeUl: Float64Array; dropped: number } {
    const w = this.wasm;
    const n = w.pumpStrokeCount();
    const v = f64View(w, w.pumpStrokesPtr(), n * C.STROKE_STRIDE);
    const tHours = new Float64Array(n);
    const volumeUl = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      tHours[i] = v[2 * i];
      volumeUl[i] = v[2 * i + 1];
    }
    return { tHours, volumeUl, dropped: w.pumpStrokesDropped() };
  }

  /** Next refill due (h), null if the reservoir never reaches the threshold under the current program. */
  nextRefillHours(): number | null {
    const h = this.wasm.pumpNextRefillHours();
    return h >= 0 ? h : null;
  }

  /** ERI time (h) once reached, else null. */
  eriHours(): number | null {
    const h = this.wasm.pumpEriHours();
    return h >= 0 ? h : null;
  }

  /** End of service (h) once ERI is reached, else null. */
  endOfServiceHours(): number | null {
    const h = this.wasm.pumpEndOfServiceHours();
    return h >= 0 ? h : null;
  }

  /**
   * Battery projection from now at the current basal program (idle + strokes), for planning: ERI, end of service
   * (+ the device's ERI → stop time) and the recommended replacement date, about 6 months before the automatic
   * shut-off [D1]. Null for pumps without a battery or with no draw.
   */
  projectedBattery(): { eriHours: number; endOfServiceHours: number; replaceByHours: number } | null {
    const cfg = this.config;
    if (!cfg) return null;
    const t = this.timeHours();
    const device = deviceAt(cfg, t);
    const b = device.battery;
    if (!b || !batteryPowered(device)) return null;
    const eri = this.eriHours();
    const strokesPerHour = this.wasm.pumpBasalUlPerHour() / Math.max(1e-9, device.strokeVolumeUl);
    const draw = b.idleFractionPerHour + b.strokeFraction * strokesPerHour;
    if (eri === null && !(draw > 0)) return null;
    const eriHours = eri ?? t + Math.max(0, b.eriUsedFraction - this.wasm.pumpBatteryUsed()) / draw;
    const endOfServiceHours = eriHours + b.endOfServiceAfterEriHours;
    return { eriHours, endOfServiceHours, replaceByHours: endOfServiceHours - REPLACE_BEFORE_STOP_HOURS };
  }

  /** Exact stroke counters: programmed = delivered + missed (+ the accumulator's fraction of a stroke). */
  strokeCounts(): { programmed: number; delivered: number; missed: number } {
    const w = this.wasm;
    return {
      programmed: w.pumpProgrammedStrokes(),
      delivered: w.pumpDeliveredStrokes(),
      missed: w.pumpMissedStrokes(),
    };
  }

  dispose(): void {
    this.out?.dispose();
    this.out = null;
    this.config = null;
  }

  private flexPrograms(config: PumpConfig): FlexProgram[] {
    return [config.program.initial, ...config.program.changes.map((c) => c.program)].filter(
      (p): p is FlexProgram => p.mode === 'flex',
    );
  }

  /** Writes `config`'s parameter vector through `put` (the live parameters, or a replacement's set). */
  private setParams(
    config: PumpConfig,
    put: (id: number, value: number) => void,
    replacement?: Replacement,
  ): void {
    const d = config.device;
    const set = (id: number, x: number | boolean) => put(id, typeof x === 'boolean' ? (x ? 1 : 0) : num(x));
    // a revised catheter starts full of the new drug if primed, else of CSF/saline (catheter fields below)
    if (replacement) set(C.P_CATHETER_REVISED, !!replacement.catheter);
    set(C.P_KIND, KIND_ID[d.kind] ?? C.KIND_PROGRAMMABLE);
    set(C.P_STROKE_UL, d.strokeVolumeUl);
    set(C.P_MAX_STROKES_PER_HOUR, d.maxStrokesPerHour);
    set(C.P_RESERVOIR_CAPACITY_UL, d.reservoirCapacityUl);
    set(C.P_RESERVOIR_START_UL, config.reservoir.volumeUl);
    set(C.P_CONC_START_UG_PER_UL, config.reservoir.concentrationUgPerUl);
    set(C.P_WITHDRAWAL_RISK_START, risk(config.reservoir.drug));
    set(C.P_BIAS_FRACTION, d.accuracyBiasFraction);
    set(C.P_RANDOM_HALF_WIDTH_FRACTION, d.accuracyRandomHalfWidthFraction);
    set(C.P_ENVELOPE_FRACTION, d.accuracyEnvelopeFraction);
    set(C.P_LOW_RESERVOIR_UL, d.lowReservoirAlarmUl);
    set(C.P_REFILL_THRESHOLD_UL, d.refillThresholdUl);
    set(C.P_DISCREPANCY_UL, d.discrepancyThresholdUl);
    const b = d.battery;
    set(C.P_HAS_BATTERY, !!b);
    if (b) {
      set(C.P_BATTERY_IDLE_PER_HOUR, b.idleFractionPerHour);
      set(C.P_BATTERY_PER_STROKE, b.strokeFraction);
      set(C.P_BATTERY_PER_TELEMETRY, b.telemetryFraction);
      set(C.P_BATTERY_ERI_USED, b.eriUsedFraction);
      set(C.P_EOS_AFTER_ERI_HOURS, b.endOfServiceAfterEriHours);
      set(C.P_BATTERY_START_USED, b.startUsedFraction);
    }
    set(C.P_DETECTS_OCCLUSION, d.detectsOcclusion);
    set(C.P_DETECTS_STALL, d.detectsMotorStall);
    set(C.P_MRI_MODE, MRI_ID[d.mri] ?? C.MRI_NONE);
    set(C.P_MRI_RESTART_DELAY_HOURS, d.mriRestartDelayHours);
    set(C.P_MRI_VALVE_LIMIT_UL, d.mriValveLimitUl);
    set(C.P_CATHETER_DEAD_UL, catheterDeadUl(config.catheter));
    set(C.P_CATHETER_UL_PER_CM, Math.max(0, num(config.catheter.volumeUlPerCm)));
    set(C.P_DRUG_DIFFUSIVITY_CM2_PER_S, Math.max(0, num(config.catheter.diffusivityCm2PerS)));
    set(
      C.P_CATHETER_START_CONC_UG_PER_UL,
      config.catheter.primed ? config.reservoir.concentrationUgPerUl : 0,
    );
    if (d.gas) {
      set(C.P_GAS_NOMINAL_UL_PER_HOUR, d.gas.nominalRateUlPerHour);
      set(C.P_GAS_DRIVE_KPA, d.gas.driveKpa);
      set(C.P_GAS_LATENT_J_PER_MOL, d.gas.latentHeatJPerMol);
      set(C.P_GAS_CSF_GAUGE_KPA, d.gas.csfGaugeKpa);
      set(C.P_GAS_VISCOSITY_RATIO, d.gas.viscosityRatio ?? 1);
      set(C.P_GAS_RESIDUAL_UL, Math.max(0, num(d.gas.residualUl)));
      set(C.P_GAS_TAPER_UL, Math.max(0, num(d.gas.taperUl)));
    }
    set(C.P_TEMPERATURE_START_C, config.environment.temperatureC);
    set(C.P_AMBIENT_START_KPA, config.environment.ambientKpa);
    const pb = config.program.patientBolus;
    if (pb) {
      set(C.P_PB_DOSE_UL, pb.doseUl);
      set(C.P_PB_DURATION_HOURS, pb.durationHours);
      set(C.P_PB_LOCKOUT_HOURS, pb.lockoutHours);
      set(C.P_PB_MAX_PER_DAY, Math.floor(num(pb.maxPerDay)));
    }
    set(C.P_SEED, Math.max(0, Math.floor(num(config.seed))));
    set(
      C.P_TISSUE_HALF_TIME_HOURS,
      Math.max(0, num(config.tissueHalfTimeHours ?? TISSUE_ABSORPTION_HALF_TIME_HOURS.value)),
    );
  }

  /** Every scheduled input, in engine form, sorted by time (stable; ties keep the category order below). */
  private buildEvents(config: PumpConfig): EngineEvent[] {
    const deadUl = catheterDeadUl(config.catheter);
    const ev: EngineEvent[] = [];
    const program = (t: number, p: BasalProgram): void => {
      ev.push(
        p.mode === 'continuous'
          ? [C.EV_PROGRAM, t, BASAL_MODE.continuous, num(p.rateUlPerHour), 0, 0]
          : p.mode === 'flex'
            ? [C.EV_PROGRAM, t, BASAL_MODE.flex, 0, p.steps.length, p.period === 'week' ? 168 : 24, p]
            : [C.EV_PROGRAM, t, BASAL_MODE.stopped, 0, 0, 0],
      );
    };
    for (const r of config.events.refills) {
      if (r.missed) ev.push([C.EV_MISSED_REFILL, r.tHours, 0, 0, 0, 0]);
      else if (r.into === 'catheter-access-port')
        ev.push([
          C.EV_PORT_INJECTION,
          r.tHours,
          r.volumeUl,
          r.concentrationUgPerUl,
          Math.max(0, num(r.injectionHours ?? PORT_INJECTION_HOURS.value)),
          risk(r.drug),
        ]);
      else
        ev.push([
          C.EV_REFILL,
          r.tHours,
          r.volumeUl,
          r.concentrationUgPerUl,
          num(r.pocketFillFraction),
          risk(r.drug),
        ]);
      if (r.aspiratedUl !== undefined && r.aspiratedUl > 0)
        ev.push([
          C.EV_POCKET_ASPIRATION,
          r.tHours + Math.max(0, num(r.aspiratedAfterHours)),
          num(r.aspiratedUl),
          0,
          0,
          0,
        ]);
    }
    config.events.replacements.forEach((r, k) => {
      const gap = Math.max(0, num(r.interruptionHours));
      ev.push([C.EV_EXPLANT, r.tHours, gap, 0, 0, 0]);
      ev.push([C.EV_REPLACEMENT, r.tHours + gap, r.volumeUl, r.concentrationUgPerUl, k, risk(r.drug)]);
      ev.push([C.EV_DRUG_LOSS, r.tHours + gap, lossPerHour(r.drug, r.concentrationUgPerUl, true), 0, 0, 0]);
    });
    // drug lost in the reservoir, per fill (ziconotide): the initial fill is a pump already in use
    const res = config.reservoir;
    ev.push([C.EV_DRUG_LOSS, 0, lossPerHour(res.drug, res.concentrationUgPerUl, false), 0, 0, 0]);
    for (const r of config.events.refills)
      if (!r.missed && r.into !== 'catheter-access-port')
        ev.push([C.EV_DRUG_LOSS, r.tHours, lossPerHour(r.drug, r.concentrationUgPerUl, false), 0, 0, 0]);
    program(0, config.program.initial);
    for (const ch of config.program.changes) program(ch.tHours, ch.program);
    for (const b of config.program.boluses) {
      const vol = b.volumeUl ?? (b.kind === 'single' ? 0 : deadUl);
      // No duration: the engine runs it at the maximum rate, or a bridge at the basal rate just before.
      const dur = b.durationHours === undefined ? -1 : Math.max(0, num(b.durationHours));
      const then = AFTER_BOLUS_ID[b.then ?? 'resume'] ?? C.AFTER_BOLUS_RESUME;
      ev.push([C.EV_BOLUS, b.tHours, vol, dur, BOLUS_ID[b.kind] ?? C.BOLUS_SINGLE, then]);
    }
    for (const e of config.environment.changes)
      ev.push([C.EV_ENVIRONMENT, e.tHours, e.temperatureC, e.ambientKpa, 0, 0]);
    for (const m of config.environment.mriScans) {
      const delay = m.resumeDelayHours === undefined ? -1 : Math.max(0, num(m.resumeDelayHours));
      ev.push([C.EV_MRI, m.tHours, m.durationHours, delay, 0, 0]);
    }
    for (const f of config.events.faults) {
      const end =
        f.kind !== 'tip-migration' && f.durationHours !== undefined ? f.tHours + f.durationHours : null;
      if (f.kind === 'occlusion') {
        ev.push([C.EV_OCCLUSION_START, f.tHours, f.fraction === undefined ? 1 : num(f.fraction), 0, 0, 0]);
        if (end !== null) ev.push([C.EV_OCCLUSION_END, end, 0, 0, 0, 0]);
      } else if (f.kind === 'leak') {
        const site = LEAK_SITE[f.site ?? 'connector'];
        ev.push([C.EV_LEAK, f.tHours, f.fraction, site, 0, 0]);
        if (end !== null) ev.push([C.EV_LEAK, end, 0, site, 0, 0]);
      } else if (f.kind === 'tip-loss') {
        const cause = TIP_LOSS_CAUSE[f.cause];
        ev.push([C.EV_TIP_LOSS, f.tHours, num(f.fraction), Math.max(0, num(f.rampHours)), cause, 0]);
        if (end !== null) ev.push([C.EV_TIP_LOSS, end, 0, 0, cause, 0]);
      } else if (f.kind === 'motor-stall') {
        ev.push([C.EV_STALL_START, f.tHours, 0, 0, 0, 0]);
        if (end !== null) ev.push([C.EV_STALL_END, end, 0, 0, 0, 0]);
      } else ev.push([C.EV_TIP_MIGRATION, f.tHours, f.tipXCm, 0, 0, 0]);
    }
    for (const t of config.events.telemetrySessions) ev.push([C.EV_TELEMETRY, t, 0, 0, 0, 0]);
    for (const t of config.events.resets) ev.push([C.EV_PUMP_RESET, t, 0, 0, 0, 0]);
    for (const t of config.program.patientRequests) ev.push([C.EV_PATIENT_REQUEST, t, 0, 0, 0, 0]);
    for (const e of ev) e[1] = Math.max(0, num(e[1]));
    // Quantise to whole seconds first (as the engine does) so the sort agrees with the engine's order.
    return ev
      .map((e, i) => ({ e, i, s: Math.round(e[1] * 3600) }))
      .sort((x, y) => x.s - y.s || x.i - y.i)
      .map((x) => x.e);
  }
}
