/**
 * CsfDriver — the TS side of the distribution engine (assembly/csf). It packs a CsfConfig into wasm memory,
 * advances the column by consuming the pump engine's output records IN PLACE (pointer + stride + field offsets,
 * no copy), applies tip migrations at output-interval boundaries, and collects one output record per interval
 * into a DistributionSeries (ng/mL for display; everything inside wasm stays in µg/µL).
 *
 *   const csf = new CsfDriver(wasm);
 *   csf.configure({ drug: 'baclofen' });
 *   csf.advance(n, dtHours, { ptr, stride, offMass, offVolume, offSystemic });   // per pump chunk
 *   const distribution = csf.result();  csf.dispose();
 */
import {
  CSF_PARAM_NAMES,
  cellAreasCm2,
  packCsfParams,
  resolveCsfConfig,
  targetInfo,
  tipCm,
  type CsfConfig,
  type CsfConfigInput,
} from '../../model/csf-config.js';
import { levelToCm, vertebralLevels } from '../../model/data/patient.js';
import {
  axialSlopeAtFaces,
  buoyancySpeedCmPerHour,
  type Posture,
  type PostureChange,
} from '../../model/posture.js';
import type { DistributionSeries, Effects, LevelInfo } from '../../model/result.js';
import {
  CONCENTRATION_SERIES,
  EFFECT_SERIES,
  MASS_TERMS,
  ngPerMl,
  type MassTerm,
  type ConcentrationSeriesName,
  type CsfSeriesDef,
} from '../../model/series.js';
import { CSF_OUT } from '../../model/wasm-abi.js';
import type { WasmExports } from '../wasm/load.js';
import { WasmF64Buffer, f64View } from '../wasm/views.js';

/** Where the pump's per-interval records live in wasm memory. Offsets are in f64 fields; −1 = absent. */
export interface PumpRecordSource {
  ptr: number;
  stride: number;
  offMass: number;
  offVolume: number;
  offSystemic: number;
}

/** Output record field offsets, generated from assembly/csf/params.ts. */
export { CSF_OUT };

export class CsfDriver {
  config!: CsfConfig;
  levels: LevelInfo[] = [];
  private records: Float64Array[] = [];
  private out: WasmF64Buffer | null = null;
  private outCapacity = 0;
  private migrationIndex = 0;
  /** Posture switches still to come (empty for an isobaric drug: the slope cannot move it, so it costs nothing). */
  private postures: PostureChange[] = [];
  /** Time at the start of the current output interval, h (kept in TS so switch times are not subject to drift). */
  private tNow = 0;

  constructor(private readonly wasm: WasmExports) {
    if (wasm.CSF_PARAM_COUNT.value !== CSF_PARAM_NAMES.length)
      throw new Error('CSF parameter layout mismatch between wasm and src/model/csf-config.ts');
  }

  get outStride(): number {
    return CSF_OUT.fixed + this.levels.length;
  }

  /** Resolves defaults, uploads the parameter block and resets the state to t = 0. */
  configure(input: CsfConfig | CsfConfigInput): CsfConfig {
    const config = resolveCsfConfig(input);
    this.config = config;
    const levels = vertebralLevels(config.grid.lengthCm);
    this.levels = levels.map((l) => ({ name: l.name, xCm: l.xCm }));
    const params = packCsfParams(config);
    const areas = cellAreasCm2(config);
    const xs = Float64Array.from(levels, (l) => l.xCm);
    const w = this.wasm;
    const pBuf = new WasmF64Buffer(w, params.length);
    const aBuf = new WasmF64Buffer(w, areas.length);
    const lBuf = new WasmF64Buffer(w, xs.length);
    pBuf.view.set(params);
    aBuf.view.set(areas);
    lBuf.view.set(xs);
    w.csfConfigure(pBuf.ptr, aBuf.ptr, lBuf.ptr, xs.length);
    this.setPosture(config.patient.posture);
    pBuf.dispose();
    aBuf.dispose();
    lBuf.dispose();
    w.csfSetStepping(config.numerics.dtMaxHours, config.numerics.dtFineHours);
    this.records = [];
    this.migrationIndex = 0;
    this.tNow = 0;
    this.postures = buoyancySpeedCmPerHour(config.densityRelativeToCsf) ? config.postureChanges.slice() : [];
    return config;
  }

