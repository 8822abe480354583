/**
 * Reference implementation of the stroke-engine event loop, written independently of assembly/pump: it steps one
 * SECOND at a time (the engine computes whole segments in closed form) and counts the programmed amount with
 * BigInt. Same documented model: times quantised to 1 s, volumes to 1 nL, rates to 1 nL/day; one stroke =
 * strokeNl · 86400 P-units (nL·s/day); events at equal times in the documented category order.
 *
 * Scope: programmable and external pumps without a battery (the battery is checked against hand-computed cases
 * in test/assembly/pump-exact.test.ts). Agreement expected with the engine: stroke counts and every integer
 * quantity exactly; volumes and masses to rounding (they are summed per second here, per segment there).
 */
import type { BasalProgram, PumpConfig } from '../../src/model/pump-config.js';
import { WITHDRAWAL_RISK_DRUGS } from '../../src/model/pump-config.js';

export interface RefRecord {
  tHours: number;
  tipVolumeUl: number;
  tipMassUg: number;
  /** Drug put into tissue (leak, pocket fill) in the interval, µg (the engine then absorbs it into the blood). */
  tissueDepositUg: number;
  reservoirUl: number;
  reservoirEstimateUl: number;
  strokes: number;
}

export interface RefResult {
  records: RefRecord[];
  events: { tHours: number; code: string }[];
  programmed: bigint;
  missed: bigint;
}

// ---- xoshiro256** seeded by splitmix64, as assembly/rng.ts ----
const M64 = (1n << 64n) - 1n;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & M64;
function splitmix(x: bigint): bigint {
  let z = (x + 0x9e3779b97f4a7c15n) & M64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
  return z ^ (z >> 31n);
}
function uniforms(seed: number, n: number): number[] {
  const s = [splitmix(BigInt(seed))];
  for (let i = 0; i < 3; i++) s.push(splitmix(s[i]));
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const result = (rotl((s[1] * 5n) & M64, 7n) * 9n) & M64;
    const t = (s[1] << 17n) & M64;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45n);
    out.push(Number(result >> 11n) * 1.1102230246251565e-16);
  }
  return out;
}

const sec = (h: number) => Math.max(0, Math.round(h * 3600));
const nlDay = (ulPerHour: number) => Math.max(0, Math.round(ulPerHour * 24000));

interface Ev {
  t: number;
  order: number;
  apply: () => void;
}

