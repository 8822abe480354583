/**
 * Paints the level × time CSF concentration map on a canvas with the shared viridis log scale: one row per
 * model level (cranial at the top), one column per output interval (downsampled to the canvas width).
 */
import { rgb, scaleT, viridis, type LogScale } from '../../format/colormap.js';

export function paintHeatmap(
  canvas: HTMLCanvasElement,
  csf: Float64Array,
  nLevels: number,
  nTimes: number,
  scale: LogScale,
  /** Level order for rows: indices into the level axis, top row first. */
  rowOrder: number[],
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || !nLevels || !nTimes) return;
  const w = canvas.width;
  const h = canvas.height;
  const img = ctx.createImageData(w, h);
  const rowH = h / rowOrder.length;
  for (let x = 0; x < w; x++) {
    const k = Math.min(nTimes - 1, Math.floor((x / w) * nTimes));
    for (let r = 0; r < rowOrder.length; r++) {
      const c = viridis(scaleT(csf[k * nLevels + rowOrder[r]], scale));
      const y0 = Math.floor(r * rowH);
      const y1 = Math.floor((r + 1) * rowH);
      for (let y = y0; y < y1; y++) {
        const o = (y * w + x) * 4;
        img.data[o] = c[0];
        img.data[o + 1] = c[1];
        img.data[o + 2] = c[2];
        img.data[o + 3] = 255;
      }
    }
  }
  ctx.putImageData(img, 0, 0);
}

export { rgb };