  private setPosture(posture: Posture): void {
    const g = this.config.grid;
    const slope = axialSlopeAtFaces(posture, g.lengthCm, g.cells);
    const buf = new WasmF64Buffer(this.wasm, slope.length);
    buf.view.set(slope);
    this.wasm.csfSetAxialSlope(buf.ptr, slope.length);
    buf.dispose();
  }

  /**
   * Advances `h` hours from tNow on the pump record at input.ptr (its µg and µL spread evenly over h), switching
   * the posture at the exact times of the switches inside (the usual path when there are none).
   */
  private span(h: number, input: PumpRecordSource): void {
    const p = this.postures;
    const end = this.tNow + h;
    const eps = 1e-9 * Math.max(1, end);
    const due = () => {
      while (p.length && p[0].tHours <= this.tNow + eps) this.setPosture(p.shift()!.posture);
    };
    const offs = [input.offMass, input.offVolume, input.offSystemic];
    due();
    if ((p[0]?.tHours ?? end) < end - eps) {
      const rec = f64View(this.wasm, input.ptr, Math.max(...offs) + 1);
      // Rates as the wasm side takes them: no NaN or infinite input; only the tip mass may be negative (a gas
      // pump's backflow draws drug from the tip cell).
      const [m, q, sys] = offs.map((o, i) =>
        o >= 0 && rec[o] >= (i === 0 ? -1e300 : 0) && rec[o] < 1e300 ? rec[o] / h : 0,
      );
      while (this.tNow < end - eps) {
        const t = p[0]?.tHours ?? end;
        const to = t < end - eps ? t : end;
        this.wasm.csfAdvanceConstant(to - this.tNow, m, q, sys);
        this.tNow = to;
        due();
      }
    } else this.wasm.csfAdvanceSpan(h, input.ptr, offs[0], offs[1], offs[2]);
    this.tNow = end;
  }

  /** Simulated time, h. */
  get tHours(): number {
    return this.wasm.csfTime();
  }

  /** Tip position (cm) now. */
  get tipCm(): number {
    return (this.wasm.csfTipCell() + 0.5) * (this.config.grid.lengthCm / this.config.grid.cells);
  }

  /** A lumbar-puncture (or catheter) bolus as a direct source at `at` (level name or cm), starting now. */
  lumbarBolus(doseUg: number, volumeUl: number, at: string | number = 'L3', durationHours = 2 / 60): void {
    const cm = typeof at === 'number' ? at : (levelToCm(at, this.config.grid.lengthCm) ?? tipCm(this.config));
    this.wasm.csfLumbarBolus(Math.max(0, doseUg), Math.max(0, volumeUl), cm, Math.max(1e-6, durationHours));
  }

  /** Consumes n pump records of dtOutHours each (records stay in wasm memory), storing one output per record. */
  advance(n: number, dtOutHours: number, input: PumpRecordSource): void {
    let done = 0;
    while (done < n) {
      const inPtr = input.ptr + done * input.stride * 8;
      // Whole intervals before the next posture switch go in one call; the interval holding it is split there.
      const free = Math.floor(((this.postures[0]?.tHours ?? Infinity) - this.tNow) / dtOutHours + 1e-9);
      if (free < 1) {
        this.beginInterval(dtOutHours);
        this.span(dtOutHours, { ...input, ptr: inPtr });
        this.closeInterval();
        done++;
        continue;
      }
      const k = Math.min(n - done, this.migrate(dtOutHours), free);
      this.ensureOut(k);
      const out = this.out as WasmF64Buffer;
      this.wasm.csfAdvance(
        k,
        dtOutHours,
        inPtr,
        input.stride,
        input.offMass,
        input.offVolume,
        input.offSystemic,
        out.ptr,
      );
      this.records.push(f64View(this.wasm, out.ptr, k * this.outStride).slice());
      this.tNow += k * dtOutHours;
      done += k;
    }
  }

  /**
   * One output interval in coupling sub-steps (simulate.ts, around boluses and pulses): beginInterval() at its start,
   * advanceSub() once per pump record (each record's own length, first record at `input.ptr`), closeInterval() at
   * its end, which stores the interval's one output record.
   */
  beginInterval(dtOutHours: number): void {
    this.migrate(dtOutHours);
  }