/** Runs the reference for nSteps output intervals of dtHours. */
export function referenceRun(cfg: PumpConfig, nSteps: number, dtHours: number): RefResult {
  const d = cfg.device;
  const strokeNl = Math.max(1, Math.round(d.strokeVolumeUl * 1000));
  const strokeUl = strokeNl / 1000;
  const D = BigInt(strokeNl) * 86400n;
  const rmax = Math.min(1e10, Math.max(1, strokeNl * d.maxStrokesPerHour * 24));
  const deadUl = Math.max(0, cfg.catheter.lengthCm * cfg.catheter.volumeUlPerCm);
  const events: RefResult['events'] = [];
  const log = (tSec: number, code: string) => events.push({ tHours: tSec / 3600, code });
  const risky = (drug: string) => WITHDRAWAL_RISK_DRUGS.includes(drug);

  // catheter: FIFO of [volume, concentration]
  const cath: [number, number][] =
    deadUl > 0 ? [[deadUl, cfg.catheter.primed ? cfg.reservoir.concentrationUgPerUl : 0]] : [];
  let iTipVol = 0;
  let iTipMass = 0;
  let iSys = 0;
  let iStrokes = 0;
  let leak = 0;
  const push = (v: number, c: number) => {
    if (v <= 0) return;
    iSys += v * leak * c;
    v -= v * leak;
    if (deadUl <= 0) return void ((iTipVol += v), (iTipMass += v * c));
    cath.push([v, c]);
    let rem = v;
    while (rem > 0 && cath.length) {
      const take = Math.min(cath[0][0], rem);
      iTipVol += take;
      iTipMass += take * cath[0][1];
      rem -= take;
      cath[0][0] -= take;
      if (cath[0][0] <= 0) cath.shift();
    }
  };

  // reservoir
  const nFills = 1 + cfg.events.refills.length + cfg.events.replacements.length;
  const errs = uniforms(
    cfg.seed,
    nFills + cfg.events.refills.length + cfg.events.replacements.length + 64,
  ).map((u) => (2 * u - 1) * Math.max(0, d.accuracyRandomHalfWidthFraction));
  let fillIdx = 0;
  let fill = 0;
  let told = 0;
  let a = strokeUl;
  let deliv = 0;
  let motor = 0;
  let kLow = 0;
  let kEmpty = 0;
  let lowDone = false;
  let emptyDone = false;
  let dry = false;
  let conc = 0;
  let withdrawal = false;
  const resActual = () => Math.max(0, fill - deliv * a);
  const estimate = () => Math.max(0, told - motor * strokeUl);
  const doFill = (t: number, toldUl: number, intoUl: number, c: number, w: boolean) => {
    told = Math.max(0, Math.min(toldUl, d.reservoirCapacityUl));
    fill = Math.max(0, Math.min(intoUl, d.reservoirCapacityUl));
    conc = Math.max(0, c);
    withdrawal = w;
    const dev = Math.min(
      d.accuracyEnvelopeFraction,
      Math.max(-d.accuracyEnvelopeFraction, d.accuracyBiasFraction + errs[fillIdx++]),
    );
    a = strokeUl * (1 + dev);
    deliv = motor = 0;
    dry = false;
    kLow = Math.max(0, Math.ceil((told - d.lowReservoirAlarmUl) / strokeUl));
    kEmpty = Number(BigInt(Math.round(told * 1000)) / BigInt(strokeNl));
    lowDone = emptyDone = false;
    if (kLow <= 0) {
      lowDone = true;
      log(t, 'low-reservoir');
    }
    if (kEmpty <= 0) {
      emptyDone = true;
      log(t, 'empty-reservoir');
    }
  };

  // program
  let mode = 0;
  let basal = 0;
  let flex: { off: number; rate: number }[] = [];
  let period = 86400;
  const basalAt = (t: number) => {
    if (mode === 1) return basal;
    if (mode !== 2 || !flex.length) return 0;
    const phase = t - Math.floor(t / period) * period;
    let r = flex[flex.length - 1].rate;
    for (const s of flex) if (s.off <= phase) r = s.rate;
    return r;
  };
  // assigned inside event closures: declared with `as` so control-flow analysis does not narrow them to null
  let cb = null as { kind: number; rate: number; rem: bigint; stop: boolean } | null;
  let pb = null as { rate: number; rem: bigint } | null;
  let pbLast = -1;
  const pbStarts: number[] = [];
  let stalled = false;
  let occluded = false;
  let mriUntil = -1;
  let mriHeld = false;
  let mriScanEnd = 0;
  let mriCheckAt = -1;
  /** A programmer / patient-device session releases an MRI hold (TGA alert). */
  const interrogate = (t: number) => {
    if (mriHeld) {
      mriHeld = false;
      mriUntil = Math.max(t, mriScanEnd);
    }
  };
  let nextRefill = -1;
  let overdueLogged = false;

  const predict = (t: number): number => {
    let need = estimate() - d.refillThresholdUl;
    if (need <= 0) return t;
    const pbr = cfg.program.patientBolus;
    const extra = pbr && pbr.maxPerDay > 0 ? (pbr.doseUl * Math.floor(pbr.maxPerDay)) / 86400 : 0;
    if (cb) {
      need -= Number(cb.rem) / (1000 * 86400);
      if (need <= 0) return t;
    }
    const rate = (tt: number) => Math.min(basalAt(tt), rmax) / (1000 * 86400) + extra;
    if (mode !== 2) return rate(t) > 0 ? Math.ceil(t + need / rate(t)) : -1;
    let tt = t;
    while (tt < t + 3 * 365 * 86400) {
      const r = rate(tt);
      const start = Math.floor(tt / period) * period;
      const nxt = flex.find((s) => s.off > tt - start);
      const nb = nxt ? start + nxt.off : start + period + flex[0].off;
      if (r > 0 && r * (nb - tt) >= need) return Math.ceil(tt + need / r);
      need -= r * (nb - tt);
      tt = nb;
    }
    return -1;
  };
  const calendar = (t: number) => {
    nextRefill = predict(t);
    overdueLogged = false;
    log(t, 'next-refill');
  };
  const setProgram = (t: number, p: BasalProgram) => {
    interrogate(t);
    mode = p.mode === 'continuous' ? 1 : p.mode === 'flex' ? 2 : 0;
    if (p.mode === 'continuous') basal = nlDay(p.rateUlPerHour);
    if (p.mode === 'flex') {
      period = p.period === 'week' ? 168 * 3600 : 86400;
      flex = p.steps
        .map((s) => ({
          off: sec(Math.min(Math.max(0, s.startHours), period / 3600 - 1 / 3600)),
          rate: nlDay(s.rateUlPerHour),
        }))
        .sort((x, y) => x.off - y.off);
    }
    log(t, 'program-change');
    calendar(t);
  };
  const endCb = (t: number) => {
    log(t, 'bolus-end');
    if (cb!.stop) {
      mode = 0;
      log(t, 'program-change');
    }
    cb = null;
  };
  const motorBlocked = () => stalled || mriUntil >= 0;

  // ---- input events in the documented tie order ----
  const evs: Ev[] = [];
  let order = 0;
  const add = (h: number, apply: (t: number) => void) => {
    const t = sec(h);
    evs.push({ t, order: order++, apply: () => apply(t) });
  };
  for (const r of cfg.events.refills)
    add(r.tHours, (t) => {
      if (r.missed) return log(t, 'missed-refill');
      interrogate(t);
      const asp = resActual();
      const exp = estimate();
      const wasDry = dry;
      log(t, 'refill');
      if (Math.abs(asp - exp) > d.discrepancyThresholdUl) log(t, 'volume-discrepancy');
      const pf = Math.min(1, Math.max(0, r.pocketFillFraction ?? 0));
      const v = Math.max(0, r.volumeUl);
      if (pf > 0) {
        iSys += v * pf * r.concentrationUgPerUl;
        log(t, 'pocket-fill');
      }
      doFill(t, v, v * (1 - pf), r.concentrationUgPerUl, risky(r.drug));
      if (wasDry && fill > 0) log(t, 'delivery-resumed');
      calendar(t);
    });
  add(0, (t) => setProgram(t, cfg.program.initial));
  for (const ch of cfg.program.changes) add(ch.tHours, (t) => setProgram(t, ch.program));
  for (const b of cfg.program.boluses)
    add(b.tHours, (t) => {
      interrogate(t);
      const volNl = Math.round((b.volumeUl ?? 0) * 1000);
      if (!(volNl > 0)) return;
      const dur = Math.max(1, sec(b.durationHours ?? 0));
      const rate = Math.max(1, Math.min(rmax, Math.round((volNl * 86400) / dur)));
      if (cb) log(t, 'bolus-cancelled');
      cb = {
        kind: ['single', 'priming', 'bridge'].indexOf(b.kind),
        rate,
        rem: BigInt(volNl) * 86400n,
        stop: b.then === 'stop',
      };
      log(t, 'bolus-start');
    });
  for (const m of cfg.environment.mriScans)
    add(m.tHours, (t) => {
      log(t, 'mri-start');
      if (d.mri === 'stall-restart' || d.mri === 'dump' || d.mri === 'valve-shut') {
        mriCheckAt = t + sec(m.durationHours);
      }
      if (d.mri === 'stall-restart') {
        mriUntil = t + sec(m.durationHours) + sec(m.resumeDelayHours ?? d.mriRestartDelayHours);
        if (lowDone || emptyDone || stalled) {
          mriHeld = true;
          mriScanEnd = t + sec(m.durationHours);
          mriUntil = Infinity;
          log(t, 'mri-held');
        }
      }
      if (d.mri === 'pause') mriUntil = t + sec(m.durationHours);
    });
  for (const f of cfg.events.faults) {
    const end =
      f.kind !== 'tip-migration' && f.durationHours !== undefined ? f.tHours + f.durationHours : null;
    if (f.kind === 'occlusion') {
      add(f.tHours, (t) => {
        occluded = true;
        log(t, 'occlusion');
        if (withdrawal) log(t, 'withdrawal-risk');
      });
      if (end !== null) add(end, (t) => ((occluded = false), log(t, 'occlusion-cleared')));
    } else if (f.kind === 'leak') {
      const set = (x: number) => (t: number) => {
        leak = Math.min(1, Math.max(0, x));
        log(t, leak >= 1 ? 'catheter-disconnection' : leak > 0 ? 'catheter-leak' : 'catheter-repaired');
        if (withdrawal && leak >= 1) log(t, 'withdrawal-risk');
      };
      add(f.tHours, set(f.fraction));
      if (end !== null) add(end, set(0));
    } else if (f.kind === 'motor-stall') {
      add(f.tHours, (t) => {
        stalled = true;
        log(t, 'motor-stall');
        if (withdrawal) log(t, 'withdrawal-risk');
      });
      if (end !== null) add(end, (t) => stalled && ((stalled = false), log(t, 'motor-stall-recovery')));
    } else add(f.tHours, (t) => log(t, 'tip-migration'));
  }
  for (const h of cfg.program.patientRequests)
    add(h, (t) => {
      interrogate(t);
      const r = cfg.program.patientBolus;
      const deny = () => log(t, 'patient-bolus-denied');
      if (!r || !(r.doseUl > 0 && r.maxPerDay >= 1)) return deny();
      if (motorBlocked() || (mode === 0 && !cb)) return deny();
      if (cb || pb) return deny();
      if (pbLast >= 0 && t - pbLast < sec(r.lockoutHours)) return deny();
      if (pbStarts.slice(-64).filter((s) => t - s < 86400).length >= Math.floor(r.maxPerDay)) return deny();
      if (estimate() < r.doseUl) return deny();
      const volNl = Math.round(r.doseUl * 1000);
      pb = {
        rate: Math.max(1, Math.round((volNl * 86400) / Math.max(1, sec(r.durationHours)))),
        rem: BigInt(volNl) * 86400n,
      };
      pbLast = t;
      pbStarts.push(t);
      log(t, 'patient-bolus-accepted');
    });
  evs.sort((x, y) => x.t - y.t || x.order - y.order);

  // ---- the per-second loop ----
  doFill(
    0,
    cfg.reservoir.volumeUl,
    cfg.reservoir.volumeUl,
    cfg.reservoir.concentrationUgPerUl,
    risky(cfg.reservoir.drug),
  );
  const dt = Math.max(1, Math.round(dtHours * 3600));
  const T = dt * nSteps;
  let acc = 0n;
  let programmed = 0n;
  let missed = 0n;
  let next = 0;
  const records: RefRecord[] = [];
  for (let s = 0; s <= T; s++) {
    while (next < evs.length && evs[next].t <= s) evs[next++].apply();
    if (mriUntil >= 0 && s >= mriUntil) {
      mriUntil = -1;
      log(s, 'mri-restart');
    }
    if (mriCheckAt >= 0 && s >= mriCheckAt) {
      mriCheckAt = -1;
      log(s, 'mri-interrogate');
    }
    if (s > 0 && s % dt === 0) {
      records.push({
        tHours: s / 3600,
        tipVolumeUl: iTipVol,
        tipMassUg: iTipMass,
        tissueDepositUg: iSys,
        reservoirUl: resActual(),
        reservoirEstimateUl: estimate(),
        strokes: iStrokes,
      });
      iTipVol = iTipMass = iSys = iStrokes = 0;
    }
    if (s === T) break;
    // rates for this second (nL/day = P-units per second)
    const base = cb ? 0 : Math.min(basalAt(s), rmax);
    const cbShare = cb ? Math.min(cb.rate, rmax) : 0;
    const pbShare = pb ? Math.max(0, Math.min(pb.rate, rmax - base - cbShare)) : 0;
    let p = BigInt(base);
    let cbEnds = false;
    let pbEnds = false;
    if (cb) {
      const c = cb.rem < BigInt(cbShare) ? cb.rem : BigInt(cbShare);
      p += c;
      cb.rem -= c;
      cbEnds = cbShare > 0 && cb.rem === 0n;
    }
    if (pb) {
      const c = pb.rem < BigInt(pbShare) ? pb.rem : BigInt(pbShare);
      p += c;
      pb.rem -= c;
      pbEnds = pbShare > 0 && pb.rem === 0n;
    }
    const acc0 = acc;
    const n = (acc + p) / D;
    acc = acc + p - n * D;
    programmed += n;
    const motorOn = !motorBlocked();
    const at = (k: bigint) => s + Number(k * D - acc0) / Number(p);
    let supply = 0n;
    if (motorOn && !occluded && n > 0n) {
      let avail = 0;
      const r = fill - deliv * a;
      if (r > 0) {
        avail = Math.floor(r / a);
        while (avail > 0 && avail * a > r) avail--;
        while ((avail + 1) * a <= r) avail++;
      }
      supply = n < BigInt(avail) ? n : BigInt(avail);
      if (supply < n && !dry) {
        dry = true;
        log(at(supply + 1n), 'delivery-stopped');
        if (withdrawal) log(at(supply + 1n), 'withdrawal-risk');
      }
    }
    missed += n - supply;
    const m0 = motor;
    if (motorOn) motor += Number(n);
    deliv += Number(supply);
    iStrokes += Number(supply);
    push(Number(supply) * a, conc);
    if (!lowDone && motor >= kLow) {
      lowDone = true;
      log(kLow > m0 ? at(BigInt(kLow - m0)) : s, 'low-reservoir');
    }
    if (!emptyDone && motor >= kEmpty) {
      emptyDone = true;
      log(kEmpty > m0 ? at(BigInt(kEmpty - m0)) : s, 'empty-reservoir');
    }
    if (cbEnds) endCb(s + 1);
    if (pbEnds) {
      pb = null;
      log(s + 1, 'bolus-end');
    }
    if (nextRefill >= 0 && !overdueLogged && s + 1 >= nextRefill) {
      overdueLogged = true;
      log(nextRefill, 'refill-overdue');
    }
  }
  return { records, events, programmed, missed };
}
