/**
 * The one concentration colour scale used everywhere: viridis (perceptually uniform, colour-blind safe,
 * readable in greyscale). 17 anchors of matplotlib's viridis (CC0), linearly interpolated. Concentrations span
 * decades, so the mapping is logarithmic between a floor and the maximum.
 */
const VIRIDIS: readonly [number, number, number][] = [
  [68, 1, 84],
  [72, 26, 108],
  [71, 47, 125],
  [65, 68, 135],
  [57, 86, 140],
  [49, 104, 142],
  [42, 120, 142],
  [35, 136, 142],
  [31, 152, 139],
  [34, 168, 132],
  [53, 183, 121],
  [84, 197, 104],
  [122, 209, 81],
  [165, 219, 54],
  [210, 226, 27],
  [253, 231, 37],
  [253, 231, 37],
];

/** Colour for t in [0, 1] as [r, g, b]. */
export function viridis(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 2);
  const i = Math.floor(x);
  const f = x - i;
  const a = VIRIDIS[i];
  const b = VIRIDIS[i + 1];
  return [0, 1, 2].map((k) => Math.round(a[k] + (b[k] - a[k]) * f)) as [number, number, number];
}

export const rgb = (c: [number, number, number]): string => `rgb(${c[0]},${c[1]},${c[2]})`;

/**
 * A colour scale from `min` to `max` (both > 0): logarithmic (values at or below min map to 0), or, with
 * `linear`, proportional from 0 to max (min is then only the legend's floor).
 */
export interface LogScale {
  min: number;
  max: number;
  linear?: boolean;
}

/** Scale covering the data: max of the data, floor 3 decades below (values below are "trace"). */
export function logScaleFor(values: ArrayLike<number>, decades = 3): LogScale {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max && Number.isFinite(values[i])) max = values[i];
  if (max <= 0) return { min: 1e-3, max: 1 };
  return { min: max / 10 ** decades, max };
}

export function scaleT(value: number, s: LogScale): number {
  if (s.linear) return value > 0 && s.max > 0 ? Math.min(1, value / s.max) : 0;
  if (!(value > s.min)) return 0;
  return Math.min(1, Math.log(value / s.min) / Math.log(s.max / s.min));
}

/** Tick values at whole decades inside the scale, for legends. */
export function decadeTicks(s: LogScale): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(s.min)); 10 ** e <= s.max * 1.0001; e++) ticks.push(10 ** e);
  return ticks;
}

/** CSS linear-gradient of the scale for legends. */
export function viridisGradient(): string {
  const stops = Array.from({ length: 11 }, (_, i) => `${rgb(viridis(i / 10))} ${i * 10}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