  advanceSub(hours: number, input: PumpRecordSource): void {
    this.span(hours, input);
  }

  closeInterval(): void {
    this.ensureOut(1);
    const out = this.out as WasmF64Buffer;
    this.wasm.csfWriteRecord(out.ptr);
    this.records.push(f64View(this.wasm, out.ptr, this.outStride).slice());
  }

  /** Applies the tip migrations due at this interval boundary; returns the intervals until the next one (≥ 1). */
  private migrate(dtOutHours: number): number {
    for (;;) {
      const mig = this.config.tipMigrations[this.migrationIndex];
      if (!mig) return Infinity;
      // Applied at the first interval boundary at or after its time.
      const due = Math.ceil((mig.tHours - this.tHours) / dtOutHours - 1e-9);
      if (due > 0) return due;
      this.wasm.csfSetTip(levelToCm(mig.level, this.config.grid.lengthCm) as number);
      this.migrationIndex++;
    }
  }

  /** Advances n intervals with no pump input (after a lumbar bolus, or to watch washout). */
  advanceEmpty(n: number, dtOutHours: number): void {
    const zero = new WasmF64Buffer(this.wasm, 1);
    zero.view[0] = 0;
    this.advance(n, dtOutHours, { ptr: zero.ptr, stride: 0, offMass: -1, offVolume: -1, offSystemic: -1 });
    zero.dispose();
  }

  private ensureOut(k: number): void {
    const need = k * this.outStride;
    if (this.out && this.outCapacity >= need) return;
    this.out?.dispose();
    this.outCapacity = Math.max(need, 256 * this.outStride);
    this.out = new WasmF64Buffer(this.wasm, this.outCapacity);
  }

  /** All output records so far, one row of `outStride` f64 per interval (internal units). */
  rawRecords(): Float64Array {
    const total = this.records.reduce((s, r) => s + r.length, 0);
    const all = new Float64Array(total);
    let o = 0;
    for (const r of this.records) {
      all.set(r, o);
      o += r.length;
    }
    return all;
  }

  /** The series for SimResult.distribution (concentrations in ng/mL). */
  result(): DistributionSeries {
    const raw = this.rawRecords();
    const stride = this.outStride;
    const n = raw.length / stride;
    const nl = this.levels.length;
    // Plain loops: Float64Array.from over an array-like with a mapping callback cost a millisecond of a 5 ms run.
    const col = (f: number, convert?: (x: number) => number) => {
      const out = new Float64Array(n);
      if (convert) for (let k = 0; k < n; k++) out[k] = convert(raw[k * stride + f]);
      else for (let k = 0; k < n; k++) out[k] = raw[k * stride + f];
      return out;
    };
    const csf = new Float64Array(n * nl);
    for (let k = 0; k < n; k++)
      for (let j = 0; j < nl; j++) csf[k * nl + j] = ngPerMl(raw[k * stride + CSF_OUT.fixed + j]);
    const from = (table: Record<string, CsfSeriesDef>) =>
      Object.fromEntries(
        Object.entries(table).map(([name, def]) => [name, col(CSF_OUT[def.field], def.convert)]),
      );
    const conc = from(CONCENTRATION_SERIES) as Record<ConcentrationSeriesName, Float64Array>;
    return {
      levels: this.levels,
      target: targetInfo(this.config),
      csfNgPerMl: csf,
      ...conc,
      effects: from(EFFECT_SERIES) as Effects,
      massBalanceRelError: col(CSF_OUT.massRelError),
      massBalanceUg: from(MASS_TERMS) as Record<MassTerm, Float64Array>,
    };
  }

  dispose(): void {
    this.out?.dispose();
    this.out = null;
    this.outCapacity = 0;
  }
}

/** The pump driver's record buffer as a CSF input (tip mass, tip volume, systemic mass), read in place. */
export function pumpRecordSource(pump: {
  outPtr: number;
  stride: number;
  OUT: { tipMassUg: number; tipVolumeUl: number; systemicMassUg: number };
}): PumpRecordSource {
  return {
    ptr: pump.outPtr,
    stride: pump.stride,
    offMass: pump.OUT.tipMassUg,
    offVolume: pump.OUT.tipVolumeUl,
    offSystemic: pump.OUT.systemicMassUg,
  };
}
