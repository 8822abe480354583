/**
 * TypeScript reference of the distribution engine's column step (assembly/csf: grid, transport, compartments):
 * the same θ-scheme flux-form transport with the cranial node, Thomas solve, Strang-split exact first-order
 * terms and plasma. Written independently from the same equations for the wasm-vs-TS agreement test (1e-12)
 * and for the benchmark (idiomatic TS over Float64Array).
 * Scope: no jet/volume source (q = 0), no cord tissue, no PD.
 */
import { CSF_PARAM_NAMES, type CsfParamName } from '../../src/model/csf-config.js';

const idx = (name: CsfParamName) => CSF_PARAM_NAMES.indexOf(name);

export class ReferenceColumn {
  readonly n: number;
  readonly c: Float64Array; // n cells + cranial
  readonly v: Float64Array;
  private readonly a: Float64Array;
  private readonly inv: Float64Array;
  private readonly cp: Float64Array;
  private readonly rl: Float64Array;
  private readonly rd: Float64Array;
  private readonly ru: Float64Array;
  private readonly w: Float64Array;
  private decayCsf = 1;
  private decayCranial = 1;
  plasmaUg = 0;
  eliminatedUg = 0;
  readonly tip: number;

  constructor(
    private readonly p: Float64Array,
    areas: Float64Array,
    readonly dt: number,
    /** Axial slope dh/dx at the n+1 faces (posture; buoyancy drift −U_b·dh/dx). Absent = flat. */
    private readonly slope: Float64Array | null = null,
  ) {
    const n = p[idx('cells')];
    this.n = n;
    const m = n + 1;
    [this.c, this.v, this.a, this.inv, this.cp, this.rl, this.rd, this.ru, this.w] = Array.from(
      { length: 9 },
      () => new Float64Array(m),
    );
    const len = p[idx('lengthCm')];
    const dx = len / n;
    for (let i = 0; i < n; i++) this.v[i] = 1000 * areas[i] * dx;
    this.v[n] = p[idx('cranialVolumeUl')];
    this.tip = Math.min(n - 1, Math.max(0, Math.floor(p[idx('tipCm')] / dx)));
    this.areas = areas;
    this.factor(p[idx('theta')]);
    const k = p[idx('csfLossPerHour')];
    this.decayCsf = Math.exp(-k * 0.5 * dt);
    this.decayCranial = Math.exp(-(k + p[idx('cranialBulkPerHour')]) * 0.5 * dt);
  }

  private readonly areas: Float64Array;
  fallbacks = 0;

  /** θ-scheme factors (the wasm redoes a CN step that would go negative with θ = 1; so does this reference). */
  private factor(theta: number): void {
    const { p, n, dt, areas } = this;
    const len = p[idx('lengthCm')];
    const dx = len / n;
    const s0 = p[idx('oscFloor')];
    const dOf = (x: number) => {
      const s = s0 + (1 - s0) * (x / len);
      return p[idx('dMolCm2PerHour')] + p[idx('dRefCm2PerHour')] * s * s;
    };
    const u = p[idx('driftCmPerHour')];
    let gB = 0;
    let qB = 0;
    let cpPrev = 0;
    for (let i = 0; i <= n; i++) {
      let gA = 0;
      let qA = 0;
      if (i < n) {
        const f = i + 1;
        const af = f >= n ? areas[n - 1] : 0.5 * (areas[f - 1] + areas[f]);
        gA = (1000 * af * dOf(f * dx)) / (f >= n ? 0.5 * dx : dx);
        qA = 1000 * af * (u - p[idx('buoyancyCmPerHour')] * (this.slope?.[f] ?? 0));
      }
      const kl = -(gB + Math.max(qB, 0));
      const kd = gB + gA + Math.max(-qB, 0) + Math.max(qA, 0);
      const ku = -(gA + Math.max(-qA, 0));
      this.rl[i] = -(1 - theta) * dt * kl;
      this.rd[i] = this.v[i] - (1 - theta) * dt * kd;
      this.ru[i] = -(1 - theta) * dt * ku;
      const a = theta * dt * kl;
      this.inv[i] = 1 / (this.v[i] + theta * dt * kd - a * cpPrev);
      this.a[i] = a * this.inv[i]; // pre-multiplied, as in assembly/csf/transport.ts
      cpPrev = theta * dt * ku * this.inv[i];
      this.cp[i] = cpPrev;
      gB = gA;
      qB = qA;
    }
  }

  private react(): number {
    let cleared = 0;
    const { c, v, n } = this;
    for (let i = 0; i < n; i++) {
      const c1 = c[i] * this.decayCsf;
      cleared += v[i] * (c[i] - c1);
      c[i] = c1;
    }
    const c1 = c[n] * this.decayCranial;
    cleared += v[n] * (c[n] - c1);
    c[n] = c1;
    return cleared;
  }

  private transport(tipMassUg: number): void {
    const theta = this.p[idx('theta')];
    const old = this.c.slice();
    this.solve(tipMassUg);
    if (theta < 1 && this.c.some((x) => x < 0)) {
      this.c.set(old);
      this.factor(1);
      this.solve(tipMassUg);
      this.factor(theta);
      this.fallbacks++;
    }
  }

  private solve(tipMassUg: number): void {
    const { c, w, n } = this;
    let dPrev = 0;
    for (let i = 0; i <= n; i++) {
      let d = this.rd[i] * c[i];
      if (i > 0) d += this.rl[i] * c[i - 1];
      if (i < n) d += this.ru[i] * c[i + 1];
      if (i === this.tip) d += tipMassUg;
      dPrev = d * this.inv[i] - this.a[i] * dPrev;
      w[i] = dPrev;
    }
    c[n] = w[n];
    for (let i = n - 1; i >= 0; i--) c[i] = w[i] - this.cp[i] * c[i + 1];
  }

  /** Benchmark: n transport-only steps (no sources, no fallback check). */
  transportOnly(n: number): void {
    for (let s = 0; s < n; s++) this.solve(0);
  }

  step(tipMassUg: number): void {
    let cleared = this.react();
    this.transport(tipMassUg);
    cleared += this.react();
    const kp = this.p[idx('plasmaLossPerHour')];
    const a = kp * this.dt;
    const e = Math.exp(-a);
    const gain = a > 1e-8 ? (1 - e) / a : 1 - 0.5 * a;
    const p1 = this.plasmaUg * e + cleared * gain;
    this.eliminatedUg += this.plasmaUg + cleared - p1;
    this.plasmaUg = p1;
  }
}
